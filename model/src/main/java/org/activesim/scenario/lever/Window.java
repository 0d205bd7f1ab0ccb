package org.activesim.scenario.lever;

import org.activesim.scenario.Scenario;

/**
 * When a lever runs: from {@code start} (inclusive) to {@code end} (exclusive), in years from the
 * start of the run (after the burn-in). Week boundaries round to the nearest week.
 *
 * @param start first year, at least 0
 * @param end end year, after start
 */
public record Window(double start, double end) {

  public Window {
    if (!(start >= 0) || !(end > start) || Double.isInfinite(end)) {
      throw new IllegalArgumentException(
          "a lever window needs 0 <= start < end, was start " + start + ", end " + end);
    }
    if (end * Scenario.WEEKS_PER_YEAR >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a lever window must end within 41 million years");
    }
  }

  /** The first week the lever runs. */
  public int startWeek() {
    return (int) Math.round(start * Scenario.WEEKS_PER_YEAR);
  }

  /** The first week after the window. */
  public int endWeek() {
    return (int) Math.round(end * Scenario.WEEKS_PER_YEAR);
  }

  /** Whether the lever runs in a week (weeks count from 0). */
  public boolean contains(long week) {
    return week >= startWeek() && week < endWeek();
  }

  /** The whole of a ten-year default horizon. */
  public static Window always() {
    return new Window(0, 10);
  }
}
