package org.activesim.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.scenario.NetworkSpec;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The frozen arrays must be the JGraphT graph they came from: same degrees, same neighbours. */
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
}
