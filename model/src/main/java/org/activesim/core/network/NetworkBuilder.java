package org.activesim.core.network;

import java.util.Random;
import java.util.function.Supplier;
import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.Residents;
import org.activesim.scenario.NetworkSpec;
import org.activesim.scenario.PopulationSpec;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;
import org.apache.commons.rng.sampling.distribution.GuideTableDiscreteSampler;
import org.apache.commons.rng.simple.JDKRandomBridge;
import org.apache.commons.rng.simple.RandomSource;
import org.jgrapht.Graph;
import org.jgrapht.generate.CompleteGraphGenerator;
import org.jgrapht.generate.WattsStrogatzGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * Builds the social network of MODEL.md §2: households of 1–4 adults, small-world local ties inside
 * each neighbourhood (Watts &amp; Strogatz 1998, via JGraphT's generator) and a small share of ties
 * across places; then freezes it to arrays and lets the JGraphT graphs go.
 *
 * <p>A place is cut into neighbourhoods of at most {@code neighbourhoodSize} consecutive residents.
 * Residents are ordered by quintile inside a place, so neighbourhoods are mostly of one quintile,
 * as small areas are. Households are runs of consecutive residents; the lattice of local ties is
 * laid over a shuffled order, so that local ties and household ties are different people. Each
 * neighbourhood is generated on its own random stream, so its ties do not depend on any other
 * neighbourhood.
 */
public final class NetworkBuilder {

  private NetworkBuilder() {}

  /** Builds and freezes the whole network. */
  public static FrozenNetwork build(
      Residents residents,
      NetworkSpec spec,
      double[] householdSizeShares,
      int neighbourhoodSize,
      RandomStreams streams) {
    EdgeList edges = new EdgeList();
    for (int p = 0; p < residents.places(); p++) {
      int start = residents.placeStart[p];
      int n = residents.placeSize(p);
      addHouseholds(edges, start, n, householdSizeShares, streams.stream(Purpose.NETWORK, p, -1));
      int blocks = Math.max(1, (n + neighbourhoodSize - 1) / neighbourhoodSize);
      for (int b = 0; b < blocks; b++) {
        int from = (int) ((long) n * b / blocks);
        int to = (int) ((long) n * (b + 1) / blocks);
        UniformRandomProvider rng = streams.stream(Purpose.NETWORK, p, b);
        Graph<Integer, DefaultEdge> local = localGraph(to - from, spec, rng);
        edges.addGraph(local, shuffledPositions(start + from, to - from, rng));
      }
    }
    addCrossPlaceTies(edges, residents, spec.crossPlaceTieShare(), streams);
    // Same quintile and age band: one class (MODEL.md §2, w_like).
    byte[] likeClass = new byte[residents.count];
    for (int i = 0; i < residents.count; i++) {
      likeClass[i] =
          (byte) (residents.quintile[i] * PopulationSpec.AGE_BANDS + residents.ageBand[i]);
    }
    return FrozenNetwork.freeze(edges, residents.count, likeClass, (float) spec.likeMeWeight());
  }

  /**
   * Small-world ties among n residents: Watts–Strogatz with mean degree k and rewiring p; a
   * complete graph when n is too small for a ring lattice of degree k.
   */
  public static Graph<Integer, DefaultEdge> localGraph(
      int n, NetworkSpec spec, UniformRandomProvider rng) {
    Supplier<Integer> vertices = SupplierUtil.createIntegerSupplier();
    Graph<Integer, DefaultEdge> graph =
        new SimpleGraph<>(vertices, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
    int k = spec.localDegree();
    if (n == 0) {
      return graph;
    }
    if (k == 0) {
      for (int i = 0; i < n; i++) {
        graph.addVertex();
      }
    } else if (n <= k + 1) {
      new CompleteGraphGenerator<Integer, DefaultEdge>(n).generateGraph(graph);
    } else {
      new WattsStrogatzGraphGenerator<Integer, DefaultEdge>(
              n, k, spec.rewiring(), false, bridge(rng))
          .generateGraph(graph);
    }
    return graph;
  }

  /**
   * Residents of a neighbourhood in random order: the ring lattice's neighbours are then random
   * neighbours, not the consecutive residents who already share a household.
   */
  static int[] shuffledPositions(int first, int n, UniformRandomProvider rng) {
    int[] ids = PermutationSampler.natural(n);
    PermutationSampler.shuffle(rng, ids);
    for (int k = 0; k < n; k++) {
      ids[k] += first;
    }
    return ids;
  }

  /** JGraphT takes a {@link Random}: hand it one driven by our own seeded stream. */
  private static Random bridge(UniformRandomProvider rng) {
    return new JDKRandomBridge(
        RandomSource.XO_RO_SHI_RO_128_PP, new long[] {rng.nextLong(), rng.nextLong()});
  }

  /**
   * Households: consecutive residents grouped into cliques. Household sizes are drawn so that the
   * share of adults living in households of size s is {@code adultShares[s-1]}: a household of size
   * s is drawn with probability proportional to {@code adultShares[s-1] / s}.
   */
  static void addHouseholds(
      EdgeList edges, int start, int n, double[] adultShares, UniformRandomProvider rng) {
    double[] householdShares = new double[adultShares.length];
    for (int s = 0; s < adultShares.length; s++) {
      householdShares[s] = adultShares[s] / (s + 1);
    }
    var sizes = GuideTableDiscreteSampler.of(rng, householdShares);
    int i = 0;
    while (i < n) {
      int size = Math.min(sizes.sample() + 1, n - i);
      for (int a = 0; a < size; a++) {
        for (int b = a + 1; b < size; b++) {
          edges.add(start + i + a, start + i + b);
        }
      }
      i += size;
    }
  }

  /** Ties across places: {@code share × residents} pairs of residents of two different places. */
  static void addCrossPlaceTies(
      EdgeList edges, Residents residents, double share, RandomStreams streams) {
    if (residents.places() < 2 || share <= 0) {
      return;
    }
    UniformRandomProvider rng = streams.stream(Purpose.CROSS_TIES);
    long ties = Math.round(share * residents.count);
    for (long t = 0; t < ties; t++) {
      int u = rng.nextInt(residents.count);
      int v = rng.nextInt(residents.count);
      if (residents.place[u] != residents.place[v]) {
        edges.add(u, v);
      } else {
        t--; // redraw: ties here must cross places; terminates since places >= 2
      }
    }
  }
}
