package org.activesim.evaluation;

import org.activesim.core.Metrics;
import org.activesim.core.Recording;
import org.activesim.scenario.PlaceSpec;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Inequality in inactivity across the deprivation quintiles (MODEL.md §6: "inactivity gap Q1 − Q5,
 * and the slope index of inequality across quintiles"), at one recorded week of a {@link
 * Recording}. Quintile Q1 is the most deprived ({@link PlaceSpec}).
 *
 * <p>The slope index of inequality (SII) is the slope of a population-weighted least-squares line
 * of each quintile's inactive share on its ridit: the quintile's cumulative population midpoint
 * rank, from 0 (most deprived end) to 1 (least deprived end). Sign convention: SII = fitted value
 * at the least deprived end − fitted value at the most deprived end, so SII is negative when
 * inactivity is concentrated among the deprived (34%, 30.5%, … 20%, MODEL.md §3, in equal quintiles
 * give −17.5 pp), while the Q1 − Q5 gap is positive. Unlike the gap, the SII uses every quintile
 * and their sizes, so it moves when a lever reaches the middle quintiles or when the population mix
 * differs.
 *
 * <p>The weighted fit is an ordinary least-squares fit of rows scaled by √w (Commons Math {@link
 * OLSMultipleLinearRegression}, no intercept, regressors √w and √w·ridit), which minimises Σ w (y −
 * a − b·x)².
 */
public final class Inequality {

  private Inequality() {}

  /**
   * Q1 − Q5 inactive share, percentage points, over all places at a recorded week index.
   *
   * @throws IllegalArgumentException if the recording has no {@code inactive_share}
   */
  public static double gapQ1Q5Pp(Recording r, int weekIndex) {
    return gapQ1Q5Pp(r, weekIndex, r.allPlaces());
  }

  /** Q1 − Q5 inactive share, percentage points, in one place (or {@link Recording#allPlaces()}). */
  public static double gapQ1Q5Pp(Recording r, int weekIndex, int place) {
    double[] shares = quintiles(r, weekIndex, place, Metrics.INACTIVE_SHARE);
    return 100 * (shares[0] - shares[PlaceSpec.QUINTILES - 1]);
  }

  /**
   * Slope index of inequality of the inactive share, percentage points, over all places at a
   * recorded week index, weighted by the residents of each quintile then.
   *
   * @throws IllegalArgumentException if the recording has no {@code inactive_share} or {@code
   *     residents}
   */
  public static double slopeIndexPp(Recording r, int weekIndex) {
    return slopeIndexPp(r, weekIndex, r.allPlaces());
  }

  /** Slope index of inequality, percentage points, in one place (or all places). */
  public static double slopeIndexPp(Recording r, int weekIndex, int place) {
    double[] shares = quintiles(r, weekIndex, place, Metrics.INACTIVE_SHARE);
    double[] residents = quintiles(r, weekIndex, place, Metrics.RESIDENTS);
    for (int q = 0; q < residents.length; q++) {
      if (Double.isNaN(residents[q])) {
        residents[q] = 0; // an empty quintile is not recorded
      }
    }
    return 100 * slopeIndex(shares, residents);
  }

  private static double[] quintiles(Recording r, int weekIndex, int place, String metric) {
    int m = r.metricIndex(metric);
    if (m < 0) {
      throw new IllegalArgumentException("the recording has no metric " + metric);
    }
    double[] v = new double[PlaceSpec.QUINTILES];
    for (int q = 0; q < v.length; q++) {
      v[q] = r.value(weekIndex, place, q, m);
    }
    return v;
  }

  /**
   * Ridits of ordered groups: each group's cumulative population share at its midpoint, Σ_{j<q} w_j
   * / W + w_q / (2W). Equal groups of five give 0.1, 0.3, 0.5, 0.7, 0.9.
   *
   * @param populations group sizes, most deprived first; non-negative, not all zero
   */
  public static double[] ridits(double[] populations) {
    double total = 0;
    for (double w : populations) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("populations must be finite and >= 0, was " + w);
      }
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("populations must not all be zero");
    }
    double[] ridits = new double[populations.length];
    double below = 0;
    for (int q = 0; q < populations.length; q++) {
      ridits[q] = (below + populations[q] / 2) / total;
      below += populations[q];
    }
    return ridits;
  }

  /**
   * The slope index of inequality of a value across ordered groups, in the value's units: the slope
   * of the population-weighted least-squares line of value on ridit. Groups with no population or a
   * NaN value (an empty quintile) take no part. NaN when fewer than two groups remain.
   *
   * @param values one value per group, most deprived first
   * @param populations group sizes, most deprived first
   */
  public static double slopeIndex(double[] values, double[] populations) {
    if (values.length != populations.length) {
      throw new IllegalArgumentException("one population per value");
    }
    double total = 0;
    int used = 0;
    for (int q = 0; q < values.length; q++) {
      if (populations[q] > 0 && !Double.isNaN(values[q])) {
        total += populations[q];
        used++;
      }
    }
    if (used < 2) {
      return Double.NaN;
    }
    double[] x = ridits(populations);
    // Rows scaled by √(w / W); unused groups are rows of zeros, which leave the fit unchanged and
    // keep at least three rows (OLS needs more rows than regressors).
    double[] y = new double[Math.max(values.length, 3)];
    double[][] design = new double[y.length][2];
    for (int q = 0; q < values.length; q++) {
      if (populations[q] > 0 && !Double.isNaN(values[q])) {
        double root = Math.sqrt(populations[q] / total);
        y[q] = root * values[q];
        design[q][0] = root;
        design[q][1] = root * x[q];
      }
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.setNoIntercept(true);
    ols.newSampleData(y, design);
    return ols.estimateRegressionParameters()[1];
  }
}
