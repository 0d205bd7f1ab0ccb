package org.activesim.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.activesim.io.ScenarioException;
import org.activesim.output.ResultFolder;
import org.activesim.output.ResultWriter;
import org.activesim.output.RunInfo;
import org.activesim.scenario.Scenario;

/**
 * Orchestration of one run: scenario file → simulation → result folder. Knows files and the layers
 * below; knows nothing of the command line (the CLI builds the {@link RunRequest}).
 */
public final class RunJob {

  private static final DateTimeFormatter RUN_ID =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private RunJob() {}

  /**
   * The outcome of a run.
   *
   * @param folder the committed result folder
   * @param files every file written
   * @param scenario the scenario as run
   * @param recording what was recorded
   */
  public record Result(Path folder, List<Path> files, Scenario scenario, Recording recording) {}

  /**
   * Runs a scenario file and writes its result folder atomically.
   *
   * @throws ScenarioException the scenario file is unusable (nothing is written)
   * @throws TooLargeForHeapException the run would not fit in the heap (nothing is run)
   * @throws IOException the results could not be written (nothing half-written is left)
   */
  public static Result run(RunRequest request, ProgressListener progress)
      throws ScenarioException, IOException, TooLargeForHeapException {
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    ScenarioInput input =
        ScenarioInput.read(
            request.scenarioFile(), request.seed(), request.years(), request.scale());
    Scenario scenario = input.scenario();
    MemoryEstimate.check(scenario, 1, Runtime.getRuntime().maxMemory());
    Path target = target(request, scenario, started);
    // Fail fast, before a long run; the writer checks again when it commits.
    ResultFolder.checkTarget(target.toAbsolutePath().normalize(), request.force());
    Recording recording;
    try (Simulation sim = Simulation.create(scenario, request.threads(), progress)) {
      recording = sim.run(progress);
    }
    RunInfo info =
        new RunInfo(
            version(),
            scenario.name(),
            request.scenarioFile().toString(),
            input.sha256(),
            scenario.seed(),
            scenario.scale(),
            scenario.years(),
            gitCommit(),
            RunInfo.Jvm.current(),
            started.toString(),
            Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
            withSeed(request.command(), scenario.seed()));
    progress.progress("writing results", 0, 1);
    List<Path> files =
        new ResultWriter(scenario.outputs().charts())
            .write(recording, info, target, request.force(), input.bytes());
    progress.progress("writing results", 1, 1);
    return new Result(target, files, scenario, recording);
  }

  /** The result folder: {@code --out}, or {@code results/<scenario>/<UTC start>-seed<seed>}. */
  static Path target(RunRequest request, Scenario scenario, Instant started) {
    return request.out() != null
        ? request.out()
        : Path.of(
            "results",
            FolderNames.checked(scenario.name()),
            RUN_ID.format(started) + "-seed" + scenario.seed());
  }

  /** The command with {@code --seed} pinned to the seed actually used. */
  static List<String> withSeed(List<String> command, long seed) {
    List<String> args = new java.util.ArrayList<>(command);
    args.addAll(List.of("--seed", Long.toString(seed)));
    return args;
  }

  /** The simulator version, from the build. */
  public static String version() {
    Properties p = new Properties();
    try (InputStream in = RunJob.class.getResourceAsStream("/activesim-version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }

  /** The commit the launcher found (system property {@code activesim.gitCommit}), or null. */
  static String gitCommit() {
    String commit = System.getProperty("activesim.gitCommit");
    return commit == null || commit.isBlank() ? null : commit;
  }
}
