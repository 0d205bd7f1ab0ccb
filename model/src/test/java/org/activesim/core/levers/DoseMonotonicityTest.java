package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.core.Metrics;
import org.activesim.core.Recording;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Targeting;
import org.junit.jupiter.api.Test;

/**
 * A larger dose of a beneficial lever never raises inactivity in expectation. Active travel to
 * inactive residents at 0, 10,000 and 40,000 bikes a year, over an ensemble of seeds with common
 * random numbers (each seed runs every dose, so population, network and every resident's weekly
 * uniform are shared across doses and the paired differences carry only the dose's own effect).
 *
 * <p>Outcome: the county's inactive share averaged over the last year of a two-year run. For each
 * step up in dose, the mean paired difference (higher dose minus lower) must be at most 3 standard
 * errors of that mean, the standard error coming from the spread of the paired differences across
 * the seeds: a one-sided paired test that a dose did not raise inactivity, failing by chance with
 * probability about 1% if the true effect were exactly zero. In a pilot with these seeds the
 * differences had SD 0.00007 (0 → 10,000) and 0.0002 (10,000 → 40,000), so the tolerances are about
 * 0.00007 and 0.0002, while the mean effects were −0.0001 and −0.0004 (4 to 7 standard errors below
 * zero): a lever that raised inactivity as much as this one lowers it would fail.
 *
 * <p>Why not the default 500 bikes a year to everyone: most bikes then go to residents who are
 * already active, and 8,000 bikes move the county share by about 0.00002, under the noise. The
 * property is about dose, so the doses are chosen large enough to resolve.
 */
class DoseMonotonicityTest {
  private static final double SCALE = 50;
  private static final int YEARS = 2;
  private static final long[] SEEDS = {1, 2, 3, 4, 5, 6, 7, 8};
  private static final double[] BIKES_PER_YEAR = {0, 10_000, 40_000};

  @Test
  void moreBikesNeverRaiseInactivityInExpectation() {
    Targeting inactive = Targeting.everyone().withLevels(List.of(ActivityLevel.INACTIVE));
    double[][] inactiveShare = new double[BIKES_PER_YEAR.length][SEEDS.length];
    double[][] bikesInUse = new double[BIKES_PER_YEAR.length][SEEDS.length];
    for (int s = 0; s < SEEDS.length; s++) {
      Scenario base = TestScenarios.essex(SCALE, YEARS, SEEDS[s]);
      for (int d = 0; d < BIKES_PER_YEAR.length; d++) {
        Scenario scenario =
            BIKES_PER_YEAR[d] == 0
                ? base
                : base.withLevers(List.of(TestLevers.bikes(BIKES_PER_YEAR[d], inactive)));
        Recording r = TestLevers.run(scenario, 2);
        inactiveShare[d][s] =
            TestLevers.lastYearMean(TestLevers.series(r, r.allPlaces(), "inactive_share"));
        bikesInUse[d][s] =
            TestLevers.lastYearMean(TestLevers.series(r, r.allPlaces(), Metrics.BIKES_IN_USE));
      }
    }
    TestLevers.assertNoRiseInInactivity("bikes", BIKES_PER_YEAR, SEEDS, inactiveShare);
    for (int d = 1; d < BIKES_PER_YEAR.length; d++) {
      // The dose reached people: otherwise the comparison above would be vacuous.
      assertTrue(
          TestLevers.mean(bikesInUse[d]) > TestLevers.mean(bikesInUse[d - 1]),
          "bikes in use should grow with the dose: " + TestLevers.mean(bikesInUse[d]));
    }
  }
}
