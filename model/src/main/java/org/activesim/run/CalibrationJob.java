package org.activesim.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.activesim.io.CalibrationTargets;
import org.activesim.io.ParameterOverride;
import org.activesim.io.PlannedParameter;
import org.activesim.io.ScenarioException;
import org.activesim.io.ScenarioLoader;
import org.activesim.io.ScenarioOverrides;
import org.activesim.output.CalibrationWriter;
import org.activesim.output.ResultFolder;
import org.activesim.output.ResultWriter;
import org.activesim.output.RunInfo;
import org.activesim.output.Sha256;
import org.activesim.scenario.Scenario;
import org.activesim.sensitivity.Calibrator;

/**
 * Orchestration of {@code activesim calibrate}: each evaluation puts the trial values into the
 * scenario at their key paths, runs R replicates with seeds {@code seed + r} (the same seeds at
 * every evaluation: common random numbers, so χ² is a deterministic function of the parameters) and
 * compares the replicate mean of each target with the observation: χ² = Σ ((mean − observed) /
 * sd)². CMA-ES searches the bounds ({@link Calibrator}); the result folder holds the fit and a
 * calibrated copy of the scenario file with the fitted values written in place.
 */
public final class CalibrationJob {

  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private CalibrationJob() {}

  /**
   * The outcome of a fit.
   *
   * @param folder the committed folder
   * @param files every file written
   * @param parameters the fitted parameters, in file order
   * @param fitted fitted values
   * @param sd approximate standard deviations (NaN where not identified)
   * @param objective χ² at the fit
   * @param points the targets
   * @param modelMeans the model's replicate mean at each target, at the fit
   * @param evaluations objective evaluations made
   * @param calibratedFile the calibrated scenario file in the folder
   */
  public record Result(
      Path folder,
      List<Path> files,
      List<PlannedParameter> parameters,
      double[] fitted,
      double[] sd,
      double objective,
      List<CalibrationTargets.Point> points,
      double[] modelMeans,
      int evaluations,
      Path calibratedFile) {}

