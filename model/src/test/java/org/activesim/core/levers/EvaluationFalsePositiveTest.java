package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.LongStream;
import org.activesim.core.Decision;
import org.activesim.core.Recording;
import org.activesim.scenario.Scenario;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;

/**
 * MODEL.md §5: the simulator evaluates its programmes as an evaluator would, and can be fooled by
 * noise. A referral pathway with no effect at all ({@code bReferral = 0}), evaluated with a budget
 * large enough to follow every pair, must be scaled about as often as the rule's nominal level
 * (one-sided 5% at z 1.645); without evaluation the same rule scales it every time.
 *
 * <p>One look per run: two years; participants enrolled in the first year are followed up at 52
 * weeks; the first report (week 51) has nothing to follow up, the second (week 103) reports just
 * before the rule's review (the review in week 51 has no evidence yet). 100 runs at scale 40
 * (30,000 agents) with a 26-week burn-in (mechanics, not validation).
 */
class EvaluationFalsePositiveTest {
  private static final int RUNS = 100;
  private static final double SCALE = 40;

  private static Scenario scenario(long seed, boolean useEvidence) {
    return ProgrammeScenarios.oneLook(
        ProgrammeScenarios.essex(SCALE, 2, seed, 0.0, 26), useEvidence);
  }

  @Test
  void aProgrammeWithoutEffectIsScaledAtAboutTheNominalRateAndOnlyWithoutEvaluationAlways() {
    double[] z =
        LongStream.range(0, RUNS)
            .parallel()
            .mapToDouble(seed -> firstEvidence(TestLevers.run(scenario(1000 + seed, true), 1)))
            .toArray();
    SummaryStatistics stats = new SummaryStatistics();
    int scaled = 0;
    for (double v : z) {
      stats.addValue(v);
      scaled += v >= 1.645 ? 1 : 0;
    }
    double nominal = 1 - new NormalDistribution().cumulativeProbability(1.645);
    double rate = (double) scaled / RUNS;
    // Binomial(100, 0.05): sd 2.2 points; 0.12 is more than 3 sd above the nominal 5%.
    assertTrue(rate <= 0.12, "false-positive rate " + rate + " against nominal " + nominal);
    // The evidence behaves as a z statistic under the null (Agresti–Caffo is mildly conservative).
    assertTrue(Math.abs(stats.getMean()) < 0.3, "mean z " + stats.getMean());
    assertTrue(
        stats.getStandardDeviation() > 0.7 && stats.getStandardDeviation() < 1.3,
        "sd of z " + stats.getStandardDeviation());

    long always =
        LongStream.range(0, 20)
            .parallel()
            .filter(
                seed -> {
                  Recording r = TestLevers.run(scenario(1000 + seed, false), 1);
                  return !ProgrammeScenarios.of(r, Decision.Kind.SCALE).isEmpty();
                })
            .count();
    assertEquals(20, always, "without evaluation the rule scales regardless");
  }

  /** The evidence of the run's one evaluation, checking that it decided as the rule says. */
  private static double firstEvidence(Recording r) {
    List<Decision> evaluations = ProgrammeScenarios.of(r, Decision.Kind.EVALUATE);
    assertEquals(1, evaluations.size(), "one report per run");
    double z = evaluations.get(0).evidence();
    boolean scaled = !ProgrammeScenarios.of(r, Decision.Kind.SCALE).isEmpty();
    assertEquals(z >= 1.645, scaled, "scaled exactly when z >= 1.645 (z " + z + ")");
    return z;
  }
}
