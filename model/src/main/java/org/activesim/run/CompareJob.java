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
import java.util.Locale;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.Interval;
import org.activesim.evaluation.ReplicateDigest;
import org.activesim.io.ScenarioException;
import org.activesim.output.ComparisonWriter;
import org.activesim.output.ResultFolder;
import org.activesim.output.ResultWriter;
import org.activesim.output.RunInfo;
import org.activesim.output.ScenariosCsv;
import org.activesim.output.Sha256;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.Scenario;

/**
 * Orchestration of {@code activesim compare}: a baseline and scenarios, each run as an ensemble
 * over the same replicate seeds (common random numbers: replicate r of every scenario runs with
 * seed {@code seed + r}, so its population, network and draws are the baseline's), digested
 * replicate by replicate ({@link ReplicateDigest}), compared ({@link Comparison}) and written to
 * one folder atomically ({@link ComparisonWriter}, then the manifest). The digest of replicate 0
 * (the first round's first replicate, seed = the scenario's seed) also keeps the programmes'
 * rollout, so that the comparison can draw one realisation of it without keeping a recording.
 *
 * <p>With a precision target, replicates are added {@value #PRECISION_BATCH} at a time to every
 * scenario until the 95% CI half-width of every scenario's paired difference in the end inactive
 * share is at most the target, or the cap is reached. The batch is a constant, not the thread
 * count, so the number of replicates — and every byte written — is the same on any number of
 * threads.
 */
public final class CompareJob {

  /** Folder of the copies of the compared scenario files, in command-line order. */
  public static final String SCENARIOS_DIR = "scenarios";

  /** Replicates added to every scenario per round under a precision target. */
  static final int PRECISION_BATCH = 2;

  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private CompareJob() {}

  /**
   * The outcome of a comparison.
   *
   * @param folder the committed folder
   * @param files every file written
   * @param comparison the comparison
   * @param worstHalfWidth the widest 95% CI half-width of a paired end-inactivity difference
   * @param sroiBenchmark the national SROI the baseline's economics compares with (£ per £1)
   * @param scenarios the scenarios compared, baseline first, as run
   */
  public record Result(
      Path folder,
      List<Path> files,
      Comparison comparison,
      double worstHalfWidth,
      double sroiBenchmark,
      List<Scenario> scenarios) {}

  /**
   * Runs and writes a comparison.
   *
   * @throws ScenarioException a scenario file is unusable (nothing is written)
   * @throws IncomparableScenariosException the scenarios cannot be paired
   * @throws IOException the results could not be written (nothing half-written is left)
   */
  public static Result run(CompareRequest request, EnsembleProgress progress)
      throws ScenarioException,
          IncomparableScenariosException,
          IOException,
          TooLargeForHeapException {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<ScenarioInput> inputs = read(request);
    List<Scenario> scenarios = inputs.stream().map(ScenarioInput::scenario).toList();
    long seed = scenarios.get(0).seed();
    for (Scenario s : scenarios) {
      MemoryEstimate.check(
          s, Math.min(request.threads(), request.replicates()), Runtime.getRuntime().maxMemory());
    }
    List<String> names = names(scenarios);
    Path target = target(request, names, seed, started);
    ResultFolder.checkTarget(target.toAbsolutePath().normalize(), request.force());

    List<List<ReplicateDigest>> digests = new ArrayList<>();
    scenarios.forEach(s -> digests.add(new ArrayList<>()));
    int done = 0;
    double worst;
    while (true) {
      int batch = done == 0 ? request.replicates() : PRECISION_BATCH;
      if (request.precision() != null) {
        batch = Math.min(batch, request.maxReplicates() - done);
      }
      for (int s = 0; s < scenarios.size(); s++) {
        List<ReplicateDigest> list = digests.get(s);
        int first = done;
        int scenarioIndex = s;
        Ensemble.run(
            scenarios.get(s).withSeed(seed + first),
            batch,
            request.threads(),
            (r, recording) -> list.add(ReplicateDigest.of(recording, first + r == 0)),
            (d, total, fraction) ->
                progress.replicates(
                    first * scenarios.size() + scenarioIndex * total + d,
                    (first + total) * scenarios.size(),
                    (first * scenarios.size() + scenarioIndex * total + fraction * total)
                        / ((first + total) * scenarios.size())));
      }
      done += batch;
      worst = worstHalfWidth(digests);
      if (request.precision() == null
          || worst <= request.precision()
          || done >= request.maxReplicates()) {
        break;
      }
    }

    List<ReplicateDigest[]> arrays = new ArrayList<>();
    digests.forEach(d -> arrays.add(d.toArray(new ReplicateDigest[0])));
    Comparison comparison =
        new Comparison(names, arrays, scenarios.stream().map(Scenario::economics).toList());
    List<String> places = scenarios.get(0).places().stream().map(PlaceSpec::name).toList();
    try (ResultFolder folder = ResultFolder.create(target, request.force())) {
      List<Path> files = new ArrayList<>(ComparisonWriter.write(comparison, places, folder.dir()));
      files.add(
          ScenariosCsv.write(
              folder.dir(),
              names,
              files(request),
              inputs.stream().map(ScenarioInput::sha256).toList()));
      files.addAll(copyScenarios(folder.dir(), names, inputs));
      RunInfo info =
          new RunInfo(
              RunJob.version(),
              String.join(" vs ", names),
              String.join(" ", files(request)),
              combinedHash(inputs),
              seed,
              scenarios.get(0).scale(),
              scenarios.get(0).years(),
              RunJob.gitCommit(),
              RunInfo.Jvm.current(),
              started.toString(),
              Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
              command(request, seed, done),
              new RunInfo.EnsembleInfo(
                  done,
                  request.precision(),
                  request.precision() == null ? null : request.maxReplicates(),
                  "inactive_share_end difference (widest over scenarios)",
                  worst));
      return new Result(
          target,
          ResultWriter.commit(folder, info, files),
          comparison,
          worst,
          scenarios.get(0).economics().sroiBenchmark(),
          scenarios);
    }
  }

