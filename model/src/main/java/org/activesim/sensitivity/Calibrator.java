package org.activesim.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Minimises a weighted sum of squares χ²(θ) = Σ ((model − observed) / sd)² over bounded parameters
 * with CMA-ES ({@link CMAESOptimizer}, Hansen 2006), derivative-free and tolerant of the roughness
 * a stochastic model leaves even under common random numbers. The search runs in the unit cube
 * (each parameter scaled to its bounds), from the centre with step size 0.3.
 *
 * <p><b>Uncertainty</b> is approximated from the curvature at the optimum: a central-difference
 * Hessian H of χ² in the unit cube (step {@value #STEP}, one-sided at a bound), and the covariance
 * 2H⁻¹ (χ² is −2 log-likelihood for Gaussian errors, so this is the Laplace approximation). It is
 * the uncertainty due to the observations' sd only, not to the model's Monte Carlo noise or
 * structure, and it is undefined (NaN) where χ² is flat or not convex near the optimum, which says
 * the targets do not identify the parameter.
 */
public final class Calibrator {

  /** Finite-difference step in the unit cube for the curvature. */
  static final double STEP = 0.05;

  private Calibrator() {}

  /**
   * The fit.
   *
   * @param unit the best point in the unit cube
   * @param objective χ² there
   * @param unitSd standard deviation of each parameter in the unit cube (NaN if not identified)
   * @param trace every evaluation: the unit point and χ², in order
   */
  public record Fit(double[] unit, double objective, double[] unitSd, List<double[]> trace) {}

  /**
   * @param k number of parameters
   * @param objective χ² at a point of the unit cube (deterministic: common random numbers)
   * @param maxEvaluations the budget of the search (the curvature adds 2k² + 1 more at most)
   * @param seed CMA-ES's own draws
   */
  public static Fit fit(
      int k, ToDoubleFunction<double[]> objective, int maxEvaluations, long seed) {
    List<double[]> trace = new ArrayList<>();
    double[] best = new double[k];
    Arrays.fill(best, 0.5);
    double[] bestValue = {Double.POSITIVE_INFINITY};
    ToDoubleFunction<double[]> traced =
        u -> {
          double[] x = clip(u);
          double v = objective.applyAsDouble(x);
          double[] row = Arrays.copyOf(x, k + 1);
          row[k] = v;
          trace.add(row);
          if (v < bestValue[0]) {
            bestValue[0] = v;
            System.arraycopy(x, 0, best, 0, k);
          }
          return v;
        };
    double[] lower = new double[k];
    double[] upper = new double[k];
    double[] sigma = new double[k];
    double[] start = new double[k];
    Arrays.fill(upper, 1);
    Arrays.fill(sigma, 0.3);
    Arrays.fill(start, 0.5);
    CMAESOptimizer cmaes =
        new CMAESOptimizer(maxEvaluations, 0, true, 0, 0, new MersenneTwister(seed), false, null);
    try {
      cmaes.optimize(
          new MaxEval(maxEvaluations),
          new MaxIter(maxEvaluations),
          new ObjectiveFunction(traced::applyAsDouble),
          GoalType.MINIMIZE,
          new InitialGuess(start),
          new SimpleBounds(lower, upper),
          new CMAESOptimizer.Sigma(sigma),
          new CMAESOptimizer.PopulationSize(4 + (int) Math.floor(3 * Math.log(k))));
    } catch (TooManyEvaluationsException e) {
      // The budget is spent: the best point evaluated so far is the answer.
    }
    double[] at = best.clone();
    double value = bestValue[0];
    double[] sd = curvatureSd(objective, at, value);
    return new Fit(at, value, sd, List.copyOf(trace));
  }

  /** sqrt of the diagonal of 2H⁻¹, or NaN everywhere if H is not positive definite. */
  static double[] curvatureSd(ToDoubleFunction<double[]> f, double[] x, double fx) {
    int k = x.length;
    double[] h = new double[k];
    double[] plus = new double[k];
    double[] minus = new double[k];
    for (int i = 0; i < k; i++) {
      // Central where possible; at a bound the stencil shifts inside (still a second difference).
      double c = Math.min(1 - STEP, Math.max(STEP, x[i]));
      h[i] = STEP;
      plus[i] = c + STEP;
      minus[i] = c - STEP;
    }
    RealMatrix hess = new Array2DRowRealMatrix(k, k);
    double[] centre = x.clone();
    for (int i = 0; i < k; i++) {
      centre[i] = (plus[i] + minus[i]) / 2;
    }
    double f0 = Arrays.equals(centre, x) ? fx : f.applyAsDouble(centre);
    for (int i = 0; i < k; i++) {
      double fp = f.applyAsDouble(with(centre, i, plus[i]));
      double fm = f.applyAsDouble(with(centre, i, minus[i]));
      hess.setEntry(i, i, (fp - 2 * f0 + fm) / (h[i] * h[i]));
      for (int j = 0; j < i; j++) {
        double fpp = f.applyAsDouble(with(with(centre, i, plus[i]), j, plus[j]));
        double fpm = f.applyAsDouble(with(with(centre, i, plus[i]), j, minus[j]));
        double fmp = f.applyAsDouble(with(with(centre, i, minus[i]), j, plus[j]));
        double fmm = f.applyAsDouble(with(with(centre, i, minus[i]), j, minus[j]));
        double hij = (fpp - fpm - fmp + fmm) / (4 * h[i] * h[j]);
        hess.setEntry(i, j, hij);
        hess.setEntry(j, i, hij);
      }
    }
    double[] sd = new double[k];
    try {
      RealMatrix cov = new CholeskyDecomposition(hess).getSolver().getInverse().scalarMultiply(2);
      for (int i = 0; i < k; i++) {
        sd[i] = Math.sqrt(cov.getEntry(i, i));
      }
    } catch (NonPositiveDefiniteMatrixException e) {
      Arrays.fill(sd, Double.NaN);
    }
    return sd;
  }

  private static double[] with(double[] x, int i, double v) {
    double[] y = x.clone();
    y[i] = v;
    return y;
  }

  private static double[] clip(double[] u) {
    double[] x = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      x[i] = Math.min(1, Math.max(0, u[i]));
    }
    return x;
  }
}
