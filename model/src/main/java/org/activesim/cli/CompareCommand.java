package org.activesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.Interval;
import org.activesim.evaluation.Outcome;
import org.activesim.io.ScenarioException;
import org.activesim.output.ResultExistsException;
import org.activesim.run.CompareJob;
import org.activesim.run.CompareRequest;
import org.activesim.run.IncomparableScenariosException;
import org.activesim.run.TooLargeForHeapException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code activesim compare BASELINE SCENARIO...}: paired ensembles and what they differ by. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compare scenarios with a baseline over paired replicates (common random numbers:",
      "replicate r of every scenario runs with seed SEED+r). Writes comparison.csv,",
      "economics.csv, cmo.csv, scenarios.csv, the charts and manifest.json to",
      "results/compare/<baseline>-vs-<scenario>/<run-id>/ or --out DIR."
    })
final class CompareCommand implements Callable<Integer> {

  static final int DEFAULT_REPLICATES = 10;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASELINE", description = "Baseline scenario file.")
  Path baseline;

  @Parameters(
      index = "1..*",
      arity = "1..*",
      paramLabel = "SCENARIO",
      description = "Scenario files to compare with the baseline.")
  List<Path> scenarios;

  @Option(names = "--out", paramLabel = "DIR", description = "Result folder.")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Root seed for every scenario (default: the baseline's).")
  Long seed;

  @Option(names = "--years", paramLabel = "N", description = "Horizon in years, 1-100.")
  Integer years;

  @Option(names = "--scale", paramLabel = "K", description = "Residents per agent, >= 1.")
  Double scale;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "2",
      description = "Threads (default: ${DEFAULT-VALUE}); results are identical for any value.")
  int threads;

  @Option(
      names = "--replicates",
      paramLabel = "N",
      description =
          "Replicates per scenario, >= 2 (default "
              + DEFAULT_REPLICATES
              + "); with --precision, the minimum.")
  Integer replicates;

  @Option(
      names = "--precision",
      paramLabel = "P",
      description =
          "Add replicates until every scenario's 95%% CI half-width of the difference in end"
              + " inactivity (a share, e.g. 0.001) is at most P.")
  Double precision;

  @Option(
      names = "--max-replicates",
      paramLabel = "M",
      description = "With --precision: stop at M replicates (default 200).")
  Integer maxReplicates;

  @Option(names = "--force", description = "Replace an existing result folder.")
  boolean force;

  @Option(
      names = "--report",
      description = "Also write report.html, one self-contained page for leaders, into the folder.")
  boolean report;

