package org.activesim.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.activesim.io.ScenarioException;
import org.activesim.output.EnsembleWriter;
import org.activesim.output.RunInfo;
import org.activesim.output.SummaryEstimate;
import org.activesim.scenario.Scenario;

/**
 * Orchestration of an ensemble: scenario file → replicates ({@link Ensemble}) → one result folder
 * with every replicate's tables and the statistics across them ({@link EnsembleWriter}), written
 * atomically. Each replicate is written and folded into the statistics as soon as it is its turn,
 * then dropped.
 */
public final class EnsembleJob {

  private EnsembleJob() {}

  /**
   * The outcome of an ensemble.
   *
   * @param folder the committed result folder
   * @param files every file written
   * @param scenario the scenario as run (replicate r with seed {@code seed + r})
   * @param ensemble replicates run and the precision reached, as in the manifest
   * @param summary the summary estimates, as in {@code summary.csv}
   * @param resumedAfter replicates taken from an interrupted run's checkpoint ({@code --resume}), 0
   *     if none
   */
  public record Result(
      Path folder,
      List<Path> files,
      Scenario scenario,
      RunInfo.EnsembleInfo ensemble,
      List<SummaryEstimate> summary,
      int resumedAfter) {

    public Result {
      files = List.copyOf(files);
      summary = List.copyOf(summary);
    }

    /** The estimate of a summary key (a NaN estimate if absent). */
    public SummaryEstimate estimate(String key) {
      return summary.stream()
          .filter(e -> e.metric().equals(key))
          .findFirst()
          .orElse(new SummaryEstimate(key, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN));
    }
  }

  /**
   * Runs an ensemble of a scenario file and writes its result folder atomically.
   *
   * @throws ScenarioException the scenario file is unusable (nothing is written)
   * @throws TooLargeForHeapException the replicates at once would not fit in the heap
   * @throws IOException the results could not be written (nothing half-written is left)
   */
  public static Result run(EnsembleRequest request, EnsembleProgress progress)
      throws ScenarioException, IOException, TooLargeForHeapException {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    RunRequest options = request.run();
    ScenarioInput input =
        ScenarioInput.read(
            options.scenarioFile(), options.seed(), options.years(), options.scale());
    Scenario scenario = input.scenario();
    int maxReplicates =
        request.precision() == null ? request.replicates() : request.maxReplicates();
    MemoryEstimate.check(
        scenario, Math.min(options.threads(), maxReplicates), Runtime.getRuntime().maxMemory());
    EnsembleCheckpoint.Identity identity = identity(request, input);
    Path target = RunJob.target(options, scenario, started);
    ResumePoint point = request.resume() ? ResumePoint.find(options, scenario, identity) : null;
    EnsembleCheckpoint.State resumed = point == null ? null : point.state();
    if (resumed != null) {
      target = target.resolveSibling(resumed.targetName());
      started = Instant.parse(resumed.startedAt());
    }
    EnsembleStatistics statistics =
        resumed != null ? resumed.statistics() : new EnsembleStatistics();
    StoppingRule rule =
        request.precision() == null
            ? StoppingRule.fixed(request.replicates())
            : new PrecisionRule(
                request.replicates(), request.maxReplicates(), request.precision(), statistics);
    boolean charts = scenario.outputs().charts();
    // Created (and the target checked) before the long run; removed again if anything fails, left
    // (hidden, without a manifest) if the process is killed, for --resume.
    try (EnsembleWriter writer =
        resumed != null
            ? EnsembleWriter.resume(target, point.folder(), options.force(), charts, resumed.done())
            : EnsembleWriter.createResumable(target, options.force(), charts)) {
      writer.writeScenario(input.bytes());
      String targetName = target.getFileName().toString();
      String startedAt = started.toString();
      int replicates =
          Ensemble.run(
              scenario,
              rule,
              options.threads(),
              (r, recording) -> {
                writer.writeReplicate(r, recording);
                statistics.add(recording);
                EnsembleCheckpoint.write(
                    writer.checkpointFile(),
                    new EnsembleCheckpoint.State(
                        identity, targetName, startedAt, r + 1, statistics));
              },
              progress,
              resumed != null ? resumed.done() : 0);
      RunInfo.EnsembleInfo ensemble =
          new RunInfo.EnsembleInfo(
              replicates,
              request.precision(),
              request.precision() == null ? null : request.maxReplicates(),
              EnsembleStatistics.PRIMARY_OUTCOME,
              statistics.halfWidth(EnsembleStatistics.PRIMARY_OUTCOME));
      RunInfo info =
          new RunInfo(
              RunJob.version(),
              scenario.name(),
              options.scenarioFile().toString(),
              input.sha256(),
              scenario.seed(),
              scenario.scale(),
              scenario.years(),
              RunJob.gitCommit(),
              RunInfo.Jvm.current(),
              startedAt,
              Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
              RunJob.withSeed(options.command(), scenario.seed()),
              ensemble);
      List<Path> files = writer.finish(statistics.aggregate(), info);
      return new Result(
          target,
          files,
          scenario,
          ensemble,
          statistics.summary(),
          resumed == null ? 0 : resumed.done());
    }
  }

  private static EnsembleCheckpoint.Identity identity(EnsembleRequest request, ScenarioInput in) {
    Scenario s = in.scenario();
    return new EnsembleCheckpoint.Identity(
        RunJob.version(),
        in.sha256(),
        s.seed(),
        s.scale(),
        s.years(),
        request.replicates(),
        request.precision(),
        request.precision() == null ? request.replicates() : request.maxReplicates());
  }
}
