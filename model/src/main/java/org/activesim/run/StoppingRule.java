package org.activesim.run;

/**
 * How many replicates an ensemble runs: at least {@link #minReplicates()}, at most {@link
 * #maxReplicates()}, and in between until {@link #enough(int)} says so.
 *
 * <p>{@link #enough} is asked on the ensemble's calling thread after the consumer has taken each
 * replicate from the minimum on, in replicate order, so a rule that reads what the consumer
 * accumulated decides from the first n replicates only: the number of replicates, and so every
 * result, does not depend on the number of threads or on which replicate finished first.
 */
public interface StoppingRule {

  /** Replicates always run, >= 1. */
  int minReplicates();

  /** Replicates never exceeded, >= {@link #minReplicates()}. */
  int maxReplicates();

  /**
   * Whether the first {@code completed} replicates are enough (asked for completed from the minimum
   * up to, but not at, the maximum).
   */
  boolean enough(int completed);

  /**
   * A guess at how many replicates the ensemble will take, for progress only (it never changes a
   * result); by default the maximum.
   */
  default int projected(int completed) {
    return maxReplicates();
  }

  /** Exactly n replicates. */
  static StoppingRule fixed(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("replicates must be >= 1, was " + n);
    }
    return new StoppingRule() {
      @Override
      public int minReplicates() {
        return n;
      }

      @Override
      public int maxReplicates() {
        return n;
      }

      @Override
      public boolean enough(int completed) {
        return completed >= n;
      }
    };
  }
}
