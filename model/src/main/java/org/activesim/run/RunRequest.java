package org.activesim.run;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user asked a run to do; fields left null keep the scenario's own value.
 *
 * @param scenarioFile the scenario YAML file
 * @param out result folder, or null for {@code results/<scenario>/<run-id>}
 * @param seed root seed override
 * @param years horizon override
 * @param scale scale-factor override
 * @param threads threads for the resident and group phases (results do not depend on it)
 * @param force replace an existing result folder
 * @param command the argument list, recorded in the manifest so the run can be repeated
 */
public record RunRequest(
    Path scenarioFile,
    Path out,
    Long seed,
    Integer years,
    Double scale,
    int threads,
    boolean force,
    List<String> command) {

  public RunRequest {
    command = List.copyOf(command);
  }
}
