package org.activesim.sensitivity;

/**
 * How much of the spread of a design's outputs is Monte Carlo noise rather than the parameters.
 * Each point's output is the mean of R replicates; its noise variance is the within-point variance
 * over R. The share is the mean of that over points divided by the variance of the point means
 * across the design (which holds both). Near 0: the parameters dominate; near 1 or above: the
 * design cannot tell them from chance, and more replicates are needed. Common random numbers
 * (replicate r of every point has the same seed) make differences between points less noisy than
 * this share suggests, so it is a conservative measure.
 *
 * @param withinVariance mean over points of the sample variance across replicates
 * @param noiseVarianceOfMeans withinVariance / R, the noise left in a point's mean
 * @param totalVarianceOfMeans variance of the point means across the design
 */
public record MonteCarloNoise(
    double withinVariance, double noiseVarianceOfMeans, double totalVarianceOfMeans) {

  /** The noise share of the spread of point means; NaN with one replicate or no spread. */
  public double share() {
    return noiseVarianceOfMeans / totalVarianceOfMeans;
  }

  /** From outputs y[point][replicate]. */
  public static MonteCarloNoise of(double[][] y) {
    int replicates = y[0].length;
    double within = 0;
    for (double[] row : y) {
      if (row.length != replicates) {
        throw new IllegalArgumentException("every point needs the same replicates");
      }
      within += Stats.variance(row);
    }
    within /= y.length;
    return new MonteCarloNoise(within, within / replicates, Stats.variance(Stats.rowMeans(y)));
  }
}
