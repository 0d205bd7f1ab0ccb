package org.activesim.core.stocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.activesim.scenario.IntegratorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both integrators against scalar problems with closed-form solutions, comparing at every step of a
 * quarter-week grid. For the two linear problems the global error's leading term is known exactly,
 * so the tests pin the error to it (within 25%), which also shows the tolerance is not vacuous. For
 * the two nonlinear ones the error constant is problem dependent; the tolerance is {@code C h^p}
 * with {@code C} about 1.3 times the constant observed when the test was written ({@link
 * ConvergenceOrderTest} checks the {@code h^p} scaling separately).
 */
class ClosedFormSolutionsTest {
  private static final double H = 0.25;

  /** Largest {@code |y_i − exact(t_i)|} over the grid {@code t_i = i H}, {@code i = 1..}. */
  private static double maxError(
      IntegratorKind kind,
      StockFlowEquations equations,
      double y0,
      double tEnd,
      DoubleUnaryOperator exact) {
    Integrator integrator = Integrator.of(kind);
    double[] y = {y0};
    int steps = (int) Math.round(tEnd / H);
    double max = 0;
    for (int i = 0; i < steps; i++) {
      integrator.step(equations, i * H, y, H);
      max = Math.max(max, Math.abs(y[0] - exact.applyAsDouble((i + 1) * H)));
    }
    return max;
  }

  /**
   * Leading term of the largest global error for {@code dd/dt = −k d}. Per step Euler multiplies by
   * {@code 1 − kh = e^{−kh}(1 − (kh)²/2 + …)} and RK4 by {@code e^{−kh}(1 + (kh)^5/120 + …)}, so
   * after time {@code t} the error is {@code |d0| t e^{−kt} k^{p+1} h^p / (p+1)!} to leading order,
   * largest at {@code t = 1/k}: {@code |d0| e^{−1} k^p h^p / (p+1)!}.
   */
  private static double linearLeadingError(IntegratorKind kind, double k, double d0) {
    int p = Integrator.of(kind).order();
    double factorial = p == 1 ? 2 : 120;
    return Math.abs(d0) * Math.exp(-1) * Math.pow(k * H, p) / factorial;
  }

  @ParameterizedTest
  @EnumSource(IntegratorKind.class)
  void exponentialDecay(IntegratorKind kind) {
    double tau = 8; // weeks
    double error =
        maxError(kind, TestSystems.scalar(y -> -y / tau), 1, 20, t -> Math.exp(-t / tau));
    // Euler ≈ 5.7e-3, RK4 ≈ 2.9e-9 at H = 0.25.
    double expected = linearLeadingError(kind, 1 / tau, 1);
    assertEquals(1, error / expected, 0.25, () -> "error " + error + ", expected ≈ " + expected);
  }

  @ParameterizedTest
  @EnumSource(IntegratorKind.class)
  void awarenessRelaxesToEquilibrium(IntegratorKind kind) {
    // dW/dt = r(1 − W) − W/τ: W → W* = r/(r + 1/τ) at rate k = r + 1/τ.
    double r = 0.2;
    double tau = 10;
    double w0 = 0.1;
    double k = r + 1 / tau;
    double wStar = r / k;
    double error =
        maxError(
            kind,
            TestSystems.scalar(w -> r * (1 - w) - w / tau),
            w0,
            30,
            t -> wStar + (w0 - wStar) * Math.exp(-k * t));
    // Euler ≈ 7.8e-3, RK4 ≈ 5.5e-8 at H = 0.25.
    double expected = linearLeadingError(kind, k, w0 - wStar);
    assertEquals(1, error / expected, 0.25, () -> "error " + error + ", expected ≈ " + expected);
  }

  @ParameterizedTest
  @EnumSource(IntegratorKind.class)
  void logisticGrowth(IntegratorKind kind) {
    double r = 0.3;
    double y0 = 0.01;
    double error =
        maxError(
            kind,
            TestSystems.scalar(y -> r * y * (1 - y)),
            y0,
            40,
            t -> 1 / (1 + (1 / y0 - 1) * Math.exp(-r * t)));
    // Observed: Euler 3.0e-2 (largest near the inflection point), RK4 1.6e-7.
    double tolerance = kind == IntegratorKind.EULER ? 0.16 * H : 6.4e-5 * Math.pow(H, 4);
    assertTrue(error <= tolerance, () -> "error " + error + " > " + tolerance);
  }

  @ParameterizedTest
  @EnumSource(IntegratorKind.class)
  void bassDiffusion(IntegratorKind kind) {
    double p = 0.03; // innovation, per week
    double q = 0.38; // imitation, per week
    double error =
        maxError(kind, TestSystems.bass(p, q), 0, 26, t -> TestSystems.bassExact(p, q, t));
    // Observed: Euler 1.8e-2, RK4 1.9e-7.
    double tolerance = kind == IntegratorKind.EULER ? 0.1 * H : 8e-5 * Math.pow(H, 4);
    assertTrue(error <= tolerance, () -> "error " + error + " > " + tolerance);
  }
}
