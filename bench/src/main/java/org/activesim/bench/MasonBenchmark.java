package org.activesim.bench;

import java.util.concurrent.TimeUnit;
import org.activesim.bench.peers.MasonActivity;
import org.activesim.bench.peers.RuleParameters;
import org.activesim.core.Simulation;
import org.activesim.io.ScenarioException;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One week of ActiveSim's resident rule in the MASON peer ({@link MasonActivity}): one {@code
 * Steppable} per resident in a {@code Sequence}, a commit step, {@code MersenneTwisterFast}. The
 * state is copied from the same calibrated simulation that {@link StepKernelBenchmark} steps (same
 * scenario, scale and seed), after its burn-in; the copy is not measured. Settings as in {@link
 * StepKernelBenchmark}, so the two are measured alike in one run.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@State(Scope.Benchmark)
public class MasonBenchmark {

  /** Residents represented by one agent. */
  @Param({"100", "10", "1"})
  public String scale;

  /** Scenario file, relative to where the benchmark is started (the repository root). */
  @Param({"scenarios/essex-ldp.yaml"})
  public String scenarioFile;

  private MasonActivity model;

  /** Builds the ActiveSim simulation, burns it in and copies it into MASON (not measured). */
  @Setup(Level.Trial)
  public void setUp() throws ScenarioException {
    Scenario scenario = BenchSimulation.scenario(scenarioFile, scale);
    try (Simulation sim = BenchSimulation.create(scenario, scale, 1)) {
      model =
          MasonActivity.copyOf(
              sim, RuleParameters.of(sim, scenario.network()), BenchSimulation.SEED);
    }
  }

  /** One simulated week (one MASON schedule step). Returns the model so the work is consumed. */
  @Benchmark
  public MasonActivity stepWeek() {
    model.stepWeek();
    return model;
  }
}
