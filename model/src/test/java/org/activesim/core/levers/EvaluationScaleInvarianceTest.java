package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.activesim.TestScenarios;
import org.activesim.core.Decision;
import org.activesim.core.Recording;
import org.activesim.scenario.Scenario;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * Evaluations follow people, not agents (ODD 7.8, 7.15): the evidence a budget buys, and so the
 * rule's decisions, must not depend on the scale. A referral pathway with an effect, piloted in
 * Tendring and evaluated with a budget that follows every pair, gets one look at two years; at
 * scale 1 every followed pair is a pair of residents, at scale 10 each agent pair stands for ten
 * pairs of people ({@link FollowedCohort}). The county is shrunk fourfold (every place's population
 * and initial groups × 0.25) so that scale 1 fits the suite. Over {@link #RUNS} seeds per scale,
 * the follow-ups bought (people, not agents), the mean and spread of the evidence z and the share
 * of runs that scale must agree within three standard errors. (Following agent pairs instead, scale
 * 10 would follow a tenth of the pairs, and its z would be about 1/√10 of scale 1's.)
 */
class EvaluationScaleInvarianceTest {
  private static final int RUNS = 24;

  private static Scenario scenario(double scale, long seed) {
    return ProgrammeScenarios.oneLook(
        TestScenarios.shrunk(ProgrammeScenarios.essex(scale, 2, seed, 1.101, 26), 0.25), true);
  }

  /** The run's one report: its z, whether the rule scaled, and the follow-ups it paid for. */
  private record Look(double z, boolean scaled, double followUps) {}

  private static Look look(double scale, long seed) {
    Recording r = TestLevers.run(scenario(scale, seed), 1);
    List<Decision> reports = ProgrammeScenarios.of(r, Decision.Kind.EVALUATE);
    assertTrue(reports.size() == 1, "one report per run: " + reports);
    boolean scaled = !ProgrammeScenarios.of(r, Decision.Kind.SCALE).isEmpty();
    return new Look(
        reports.get(0).evidence(), scaled, r.summary().get("spend_gbp_total:evaluation") / 50);
  }

  @Test
  void theEvidenceABudgetBuysDoesNotDependOnTheScale() {
    SummaryStatistics[] z = new SummaryStatistics[2];
    SummaryStatistics[] scaled = new SummaryStatistics[2];
    SummaryStatistics[] followUps = new SummaryStatistics[2];
    double[] scales = {1, 10};
    for (int k = 0; k < 2; k++) {
      double scale = scales[k];
      List<Look> looks =
          IntStream.range(0, RUNS).parallel().mapToObj(s -> look(scale, 4000 + s)).toList();
      z[k] = new SummaryStatistics();
      scaled[k] = new SummaryStatistics();
      followUps[k] = new SummaryStatistics();
      for (Look l : looks) {
        z[k].addValue(l.z());
        scaled[k].addValue(l.scaled() ? 1 : 0);
        followUps[k].addValue(l.followUps());
      }
      System.out.printf(
          "[evaluation scale] scale %.0f: z mean %.2f sd %.2f, scaled %.0f of %d, follow-ups %.0f%n",
          scale,
          z[k].getMean(),
          z[k].getStandardDeviation(),
          scaled[k].getSum(),
          RUNS,
          followUps[k].getMean());
    }
    agree("follow-ups bought", followUps[0], followUps[1]);
    agree("mean evidence z", z[0], z[1]);
    agree("share of runs scaled", scaled[0], scaled[1]);
    double ratio = z[1].getStandardDeviation() / z[0].getStandardDeviation();
    assertTrue(ratio > 0.6 && ratio < 1.6, "spread of z at scale 10 over scale 1: " + ratio);
  }

  private static void agree(String what, SummaryStatistics a, SummaryStatistics b) {
    double se = Math.sqrt(a.getVariance() / a.getN() + b.getVariance() / b.getN());
    assertTrue(
        Math.abs(a.getMean() - b.getMean()) <= 3 * se + 1e-9,
        what + ": " + a.getMean() + " at scale 1 against " + b.getMean() + " at scale 10");
  }
}
