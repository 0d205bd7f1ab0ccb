package org.activesim.run;

/**
 * Adds replicates until the mean of the primary outcome is known precisely enough: stop at the
 * first n (from the minimum) at which the 95% CI half-width of {@value
 * EnsembleStatistics#PRIMARY_OUTCOME} over replicates 0 … n−1 is below the target, or at the
 * maximum (the sequential procedure for a specified absolute precision; Law, Simulation Modeling
 * and Analysis, chapter 9).
 *
 * <p>It reads the statistics the consumer has folded the replicates into, so the decision depends
 * only on the first n replicates in order: the same n on any thread count. Stopping on an estimated
 * variance can stop a little early when the first replicates happen to agree; a minimum of more
 * than two makes that less likely.
 */
public final class PrecisionRule implements StoppingRule {

  private final int min;
  private final int max;
  private final double precision;
  private final EnsembleStatistics statistics;

  /**
   * @param min replicates always run, >= 2 (an interval needs two)
   * @param max replicates never exceeded, >= min
   * @param precision the target half-width, in the outcome's units (a share), > 0
   * @param statistics folded in by the consumer, replicate by replicate
   */
  public PrecisionRule(int min, int max, double precision, EnsembleStatistics statistics) {
    if (min < 2) {
      throw new IllegalArgumentException("a precision target needs >= 2 replicates, was " + min);
    }
    if (max < min) {
      throw new IllegalArgumentException("max replicates " + max + " < min " + min);
    }
    if (!(precision > 0 && precision < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("precision must be > 0, was " + precision);
    }
    this.min = min;
    this.max = max;
    this.precision = precision;
    this.statistics = statistics;
  }

  @Override
  public int minReplicates() {
    return min;
  }

  @Override
  public int maxReplicates() {
    return max;
  }

  /**
   * @throws IllegalStateException if the statistics do not hold exactly the completed replicates
   *     (the consumer must fold each replicate in before the rule is asked)
   */
  @Override
  public boolean enough(int completed) {
    if (statistics.replicates() != completed) {
      throw new IllegalStateException(
          "the statistics hold " + statistics.replicates() + " replicates, not " + completed);
    }
    return statistics.halfWidth(EnsembleStatistics.PRIMARY_OUTCOME) < precision;
  }

  /**
   * The half-width shrinks about as 1/√n, so about {@code n · (halfWidth / precision)²} replicates
   * are needed; the minimum until there is an interval.
   */
  @Override
  public int projected(int completed) {
    double half = statistics.halfWidth(EnsembleStatistics.PRIMARY_OUTCOME);
    if (!(half >= 0)) {
      return min;
    }
    double needed = Math.ceil(completed * (half / precision) * (half / precision));
    return (int) Math.max(completed, Math.min(max, needed));
  }

  /** The target half-width. */
  public double precision() {
    return precision;
  }
}
