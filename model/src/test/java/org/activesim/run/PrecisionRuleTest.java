package org.activesim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rule stops at the first n whose half-width is below the target. */
class PrecisionRuleTest {

  private static EnsembleStatistics statisticsOf(double... inactiveEnd) {
    EnsembleStatistics stats = new EnsembleStatistics();
    for (double x : inactiveEnd) {
      stats.add(EnsembleStatisticsTest.replicate(x, 0, true));
    }
    return stats;
  }

  @Test
  void stopsWhenTheHalfWidthIsBelowTheTarget() {
    // 0.20, 0.22, 0.27: half-width 0.0896 (see EnsembleStatisticsTest).
    EnsembleStatistics stats = statisticsOf(0.20, 0.22, 0.27);
    assertTrue(new PrecisionRule(2, 10, 0.09, stats).enough(3));
    assertFalse(new PrecisionRule(2, 10, 0.0895, stats).enough(3));
  }

  @Test
  void projectsFromTheHalfWidthAndClampsToTheCap() {
    EnsembleStatistics stats = statisticsOf(0.20, 0.22, 0.27);
    // 3 · (0.0895673 / 0.03)² = 26.7 → 27.
    assertEquals(27, new PrecisionRule(2, 100, 0.03, stats).projected(3));
    assertEquals(20, new PrecisionRule(2, 20, 0.03, stats).projected(3));
    assertEquals(3, new PrecisionRule(2, 20, 0.5, stats).projected(3));
    assertEquals(2, new PrecisionRule(2, 20, 0.03, new EnsembleStatistics()).projected(0));
  }

  @Test
  void mustBeAskedAfterTheStatisticsHoldTheReplicates() {
    EnsembleStatistics stats = statisticsOf(0.2, 0.3);
    assertThrows(IllegalStateException.class, () -> new PrecisionRule(2, 10, 0.1, stats).enough(3));
  }

  @Test
  void argumentsAreChecked() {
    EnsembleStatistics stats = new EnsembleStatistics();
    assertThrows(IllegalArgumentException.class, () -> new PrecisionRule(1, 10, 0.1, stats));
    assertThrows(IllegalArgumentException.class, () -> new PrecisionRule(5, 4, 0.1, stats));
    assertThrows(IllegalArgumentException.class, () -> new PrecisionRule(2, 4, 0, stats));
    assertThrows(IllegalArgumentException.class, () -> new PrecisionRule(2, 4, Double.NaN, stats));
  }
}
