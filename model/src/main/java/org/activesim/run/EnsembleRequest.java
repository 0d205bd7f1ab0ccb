package org.activesim.run;

import java.util.Objects;

/**
 * What the user asked an ensemble to do: the run's options, and how many replicates.
 *
 * @param run scenario, folder, overrides, threads (in all), force and command, as for one run
 * @param replicates the number of replicates; with a precision target, the minimum
 * @param precision the target 95% CI half-width of {@value EnsembleStatistics#PRIMARY_OUTCOME} (a
 *     share), or null for exactly {@code replicates}
 * @param maxReplicates the cap with a precision target (ignored without one)
 * @param resume go on with an interrupted ensemble of the same scenario, options and version, if
 *     one left its partial folder beside the target; start afresh otherwise
 */
public record EnsembleRequest(
    RunRequest run, int replicates, Double precision, int maxReplicates, boolean resume) {

  /** An ensemble that starts afresh. */
  public EnsembleRequest(RunRequest run, int replicates, Double precision, int maxReplicates) {
    this(run, replicates, precision, maxReplicates, false);
  }

  public EnsembleRequest {
    Objects.requireNonNull(run, "run");
    if (replicates < 1) {
      throw new IllegalArgumentException("replicates must be >= 1, was " + replicates);
    }
    if (precision != null && (replicates < 2 || maxReplicates < replicates)) {
      throw new IllegalArgumentException(
          "with a precision target, need 2 <= replicates <= max, got "
              + replicates
              + ", "
              + maxReplicates);
    }
  }
}
