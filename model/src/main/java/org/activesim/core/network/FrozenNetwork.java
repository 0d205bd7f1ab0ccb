package org.activesim.core.network;

import java.util.Arrays;
import org.jgrapht.Graph;

/**
 * An undirected social network frozen into compressed sparse rows: the contacts of resident i are
 * {@code contacts[offsets[i] .. offsets[i+1])}, sorted ascending. Built once from JGraphT graphs
 * and edge lists, then only read by the weekly loop (MODEL.md §2: "build it with JGraphT
 * generators, then freeze it to compact arrays").
 *
 * <p>A tie's homophily weight is a function of its two ends (MODEL.md §2: a tie between residents
 * of the same quintile and age band weighs {@code w_like}, others 1), so it is not stored per tie:
 * each resident has a one-byte class, and {@link #weight} compares the two classes. That is one
 * byte per resident instead of four per tie end (about 44 bytes per resident at the default mean
 * degree), and the weights are the same floats as when they were stored.
 */
public final class FrozenNetwork {
  private final int[] offsets;
  private final int[] contacts;
  private final byte[] likeClass;
  private final float likeWeight;

  private FrozenNetwork(int[] offsets, int[] contacts, byte[] likeClass, float likeWeight) {
    this.offsets = offsets;
    this.contacts = contacts;
    this.likeClass = likeClass;
    this.likeWeight = likeWeight;
  }

  /** Number of residents (vertices). */
  public int size() {
    return offsets.length - 1;
  }

  /** Number of undirected ties. */
  public long ties() {
    return contacts.length / 2;
  }

  /** Degree of resident i. */
  public int degree(int i) {
    return offsets[i + 1] - offsets[i];
  }

  /** First index of i's row in {@link #contactArray()}. */
  public int rowStart(int i) {
    return offsets[i];
  }

  /** One past the last index of i's row. */
  public int rowEnd(int i) {
    return offsets[i + 1];
  }

  /** The contact array (read-only by convention: the hot loop reads it directly). */
  public int[] contactArray() {
    return contacts;
  }

  /**
   * Weight of the tie at index k of resident i's row: {@code likeWeight} within a class, else 1.
   */
  public float weight(int i, int k) {
    return likeClass[i] == likeClass[contacts[k]] ? likeWeight : 1f;
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
    return Arrays.copyOfRange(contacts, offsets[i], offsets[i + 1]);
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

  /** Sorts each row and removes duplicates. */
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
    int[] contacts = Arrays.copyOf(raw, out);
    return new FrozenNetwork(offsets, contacts, likeClass, likeWeight);
  }
}
