package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.activesim.TestScenarios;
import org.activesim.core.Recording;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverType;
import org.junit.jupiter.api.Test;

/**
 * A switched-off lever books nothing, draws nothing and records nothing ({@code
 * LeverBasics.enabled}): a scenario with all nine levers present but switched off writes the same
 * {@code timeseries.csv} and {@code summary.csv}, byte for byte, as the baseline with the same
 * seed.
 */
class SwitchedOffLeversTest {
  private static final long SEED = 11;

  @Test
  void allNineLeversSwitchedOffWriteTheBaselineByteForByte() {
    Scenario baseline = TestScenarios.essex(40, 2, SEED);
    List<Lever> nine = new java.util.ArrayList<>(TestLevers.allNine());
    // An evaluation of the (switched-off) hardwiring lever: the tenth type, MODEL.md §5.
    nine.add(
        ProgrammeScenarios.evaluation(
            "hardwiring", 15_000, 52, org.activesim.scenario.lever.Window.always()));
    List<Lever> off =
        nine.stream().map(l -> TestLevers.withBasics(l, b -> b.withEnabled(false))).toList();
    assertEquals(
        Set.of(LeverType.values()),
        off.stream().map(Lever::type).collect(Collectors.toSet()),
        "every lever type is present");

    Recording base = TestLevers.run(baseline, 2);
    Recording switchedOff = TestLevers.run(baseline.withLevers(off), 2);

    assertEquals(TestLevers.timeseries(base), TestLevers.timeseries(switchedOff), "timeseries.csv");
    assertEquals(TestLevers.summary(base), TestLevers.summary(switchedOff), "summary.csv");
  }

  /** The comparison can fail: the same levers switched on change the output. */
  @Test
  void theSameLeversSwitchedOnChangeIt() {
    Scenario baseline = TestScenarios.essex(40, 1, SEED);
    Recording base = TestLevers.run(baseline, 2);
    Recording on = TestLevers.run(baseline.withLevers(TestLevers.allNine()), 2);
    assertNotEquals(TestLevers.timeseries(base), TestLevers.timeseries(on));
    assertNotEquals(TestLevers.summary(base), TestLevers.summary(on));
  }
}
