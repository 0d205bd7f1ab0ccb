package org.activesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.activesim.io.ScenarioException;
import org.activesim.output.ResultExistsException;
import org.activesim.run.RunJob;
import org.activesim.run.RunRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code activesim run SCENARIO}: one run, written atomically to a result folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a scenario; write timeseries.csv, summary.csv, charts/ and manifest.json",
      "to results/<scenario-name>/<run-id>/ or --out DIR. An existing folder is",
      "replaced only with --force, and only if it holds an earlier result."
    })
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenario;

  @Option(names = "--out", paramLabel = "DIR", description = "Result folder.")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Root seed (default: the scenario's).")
  Long seed;

  @Option(
      names = "--years",
      paramLabel = "N",
      description = "Horizon in years, 1-100 (default: the scenario's).")
  Integer years;

  @Option(
      names = "--scale",
      paramLabel = "K",
      description = "Residents per agent, >= 1 (default: the scenario's; 1 = every adult).")
  Double scale;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "2",
      description =
          "Threads for the resident phase (default: ${DEFAULT-VALUE}); results are"
              + " identical for any value.")
  int threads;

  @Option(names = "--force", description = "Replace an existing result folder.")
  boolean force;

  @Option(names = "--quiet", description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    validateOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunRequest request =
        new RunRequest(scenario, this.out, seed, years, scale, threads, force, command());
    RunJob.Result result;
    try (ProgressLine progress = new ProgressLine(err, quiet)) {
      result = RunJob.run(request, progress);
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    } catch (ResultExistsException e) {
      err.println("activesim: " + e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    } catch (IOException e) {
      // The folder the user chose cannot be written (a file in the way, no permission, disk full):
      // nothing half-written is left, and the remedy is another --out, so this is bad input.
      err.println("activesim: cannot write the results to " + describeOut() + ": " + e);
      return ActiveSimCommand.BAD_INPUT;
    }
    Map<String, Double> s = result.recording().summary();
    out.printf(
        "%s: %,.0f adults as %,.0f agents, %d years, seed %d%n",
        result.scenario().name(),
        s.get("residents"),
        s.get("agents"),
        result.scenario().years(),
        result.scenario().seed());
    out.printf(
        "inactive: %.1f%% at start, %.1f%% at end (%+.2f pp); gap Q1-Q5 %.1f pp -> %.1f pp%n",
        100 * s.get("inactive_share_start"),
        100 * s.get("inactive_share_end"),
        s.get("inactive_share_change_pp"),
        s.get("inequality_gap_q1_q5_pp_start"),
        s.get("inequality_gap_q1_q5_pp_end"));
    out.printf("results: %s (%d files)%n", result.folder(), result.files().size());
    out.flush();
    return ActiveSimCommand.OK;
  }

  private String describeOut() {
    return out != null ? out.toString() : "results/";
  }

  private void validateOptions() {
    if (out != null && out.toAbsolutePath().normalize().getParent() == null) {
      throw new ParameterException(spec.commandLine(), "--out cannot be a file system root");
    }
    if (years != null && (years < 1 || years > 100)) {
      throw new ParameterException(spec.commandLine(), "--years must be in [1, 100], was " + years);
    }
    if (scale != null && !(scale >= 1 && scale < Double.POSITIVE_INFINITY)) {
      throw new ParameterException(spec.commandLine(), "--scale must be >= 1, was " + scale);
    }
    if (threads < 1 || threads > 256) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be in [1, 256], was " + threads);
    }
  }

  /**
   * The arguments that repeat this run. The seed is added by the run layer once the scenario is
   * read (pinned, so that a later edit of the scenario's seed cannot change the re-run); {@code
   * --out} is left out, since the folder then exists.
   */
  private List<String> command() {
    List<String> args = new ArrayList<>(List.of("activesim", "run", scenario.toString()));
    if (years != null) {
      args.addAll(List.of("--years", years.toString()));
    }
    if (scale != null) {
      args.addAll(List.of("--scale", scale.toString()));
    }
    return args;
  }
}
