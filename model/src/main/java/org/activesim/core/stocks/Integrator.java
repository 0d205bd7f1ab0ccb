package org.activesim.core.stocks;

import org.activesim.scenario.IntegratorKind;

/**
 * A fixed-step explicit integrator. Implementations are stateless and thread-safe: scratch space is
 * allocated per call (one call a simulated week, so this never touches the resident loop).
 */
public sealed interface Integrator permits EulerIntegrator, RungeKutta4Integrator {

  /**
   * Advances {@code y} (in place) from {@code t} to {@code t + h}.
   *
   * @param equations the system
   * @param t start time
   * @param y state at {@code t}, overwritten with the state at {@code t + h}
   * @param h step size (weeks)
   */
  void step(StockFlowEquations equations, double t, double[] y, double h);

  /** Order of the global error: 1 for Euler, 4 for RK4. */
  int order();

  /** The integrator named in a scenario. */
  static Integrator of(IntegratorKind kind) {
    return switch (kind) {
      case EULER -> new EulerIntegrator();
      case RK4 -> new RungeKutta4Integrator();
    };
  }
}
