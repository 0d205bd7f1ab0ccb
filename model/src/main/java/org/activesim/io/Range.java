package org.activesim.io;

/**
 * An interval of allowed values; either end may be open or unbounded (infinite).
 *
 * @param min lower bound, {@code -Infinity} if none
 * @param minOpen whether {@code min} itself is excluded
 * @param max upper bound, {@code +Infinity} if none
 * @param maxOpen whether {@code max} itself is excluded
 */
record Range(double min, boolean minOpen, double max, boolean maxOpen) {

  static final Range ANY =
      new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

  /** [min, max] */
  static Range closed(double min, double max) {
    return new Range(min, false, max, false);
  }

  /** [min, max) */
  static Range closedOpen(double min, double max) {
    return new Range(min, false, max, true);
  }

  /** (min, max) */
  static Range open(double min, double max) {
    return new Range(min, true, max, true);
  }

  /** (min, max] */
  static Range openClosed(double min, double max) {
    return new Range(min, true, max, false);
  }

  /** [min, ∞) */
  static Range atLeast(double min) {
    return new Range(min, false, Double.POSITIVE_INFINITY, true);
  }

  /** (min, ∞) */
  static Range greaterThan(double min) {
    return new Range(min, true, Double.POSITIVE_INFINITY, true);
  }

  /** False for NaN, so a NaN never slips through as "in range". */
  boolean contains(double v) {
    boolean aboveMin = minOpen ? v > min : v >= min;
    boolean belowMax = maxOpen ? v < max : v <= max;
    return aboveMin && belowMax;
  }

  /** "in [0, 1]", "in (0, 100]", ">= 1", "> 0" — used in messages and the reference table. */
  String describe() {
    boolean hasMin = min != Double.NEGATIVE_INFINITY;
    boolean hasMax = max != Double.POSITIVE_INFINITY;
    if (hasMin && hasMax) {
      return "in "
          + (minOpen ? "(" : "[")
          + format(min)
          + ", "
          + format(max)
          + (maxOpen ? ")" : "]");
    }
    if (hasMin) {
      return (minOpen ? "> " : ">= ") + format(min);
    }
    if (hasMax) {
      return (maxOpen ? "< " : "<= ") + format(max);
    }
    return "any finite number";
  }

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
