package org.activesim.sensitivity;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/** Means, variances and intervals the estimators share (Commons Math does the arithmetic). */
public final class Stats {

  private Stats() {}

  static double mean(double[] v) {
    return new Mean().evaluate(v);
  }

  /** Sample variance (n − 1); NaN for fewer than two values. */
  static double variance(double[] v) {
    return v.length < 2 ? Double.NaN : new Variance(true).evaluate(v);
  }

  /** Row means of y[row][replicate]. */
  public static double[] rowMeans(double[][] y) {
    double[] m = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      m[i] = mean(y[i]);
    }
    return m;
  }

  /** Mean of a − b with a 95% t-interval over the pairs (NaN ends with a single pair). */
  static Interval95 pairedDifference(double[] a, double[] b) {
    double[] d = new double[a.length];
    for (int r = 0; r < a.length; r++) {
      d[r] = a[r] - b[r];
    }
    double m = mean(d);
    if (d.length < 2) {
      return new Interval95(m, Double.NaN, Double.NaN);
    }
    double half =
        new TDistribution(null, d.length - 1, TDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY)
                .inverseCumulativeProbability(0.975)
            * Math.sqrt(variance(d) / d.length);
    return new Interval95(m, m - half, m + half);
  }

  /** The 2.5% and 97.5% percentiles of bootstrap replicates around an estimate. */
  static Interval95 percentile(double estimate, double[] boot) {
    Percentile p = new Percentile();
    p.setData(boot);
    return new Interval95(estimate, p.evaluate(2.5), p.evaluate(97.5));
  }
}
