package org.activesim.evaluation;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * A mean over replicates with its two-sided 95% confidence interval from Student's t (Commons Math
 * {@link TDistribution}): {@code mean ± t(0.975, n − 1) · sd / √n}. With one replicate the interval
 * is undefined (NaN bounds); with no spread it collapses onto the mean.
 *
 * @param n replicates
 * @param mean sample mean
 * @param low lower 95% bound
 * @param high upper 95% bound
 */
public record Interval(int n, double mean, double low, double high) {

  /** Confidence level of every interval ActiveSim reports. */
  public static final double LEVEL = 0.95;

  /** The interval of a sample, in the order given (the order does not change the result). */
  public static Interval of(double[] values) {
    SummaryStatistics s = new SummaryStatistics();
    for (double v : values) {
      s.addValue(v);
    }
    int n = (int) s.getN();
    double mean = s.getMean();
    if (n < 2) {
      return new Interval(n, mean, Double.NaN, Double.NaN);
    }
    double sd = s.getStandardDeviation();
    if (sd == 0) {
      return new Interval(n, mean, mean, mean);
    }
    double half = tQuantile(n - 1) * sd / Math.sqrt(n);
    return new Interval(n, mean, mean - half, mean + half);
  }

  /**
   * The interval of the paired differences {@code scenario[r] − baseline[r]}: with common random
   * numbers replicate r of both shares its population, network and draws, so the pairs' noise
   * largely cancels.
   */
  public static Interval pairedDifference(double[] scenario, double[] baseline) {
    return of(differences(scenario, baseline));
  }

  /** {@code scenario[r] − baseline[r]} for every replicate. */
  public static double[] differences(double[] scenario, double[] baseline) {
    if (scenario.length != baseline.length) {
      throw new IllegalArgumentException(
          "paired samples need the same replicates: " + scenario.length + " vs " + baseline.length);
    }
    double[] d = new double[scenario.length];
    for (int r = 0; r < d.length; r++) {
      d[r] = scenario[r] - baseline[r];
    }
    return d;
  }

  /**
   * Share of replicates whose difference is strictly in the beneficial direction (a tie is no
   * benefit, so a scenario identical to its baseline scores 0); NaN if any difference is undefined
   * (a ratio such as SROI without extra spending).
   *
   * @param higherIsBetter whether a larger value is the better outcome (e.g. person-years active)
   */
  public static double probabilityOfBenefit(double[] differences, boolean higherIsBetter) {
    if (differences.length == 0) {
      return Double.NaN;
    }
    int better = 0;
    for (double d : differences) {
      if (Double.isNaN(d)) {
        return Double.NaN;
      }
      if (higherIsBetter ? d > 0 : d < 0) {
        better++;
      }
    }
    return (double) better / differences.length;
  }

  /**
   * The two-sided {@link #LEVEL} quantile of Student's t with {@code df} degrees of freedom (the
   * 0.975 quantile), to 1e-12 (Commons Math; no random generator, which only sampling would use).
   */
  public static double tQuantile(int df) {
    return new TDistribution(null, df, 1e-12).inverseCumulativeProbability(0.5 + LEVEL / 2);
  }

  /** Half the width of the interval (NaN when undefined). */
  public double halfWidth() {
    return (high - low) / 2;
  }
}
