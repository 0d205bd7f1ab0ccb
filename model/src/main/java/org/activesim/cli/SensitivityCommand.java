package org.activesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activesim.io.ScenarioException;
import org.activesim.output.ResultExistsException;
import org.activesim.run.SensitivityJob;
import org.activesim.run.SensitivityRequest;
import org.activesim.run.StudyException;
import org.activesim.sensitivity.Analysis;
import org.activesim.sensitivity.Method;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code activesim sensitivity SCENARIO --params FILE --method oat|morris|sobol}. */
@Command(
    name = "sensitivity",
    mixinStandardHelpOptions = true,
    description = {
      "Which assumptions drive the outcomes: vary the parameters of --params",
      "over a design (oat: tornado; morris: elementary effects mu*, sigma;",
      "sobol: first-order and total indices), each point run R times with",
      "seeds SEED+r (common random numbers). Writes sensitivity.csv,",
      "design.csv, charts and manifest.json to",
      "results/sensitivity/<scenario>-<method>/<run-id>/ or --out DIR."
    })
final class SensitivityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file to vary.")
  Path scenario;

  @Option(names = "--params", required = true, paramLabel = "FILE", description = "Params file.")
  Path params;

  @Option(
      names = "--method",
      required = true,
      paramLabel = "M",
      description = "oat, morris or sobol.")
  String method;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      description = "Baseline for outcomes measured against one (default: the params file's).")
  Path baseline;

  @Option(
      names = "--replicates",
      paramLabel = "R",
      defaultValue = "4",
      description = "Replicates per design point, >= 2 (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(
      names = "--samples",
      paramLabel = "N",
      description = "Morris trajectories (default 10) or Sobol base samples (default 64).")
  Integer samples;

  @Option(
      names = "--bootstrap",
      paramLabel = "B",
      defaultValue = "1000",
      description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Mixin StudyOptions options;

  @Override
  public Integer call() {
    Method m = method();
    validate(m);
    PrintWriter err = spec.commandLine().getErr();
    int n = samples != null ? samples : m == Method.SOBOL ? 64 : 10;
    SensitivityRequest request =
        new SensitivityRequest(
            scenario,
            params,
            baseline,
            m,
            replicates,
            n,
            bootstrap,
            options.out,
            options.seed,
            options.years,
            options.scale,
            options.threads,
            options.force,
            command(m, n));
    SensitivityJob.Result result;
    try (ProgressLine progress = new ProgressLine(err, options.quiet)) {
      result = SensitivityJob.run(request, progress);
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    } catch (ResultExistsException | StudyException e) {
      err.println("activesim: " + e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    } catch (IOException e) {
      err.println("activesim: cannot write the results: " + e);
      return ActiveSimCommand.BAD_INPUT;
    }
    report(m, result, spec.commandLine().getOut());
    return ActiveSimCommand.OK;
  }

  private static void report(Method m, SensitivityJob.Result result, PrintWriter out) {
    out.printf("%d design points, %d runs%n", result.design().size(), result.runs());
    for (Analysis a : result.analyses()) {
      String top =
          switch (m) {
            case OAT -> a.oat().isEmpty() ? "" : a.oat().get(0).parameter();
            case MORRIS ->
                a.morris().stream()
                    .max((x, y) -> Double.compare(x.muStar().estimate(), y.muStar().estimate()))
                    .map(e -> e.parameter())
                    .orElse("");
            case SOBOL ->
                a.sobol().stream()
                    .max((x, y) -> Double.compare(x.total().estimate(), y.total().estimate()))
                    .map(e -> e.parameter())
                    .orElse("");
          };
      out.printf(
          "  %s: most influential %s; Monte Carlo noise share %.2f%n",
          a.outcome(), top, a.noise().share());
    }
    out.printf("results: %s (%d files)%n", result.folder(), result.files().size());
    out.flush();
  }

  private Method method() {
    for (Method m : Method.values()) {
      if (m.key().equals(method)) {
        return m;
      }
    }
    throw bad("--method must be oat, morris or sobol, was " + method);
  }

  private void validate(Method m) {
    options.validate();
    if (replicates < 2 || replicates > RunCommand.MAX_REPLICATES) {
      throw bad("--replicates must be in [2, " + RunCommand.MAX_REPLICATES + "]");
    }
    if (samples != null && (samples < 2 || samples > 100_000)) {
      throw bad("--samples must be in [2, 100000], was " + samples);
    }
    if (samples != null && m == Method.OAT) {
      throw bad("--samples does not apply to oat (its design has 2k + 1 points)");
    }
    if (bootstrap < 0 || bootstrap > 100_000) {
      throw bad("--bootstrap must be in [0, 100000], was " + bootstrap);
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private List<String> command(Method m, int n) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "activesim",
                "sensitivity",
                scenario.toString(),
                "--params",
                params.toString(),
                "--method",
                m.key(),
                "--replicates",
                Integer.toString(replicates),
                "--bootstrap",
                Integer.toString(bootstrap)));
    if (m != Method.OAT) {
      args.addAll(List.of("--samples", Integer.toString(n)));
    }
    if (baseline != null) {
      args.addAll(List.of("--baseline", baseline.toString()));
    }
    options.addRunShape(args);
    return args;
  }
}
