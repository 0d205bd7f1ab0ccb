package org.activesim.core.network;

import java.util.Arrays;
import org.jgrapht.Graph;

/**
 * An undirected social network frozen into compressed sparse rows: the contacts of resident i sit
 * at the tie indices {@code k} in {@code [rowStart(i), rowEnd(i))}, sorted ascending, and {@link
 * #contact(int, int)} gives each. Built once from JGraphT graphs and edge lists, then only read by
 * the weekly loop (MODEL.md §2: "build it with JGraphT generators, then freeze it to compact
 * arrays").
 *
 * <p>Contacts are delta-coded: tie end k of row i stores {@code j − i} as a {@code short}. {@link
 * NetworkBuilder} numbers residents so that ties are local in index: households are runs of
 * consecutive residents and local ties stay inside a neighbourhood of at most {@code
 * neighbourhoodSize} consecutive residents (10,000 at full scale), so only ties across places can
 * be farther apart than 32,767. Such a far tie stores the escape {@link #FAR} and its contact is
 * kept in a side table ({@code farPosition}, the sorted tie indices of the escapes, and {@code
 * farContact}), found by binary search within a bucket of 1,024 tie indices ({@code farBucket}).
 * The rows, their order and so every result are as with plain {@code int} contacts.
 *
 * <p>Measured on {@code essex-ldp} at scale 1 (1,202,795 residents, 9.34 tie ends each): 0.0995 far
 * tie ends per resident (119,710), and the network's arrays (their lengths times element sizes)
 * went from 42.4 to 24.5 bytes per resident (the contacts from 37.3 to 18.7, the far table 0.8, its
 * buckets 0.04). A far lookup takes about 5 ns with the buckets against 32 ns with one binary
 * search over the whole table. Because a row is sorted, its near contacts are one run ({@link
 * #nearStart}, {@link #nearEnd}): the peer loop reads that run without the escape check, which per
 * contact had cost about 5% of {@code StepKernelBenchmark.stepWeek} at scale 10 (1.72 against 1.63
 * ms). With the run, on a shared 2-core machine at load 1–2 (so indicative): 1.70–1.73 ms at scale
 * 10 against 1.68–1.71 before, and 23.8–24.4 ms at scale 1 against 23.6–24.3. Not done:
 * variable-length bytes per delta would be smaller still but lose the tie index k that {@link
 * #weight} and the callers' loops address rows by; an implicit Watts–Strogatz lattice would tie the
 * network to one generator.
 *
 * <p>A tie's homophily weight is a function of its two ends (MODEL.md §2: a tie between residents
 * of the same quintile and age band weighs {@code w_like}, others 1), so it is not stored per tie:
 * each resident has a one-byte class, and {@link #weight} compares the two classes. That is one
 * byte per resident instead of four per tie end, and the weights are the same floats as when they
 * were stored.
 */
public final class FrozenNetwork {
  /** The stored delta of a far tie, whose contact is in the side table. */
  public static final short FAR = Short.MIN_VALUE;

  /** Tie indices per bucket of the far table's index, as a power of two. */
  private static final int BUCKET_BITS = 10;

  private final int[] offsets;
  private final short[] delta;
  private final int[] farPosition;
  private final int[] farContact;
  private final int[] farBucket;
  private final byte[] likeClass;
  private final float likeWeight;

  private FrozenNetwork(
      int[] offsets,
      short[] delta,
      int[] farPosition,
      int[] farContact,
      byte[] likeClass,
      float likeWeight) {
    this.offsets = offsets;
    this.delta = delta;
    this.farPosition = farPosition;
    this.farContact = farContact;
    this.farBucket = buckets(farPosition, delta.length);
    this.likeClass = likeClass;
    this.likeWeight = likeWeight;
  }

  /** Number of residents (vertices). */
  public int size() {
    return offsets.length - 1;
  }

  /** Number of undirected ties. */
  public long ties() {
    return delta.length / 2;
  }

  /** Number of tie ends stored as {@link #FAR} (each far tie counts at both ends). */
  public int farTieEnds() {
    return farPosition.length;
  }

  /** Degree of resident i. */
  public int degree(int i) {
    return offsets[i + 1] - offsets[i];
  }

  /** First tie index of i's row. */
  public int rowStart(int i) {
    return offsets[i];
  }

  /** One past the last tie index of i's row. */
  public int rowEnd(int i) {
    return offsets[i + 1];
  }

  /** The contact at tie index k of resident i's row, k in {@code [rowStart(i), rowEnd(i))}. */
  public int contact(int i, int k) {
    int d = delta[k];
    return d != FAR ? i + d : farContact(k);
  }

  /**
   * First tie index of i's near contacts (not {@link #FAR}). They are one run of the row: it is
   * sorted and they are the contacts within 32,767 of i, so the far ones below i come before them
   * and those above after. A loop over {@code [nearStart, nearEnd)} needs no escape check.
   */
  public int nearStart(int i) {
    int k = offsets[i];
    int end = offsets[i + 1];
    while (k < end && delta[k] == FAR) {
      k++;
    }
    return k;
  }

  /** One past the last tie index of i's near contacts, given {@code nearStart(i)}. */
  public int nearEnd(int i, int nearStart) {
    int k = offsets[i + 1];
    while (k > nearStart && delta[k - 1] == FAR) {
      k--;
    }
    return k;
  }

