package org.activesim.output;

import java.util.Objects;

/**
 * One row of an ensemble's {@code summary.csv}: a summary key estimated across replicates. Values
 * that cannot be estimated (no replicate had the key, or fewer than two did for a spread) are NaN
 * and written empty.
 *
 * @param metric the summary key
 * @param n replicates that had a value for the key
 * @param mean mean across those replicates
 * @param sd sample standard deviation (n − 1 in the denominator)
 * @param ciLow lower limit of the 95% confidence interval of the mean
 * @param ciHigh upper limit of the 95% confidence interval of the mean
 */
public record SummaryEstimate(
    String metric, int n, double mean, double sd, double ciLow, double ciHigh) {

  public SummaryEstimate {
    Objects.requireNonNull(metric, "metric");
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
  }

  /** Half the width of the confidence interval (NaN when there is none). */
  public double ciHalfWidth() {
    return (ciHigh - ciLow) / 2;
  }
}
