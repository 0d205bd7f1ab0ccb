package org.activesim.core.levers;

import org.activesim.scenario.Scenario;

/**
 * Whole agent units (grants, bikes) handed out at a steady annual rate of real units: by the end of
 * the k-th active week, {@code floor(perYear · k / (52 · scale))} units are due, so a year's total
 * is exact at any scale without a random draw.
 *
 * <p>The count is computed from the number of active weeks, not accumulated: adding {@code perYear
 * / 52 / scale} week by week falls short of a whole number in floating point (400 grants a year at
 * scale 40 add up to 9.999… after 52 weeks, 60 a year at scale 1 to 59.999…), and the last unit of
 * a window was never handed out. With {@code perYear} and {@code scale} whole numbers, the product
 * and the divisor are exact and so is every whole-number quotient.
 */
final class SteadyRate {
  private final double perYear;
  private final double scale;

  /** Active weeks so far, each weighted by its dose multiplier. */
  private double weeks;

  private long due;

  SteadyRate(double perYear, double scale) {
    this.perYear = perYear;
    this.scale = scale;
  }

  /** Units due in this active week (call once per active week). */
  int next() {
    return next(1);
  }

  /**
   * Units due in this active week at {@code multiplier} times the annual rate (a programme
   * replicated into more places: MODEL.md §5). Whole multipliers keep the count exact.
   */
  int next(double multiplier) {
    weeks += multiplier;
    long dueNow = (long) Math.floor(perYear * weeks / (Scenario.WEEKS_PER_YEAR * scale));
    int n = (int) (dueNow - due);
    due = dueNow;
    return n;
  }
}
