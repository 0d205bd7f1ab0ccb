package org.activesim.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the user asked a comparison to do.
 *
 * @param baseline the baseline scenario file
 * @param scenarios the scenario files compared with it (at least one)
 * @param out result folder, or null for the default
 * @param seed root seed for every scenario (null: the baseline's), so replicate r of every scenario
 *     draws the same streams (common random numbers)
 * @param years horizon override, or null
 * @param scale scale override, or null
 * @param threads threads in all
 * @param replicates replicates; with a precision target, the minimum
 * @param precision target 95% CI half-width of every scenario's paired difference in the end
 *     inactive share (a share), or null
 * @param maxReplicates the cap with a precision target
 * @param force replace an earlier result folder
 * @param command the argument list, for the manifest
 */
public record CompareRequest(
    Path baseline,
    List<Path> scenarios,
    Path out,
    Long seed,
    Integer years,
    Double scale,
    int threads,
    int replicates,
    Double precision,
    int maxReplicates,
    boolean force,
    List<String> command) {

  public CompareRequest {
    Objects.requireNonNull(baseline, "baseline");
    scenarios = List.copyOf(scenarios);
    command = List.copyOf(command);
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException(
          "compare needs at least one scenario besides the baseline");
    }
    if (replicates < 2) {
      throw new IllegalArgumentException(
          "a comparison needs at least 2 replicates for its intervals, was " + replicates);
    }
    if (precision != null && maxReplicates < replicates) {
      throw new IllegalArgumentException("maxReplicates must be >= replicates");
    }
  }
}
