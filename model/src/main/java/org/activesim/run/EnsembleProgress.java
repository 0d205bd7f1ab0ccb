package org.activesim.run;

/** Told how far an ensemble has got; the CLI turns it into a progress line. Cosmetic only. */
@FunctionalInterface
public interface EnsembleProgress {

  /**
   * Called from any thread, one call at a time.
   *
   * @param done replicates handed to the consumer
   * @param total replicates planned (with a stopping rule, its current guess)
   * @param fraction share of the planned work done, 0–1, counting the simulated weeks of replicates
   *     still running
   */
  void replicates(int done, int total, double fraction);

  /** A listener that ignores everything. */
  static EnsembleProgress none() {
    return (done, total, fraction) -> {};
  }
}
