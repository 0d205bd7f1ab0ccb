package org.activesim.core;

/** Told how far a run has got; the CLI turns it into a progress line. */
@FunctionalInterface
public interface ProgressListener {

  /**
   * @param stage what is running ("building", "burn-in", "simulating")
   * @param done units done in this stage
   * @param total units in this stage
   */
  void progress(String stage, long done, long total);

  /** A listener that ignores everything. */
  static ProgressListener none() {
    return (stage, done, total) -> {};
  }
}
