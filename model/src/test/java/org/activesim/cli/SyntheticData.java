package org.activesim.cli;

import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.activesim.scenario.Scenario;

/** Observations made by the model itself, for calibration tests. */
final class SyntheticData {

  private SyntheticData() {}

  /**
   * Replicate means (seeds seed + r) of the Q1 then the Q5 inactive share at each week: {Q1 at
   * weeks[0], Q1 at weeks[1], …, Q5 at weeks[0], …}.
   */
  static double[] quintileMeans(Scenario s, int replicates, int[] weeks) {
    double[] v = new double[2 * weeks.length];
    for (int r = 0; r < replicates; r++) {
      Recording rec;
      try (Simulation sim = Simulation.create(s.withSeed(s.seed() + r), 1, (a, b, c) -> {})) {
        rec = sim.run((a, b, c) -> {});
      }
      int m = rec.metricIndex("inactive_share");
      for (int w = 0; w < weeks.length; w++) {
        int i = java.util.Arrays.binarySearch(rec.weeks(), weeks[w]);
        v[w] += rec.value(i, rec.allPlaces(), 0, m) / replicates;
        v[weeks.length + w] += rec.value(i, rec.allPlaces(), 4, m) / replicates;
      }
    }
    return v;
  }
}
