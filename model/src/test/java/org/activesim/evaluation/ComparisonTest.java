package org.activesim.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.core.ProgressListener;
import org.activesim.core.Simulation;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.LeverBasics;
import org.activesim.scenario.lever.LeverType;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Paired comparisons on real runs: the Essex baseline, a copy of it under another name, and a large
 * bike scheme, each over the same replicate seeds (common random numbers).
 */
class ComparisonTest {
  private static final int REPLICATES = 5;
  private static Comparison comparison;

  @BeforeAll
  static void run() {
    Scenario baseline = TestScenarios.essex(50, 2, 11);
    Scenario same = baseline;
    ActiveTravel d = ActiveTravel.defaults();
    Scenario bikes =
        baseline.withLevers(
            List.of(
                new ActiveTravel(
                    LeverBasics.of(LeverType.ACTIVE_TRAVEL.key()),
                    40_000,
                    d.costPerBikeGbp(),
                    d.loanWeeks(),
                    d.weeklyLapseProbability(),
                    d.annualStopRidingAfterLoan())));
    List<ReplicateDigest[]> digests = new ArrayList<>();
    for (Scenario s : List.of(baseline, same, bikes)) {
      ReplicateDigest[] ds = new ReplicateDigest[REPLICATES];
      for (int r = 0; r < REPLICATES; r++) {
        try (Simulation sim =
            Simulation.create(s.withSeed(s.seed() + r), 1, ProgressListener.none())) {
          ds[r] = ReplicateDigest.of(sim.run(ProgressListener.none()));
        }
      }
      digests.add(ds);
    }
    var spec = baseline.economics();
    comparison =
        new Comparison(List.of("baseline", "same", "bikes"), digests, List.of(spec, spec, spec));
  }

  @Test
  void aScenarioIdenticalToTheBaselineDiffersByExactlyZero() {
    for (Outcome o : Outcome.values()) {
      Interval d = comparison.difference(1, o);
      if (Double.isNaN(comparison.level(1, o).mean())) {
        continue; // ratios of zero to zero (SROI, cost per person) are undefined, not zero
      }
      assertEquals(0.0, d.mean(), o.label());
      assertEquals(0.0, d.low(), o.label());
      assertEquals(0.0, d.high(), o.label());
      assertEquals(0.0, comparison.probabilityOfBenefit(1, o), o.label());
    }
    assertEquals(0.0, comparison.level(0, Outcome.MOVED_OUT_OF_INACTIVITY).mean());
  }

  @Test
  void pairedIntervalsOfDifferencesAreNarrowerThanUnpairedOnes() {
    for (Outcome o :
        List.of(Outcome.INACTIVE_SHARE_END, Outcome.PERSON_YEARS_ACTIVE, Outcome.GROUPS_END)) {
      double paired = comparison.difference(2, o).halfWidth();
      double unpaired = unpairedHalfWidth(comparison.values(2, o), comparison.values(0, o));
      assertTrue(paired < unpaired, o.label() + ": paired " + paired + " unpaired " + unpaired);
    }
  }

  @Test
  void aBigBikeSchemeMovesPeopleAndCostsMoney() {
    assertTrue(comparison.difference(2, Outcome.TOTAL_COST_GBP).low() > 0);
    assertTrue(comparison.difference(2, Outcome.PERSON_YEARS_ACTIVE).mean() > 0);
    assertEquals(REPLICATES, comparison.incrementalCostGbp(2).length);
  }

  /** Welch half-width of the difference of two independent means (what no pairing gives). */
  private static double unpairedHalfWidth(double[] a, double[] b) {
    SummaryStatistics x = stats(a);
    SummaryStatistics y = stats(b);
    double se = Math.sqrt(x.getVariance() / x.getN() + y.getVariance() / y.getN());
    double t = new TDistribution(null, a.length + b.length - 2).inverseCumulativeProbability(0.975);
    return t * se;
  }

  private static SummaryStatistics stats(double[] v) {
    SummaryStatistics s = new SummaryStatistics();
    for (double x : v) {
      s.addValue(x);
    }
    return s;
  }
}
