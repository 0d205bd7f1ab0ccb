package org.activesim.core.stocks;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/** ODE systems and reference solutions shared by the integrator tests. Time is in weeks. */
final class TestSystems {
  private TestSystems() {}

  /** A scalar autonomous equation {@code dy/dt = f(y)}. */
  static StockFlowEquations scalar(DoubleUnaryOperator f) {
    return new StockFlowEquations() {
      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public void derivatives(double t, double[] y, double[] yDot) {
        yDot[0] = f.applyAsDouble(y[0]);
      }
    };
  }

  /** Bass diffusion {@code dA/dt = (p + q A)(1 − A)} (Bass 1969, Management Science 15(5)). */
  static StockFlowEquations bass(double p, double q) {
    return scalar(a -> (p + q * a) * (1 - a));
  }

  /** Closed form of {@link #bass} with {@code A(0) = 0}. */
  static double bassExact(double p, double q, double t) {
    double e = Math.exp(-(p + q) * t);
    return (1 - e) / (1 + (q / p) * e);
  }

  /**
   * Three activity stocks (fractions inactive I, moderately active M, active A) with seasonally
   * forced contagion: {@code I → M} at rate {@code β(t) I A}, {@code M → A} at {@code γ M}, and
   * relapse {@code A → M}, {@code M → I} at {@code ρ}. Nonlinear (the {@code I A} term) and
   * non-autonomous (so the stage times of a method matter); {@code I + M + A} is conserved.
   */
  record SeasonalActivity(double beta0, double amplitude, double gamma, double rho)
      implements StockFlowEquations {

    static final SeasonalActivity DEFAULT = new SeasonalActivity(0.8, 0.3, 0.1, 0.05);
    static final double[] INITIAL = {0.9, 0.05, 0.05};

    @Override
    public int dimension() {
      return 3;
    }

    @Override
    public void derivatives(double t, double[] y, double[] yDot) {
      double beta = beta0 * (1 + amplitude * Math.sin(2 * Math.PI * t / 52));
      double uptake = beta * y[0] * y[2];
      yDot[0] = -uptake + rho * y[1];
      yDot[1] = uptake - (gamma + rho) * y[1] + rho * y[2];
      yDot[2] = gamma * y[1] - rho * y[2];
    }
  }

  /** The same system seen through Commons Math's interface. */
  static FirstOrderDifferentialEquations asCommonsMath(StockFlowEquations equations) {
    return new FirstOrderDifferentialEquations() {
      @Override
      public int getDimension() {
        return equations.dimension();
      }

      @Override
      public void computeDerivatives(double t, double[] y, double[] yDot) {
        equations.derivatives(t, y, yDot);
      }
    };
  }

  /**
   * Reference solution at {@code t1} from Commons Math's adaptive Dormand–Prince 8(5,3) with
   * absolute and relative tolerance 1e-14; its error on {@link SeasonalActivity} over a year is ≈
   * 3e-14 (it moves by that much when the tolerance is loosened to 1e-12).
   */
  static double[] reference(StockFlowEquations equations, double t0, double[] y0, double t1) {
    double[] y = y0.clone();
    new DormandPrince853Integrator(1e-10, t1 - t0, 1e-14, 1e-14)
        .integrate(asCommonsMath(equations), t0, y0.clone(), t1, y);
    return y;
  }

  /** {@code steps} fixed steps of size {@code h} from {@code t0}; returns the final state. */
  static double[] solve(
      Integrator integrator,
      StockFlowEquations equations,
      double t0,
      double[] y0,
      double h,
      int steps) {
    double[] y = y0.clone();
    FixedSteps.advance(integrator, equations, t0, y, h, steps);
    return y;
  }

  static double maxAbsDifference(double[] a, double[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.abs(a[i] - b[i]));
    }
    return max;
  }
}