  public static Result run(CalibrationRequest request, EnsembleProgress progress)
      throws ScenarioException, StudyException, IOException {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    CalibrationTargets targets = CalibrationTargets.load(request.targets());
    StudyScenario scenario =
        StudyScenario.read(request.scenario(), request.seed(), request.years(), request.scale());
    scenario.checkBounds(targets.parameters());
    Scenario plain = scenario.with(List.of());
    for (CalibrationTargets.Point p : targets.points()) {
      String problem = TargetReader.problem(p, plain);
      if (problem != null) {
        throw new StudyException(request.targets() + ": " + problem);
      }
    }
    long seed = plain.seed();
    Path target = target(request, plain.name(), seed, started);
    ResultFolder.checkTarget(target.toAbsolutePath().normalize(), request.force());

    Evaluator evaluator =
        new Evaluator(
            scenario,
            targets,
            request.replicates(),
            request.threads(),
            progress,
            request.maxEvaluations());
    Calibrator.Fit fit;
    try {
      fit =
          Calibrator.fit(
              targets.parameters().size(), evaluator::chiSquared, request.maxEvaluations(), seed);
    } catch (IllegalArgumentException e) {
      throw new StudyException(request.targets() + ": " + e.getMessage());
    }
    int k = targets.parameters().size();
    double[] fitted = new double[k];
    double[] sd = new double[k];
    List<ParameterOverride> overrides = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      PlannedParameter p = targets.parameters().get(i);
      double width = p.parameter().prior().max() - p.parameter().prior().min();
      fitted[i] = p.parameter().prior().min() + fit.unit()[i] * width;
      sd[i] = fit.unitSd()[i] * width;
      overrides.add(p.at().withValue(fitted[i]));
    }
    double[] means = evaluator.means(fit.unit());
    byte[] targetBytes = ScenarioLoader.readBytes(request.targets());
    String header =
        "# Calibrated by activesim calibrate against "
            + request.targets().getFileName()
            + " (sha256 "
            + Sha256.of(targetBytes)
            + "),\n# seed "
            + seed
            + ", "
            + request.replicates()
            + " replicates per evaluation, chi-squared "
            + String.format(java.util.Locale.ROOT, "%.4f", fit.objective())
            + "; fitted: "
            + fittedList(targets.parameters(), fitted)
            + "\n";
    String calibrated =
        header
            + ScenarioOverrides.rewrite(request.scenario().toString(), scenario.text(), overrides);
    try (ResultFolder folder = ResultFolder.create(target, request.force())) {
      List<Path> files =
          new ArrayList<>(
              CalibrationWriter.write(
                  targets.parameters().stream().map(p -> p.parameter()).toList(),
                  fitted,
                  sd,
                  targets.points().stream().map(CalibrationTargets.Point::label).toList(),
                  targets.points().stream().mapToDouble(CalibrationTargets.Point::value).toArray(),
                  targets.points().stream().mapToDouble(CalibrationTargets.Point::sd).toArray(),
                  means,
                  fit.trace(),
                  folder.dir()));
      Path file = folder.dir().resolve(plain.name() + "-calibrated.yaml");
      Files.writeString(file, calibrated, StandardCharsets.UTF_8);
      files.add(file);
      files.sort(null);
      RunInfo info =
          new RunInfo(
              RunJob.version(),
              plain.name() + " calibration",
              request.scenario() + " --targets " + request.targets(),
              Sha256.of(
                  (scenario.sha256() + "\n" + Sha256.of(targetBytes))
                      .getBytes(StandardCharsets.UTF_8)),
              seed,
              plain.scale(),
              plain.years(),
              RunJob.gitCommit(),
              RunInfo.Jvm.current(),
              started.toString(),
              Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
              command(request, seed),
              new RunInfo.EnsembleInfo(
                  request.replicates(), null, null, "replicates per evaluation", Double.NaN));
      List<Path> written = ResultWriter.commit(folder, info, files);
      return new Result(
          target,
          written,
          targets.parameters(),
          fitted,
          sd,
          fit.objective(),
          targets.points(),
          means,
          fit.trace().size(),
          target.resolve(file.getFileName()));
    }
  }

  private static String fittedList(List<PlannedParameter> ps, double[] fitted) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      parts.add(ps.get(i).parameter().name() + " = " + ScenarioOverrides.numberText(fitted[i]));
    }
    return String.join(", ", parts);
  }

  /** χ² and model means at points of the unit cube; every evaluation uses the same seeds. */
  static final class Evaluator {
    private final StudyScenario scenario;
    private final CalibrationTargets targets;
    private final int replicates;
    private final int threads;
    private final EnsembleProgress progress;
    private final int budget;
    private int evaluations;

    Evaluator(
        StudyScenario scenario,
        CalibrationTargets targets,
        int replicates,
        int threads,
        EnsembleProgress progress,
        int budget) {
      this.scenario = scenario;
      this.targets = targets;
      this.replicates = replicates;
      this.threads = threads;
      this.progress = progress;
      this.budget = budget;
    }

    double[] means(double[] unit) {
      double[] values = new double[unit.length];
      for (int i = 0; i < unit.length; i++) {
        values[i] =
            targets.parameters().get(i).parameter().prior().min()
                + unit[i]
                    * (targets.parameters().get(i).parameter().prior().max()
                        - targets.parameters().get(i).parameter().prior().min());
      }
      Scenario s;
      try {
        s = scenario.with(StudyScenario.overrides(targets.parameters(), values));
      } catch (ScenarioException e) {
        // Bounds were checked; a cross-key check can still refuse a combination.
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      List<double[]> runs =
          DesignRunner.run(
                  List.of(s),
                  replicates,
                  threads,
                  r -> TargetReader.read(r, targets.points()),
                  EnsembleProgress.none())
              .get(0);
      double[] mean = new double[targets.points().size()];
      for (double[] run : runs) {
        for (int t = 0; t < mean.length; t++) {
          mean[t] += run[t] / runs.size();
        }
      }
      return mean;
    }

    double chiSquared(double[] unit) {
      double[] mean = means(unit);
      evaluations++;
      // Progress in evaluations; the curvature's few extra ones go past the budget.
      int total = Math.max(budget, evaluations + 1);
      progress.replicates(evaluations, total, evaluations / (double) total);
      double chi2 = 0;
      for (int t = 0; t < mean.length; t++) {
        CalibrationTargets.Point p = targets.points().get(t);
        double z = (mean[t] - p.value()) / p.sd();
        chi2 += z * z;
      }
      return chi2;
    }
  }

  static Path target(CalibrationRequest request, String name, long seed, Instant started) {
    if (request.out() != null) {
      return request.out();
    }
    return Path.of("results", "calibrate", name, RUN_ID.format(started) + "-seed" + seed);
  }

  private static List<String> command(CalibrationRequest request, long seed) {
    List<String> args = new ArrayList<>(request.command());
    args.addAll(List.of("--seed", Long.toString(seed)));
    return args;
  }
}
