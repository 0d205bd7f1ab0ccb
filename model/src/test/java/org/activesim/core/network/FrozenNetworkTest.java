package org.activesim.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.scenario.NetworkSpec;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The frozen arrays must be the graph they came from: same degrees, same neighbours, whether a
 * contact is stored as a short delta or, when farther than 32,767, in the side table.
 */
class FrozenNetworkTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 42})
  void frozenWattsStrogatzEqualsItsGraph(long seed) {
    NetworkSpec spec = NetworkSpec.defaults();
    Graph<Integer, DefaultEdge> graph =
        NetworkBuilder.localGraph(2_000, spec, new RandomStreams(seed).stream(Purpose.NETWORK, 0));
    FrozenNetwork frozen = FrozenNetwork.freeze(graph, 2_000);
    assertEquals(graph.edgeSet().size(), frozen.ties(), "seed " + seed);
    long degreeSum = 0;
    for (int v = 0; v < 2_000; v++) {
      assertEquals(graph.degreeOf(v), frozen.degree(v), "degree of " + v + ", seed " + seed);
      int[] expected =
          Graphs.neighborListOf(graph, v).stream().mapToInt(Integer::intValue).sorted().toArray();
      assertArrayEquals(expected, frozen.contactsOf(v), "neighbours of " + v + ", seed " + seed);
      degreeSum += frozen.degree(v);
    }
    assertEquals(spec.localDegree(), degreeSum / 2_000.0, 1e-9, "Watts–Strogatz keeps mean degree");
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {5, 6})
  void duplicatesAndSelfLoopsAreDropped(long seed) {
    EdgeList edges = new EdgeList();
    edges.add(0, 1);
    edges.add(1, 0);
    edges.add(2, 2);
    edges.add(1, 2);
    // Vertices 1 and 2 share a class: their tie weighs 3, the others 1.
    FrozenNetwork frozen = FrozenNetwork.freeze(edges, 4, new byte[] {0, 1, 1, 2}, 3f);
    assertArrayEquals(new int[] {1}, frozen.contactsOf(0));
    assertArrayEquals(new int[] {0, 2}, frozen.contactsOf(1));
    assertArrayEquals(new int[] {1}, frozen.contactsOf(2));
    assertEquals(0, frozen.degree(3));
    assertEquals(2, frozen.ties());
    assertEquals(3f, frozen.weight(1, frozen.rowStart(1) + 1), "weight of tie 1–2");
    assertEquals(1f, frozen.weight(1, frozen.rowStart(1)), "weight of tie 1–0");
    assertEquals(3f, frozen.weight(2, frozen.rowStart(2)), "weight of tie 2–1, symmetric");
  }

  @ParameterizedTest(name = "n = {0}")
  @ValueSource(ints = {1, 5, 9})
  void smallNeighbourhoodsAreCompleteGraphs(int n) {
    Graph<Integer, DefaultEdge> graph =
        NetworkBuilder.localGraph(
            n, NetworkSpec.defaults(), new RandomStreams(1).stream(Purpose.NETWORK));
    assertEquals((long) n * (n - 1) / 2, graph.edgeSet().size());
    assertEquals(List.copyOf(graph.vertexSet()).size(), n);
  }

  @Test
  void farTiesAndTheEscapeBoundaryDecode() {
    int n = 200_000;
    int base = 100_000;
    EdgeList edges = new EdgeList();
    int[][] pairs = {
      {base, base + 32_766}, // near
      {base, base + 32_767}, // the largest near delta, both ways
      {base, base + 32_768}, // +32,768 does not fit a short; -32,768 is the escape itself
      {base, base + 32_769},
      {base, base - 32_767},
      {base, base - 32_768},
      {base, base + 1},
      {0, n - 1},
      {0, 1},
      {n - 1, n - 2},
      {5, 150_000},
      {5, 150_001},
      {5, 6}
    };
    for (int[] p : pairs) {
      edges.add(p[0], p[1]);
    }
    FrozenNetwork frozen = FrozenNetwork.freeze(edges, n, new byte[n], 1f);
    List<TreeSet<Integer>> reference = reference(pairs, n);
    assertMatches(reference, frozen, "boundary edges");
    // Far, seen from both ends: base ± 32,768, base + 32,769, 0–(n-1), 5–150,000, 5–150,001.
    assertEquals(2 * 6, frozen.farTieEnds());
    int k = frozen.rowStart(base + 32_767);
    assertEquals(base, frozen.contact(base + 32_767, k), "delta -32,767 is near");
    assertEquals(FrozenNetwork.FAR, frozen.contactDeltas()[frozen.rowStart(base + 32_768)]);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18})
  void randomEdgeListsDecodeToTheirSortedUniqueContacts(long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    // Half the graphs are small (no far ties possible), half large enough for many.
    int n = rng.nextBoolean() ? 1 + rng.nextInt(200) : 40_000 + rng.nextInt(120_000);
    int m = n + rng.nextInt(3 * n);
    int[][] pairs = new int[m][];
    for (int e = 0; e < m; e++) {
      int u = rng.nextInt(n);
      int v;
      switch (rng.nextInt(6)) {
        case 0 -> v = rng.nextInt(n); // far, mostly, when n is large
        case 1 -> v = u; // self-loop
        case 2 -> v = u + (rng.nextBoolean() ? 1 : -1) * (32_766 + rng.nextInt(4)); // boundary
        case 3 -> v = e > 0 ? pairs[rng.nextInt(e)][1] : u; // a repeated end
        default -> v = u + rng.nextInt(41) - 20; // near
      }
      v = Math.floorMod(v, n);
      pairs[e] = rng.nextBoolean() ? new int[] {u, v} : new int[] {v, u};
      if (e > 0 && rng.nextInt(10) == 0) {
        int[] again = pairs[rng.nextInt(e)];
        pairs[e] = new int[] {again[1], again[0]}; // a duplicate, reversed
      }
    }
    byte[] classes = new byte[n];
    for (int i = 0; i < n; i++) {
      classes[i] = (byte) rng.nextInt(3);
    }
    EdgeList edges = new EdgeList();
    for (int[] p : pairs) {
      edges.add(p[0], p[1]);
    }
    FrozenNetwork frozen = FrozenNetwork.freeze(edges, n, classes, 2f);
    List<TreeSet<Integer>> reference = reference(pairs, n);
    assertMatches(reference, frozen, "seed " + seed);
    long far = 0;
    for (int i = 0; i < n; i++) {
      for (int k = frozen.rowStart(i); k < frozen.rowEnd(i); k++) {
        int j = frozen.contact(i, k);
        far += Math.abs(j - i) > 32_767 ? 1 : 0;
        float like = classes[i] == classes[j] ? 2f : 1f;
        assertEquals(like, frozen.weight(i, k), "weight of " + i + "–" + j + ", seed " + seed);
      }
    }
    assertEquals(far, frozen.farTieEnds(), "seed " + seed);
    assertTrue(n < 40_000 || far > 0, "a large graph has far ties, seed " + seed);
  }

  /** Each vertex's contacts in a sorted set: duplicates merged, self-loops dropped. */
  private static List<TreeSet<Integer>> reference(int[][] pairs, int n) {
    List<TreeSet<Integer>> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(new TreeSet<>());
    }
    for (int[] p : pairs) {
      if (p[0] != p[1]) {
        rows.get(p[0]).add(p[1]);
        rows.get(p[1]).add(p[0]);
      }
    }
    return rows;
  }

  private static void assertMatches(
      List<TreeSet<Integer>> reference, FrozenNetwork frozen, String label) {
    assertEquals(reference.size(), frozen.size(), label);
    long ends = 0;
    for (int i = 0; i < reference.size(); i++) {
      int[] expected = reference.get(i).stream().mapToInt(Integer::intValue).toArray();
      ends += expected.length;
      assertEquals(expected.length, frozen.degree(i), label);
      assertEquals(frozen.rowStart(i) + expected.length, frozen.rowEnd(i), label);
      assertArrayEquals(expected, frozen.contactsOf(i), "contacts of " + i + ", " + label);
      int lo = frozen.nearStart(i);
      int hi = frozen.nearEnd(i, lo);
      for (int k = frozen.rowStart(i); k < frozen.rowEnd(i); k++) {
        int j = expected[k - frozen.rowStart(i)];
        assertEquals(j, frozen.contact(i, k), label);
        boolean far = frozen.contactDeltas()[k] == FrozenNetwork.FAR;
        assertEquals(Math.abs(j - i) > 32_767, far, "tie " + i + "–" + j + ", " + label);
        assertEquals(k < lo || k >= hi, far, "near contacts are one run, " + label);
      }
    }
    assertEquals(ends / 2, frozen.ties(), label);
  }
}