  @Option(names = "--quiet", description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() {
    validate();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int n = replicates != null ? replicates : DEFAULT_REPLICATES;
    int cap = maxReplicates != null ? maxReplicates : RunCommand.DEFAULT_MAX_REPLICATES;
    CompareRequest request =
        new CompareRequest(
            baseline, scenarios, this.out, seed, years, scale, threads, n, precision, cap, force,
            command());
    CompareJob.Result result;
    try (ProgressLine progress = new ProgressLine(err, quiet)) {
      result = CompareJob.run(request, progress);
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    } catch (ResultExistsException e) {
      err.println("activesim: " + e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    } catch (IncomparableScenariosException | TooLargeForHeapException e) {
      err.println("activesim: " + e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    } catch (IOException e) {
      err.println("activesim: cannot write the comparison: " + e);
      return ActiveSimCommand.BAD_INPUT;
    }
    printSummary(result, out);
    ScaleNotes.print(result.scenarios(), err);
    return report ? ReportCommand.write(result.folder(), out, err) : ActiveSimCommand.OK;
  }

  private static void printSummary(CompareJob.Result result, PrintWriter out) {
    Comparison c = result.comparison();
    out.printf("%d replicates per scenario (paired); 95%% confidence intervals%n", c.replicates());
    for (int s = 1; s < c.scenarios().size(); s++) {
      Interval inactive = c.difference(s, Outcome.INACTIVE_SHARE_END);
      Interval moved = c.level(s, Outcome.MOVED_OUT_OF_INACTIVITY);
      Interval cost = c.difference(s, Outcome.TOTAL_COST_GBP);
      Interval sroi = c.level(s, Outcome.SROI);
      out.printf("%s vs %s:%n", c.scenarios().get(s), c.scenarios().get(0));
      out.printf(
          "  inactive at end %+.2f pp (%+.2f to %+.2f); moved out of inactivity %,.0f (%,.0f to"
              + " %,.0f)%n",
          100 * inactive.mean(),
          100 * inactive.low(),
          100 * inactive.high(),
          moved.mean(),
          moved.low(),
          moved.high());
      out.printf(
          "  extra cost £%,.0f; SROI %.2f (%.2f to %.2f) against the national £4.38 per £1%n",
          cost.mean(), sroi.mean(), sroi.low(), sroi.high());
      printBought(c, s, out);
    }
    out.printf("results: %s (%d files)%n", result.folder(), result.files().size());
    out.flush();
  }

  /** What a scenario's money bought: spending by lever, and how far its programmes spread. */
  private static void printBought(Comparison c, int s, PrintWriter out) {
    List<String> levers = c.levers(s);
    if (levers.size() > 1) {
      // Wrapped at 100 columns: the LDP as delivered has a dozen levers.
      StringBuilder line = new StringBuilder("  spent by lever:");
      for (int k = 0; k < levers.size(); k++) {
        String item =
            levers.get(k)
                + String.format(" £%,.0f", c.spending(s, k).mean())
                + (k + 1 < levers.size() ? "," : "");
        if (line.length() + 1 + item.length() > 100) {
          out.println(line);
          line = new StringBuilder("   ");
        }
        line.append(' ').append(item);
      }
      out.println(line);
    }
    for (int k = 0; k < c.programmes(s).size(); k++) {
      out.printf(
          "  %s scaled in %d of %d replicates; running in %.1f of %d places at the end%n",
          c.programmes(s).get(k),
          c.replicatesScaled(s, k),
          c.replicates(),
          c.placesRunningEnd(s, k).mean(),
          c.places());
    }
  }

  private void validate() {
    if (out != null && out.toAbsolutePath().normalize().getParent() == null) {
      throw bad("--out cannot be a file system root");
    }
    if (years != null && (years < 1 || years > 100)) {
      throw bad("--years must be in [1, 100], was " + years);
    }
    if (scale != null && !(scale >= 1 && scale < Double.POSITIVE_INFINITY)) {
      throw bad("--scale must be >= 1, was " + scale);
    }
    if (threads < 1 || threads > 256) {
      throw bad("--threads must be in [1, 256], was " + threads);
    }
    if (replicates != null && (replicates < 2 || replicates > RunCommand.MAX_REPLICATES)) {
      throw bad(
          "--replicates must be in [2, " + RunCommand.MAX_REPLICATES + "], was " + replicates);
    }
    if (precision != null && !(precision > 0 && precision <= 1)) {
      throw bad("--precision must be in (0, 1] (a share), was " + precision);
    }
    if (maxReplicates != null && precision == null) {
      throw bad("--max-replicates needs --precision");
    }
    int n = replicates != null ? replicates : DEFAULT_REPLICATES;
    if (maxReplicates != null && (maxReplicates < n || maxReplicates > RunCommand.MAX_REPLICATES)) {
      throw bad("--max-replicates must be in [" + n + ", " + RunCommand.MAX_REPLICATES + "]");
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** The arguments that repeat the comparison; the job pins the seed and the replicates. */
  private List<String> command() {
    List<String> args = new ArrayList<>(List.of("activesim", "compare", baseline.toString()));
    scenarios.forEach(p -> args.add(p.toString()));
    if (years != null) {
      args.addAll(List.of("--years", years.toString()));
    }
    if (scale != null) {
      args.addAll(List.of("--scale", scale.toString()));
    }
    return args;
  }
}
