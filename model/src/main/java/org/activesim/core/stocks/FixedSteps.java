package org.activesim.core.stocks;

/** Runs an {@link Integrator} for a fixed number of equal steps. */
public final class FixedSteps {
  private FixedSteps() {}

  /**
   * Advances {@code y} (in place) from {@code t0} to {@code t0 + steps * h}. Step {@code i} starts
   * at {@code t0 + i * h} rather than at a running sum of {@code h}, so rounding in the time does
   * not accumulate over long runs.
   *
   * @throws IllegalArgumentException if {@code steps} is negative
   */
  public static void advance(
      Integrator integrator,
      StockFlowEquations equations,
      double t0,
      double[] y,
      double h,
      int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("steps must be >= 0, was " + steps);
    }
    for (int i = 0; i < steps; i++) {
      integrator.step(equations, t0 + i * h, y, h);
    }
  }
}
