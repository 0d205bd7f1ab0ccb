package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.activesim.TestScenarios;
import org.activesim.core.Recording;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Same seed, same bytes, on 1 thread or 2 (STYLE.md), with all nine levers on: every lever draws
 * from its own stream keyed by its name and the week, and works outside the parallel resident
 * phase.
 */
class LeverDeterminismTest {

  @Test
  void allNineLeversOnOneAndTwoThreadsWriteTheSameTimeseries() {
    Scenario s = TestScenarios.essex(40, 2, 29).withLevers(TestLevers.allNine());
    Recording one = TestLevers.run(s, 1);
    Recording two = TestLevers.run(s, 2);
    assertEquals(TestLevers.timeseries(one), TestLevers.timeseries(two), "timeseries.csv");
    assertEquals(TestLevers.summary(one), TestLevers.summary(two), "summary.csv");
  }
}
