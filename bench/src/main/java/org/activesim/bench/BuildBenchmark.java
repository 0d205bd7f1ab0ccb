package org.activesim.bench;

import java.util.concurrent.TimeUnit;
import org.activesim.core.InitialLevels;
import org.activesim.core.PopulationSynthesis;
import org.activesim.core.ProgressListener;
import org.activesim.core.RandomStreams;
import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.core.TargetShares;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.core.network.NetworkBuilder;
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
 * Issue 6, benchmark 5: building full Essex, separately. {@link #population} is population
 * synthesis with initial levels; {@link #network} is the network build alone (JGraphT generators
 * per place, frozen to arrays, the graphs released) on a population made in the setup; {@link
 * #createWithBurnIn} is {@code Simulation.create}: both, plus groups, stocks and the 260-week
 * calibration burn-in. Single-shot, one warm-up.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
@State(Scope.Benchmark)
public class BuildBenchmark {

  /** Residents represented by one agent. */
  @Param({"1"})
  public String scale;

  /** Threads of the resident phase (the burn-in uses them). */
  @Param({"2"})
  public int threads;

  /** Scenario file, relative to the repository root. */
  @Param({"scenarios/essex-ldp.yaml"})
  public String scenarioFile;

  private Scenario scenario;
  private Residents residents;

  @Setup(Level.Iteration)
  public void setUp() throws Exception {
    scenario = BenchSimulation.scenario(scenarioFile, scale);
    residents = populate(scenario);
  }

  private static Residents populate(Scenario s) {
    RandomStreams streams = new RandomStreams(s.seed());
    Residents r = PopulationSynthesis.synthesise(s, streams);
    double[][] targets = TargetShares.compute(s.population(), s.places());
    InitialLevels.assign(r, targets, s.dynamics(), streams);
    return r;
  }

  /** Population synthesis and initial levels. */
  @Benchmark
  public Residents population() {
    return populate(scenario);
  }

  /** The network alone, on the setup's population. */
  @Benchmark
  public FrozenNetwork network() {
    return NetworkBuilder.build(
        residents,
        scenario.network(),
        scenario.population().householdSizeShares(),
        Simulation.neighbourhoodAgents(scenario),
        new RandomStreams(scenario.seed()));
  }

  /** Everything before week 0: population, network, groups, stocks and the burn-in. */
  @Benchmark
  public Simulation createWithBurnIn() {
    Simulation sim = Simulation.create(scenario, threads, ProgressListener.none());
    sim.close();
    return sim;
  }
}
