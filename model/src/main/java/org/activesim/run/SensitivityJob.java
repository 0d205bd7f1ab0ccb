package org.activesim.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.activesim.evaluation.Economics;
import org.activesim.evaluation.Outcome;
import org.activesim.evaluation.ReplicateDigest;
import org.activesim.evaluation.ReplicateOutcomes;
import org.activesim.io.ParameterOverride;
import org.activesim.io.PlannedParameter;
import org.activesim.io.ScenarioException;
import org.activesim.io.SensitivityPlan;
import org.activesim.output.ResultFolder;
import org.activesim.output.ResultWriter;
import org.activesim.output.RunInfo;
import org.activesim.output.SensitivityWriter;
import org.activesim.output.Sha256;
import org.activesim.scenario.Scenario;
import org.activesim.sensitivity.Analysis;
import org.activesim.sensitivity.Design;
import org.activesim.sensitivity.Designs;
import org.activesim.sensitivity.Parameter;

/**
 * Orchestration of {@code activesim sensitivity}: the params file's parameters are varied over the
 * method's design ({@link Designs}); each design point is the scenario file with the point's values
 * put in at their key paths ({@link org.activesim.io.ScenarioOverrides}), run R times with seeds
 * {@code seed + r} (common random numbers across points, {@link DesignRunner}); outcomes are
 * computed per replicate like {@code compare} does ({@link ReplicateOutcomes} against the baseline
 * replicate of the same seed) and analysed ({@link Analysis}).
 *
 * <p><b>The baseline of a point.</b> A parameter whose key path exists in the baseline file (the
 * population, dynamics, network… — not the levers) is set in the baseline too, so that a gain is
 * the scenario's against a baseline that shares the point's assumptions. The baseline is run once
 * per distinct set of such values; with lever parameters only, once in all.
 */
public final class SensitivityJob {

  /** Outcomes measured against a baseline replicate: they need one. */
  static final Set<Outcome> RELATIVE =
      EnumSet.of(
          Outcome.MOVED_OUT_OF_INACTIVITY,
          Outcome.COST_PER_PERSON_MADE_ACTIVE_GBP,
          Outcome.WELLBYS,
          Outcome.SOCIAL_VALUE_GBP,
          Outcome.QALYS,
          Outcome.SROI);

  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private SensitivityJob() {}

  /**
   * The outcome of a study.
   *
   * @param folder the committed folder
   * @param files every file written
   * @param design the design run
   * @param analyses one per outcome, in the params file's order
   * @param runs simulation runs made (points × replicates, baselines included)
   */
  public record Result(
      Path folder, List<Path> files, Design design, List<Analysis> analyses, int runs) {}

  public static Result run(SensitivityRequest request, EnsembleProgress progress)
      throws ScenarioException, StudyException, IOException {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SensitivityPlan plan = SensitivityPlan.load(request.params());
    StudyScenario scenario =
        StudyScenario.read(request.scenario(), request.seed(), request.years(), request.scale());
    scenario.checkBounds(plan.parameters());
    Path baselineFile = request.baseline() != null ? request.baseline() : plan.baseline();
    StudyScenario baseline =
        baselineFile == null
            ? null
            : StudyScenario.read(baselineFile, request.seed(), request.years(), request.scale());
    for (Outcome o : plan.outcomes()) {
      if (baseline == null && RELATIVE.contains(o)) {
        throw new StudyException(
            "outcome '"
                + o.label()
                + "' is measured against a baseline: give --baseline FILE or 'baseline:' in "
                + request.params());
      }
    }
    List<PlannedParameter> params = plan.parameters();
    List<Parameter> parameters = params.stream().map(PlannedParameter::parameter).toList();
    long seed = scenario.with(List.of()).seed();
    Design design = Designs.of(request.method(), parameters, request.samples(), seed);
    Path target = target(request, scenario.with(List.of()).name(), seed, started);
    ResultFolder.checkTarget(target.toAbsolutePath().normalize(), request.force());

    List<Scenario> points = new ArrayList<>();
    List<Integer> baseOf = new ArrayList<>();
    List<Scenario> bases = new ArrayList<>();
    Map<List<Double>, Integer> baseIndex = new HashMap<>();
    boolean[] shared = new boolean[params.size()];
    for (int i = 0; i < params.size(); i++) {
      shared[i] = baseline != null && baseline.has(params.get(i));
    }
    for (int row = 0; row < design.size(); row++) {
      double[] values = design.values(row);
      points.add(scenario.with(StudyScenario.overrides(params, values)).withSeed(seed));
      if (baseline != null) {
        List<ParameterOverride> baseOverrides = new ArrayList<>();
        List<Double> key = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
          if (shared[i]) {
            baseOverrides.add(params.get(i).at().withValue(values[i]));
            key.add(values[i]);
          }
        }
        Integer b = baseIndex.get(key);
        if (b == null) {
          b = bases.size();
          baseIndex.put(key, b);
          bases.add(baseline.with(baseOverrides).withSeed(seed));
        }
        baseOf.add(b);
      }
    }
    List<Scenario> all = new ArrayList<>(points);
    all.addAll(bases);
    List<List<ReplicateDigest>> digests =
        DesignRunner.run(
            all, request.replicates(), request.threads(), ReplicateDigest::of, progress);

