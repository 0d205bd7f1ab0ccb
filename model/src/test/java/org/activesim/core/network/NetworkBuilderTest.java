package org.activesim.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.TestScenarios;
import org.activesim.core.PopulationSynthesis;
import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.Residents;
import org.activesim.scenario.NetworkSpec;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Structure of the built network: households, local degree, cross-place ties, homophily. */
class NetworkBuilderTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {3, 4})
  void tiesHaveTheSpecifiedStructure(long seed) {
    Scenario s = TestScenarios.essex(50, 1, seed);
    RandomStreams streams = new RandomStreams(seed);
    Residents r = PopulationSynthesis.synthesise(s, streams);
    NetworkSpec spec = s.network();
    FrozenNetwork net =
        NetworkBuilder.build(
            r,
            spec,
            s.population().householdSizeShares(),
            (int) Math.round(spec.neighbourhoodSize() / s.scale()),
            streams);
    long cross = 0;
    long local = 0;
    long degreeSum = 0;
    for (int i = 0; i < r.count; i++) {
      degreeSum += net.degree(i);
      for (int k = net.rowStart(i); k < net.rowEnd(i); k++) {
        int j = net.contact(i, k);
        boolean likeMe = r.quintile[i] == r.quintile[j] && r.ageBand[i] == r.ageBand[j];
        assertEquals(likeMe ? (float) spec.likeMeWeight() : 1f, net.weight(i, k));
        if (r.place[i] != r.place[j]) {
          cross++;
        } else {
          local++;
        }
      }
    }
    // Each undirected cross tie is seen from both ends; duplicates are rare at this size.
    assertEquals(
        spec.crossPlaceTieShare() * r.count,
        cross / 2.0,
        0.02 * r.count * spec.crossPlaceTieShare());
    double meanDegree = (double) degreeSum / r.count;
    // Watts–Strogatz k = 8, households add about one tie each, cross ties 2 × 0.05.
    assertTrue(meanDegree > 8.5 && meanDegree < 10.5, "mean degree " + meanDegree);
    assertTrue(local > cross * 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2})
  void householdsAreCliquesOfOneToFour(long seed) {
    EdgeList edges = new EdgeList();
    NetworkBuilder.addHouseholds(
        edges,
        0,
        10_000,
        new double[] {0.16, 0.56, 0.16, 0.12},
        new RandomStreams(seed).stream(Purpose.NETWORK));
    FrozenNetwork net = FrozenNetwork.freeze(edges, 10_000, new byte[10_000], 1f);
    int[] adultsBySize = new int[5];
    for (int i = 0; i < 10_000; i++) {
      int size = net.degree(i) + 1;
      assertTrue(size >= 1 && size <= 4, "household of " + size);
      for (int j : net.contactsOf(i)) {
        assertEquals(net.degree(i), net.degree(j), "a household is a clique");
        assertTrue(Math.abs(i - j) < 4, "household members are consecutive");
      }
      adultsBySize[size]++;
    }
    assertEquals(0.56, adultsBySize[2] / 10_000.0, 0.03, "adults in two-adult households");
  }
}
