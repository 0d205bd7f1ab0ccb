package org.activesim.core.stocks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.activesim.scenario.IntegratorKind;
import org.apache.commons.math3.ode.nonstiff.ClassicalRungeKuttaIntegrator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential tests against Commons Math 3's ODE integrators on {@link
 * TestSystems.SeasonalActivity}.
 */
class CommonsMathComparisonTest {
  private static final TestSystems.SeasonalActivity SYSTEM = TestSystems.SeasonalActivity.DEFAULT;
  private static final double T_END = 52;

  /**
   * Same tableau, same fixed step: results agree up to rounding (the two sum the stages in a
   * different order), which stays far below 1e-12 over 52–208 steps of O(1) states. Dyadic steps
   * keep Commons Math's accumulated step times exact, so both evaluate {@code f} at the same times.
   */
  @ParameterizedTest
  @ValueSource(doubles = {1.0, 0.25})
  void rk4MatchesClassicalRungeKutta(double h) {
    double[] expected = TestSystems.SeasonalActivity.INITIAL.clone();
    new ClassicalRungeKuttaIntegrator(h)
        .integrate(
            TestSystems.asCommonsMath(SYSTEM),
            0,
            TestSystems.SeasonalActivity.INITIAL.clone(),
            T_END,
            expected);

    double[] actual =
        TestSystems.solve(
            new RungeKutta4Integrator(),
            SYSTEM,
            0,
            TestSystems.SeasonalActivity.INITIAL,
            h,
            (int) Math.round(T_END / h));

    assertArrayEquals(expected, actual, 1e-12);
  }

  /**
   * Error against an adaptive Dormand–Prince 8(5,3) reference falls with every halving of the step
   * and, at 1/16 week, is near what the order predicts: Euler's error is ≈ 2.5e-4 at h = 1 (so ≈
   * 1.6e-5 at 1/16), RK4's ≈ 5.7e-8 (so ≈ 1e-12 at 1/16, still 30× the reference's own ≈ 3e-14).
   * The bounds allow a factor of about 2.
   */
  @ParameterizedTest
  @EnumSource(IntegratorKind.class)
  void convergesToDormandPrinceReference(IntegratorKind kind) {
    Integrator integrator = Integrator.of(kind);
    double[] reference =
        TestSystems.reference(SYSTEM, 0, TestSystems.SeasonalActivity.INITIAL, T_END);
    double[] errors = new double[5];
    double h = 1;
    for (int i = 0; i < errors.length; i++, h /= 2) {
      double[] y =
          TestSystems.solve(
              integrator,
              SYSTEM,
              0,
              TestSystems.SeasonalActivity.INITIAL,
              h,
              (int) Math.round(T_END / h));
      errors[i] = TestSystems.maxAbsDifference(y, reference);
    }
    String message = "errors for h = 1, 1/2, …, 1/16: " + Arrays.toString(errors);
    for (int i = 1; i < errors.length; i++) {
      assertTrue(errors[i] < errors[i - 1], message);
    }
    double bound = kind == IntegratorKind.EULER ? 3e-5 : 2e-12;
    assertTrue(errors[errors.length - 1] <= bound, message);
  }
}
