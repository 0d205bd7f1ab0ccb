package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.TestScenarios;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Synthesis reproduces the place structure exactly and the attribute shares in distribution. */
class PopulationSynthesisTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 7, 99})
  void quintileCountsAreExactAndAttributesFollowTheirShares(long seed) {
    Scenario s = TestScenarios.essex(10, 1, seed);
    Residents r = PopulationSynthesis.synthesise(s, new RandomStreams(seed));
    long ltc = 0;
    for (int p = 0; p < r.places(); p++) {
      PlaceSpec place = s.places().get(p);
      int n = r.placeSize(p);
      assertEquals(PopulationSynthesis.agents(place, s.population(), s.scale()), n);
      int[] counts = new int[5];
      for (int i = r.placeStart[p]; i < r.placeStart[p + 1]; i++) {
        assertEquals(p, r.place[i]);
        counts[r.quintile[i]]++;
        ltc += r.ltc[i];
        assertTrue(r.motivation[i] >= 0 && r.motivation[i] <= 1);
      }
      assertArrayEquals(
          PopulationSynthesis.largestRemainder(place.quintileShares(), n), counts, "seed " + seed);
      for (int q = 0; q < 5; q++) {
        assertEquals(place.quintileShare(q) * n, counts[q], 1.0, "quintile " + q + " of " + p);
      }
    }
    double share = (double) ltc / r.count;
    double sd = Math.sqrt(0.254 * 0.746 / r.count);
    assertEquals(s.population().ltcShare(), share, 4 * sd, "condition share, seed " + seed);
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {0, 1, 7, 1000, 123457})
  void largestRemainderSumsToN(int n) {
    int[] c = PopulationSynthesis.largestRemainder(new double[] {0.35, 0.25, 0.2, 0.12, 0.08}, n);
    assertEquals(n, c[0] + c[1] + c[2] + c[3] + c[4]);
  }
}
