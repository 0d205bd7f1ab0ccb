package org.activesim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.activesim.core.PopulationSynthesis;
import org.activesim.io.ScenarioException;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code activesim validate SCENARIO}: check a scenario file without running it. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a scenario file: every problem is listed as file:line:column.")
final class ValidateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenario;

  @Override
  public Integer call() {
    Scenario s;
    try {
      s = ScenarioLoader.load(scenario);
    } catch (ScenarioException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    }
    long agents = 0;
    for (PlaceSpec place : s.places()) {
      agents += PopulationSynthesis.agents(place, s.population(), s.scale());
    }
    spec.commandLine()
        .getOut()
        .printf(
            "%s: ok (%s): %d places, %,d agents at scale %s, %d years, seed %d%n",
            scenario, s.name(), s.places().size(), agents, s.scale(), s.years(), s.seed());
    ScaleNotes.print(List.of(s), spec.commandLine().getErr());
    return ActiveSimCommand.OK;
  }
}
