package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.activesim.core.Recording;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * More champions a year move at least as many people out of inactivity in expectation (ODD
 * 7.10.10), as {@link DoseMonotonicityTest} checks for bikes: 0, 100 and 400 champions a year in
 * the served place of {@link ChampionsTest#town}, over eight seeds with common random numbers.
 *
 * <p>Outcome: the served place's inactive share averaged over the last year of the three. For each
 * step up in dose the mean paired difference (higher minus lower) must be at most 3 standard errors
 * of that mean: a one-sided paired test that the dose did not raise inactivity. In a pilot with
 * these seeds the mean differences were −0.00063 (SE 0.00017) for 0 → 100 and −0.00074 (SE 0.0003)
 * for 100 → 400, so a lever that raised inactivity as much as this one lowers it would fail. The
 * town has one group per 300 adults, eight times Essex's density: the lever works through groups,
 * and at Essex's density its effect is below what eight seeds resolve (ODD 7.10.10).
 */
class ChampionDoseTest {
  private static final long[] SEEDS = {1, 2, 3, 4, 5, 6, 7, 8};
  private static final double[] PER_YEAR = {0, 100, 400};

  @Test
  void moreChampionsNeverRaiseInactivityInExpectation() {
    double[][] inactive = new double[PER_YEAR.length][SEEDS.length];
    double[][] members = new double[PER_YEAR.length][SEEDS.length];
    for (int s = 0; s < SEEDS.length; s++) {
      for (int d = 0; d < PER_YEAR.length; d++) {
        Scenario scenario =
            ChampionsTest.town(1, "", "championsPerYear: " + PER_YEAR[d]).withSeed(SEEDS[s]);
        Recording r = TestLevers.run(scenario, 2);
        inactive[d][s] = TestLevers.lastYearMean(TestLevers.series(r, 0, "inactive_share"));
        members[d][s] = TestLevers.lastYearMean(TestLevers.series(r, 0, "group_members"));
      }
    }
    TestLevers.assertNoRiseInInactivity("champions", PER_YEAR, SEEDS, inactive);
    for (int d = 1; d < PER_YEAR.length; d++) {
      // The dose reached people (invitations filled groups): otherwise the test would be vacuous.
      assertTrue(
          TestLevers.mean(members[d]) > TestLevers.mean(members[d - 1]),
          "group members should grow with the dose: " + Arrays.toString(members[d]));
    }
  }
}
