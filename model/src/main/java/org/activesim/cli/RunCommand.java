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
import org.activesim.run.EnsembleJob;
import org.activesim.run.EnsembleRequest;
import org.activesim.run.RunJob;
import org.activesim.run.RunRequest;
import org.activesim.run.TooLargeForHeapException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code activesim run SCENARIO}: one run, or with {@code --replicates}/{@code --precision} a Monte
 * Carlo ensemble, written atomically to a result folder.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run a scenario; write timeseries.csv, summary.csv, charts/ and manifest.json",
      "to results/<scenario-name>/<run-id>/ or --out DIR. An existing folder is",
      "replaced only with --force, and only if it holds an earlier result.",
      "With --replicates N (N > 1) or --precision P, run an ensemble: replicate r",
      "uses seed SEED+r and is written to replicates/rNNNN/; summary.csv and",
      "timeseries.csv then hold means and 95%% confidence intervals across replicates.",
      "Finished replicates are checkpointed; --resume continues an interrupted ensemble."
    })
final class RunCommand implements Callable<Integer> {

  /** Most replicates of an ensemble (their folders are numbered with four digits). */
  static final int MAX_REPLICATES = 10_000;

  /** Default cap with --precision. */
  static final int DEFAULT_MAX_REPLICATES = 200;

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
          "Threads (default: ${DEFAULT-VALUE}): an ensemble runs replicates in parallel, a"
              + " single run uses them in the resident and group phases; results are identical"
              + " for any value.")
  int threads;

  @Option(
      names = "--replicates",
      paramLabel = "N",
      description =
          "Replicates with seeds SEED..SEED+N-1, 1-"
              + MAX_REPLICATES
              + " (default 1, a single run; with --precision the minimum, default 2).")
  Integer replicates;

  @Option(
      names = "--precision",
      paramLabel = "P",
      description =
          "Add replicates until the 95%% CI half-width of inactive_share_end (a share, 0-1)"
              + " is below P.")
  Double precision;

  @Option(
      names = "--max-replicates",
      paramLabel = "M",
      description =
          "With --precision: stop at M replicates (default " + DEFAULT_MAX_REPLICATES + ").")
  Integer maxReplicates;

  @Option(
      names = "--resume",
      description =
          "Ensembles: go on with an interrupted run of the same scenario and options (its"
              + " finished replicates are checkpointed); start afresh if there is none. The result"
              + " is the bytes of an uninterrupted run.")
  boolean resume;

  @Option(names = "--force", description = "Replace an existing result folder.")
  boolean force;

  @Option(
      names = "--report",
      description = "Also write report.html, one self-contained page for leaders, into the folder.")
  boolean report;

  @Option(names = "--quiet", description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    validateOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RunRequest request =
        new RunRequest(scenario, this.out, seed, years, scale, threads, force, command());
    if (isEnsemble()) {
      return ensemble(request, out, err);
    }
    RunJob.Result result;
    try (ProgressLine progress = new ProgressLine(err, quiet)) {
      result = RunJob.run(request, progress);
    } catch (ScenarioException | IOException | TooLargeForHeapException e) {
      return failed(e, err);
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
    ScaleNotes.print(List.of(result.scenario()), err);
    return report ? ReportCommand.write(result.folder(), out, err) : ActiveSimCommand.OK;
  }

  /** More than one replicate, or a precision target: an ensemble. */
  private boolean isEnsemble() {
    return precision != null || (replicates != null && replicates > 1);
  }

  /** Replicates always run: {@code --replicates}, or 2 with {@code --precision}. */
  private int minReplicates() {
    return replicates != null ? replicates : precision != null ? 2 : 1;
  }

  /** The cap with {@code --precision}. */
  private int cap() {
    return maxReplicates != null ? maxReplicates : DEFAULT_MAX_REPLICATES;
  }

  private Integer ensemble(RunRequest run, PrintWriter out, PrintWriter err) {
    EnsembleRequest request = new EnsembleRequest(run, minReplicates(), precision, cap(), resume);
    EnsembleJob.Result result;
    try (ProgressLine progress = new ProgressLine(err, quiet)) {
      result = EnsembleJob.run(request, progress);
    } catch (ScenarioException | IOException | TooLargeForHeapException e) {
      return failed(e, err);
    }
    EnsembleReport.print(result, out);
    ScaleNotes.print(List.of(result.scenario()), err);
    return report ? ReportCommand.write(result.folder(), out, err) : ActiveSimCommand.OK;
  }

  /** Exit code and message for a run that could not start or could not be written. */
  private int failed(Exception failure, PrintWriter err) {
    if (failure instanceof ScenarioException e) {
      err.println(e.getMessage());
    } else if (failure instanceof TooLargeForHeapException e) {
      err.println("activesim: " + e.getMessage());
    } else if (failure instanceof ResultExistsException e) {
      err.println("activesim: " + e.getMessage());
    } else {
      // The folder the user chose cannot be written (a file in the way, no permission, disk full):
      // nothing half-written is left, and the remedy is another --out, so this is bad input.
      err.println("activesim: cannot write the results to " + describeOut() + ": " + failure);
    }
    return ActiveSimCommand.BAD_INPUT;
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
    validateEnsembleOptions();
  }

  private void validateEnsembleOptions() {
    if (resume && !isEnsemble()) {
      throw bad(
          "--resume continues an ensemble (--replicates N > 1 or --precision); a single run has"
              + " nothing to resume: run it again");
    }
    if (replicates != null && (replicates < 1 || replicates > MAX_REPLICATES)) {
      throw bad("--replicates must be in [1, " + MAX_REPLICATES + "], was " + replicates);
    }
    if (precision != null && !(precision > 0 && precision <= 1)) {
      throw bad("--precision must be in (0, 1] (a share), was " + precision);
    }
    if (maxReplicates != null && precision == null) {
      throw bad("--max-replicates needs --precision");
    }
    if (maxReplicates != null && (maxReplicates < 2 || maxReplicates > MAX_REPLICATES)) {
      throw bad("--max-replicates must be in [2, " + MAX_REPLICATES + "], was " + maxReplicates);
    }
    if (precision != null && replicates != null && replicates < 2) {
      throw bad("--replicates must be >= 2 with --precision (an interval needs two)");
    }
    if (precision != null && cap() < minReplicates()) {
      throw bad("--max-replicates must be >= --replicates (" + minReplicates() + "), was " + cap());
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
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
    // Defaults are pinned too, so that the re-run does not depend on them.
    if (isEnsemble()) {
      args.addAll(List.of("--replicates", Integer.toString(minReplicates())));
    }
    if (precision != null) {
      args.addAll(List.of("--precision", EnsembleReport.plain(precision)));
      args.addAll(List.of("--max-replicates", Integer.toString(cap())));
    }
    return args;
  }
}
