package org.activesim.core.groups;

import java.util.Arrays;

/**
 * One place's part of a GROUPS week ({@link GroupDynamics#week}), owned by the one task that runs
 * it: the place's groups alive at the start of the week in ascending id, the residents its
 * recruitment is exposing, and the joins to tagged groups whose reports wait until every place has
 * finished.
 *
 * <p>Why the reports wait: the join listener enrols programme participants in evaluations, which
 * draw from one stream per evaluation and week and append to its cohort, so the order of reports
 * across places matters. On one thread they came in ascending group id (recruitment ran group by
 * group), each group's in join order; {@link #reportInGroupOrder} restores exactly that order.
 * Deferring them is exact because enrolment reads only levels (not changed in GROUPS) and the
 * participant flags it sets itself, and recruitment reads neither.
 */
final class PlaceWeek implements GroupDynamics.Joining {
  private final CommunityGroups groups;
  private int[] alive = new int[16];
  private int aliveCount;
  private int[] touched = new int[256];
  private int touchedCount;

  /** (group, resident) pairs of joins to tagged groups, in join order. */
  private int[] joins = new int[32];

  private int joinCount;
  private int reported;

  PlaceWeek(CommunityGroups groups) {
    this.groups = groups;
  }

  /** Starts a week: no groups listed, no joins waiting. */
  void clear() {
    aliveCount = 0;
    joinCount = 0;
    reported = 0;
  }

  /** Lists a group alive at the start of the week; ids come in ascending order. */
  void add(int g) {
    if (aliveCount == alive.length) {
      alive = Arrays.copyOf(alive, aliveCount * 2);
    }
    alive[aliveCount++] = g;
  }

  /** Groups listed this week. */
  int groupCount() {
    return aliveCount;
  }

  /** The k-th listed group. */
  int group(int k) {
    return alive[k];
  }

  /** Adds a resident to the ones recruitment is exposing now (each once). */
  void touch(int resident) {
    if (touchedCount == touched.length) {
      touched = Arrays.copyOf(touched, touchedCount * 2);
    }
    touched[touchedCount++] = resident;
  }

  int touchedCount() {
    return touchedCount;
  }

  int touched(int t) {
    return touched[t];
  }

  void clearTouched() {
    touchedCount = 0;
  }

  /** Joins at once; a join to a tagged group is reported later ({@link #reportInGroupOrder}). */
  @Override
  public void join(int g, int resident) {
    if (groups.joinUnreported(g, resident) && groups.tag(g) >= 0) {
      if (2 * joinCount == joins.length) {
        joins = Arrays.copyOf(joins, joins.length * 2);
      }
      joins[2 * joinCount] = g;
      joins[2 * joinCount + 1] = resident;
      joinCount++;
    }
  }

  /**
   * Reports the places' waiting joins to the join listener in ascending group id, each group's in
   * join order: the order of one thread. A group's joins are all in its place's list, which is
   * sorted by group id, so one pass over the ids merges the places' lists.
   */
  static void reportInGroupOrder(PlaceWeek[] places, CommunityGroups groups, int existing) {
    boolean waiting = false;
    for (PlaceWeek p : places) {
      waiting |= p.joinCount > 0;
    }
    if (!waiting) {
      return;
    }
    for (int g = 0; g < existing; g++) {
      places[groups.place(g)].report(g);
    }
  }

  private void report(int g) {
    while (reported < joinCount && joins[2 * reported] == g) {
      groups.reportJoin(g, joins[2 * reported + 1]);
      reported++;
    }
  }
}
