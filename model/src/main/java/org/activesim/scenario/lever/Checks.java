package org.activesim.scenario.lever;

/** Argument checks shared by the lever records (the loader reports them with positions first). */
final class Checks {
  private Checks() {}

  static void nonNegative(double v, String name) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + v);
    }
  }

  static void share(double v, String name) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
    }
  }

  static void annualProbability(double v, String name) {
    if (!(v >= 0 && v < 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1), was " + v);
    }
  }
}
