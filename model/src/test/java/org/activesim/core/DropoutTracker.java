package org.activesim.core;

import java.util.Arrays;

/**
 * Follows every move up and records whether the resident falls below the level reached within a
 * window of weeks. A later move up closes the earlier window as "not relapsed" (the relapse term
 * applies to the latest move). Only moves early enough for their whole window to be seen count.
 */
final class DropoutTracker implements WeekObserver {
  private final int window;
  private final int lastStartWeek;
  private byte[] previous;
  private int[] openedWeek;
  private byte[] reached;
  private long moves;
  private long relapses;

  DropoutTracker(int window, int lastStartWeek) {
    this.window = window;
    this.lastStartWeek = lastStartWeek;
  }

  @Override
  public void observe(int week, Residents r) {
    if (previous == null) {
      previous = r.level.clone();
      openedWeek = new int[r.count];
      Arrays.fill(openedWeek, -1);
      reached = new byte[r.count];
      return;
    }
    for (int i = 0; i < r.count; i++) {
      byte now = r.level[i];
      int open = openedWeek[i];
      if (open >= 0 && week - open > window) {
        close(i, false);
        open = -1;
      }
      if (now > previous[i]) {
        if (open >= 0) {
          close(i, false);
        }
        if (week - 1 <= lastStartWeek) {
          openedWeek[i] = week;
          reached[i] = now;
        }
      } else if (now < previous[i] && open >= 0 && now < reached[i]) {
        close(i, true);
      }
      previous[i] = now;
    }
  }

  private void close(int i, boolean relapsed) {
    moves++;
    if (relapsed) {
      relapses++;
    }
    openedWeek[i] = -1;
  }

  long moves() {
    return moves;
  }

  double relapseShare() {
    return (double) relapses / moves;
  }
}
