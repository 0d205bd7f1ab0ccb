package org.activesim.core.network;

import java.util.Arrays;
import org.jgrapht.Graph;

/** A growable list of undirected ties as two primitive arrays, gathered before freezing. */
public final class EdgeList {
  private int[] us = new int[1024];
  private int[] vs = new int[1024];
  private int size;

  /** Adds the tie u–v. */
  public void add(int u, int v) {
    if (size == us.length) {
      us = Arrays.copyOf(us, size * 2);
      vs = Arrays.copyOf(vs, size * 2);
    }
    us[size] = u;
    vs[size] = v;
    size++;
  }

  /** Adds every edge of a graph whose vertices are 0..n-1, shifted by {@code offset}. */
  public void addGraph(Graph<Integer, ?> graph, int offset) {
    for (Object e : graph.edgeSet()) {
      addEdge(graph, e, null, offset);
    }
  }

  /** Adds every edge of a graph whose vertices are 0..n-1, vertex v becoming {@code ids[v]}. */
  public void addGraph(Graph<Integer, ?> graph, int[] ids) {
    for (Object e : graph.edgeSet()) {
      addEdge(graph, e, ids, 0);
    }
  }

  @SuppressWarnings("unchecked")
  private <E> void addEdge(Graph<Integer, E> graph, Object e, int[] ids, int offset) {
    E edge = (E) e;
    int u = graph.getEdgeSource(edge);
    int v = graph.getEdgeTarget(edge);
    add(ids == null ? u + offset : ids[u], ids == null ? v + offset : ids[v]);
  }

  public int size() {
    return size;
  }

  int[] us() {
    return us;
  }

  int[] vs() {
    return vs;
  }
}
