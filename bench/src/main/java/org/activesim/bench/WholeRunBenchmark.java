package org.activesim.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.activesim.io.ScenarioLoader;
import org.activesim.run.RunJob;
import org.activesim.run.RunRequest;
import org.activesim.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 6, benchmark 4: a whole run, from the scenario file to the written results, as {@code
 * activesim run} does it (load, build, burn-in, ten years, tables, charts, manifest), on 1 and 2
 * threads; and, in the same run, the same simulation with nothing written ({@link #simulateOnly}),
 * so that the cost of writing the outputs is {@code fullRun − simulateOnly}; and the simulation
 * stepped without recording ({@link #stepOnly}), so that data collection is {@code simulateOnly −
 * stepOnly}.
 *
 * <p>Single-shot: each iteration is one complete run in a fresh folder (JMH's mode for cold, long
 * operations); the first is a warm-up. The scenario's own scale is used unless {@code scale} is
 * given; the default here is full Essex (scale 1, 1.2 million agents).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
@State(Scope.Benchmark)
public class WholeRunBenchmark {

  /** Residents represented by one agent. */
  @Param({"1"})
  public String scale;

  /** Threads of the resident phase (and of the charts). */
  @Param({"1", "2"})
  public int threads;

  /** Scenario file, relative to the repository root. */
  @Param({"scenarios/essex-ldp.yaml"})
  public String scenarioFile;

  private Path parent;
  private int run;

  @Setup(Level.Iteration)
  public void folder() throws IOException {
    parent = Files.createTempDirectory("activesim-wholerun");
  }

  @TearDown(Level.Iteration)
  public void clean() throws IOException {
    try (Stream<Path> files = Files.walk(parent)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** {@code activesim run SCENARIO --scale K --threads T}: everything, to a new folder. */
  @Benchmark
  public Path fullRun() throws Exception {
    RunRequest request =
        new RunRequest(
            Path.of(scenarioFile),
            parent.resolve("run" + run++),
            null,
            null,
            Double.parseDouble(scale),
            threads,
            false,
            List.of("run", scenarioFile));
    return RunJob.run(request, ProgressListener.none()).folder();
  }

  /** The same run with nothing written: load, build, burn-in and ten years, recording kept. */
  @Benchmark
  public Recording simulateOnly() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of(scenarioFile)).withScale(Double.parseDouble(scale));
    try (Simulation sim = Simulation.create(s, threads, ProgressListener.none())) {
      return sim.run(ProgressListener.none());
    }
  }

  /**
   * The same simulation stepped through its weeks without recording anything: {@code simulateOnly −
   * stepOnly} is the cost of data collection, the part of the outputs paid every recorded week.
   */
  @Benchmark
  public byte[] stepOnly() throws Exception {
    Scenario s = ScenarioLoader.load(Path.of(scenarioFile)).withScale(Double.parseDouble(scale));
    try (Simulation sim = Simulation.create(s, threads, ProgressListener.none())) {
      for (int w = 0; w < s.weeks(); w++) {
        sim.advanceWeek();
      }
      return sim.residents().level;
    }
  }
}
