package org.activesim.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.TestScenarios;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The heap estimate against its calibration, and the advice it gives when a run does not fit. */
class MemoryEstimateTest {

  private static final long MIB = 1024 * 1024;

  @Test
  void theEstimateCoversTheMeasuredMinimumHeapsWithoutWastingMuch() {
    // Measured minimum -Xmx (see MemoryEstimate): the estimate must be above, by less than 2x.
    Scenario tenYears = TestScenarios.essex(10, 10, 1);
    Scenario oneYearScale2 = TestScenarios.essex(2, 1, 1);
    assertBetween(73 * MIB, MemoryEstimate.bytesNeeded(tenYears, 1));
    assertBetween(158 * MIB, MemoryEstimate.bytesNeeded(oneYearScale2, 1));
  }

  private static void assertBetween(long measured, long estimate) {
    assertTrue(
        estimate > measured && estimate < 2 * measured,
        "estimate " + estimate + " for a measured " + measured);
  }

  @Test
  void concurrentReplicatesEachCount() {
    Scenario s = TestScenarios.essex(10, 10, 1);
    assertTrue(MemoryEstimate.bytesNeeded(s, 4) > 3 * MemoryEstimate.bytesNeeded(s, 1) - 64 * MIB);
  }

  @Test
  void aRunThatFitsPasses() {
    Scenario s = TestScenarios.essex(10, 1, 1);
    assertDoesNotThrow(() -> MemoryEstimate.check(s, 1, 4096 * MIB));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 4})
  void aRunThatDoesNotFitSaysWhatItNeedsAndWhichScaleFits(int simulations) {
    Scenario s = TestScenarios.essex(1, 10, 1);
    long heap = 256 * MIB;
    TooLargeForHeapException e =
        assertThrows(
            TooLargeForHeapException.class, () -> MemoryEstimate.check(s, simulations, heap));
    assertTrue(e.getMessage().contains("needs about"), e.getMessage());
    assertTrue(e.getMessage().contains("this JVM may use 268 MB"), e.getMessage());
    Double k = MemoryEstimate.scaleThatFits(s, simulations, heap);
    assertTrue(e.getMessage().contains("--scale " + k.longValue() + " or larger"), e.getMessage());
    // The advice is right: that scale fits, the one below does not.
    assertTrue(MemoryEstimate.bytesNeeded(s.withScale(k), simulations) <= heap);
    assertTrue(MemoryEstimate.bytesNeeded(s.withScale(k - 1), simulations) > heap);
  }

  @Test
  void noScaleFitsATinyHeap() {
    Scenario s = TestScenarios.essex(10, 10, 1);
    assertNull(MemoryEstimate.scaleThatFits(s, 1, 16 * MIB));
    TooLargeForHeapException e =
        assertThrows(TooLargeForHeapException.class, () -> MemoryEstimate.check(s, 1, 16 * MIB));
    assertTrue(e.getMessage().contains("No scale fits"), e.getMessage());
  }

  @Test
  void agentsAreAdultsOverScale() {
    assertEquals(120_280, MemoryEstimate.agents(TestScenarios.essex(10, 1, 1)));
  }
}
