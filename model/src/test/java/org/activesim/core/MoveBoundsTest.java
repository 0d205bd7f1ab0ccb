package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.activesim.TestScenarios;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.CalibrationSpec;
import org.junit.jupiter.api.Test;

/**
 * The cached move bounds: codes round up and are tight, and in a running model every known code
 * still bounds the resident's decision after groups, referrals, bikes, campaigns and environment
 * works have changed the state (the property that keeps results identical to the full rule).
 */
class MoveBoundsTest {

  @Test
  void aCodeIsTheSmallestWhoseValueCoversTheProbabilityWithItsMargin() {
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 100_000; k++) {
      double p = Math.exp(-random.nextDouble() * 20); // 2e-9 .. 1
      byte code = MoveBounds.code(p);
      assertTrue(MoveBounds.value(code) >= p * (1 + 1e-6), () -> "code below " + p);
      int c = code & 0xFF;
      if (c > 0) {
        assertTrue(MoveBounds.value((byte) (c - 1)) < p * (1 + 1e-6), () -> "not tight at " + p);
      }
    }
  }

  @Test
  void extremesMapToTheEndsOfTheScale() {
    assertEquals(0, MoveBounds.code(0));
    assertEquals(0, MoveBounds.code(1e-12));
    assertEquals(Double.POSITIVE_INFINITY, MoveBounds.value(MoveBounds.code(Double.NaN)));
    assertEquals(Double.POSITIVE_INFINITY, MoveBounds.value(MoveBounds.code(50)));
    assertEquals(Double.POSITIVE_INFINITY, MoveBounds.value(MoveBounds.UNKNOWN));
  }

  @Test
  void everyKnownBoundCoversItsResidentsDecisionWeekAfterWeek() throws Exception {
    // essex-ldp has every lever that changes a resident's hazards: groups and microgrants,
    // referrals, bikes, campaigns and environment works.
    var scenario =
        ScenarioLoader.load(TestScenarios.scenarios().resolve("essex-ldp.yaml"))
            .withScale(60)
            .withYears(7)
            .withSeed(5);
    try (Simulation sim = Simulation.create(scenario, 2, ProgressListener.none())) {
      Residents r = sim.residents();
      ResidentDynamics dynamics = sim.dynamics();
      long checked = 0;
      for (int week = 0; week < scenario.weeks(); week++) {
        sim.advanceWeek();
        double[] thresholds = dynamics.moveBounds().lastThresholds();
        for (int i = 0; i < r.count; i++) {
          int code = r.moveBound[i] & 0xFF;
          if (code == 255) {
            continue;
          }
          double bound = dynamics.moveProbabilityBound(i, r.level[i]) * (1 + 1e-9);
          if (!(bound <= thresholds[code])) {
            throw new AssertionError(
                "week " + week + ", resident " + i + ": " + bound + " > " + thresholds[code]);
          }
          checked++;
        }
      }
      assertTrue(checked > (long) r.count * scenario.weeks() / 2, "most bounds are known");
    }
  }

  /**
   * The burn-in re-fits the scales {@code u0} and {@code d0} every few weeks and keeps the bounds:
   * after every burn-in week, each known code times the rise the next week's thresholds will apply
   * must still cover the resident's bound at the new scales, unless the next week clears the
   * resident's cell. Re-fitting every second week makes re-fits and thinned weeks alternate.
   */
  @Test
  void everyKnownBoundSurvivesTheBurnInsRefits() throws Exception {
    var loaded =
        ScenarioLoader.load(TestScenarios.scenarios().resolve("essex-ldp.yaml"))
            .withScale(60)
            .withSeed(7);
    var calibration = loaded.calibration();
    var scenario = loaded.withCalibration(new CalibrationSpec(calibration.burnInWeeks(), 2));
    long[] checked = {0};
    long[] refitsWithKnownBounds = {0};
    try (Simulation sim = Simulation.withoutBurnIn(scenario, 2, ProgressListener.none())) {
      Residents r = sim.residents();
      ResidentDynamics dynamics = sim.dynamics();
      HazardModel h = sim.hazards();
      double[] u0Before = h.u0.clone();
      sim.burnIn(
          (stage, done, total) -> {
            double[] rise = new double[Cells.count(r.places())];
            for (int c = 0; c < rise.length; c++) {
              rise[c] = dynamics.moveBounds().riseFor(c, dynamics.upScales(), h.d0);
            }
            long known = 0;
            for (int i = 0; i < r.count; i++) {
              int code = r.moveBound[i] & 0xFF;
              if (code == 255 || rise[r.cell[i]] == Double.POSITIVE_INFINITY) {
                continue; // unknown, or cleared next week
              }
              double bound = dynamics.moveProbabilityBound(i, r.level[i]) * (1 + 1e-9);
              double threshold = MoveBounds.value((byte) code) * rise[r.cell[i]] * (1 + 1e-6);
              if (!(bound <= threshold)) {
                throw new AssertionError(
                    "burn-in week " + done + ", resident " + i + ": " + bound + " > " + threshold);
              }
              known++;
            }
            checked[0] += known;
            if (known > 0 && !java.util.Arrays.equals(u0Before, h.u0)) {
              refitsWithKnownBounds[0]++;
            }
            System.arraycopy(h.u0, 0, u0Before, 0, u0Before.length);
          });
    }
    assertTrue(refitsWithKnownBounds[0] > 50, "re-fits kept bounds: " + refitsWithKnownBounds[0]);
    assertTrue(checked[0] > 0, "bounds checked");
  }
}
