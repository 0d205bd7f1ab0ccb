package org.activesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activesim.io.ScenarioException;
import org.activesim.output.ResultExistsException;
import org.activesim.run.CalibrationJob;
import org.activesim.run.CalibrationRequest;
import org.activesim.run.StudyException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code activesim calibrate SCENARIO --targets FILE}: fit parameters to observations. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Fit the parameters of --targets to its observations: CMA-ES on the",
      "weighted sum of squares (1/sd^2) of the replicate means, every",
      "evaluation with seeds SEED+r (common random numbers). Writes",
      "calibration.csv, fit.csv, trace.csv, <scenario>-calibrated.yaml and",
      "manifest.json to results/calibrate/<scenario>/<run-id>/ or --out DIR."
    })
final class CalibrateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file to fit.")
  Path scenario;

  @Option(names = "--targets", required = true, paramLabel = "FILE", description = "Targets file.")
  Path targets;

  @Option(
      names = "--replicates",
      paramLabel = "R",
      defaultValue = "4",
      description = "Replicates per evaluation, >= 1 (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(
      names = "--max-evaluations",
      paramLabel = "N",
      defaultValue = "60",
      description = "CMA-ES budget of objective evaluations (default: ${DEFAULT-VALUE}).")
  int maxEvaluations;

  @Mixin StudyOptions options;

  @Override
  public Integer call() {
    validate();
    PrintWriter err = spec.commandLine().getErr();
    CalibrationRequest request =
        new CalibrationRequest(
            scenario,
            targets,
            replicates,
            maxEvaluations,
            options.out,
            options.seed,
            options.years,
            options.scale,
            options.threads,
            options.force,
            command());
    CalibrationJob.Result result;
    try (ProgressLine progress = new ProgressLine(err, options.quiet)) {
      result = CalibrationJob.run(request, progress);
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
    PrintWriter o = spec.commandLine().getOut();
    o.printf(
        "%d evaluations; chi-squared %.3f over %d targets%n",
        result.evaluations(), result.objective(), result.points().size());
    for (int i = 0; i < result.parameters().size(); i++) {
      o.printf(
          "  %s = %.6g (sd %.3g from the curvature)%n",
          result.parameters().get(i).parameter().name(), result.fitted()[i], result.sd()[i]);
    }
    for (int t = 0; t < result.points().size(); t++) {
      var p = result.points().get(t);
      o.printf(
          "  %s: observed %.4g ± %.2g, model %.4g%n",
          p.label(), p.value(), p.sd(), result.modelMeans()[t]);
    }
    o.printf("calibrated scenario: %s%n", result.calibratedFile());
    o.printf("results: %s (%d files)%n", result.folder(), result.files().size());
    o.flush();
    return ActiveSimCommand.OK;
  }

  private void validate() {
    options.validate();
    if (replicates < 1 || replicates > RunCommand.MAX_REPLICATES) {
      throw bad("--replicates must be in [1, " + RunCommand.MAX_REPLICATES + "]");
    }
    if (maxEvaluations < 4 || maxEvaluations > 100_000) {
      throw bad("--max-evaluations must be in [4, 100000], was " + maxEvaluations);
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private List<String> command() {
    List<String> args =
        new ArrayList<>(
            List.of(
                "activesim",
                "calibrate",
                scenario.toString(),
                "--targets",
                targets.toString(),
                "--replicates",
                Integer.toString(replicates),
                "--max-evaluations",
                Integer.toString(maxEvaluations)));
    options.addRunShape(args);
    return args;
  }
}
