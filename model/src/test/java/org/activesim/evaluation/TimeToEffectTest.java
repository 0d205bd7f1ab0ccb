package org.activesim.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.activesim.TestScenarios;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Validation target 7 (ODD section 1): whole-system levers show marked population effects only
 * after years, not weeks (Dutch and LTPA agent-based models: 5–10 years [7]). The shipped LDP
 * scenario is paired with the shipped baseline over the same seeds (common random numbers), and the
 * people moved out of inactivity (baseline's inactive people minus the scenario's) are read at 1,
 * 3, 5 and 10 years: their mean must rise at each step, and most of the 10-year effect must come
 * after year 3. Scale 50 with a 104-week burn-in keeps the test short; ODD section 1 quotes the
 * full-precision figures of {@code activesim compare}.
 */
class TimeToEffectTest {
  private static final double SCALE = 50;
  private static final int REPLICATES = 8;
  private static final int[] YEARS = {1, 3, 5, 10};

  @Test
  void theLdpsEffectGrowsOverTheYearsAndMostOfItComesAfterYearThree() {
    double[][] moved =
        IntStream.range(0, REPLICATES)
            .parallel()
            .mapToObj(r -> movedOut(20190205L + r))
            .toArray(double[][]::new);
    double[] mean = new double[YEARS.length];
    for (double[] m : moved) {
      for (int k = 0; k < YEARS.length; k++) {
        mean[k] += m[k] / REPLICATES;
      }
    }
    System.out.printf(
        "[time to effect] moved out at years %s: %s%n",
        Arrays.toString(YEARS), Arrays.toString(Arrays.stream(mean).map(Math::round).toArray()));
    for (int k = 1; k < YEARS.length; k++) {
      assertTrue(
          mean[k] > mean[k - 1],
          "people moved out must rise: " + Arrays.toString(mean) + " at " + Arrays.toString(YEARS));
    }
    assertTrue(
        mean[1] < 0.5 * mean[3],
        "most of the 10-year effect must come after year 3: " + Arrays.toString(mean));
  }

  /** People moved out of inactivity at each of {@link #YEARS}, scenario against baseline. */
  private static double[] movedOut(long seed) {
    double[] base = inactivePeople("baseline.yaml", seed);
    double[] ldp = inactivePeople("essex-ldp.yaml", seed);
    double[] moved = new double[YEARS.length];
    for (int k = 0; k < YEARS.length; k++) {
      moved[k] = base[k] - ldp[k];
    }
    return moved;
  }

  private static double[] inactivePeople(String file, long seed) {
    Scenario s = TestScenarios.shipped(file, SCALE, 10, seed);
    s = s.withCalibration(new CalibrationSpec(104));
    try (Simulation sim = Simulation.create(s, 1, ProgressListener.none())) {
      Recording r = sim.run(ProgressListener.none());
      double[] share = r.series(r.allPlaces(), Recording.ALL_QUINTILES, "inactive_share");
      double[] residents = r.series(r.allPlaces(), Recording.ALL_QUINTILES, "residents");
      int[] weeks = r.weeks();
      double[] out = new double[YEARS.length];
      for (int k = 0; k < YEARS.length; k++) {
        int w = Arrays.binarySearch(weeks, 52 * YEARS[k]);
        out[k] = share[w] * residents[w];
      }
      return out;
    }
  }
}
