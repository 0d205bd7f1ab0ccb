package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.TestScenarios;
import org.activesim.core.Mechanism;
import org.activesim.core.Metrics;
import org.activesim.core.Recording;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.junit.jupiter.api.Test;

/**
 * Every upward move is credited to exactly one mechanism (MODEL.md §6): for every recorded week and
 * (place, quintile), the mechanism counts summed over age band, condition and mechanism equal the
 * {@code moved_up} metric. Both are agent counts times the scale, so the sums are exact in floating
 * point; a tolerance of 1e-9 relative allows only for the order of addition.
 */
class MechanismAccountingTest {
  private static final long SEED = 23;

  @Test
  void mechanismCountsSumToTheUpwardMovesWithAllLeversOn() {
    Recording r =
        TestLevers.run(TestScenarios.essex(40, 2, SEED).withLevers(TestLevers.allNine()), 2);
    int movedUp = r.metricIndex(Metrics.MOVED_UP);
    double creditedToLevers = 0;
    for (int w = 0; w < r.weekCount(); w++) {
      for (int p = 0; p < r.allPlaces(); p++) {
        for (int q = 0; q < PlaceSpec.QUINTILES; q++) {
          double credited = 0;
          for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
            for (int c = 0; c < 2; c++) {
              for (Mechanism m : Mechanism.values()) {
                double n = r.mechanismTransitions(w, p, q, a, c, m);
                assertTrue(n >= 0, "negative count");
                credited += n;
                if (m != Mechanism.BASELINE) {
                  creditedToLevers += n;
                }
              }
            }
          }
          double moved = r.value(w, p, q, movedUp);
          assertEquals(
              moved,
              credited,
              1e-9 * Math.max(1, moved),
              String.format(
                  "week %d, %s, Q%d: mechanisms %.1f vs moved_up %.1f (seed %d)",
                  r.week(w), r.places().get(p), q + 1, credited, moved, SEED));
        }
      }
    }
    assertTrue(creditedToLevers > 0, "some moves are credited to a raising term");
    assertTrue(
        TestLevers.sum(TestLevers.series(r, r.allPlaces(), Metrics.MOVED_UP)) > 0, "moves up");
  }
}