  private static List<ScenarioInput> read(CompareRequest request)
      throws ScenarioException, IncomparableScenariosException {
    List<ScenarioInput> inputs = new ArrayList<>();
    ScenarioInput base =
        ScenarioInput.read(request.baseline(), request.seed(), request.years(), request.scale());
    inputs.add(base);
    long seed = base.scenario().seed();
    for (Path p : request.scenarios()) {
      inputs.add(ScenarioInput.read(p, seed, request.years(), request.scale()));
    }
    Scenario b = base.scenario();
    for (ScenarioInput in : inputs) {
      Scenario s = in.scenario();
      List<String> bp = b.places().stream().map(PlaceSpec::name).toList();
      List<String> sp = s.places().stream().map(PlaceSpec::name).toList();
      if (!bp.equals(sp)
          || s.scale() != b.scale()
          || s.years() != b.years()
          || s.outputs().recordEveryWeeks() != b.outputs().recordEveryWeeks()) {
        throw new IncomparableScenariosException(
            "scenario '"
                + s.name()
                + "' cannot be paired with baseline '"
                + b.name()
                + "': compared scenarios need the same places, scale, years and"
                + " outputs.recordEveryWeeks (use --scale and --years to align the first two)");
      }
      if (s.residentDraws() != b.residentDraws()) {
        // The schemes give residents different uniforms, so the pairs would not share them.
        throw new IncomparableScenariosException(
            "scenario '"
                + s.name()
                + "' cannot be paired with baseline '"
                + b.name()
                + "': residentDraws is "
                + s.residentDraws().name().toLowerCase(java.util.Locale.ROOT)
                + " in one and "
                + b.residentDraws().name().toLowerCase(java.util.Locale.ROOT)
                + " in the other; paired replicates share their residents' random numbers only"
                + " under the same scheme (model/ODD.md 7.7)");
      }
    }
    return inputs;
  }

  /** Scenario names, made unique with a suffix if two files share a name. */
  static List<String> names(List<Scenario> scenarios) {
    List<String> names = new ArrayList<>();
    for (Scenario s : scenarios) {
      String name = s.name();
      int k = 2;
      while (names.contains(name)) {
        name = s.name() + "-" + k++;
      }
      names.add(name);
    }
    return names;
  }

  private static double worstHalfWidth(List<List<ReplicateDigest>> digests) {
    double[] base = endInactive(digests.get(0));
    double worst = 0;
    for (int s = 1; s < digests.size(); s++) {
      double h = Interval.pairedDifference(endInactive(digests.get(s)), base).halfWidth();
      worst = Double.isNaN(h) ? Double.POSITIVE_INFINITY : Math.max(worst, h);
    }
    return worst;
  }

  private static double[] endInactive(List<ReplicateDigest> digests) {
    return digests.stream().mapToDouble(d -> d.summaryValue("inactive_share_end")).toArray();
  }

  /** {@code --out}, or {@code results/compare/<baseline>-vs-<first>/<UTC start>-seed<seed>}. */
  static Path target(CompareRequest request, List<String> names, long seed, Instant started) {
    if (request.out() != null) {
      return request.out();
    }
    String pair =
        FolderNames.checked(names.get(0))
            + "-vs-"
            + FolderNames.checked(names.get(1))
            + (names.size() > 2 ? "-and-more" : "");
    return Path.of("results", "compare", pair, RUN_ID.format(started) + "-seed" + seed);
  }

  private static List<String> files(CompareRequest request) {
    List<String> files = new ArrayList<>();
    files.add(request.baseline().toString());
    request.scenarios().forEach(p -> files.add(p.toString()));
    return files;
  }

  /**
   * Copies every scenario file's bytes into {@code scenarios/NN-<name>.yaml} (NN from 00, the
   * baseline, in command-line order), so that {@code activesim verify} can run the comparison
   * again. Names are folder names already (checked by the loader), made unique by {@link #names}.
   */
  private static List<Path> copyScenarios(Path dir, List<String> names, List<ScenarioInput> inputs)
      throws IOException {
    Path folder = Files.createDirectories(dir.resolve(SCENARIOS_DIR));
    List<Path> copies = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      String file =
          String.format(Locale.ROOT, "%02d-%s.yaml", i, FolderNames.checked(names.get(i)));
      copies.add(Files.write(folder.resolve(file), inputs.get(i).bytes()));
    }
    return copies;
  }

  /** SHA-256 of the scenario hashes in order: one fingerprint of every input. */
  private static String combinedHash(List<ScenarioInput> inputs) {
    StringBuilder all = new StringBuilder();
    inputs.forEach(in -> all.append(in.sha256()).append('\n'));
    return Sha256.of(all.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The command with the seed and the replicates actually used pinned (the caller's command holds
   * neither), so that the manifest repeats the result exactly, also after a precision target.
   */
  private static List<String> command(CompareRequest request, long seed, int replicates) {
    List<String> args = new ArrayList<>(request.command());
    args.addAll(
        List.of("--seed", Long.toString(seed), "--replicates", Integer.toString(replicates)));
    return args;
  }
}