    List<Analysis> analyses = new ArrayList<>();
    double[][][] y = outcomes(plan.outcomes(), points, digests, baseOf, request.replicates());
    for (int o = 0; o < plan.outcomes().size(); o++) {
      analyses.add(
          Analysis.of(
              plan.outcomes().get(o).label(),
              request.method(),
              design,
              y[o],
              request.bootstrap(),
              seed + o));
    }

    try (ResultFolder folder = ResultFolder.create(target, request.force())) {
      List<Path> files =
          new ArrayList<>(
              SensitivityWriter.write(
                  request.method(), design, analyses, request.replicates(), folder.dir()));
      Scenario first = points.get(0);
      RunInfo info =
          new RunInfo(
              RunJob.version(),
              first.name() + " sensitivity (" + request.method().key() + ")",
              request.scenario() + " --params " + request.params(),
              Sha256.of(
                  (scenario.sha256()
                          + "\n"
                          + Sha256.of(org.activesim.io.ScenarioLoader.readBytes(request.params())))
                      .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
              seed,
              first.scale(),
              first.years(),
              RunJob.gitCommit(),
              RunInfo.Jvm.current(),
              started.toString(),
              Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
              command(request, seed),
              new RunInfo.EnsembleInfo(
                  request.replicates(), null, null, "replicates per design point", Double.NaN));
      return new Result(
          target,
          ResultWriter.commit(folder, info, files),
          design,
          analyses,
          all.size() * request.replicates());
    }
  }

  /** y[outcome][row][replicate]. */
  private static double[][][] outcomes(
      List<Outcome> outcomes,
      List<Scenario> points,
      List<List<ReplicateDigest>> digests,
      List<Integer> baseOf,
      int replicates) {
    double[][][] y = new double[outcomes.size()][points.size()][replicates];
    for (int row = 0; row < points.size(); row++) {
      for (int r = 0; r < replicates; r++) {
        ReplicateDigest d = digests.get(row).get(r);
        ReplicateDigest b =
            baseOf.isEmpty() ? d : digests.get(points.size() + baseOf.get(row)).get(r);
        double[] v =
            ReplicateOutcomes.of(
                d, b, Economics.compute(d.yearly(), b.yearly(), points.get(row).economics()));
        for (int o = 0; o < outcomes.size(); o++) {
          y[o][row][r] = v[outcomes.get(o).ordinal()];
        }
      }
    }
    return y;
  }

  /** {@code --out}, or {@code results/sensitivity/<scenario>-<method>/<UTC start>-seed<seed>}. */
  static Path target(SensitivityRequest request, String name, long seed, Instant started) {
    if (request.out() != null) {
      return request.out();
    }
    return Path.of(
        "results",
        "sensitivity",
        name + "-" + request.method().key(),
        RUN_ID.format(started) + "-seed" + seed);
  }

  private static List<String> command(SensitivityRequest request, long seed) {
    List<String> args = new ArrayList<>(request.command());
    args.addAll(List.of("--seed", Long.toString(seed)));
    return args;
  }
}
