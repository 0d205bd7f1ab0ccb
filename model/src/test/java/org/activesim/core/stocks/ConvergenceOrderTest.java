package org.activesim.core.stocks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.activesim.scenario.IntegratorKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Observed order of the global error at a fixed end time. With {@code e(h) ≈ C h^p}, the slope of
 * {@code log e} against {@code log h} is {@code p}, so halving {@code h} divides the error by about
 * 2 for Euler and 16 for RK4. Steps are {@code 1/2 … 1/16} week: fine enough that the {@code h^p}
 * term dominates (at {@code h = 1} RK4's successive order on the seasonal problem is still 3.7),
 * coarse enough that RK4's smallest error (≈ 1e-12) stays well above both rounding and the
 * Dormand–Prince reference's error (≈ 3e-14).
 */
class ConvergenceOrderTest {
  private static final double[] STEPS = {1.0 / 2, 1.0 / 4, 1.0 / 8, 1.0 / 16};
  private static final double ORDER_TOLERANCE = 0.15;

  /** Least-squares slope of {@code log error} against {@code log h}. */
  private static double observedOrder(double[] errors) {
    int n = STEPS.length;
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < n; i++) {
      meanX += Math.log(STEPS[i]) / n;
      meanY += Math.log(errors[i]) / n;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < n; i++) {
      double dx = Math.log(STEPS[i]) - meanX;
      sxy += dx * (Math.log(errors[i]) - meanY);
      sxx += dx * dx;
    }
    return sxy / sxx;
  }

  @ParameterizedTest
  @EnumSource(IntegratorKind.class)
  void bassDiffusionAgainstClosedForm(IntegratorKind kind) {
    Integrator integrator = Integrator.of(kind);
    double p = 0.03;
    double q = 0.38;
    double tEnd = 26;
    double exact = TestSystems.bassExact(p, q, tEnd);
    double[] errors = new double[STEPS.length];
    for (int i = 0; i < STEPS.length; i++) {
      int steps = (int) Math.round(tEnd / STEPS[i]);
      double[] y =
          TestSystems.solve(
              integrator, TestSystems.bass(p, q), 0, new double[] {0}, STEPS[i], steps);
      errors[i] = Math.abs(y[0] - exact);
    }
    assertOrder(integrator, errors);
  }

  @ParameterizedTest
  @EnumSource(IntegratorKind.class)
  void seasonalActivityAgainstDormandPrince(IntegratorKind kind) {
    Integrator integrator = Integrator.of(kind);
    var system = TestSystems.SeasonalActivity.DEFAULT;
    double tEnd = 52;
    double[] reference =
        TestSystems.reference(system, 0, TestSystems.SeasonalActivity.INITIAL, tEnd);
    double[] errors = new double[STEPS.length];
    for (int i = 0; i < STEPS.length; i++) {
      int steps = (int) Math.round(tEnd / STEPS[i]);
      double[] y =
          TestSystems.solve(
              integrator, system, 0, TestSystems.SeasonalActivity.INITIAL, STEPS[i], steps);
      errors[i] = TestSystems.maxAbsDifference(y, reference);
    }
    assertOrder(integrator, errors);
  }

  private static void assertOrder(Integrator integrator, double[] errors) {
    double[] ratios = new double[errors.length - 1];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = errors[i] / errors[i + 1];
    }
    double order = observedOrder(errors);
    assertEquals(
        integrator.order(),
        order,
        ORDER_TOLERANCE,
        () ->
            "errors "
                + Arrays.toString(errors)
                + ", ratios on halving h "
                + Arrays.toString(ratios)
                + ", fitted order "
                + order);
  }
}