  /**
   * The stored deltas {@code j − i}, or {@link #FAR} (read-only by convention: the hot loop reads
   * it directly and calls {@link #farContact} on an escape).
   */
  public short[] contactDeltas() {
    return delta;
  }

  /** The contact at tie index k, which must hold {@link #FAR}. */
  public int farContact(int k) {
    int b = k >>> BUCKET_BITS;
    return farContact[Arrays.binarySearch(farPosition, farBucket[b], farBucket[b + 1], k)];
  }

  /**
   * For each bucket b of {@code 2^BUCKET_BITS} tie indices, the first far entry at or after its
   * start, and one more entry for the end: the binary search then looks at about 11 entries of one
   * bucket (1% of tie ends are far) instead of all of them, for 4 bytes per 1,024 tie ends.
   */
  private static int[] buckets(int[] farPosition, int tieEnds) {
    int[] bucket = new int[(tieEnds >>> BUCKET_BITS) + 2];
    int f = 0;
    for (int b = 0; b < bucket.length; b++) {
      while (f < farPosition.length && farPosition[f] < (long) b << BUCKET_BITS) {
        f++;
      }
      bucket[b] = f;
    }
    return bucket;
  }

  /**
   * Weight of the tie at index k of resident i's row: {@code likeWeight} within a class, else 1.
   */
  public float weight(int i, int k) {
    return likeClass[i] == likeClass[contact(i, k)] ? likeWeight : 1f;
  }

  /** Each resident's homophily class (read-only by convention: the hot loop reads it directly). */
  public byte[] likeClasses() {
    return likeClass;
  }

  /** Weight of a tie within a class. */
  public float likeWeight() {
    return likeWeight;
  }

  /** The sorted contacts of resident i (a copy). */
  public int[] contactsOf(int i) {
    int[] out = new int[degree(i)];
    for (int k = offsets[i]; k < offsets[i + 1]; k++) {
      out[k - offsets[i]] = contact(i, k);
    }
    return out;
  }

  /** Freezes a JGraphT graph whose vertices are 0..n-1, all weights 1. */
  public static FrozenNetwork freeze(Graph<Integer, ?> graph, int n) {
    EdgeList edges = new EdgeList();
    edges.addGraph(graph, 0);
    return freeze(edges, n, new byte[n], 1f);
  }

  /**
   * Freezes an edge list over vertices 0..n-1; duplicate ties are merged, self-loops dropped.
   *
   * @param likeClass each vertex's homophily class (kept, not copied)
   * @param likeWeight weight of a tie within a class (others weigh 1)
   */
  public static FrozenNetwork freeze(EdgeList edges, int n, byte[] likeClass, float likeWeight) {
    if (likeClass.length != n) {
      throw new IllegalArgumentException("one class per vertex");
    }
    int[] degree = new int[n + 1];
    int m = edges.size();
    int[] us = edges.us();
    int[] vs = edges.vs();
    for (int e = 0; e < m; e++) {
      if (us[e] != vs[e]) {
        degree[us[e]]++;
        degree[vs[e]]++;
      }
    }
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + degree[i];
    }
    int[] raw = new int[start[n]];
    int[] fill = Arrays.copyOf(start, n);
    for (int e = 0; e < m; e++) {
      if (us[e] != vs[e]) {
        raw[fill[us[e]]++] = vs[e];
        raw[fill[vs[e]]++] = us[e];
      }
    }
    return compact(raw, start, n, likeClass, likeWeight);
  }

  /** Sorts each row, removes duplicates, then delta-codes the rows. */
  private static FrozenNetwork compact(
      int[] raw, int[] start, int n, byte[] likeClass, float likeWeight) {
    int[] offsets = new int[n + 1];
    int out = 0;
    for (int i = 0; i < n; i++) {
      Arrays.sort(raw, start[i], start[i + 1]);
      offsets[i] = out;
      int previous = -1;
      for (int k = start[i]; k < start[i + 1]; k++) {
        if (raw[k] != previous) {
          raw[out++] = raw[k];
          previous = raw[k];
        }
      }
    }
    offsets[n] = out;
    return encode(raw, offsets, likeClass, likeWeight);
  }

  /** True if contact j of row i is stored in the side table. */
  private static boolean isFar(int i, int j) {
    int d = j - i; // both in [0, n): no overflow
    return d <= FAR || d > Short.MAX_VALUE;
  }

  /** Delta-codes the compacted rows {@code contacts[offsets[i] .. offsets[i+1])}. */
  private static FrozenNetwork encode(
      int[] contacts, int[] offsets, byte[] likeClass, float likeWeight) {
    int n = offsets.length - 1;
    int far = 0;
    for (int i = 0; i < n; i++) {
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        if (isFar(i, contacts[k])) {
          far++;
        }
      }
    }
    short[] delta = new short[offsets[n]];
    int[] farPosition = new int[far];
    int[] farContact = new int[far];
    int f = 0;
    for (int i = 0; i < n; i++) {
      for (int k = offsets[i]; k < offsets[i + 1]; k++) {
        int j = contacts[k];
        if (isFar(i, j)) {
          delta[k] = FAR;
          farPosition[f] = k; // k rises, so the table is sorted for the binary search
          farContact[f++] = j;
        } else {
          delta[k] = (short) (j - i);
        }
      }
    }
    return new FrozenNetwork(offsets, delta, farPosition, farContact, likeClass, likeWeight);
  }
}
