package org.activesim.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.io.ScenarioException;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.ResidentDraws;
import org.activesim.scenario.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One simulated week of the full model (all phases but recording) on the Essex scenario, and a
 * reference pass over the same state measured in the same run.
 *
 * <p><b>{@link #stepWeek}</b> calls {@link Simulation#advanceWeek()} for the {@value #WEEKS} weeks
 * of the scenario's ten-year horizon: read stocks, levers, every resident's transition, groups,
 * commit, stocks. Each iteration starts from a freshly built simulation (population, network,
 * groups and the 260-week calibration burn-in happen in {@link #freshSimulation}, outside the
 * measurement), so every measured week is a week of the scenario as a run has it, levers and all;
 * the score, one shot divided by {@value #WEEKS}, is the mean time per simulated week over the
 * horizon. (Until session 4 each invocation advanced one more week of one long-lived simulation, so
 * the measured weeks ran on for decades past the horizon, after the levers had ended; the model's
 * state, and its cost, drift there.) Resident-steps per second is {@code agents / (time per week)},
 * with the agent count printed by the setup.
 *
 * <p><b>{@link #countLevels}</b> is the reference. It tallies residents per (place, IMD quintile,
 * activity level), which is the level count that the RECORD phase does for each recorded week, in
 * one plain sequential pass over the public {@link Residents} arrays ({@code place}, {@code
 * quintile}, {@code level}). It has no random numbers, no {@code exp}, no network gathers and no
 * writes to the model state. Why this reference: it runs in the same JVM, on the same state, in the
 * same run, so the ratio {@code stepWeek / countLevels} largely factors out the speed of the
 * machine (not its cache sizes, so compare ratios at the same scale); it is about the cheapest
 * useful per-resident pass, so the ratio reads as "one model week costs N plain passes"; and it
 * uses only public state, so it does not change when the kernel does. A bare sum of the {@code
 * level} bytes was not used: it is a reduction the JIT may vectorise, which would make the floor
 * depend on SIMD support rather than on a per-resident pass. It reads the state the burn-in left
 * (it does not step, so one simulation serves all its iterations).
 *
 * <p>Scale is residents represented by one agent: 100 and 10 give about 12k and 120k agents; 1 is
 * the full-scale case (about 1.2M agents; setup and burn-in took about 26 s in session 1, 11-14 s
 * in session 4, on the 2-core reference machine), included as a value but run only on request (the
 * README command selects {@code -p scale=100,10}). Threads is the pool size of the resident phase;
 * the default 1 compares like with like against the single-threaded reference ({@code -p threads=2}
 * measures the parallel step).
 *
 * <p>The peers, measured in the same run: {@link MasonBenchmark} (MASON) and {@link NaiveBenchmark}
 * (an object per resident) step the same resident rule from a copy of the same calibrated state.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 2, timeUnit = TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx6g"})
@State(Scope.Benchmark)
public class StepKernelBenchmark {

  /** Weeks of one measured shot: the ten-year horizon of the scenario. */
  static final int WEEKS = 520;

  /** Residents represented by one agent. */
  @Param({"100", "10", "1"})
  public String scale;

  /**
   * Scenario file, relative to where the benchmark is started (the repository root, as in
   * bench/README.md): the shipped scenario, not a copy of it.
   */
  @Param({"scenarios/essex-ldp.yaml"})
  public String scenarioFile;

  /** Threads of the resident phase. */
  @Param({"1"})
  public int threads;

  /**
   * How the resident phase draws its uniforms ({@code residentDraws}): the scenario's default
   * {@code skip_ahead}, or {@code every_resident} (one uniform per resident, the scheme before
   * session 5) to measure what skip-ahead buys in the same run.
   */
  @Param({"skip_ahead"})
  public String residentDraws;

  private Simulation sim;
  private int cells;
  private boolean advanced;

  /** A fresh simulation, built and burnt in (not measured), for each iteration that steps it. */
  @Setup(Level.Iteration)
  public void freshSimulation() throws ScenarioException {
    if (sim != null && !advanced) {
      return; // countLevels does not change the state
    }
    if (sim != null) {
      sim.close();
    }
    Scenario scenario =
        BenchSimulation.scenario(scenarioFile, scale)
            .withYears(WEEKS / Scenario.WEEKS_PER_YEAR)
            .withResidentDraws(ResidentDraws.valueOf(residentDraws.toUpperCase(Locale.ROOT)));
    sim = BenchSimulation.create(scenario, scale, threads);
    cells = sim.residents().places() * PlaceSpec.QUINTILES * 3;
    advanced = false;
  }

  /** Shuts the simulation's thread pool down. */
  @TearDown(Level.Trial)
  public void tearDown() {
    sim.close();
  }

  /**
   * The horizon's weeks, one shot. Returns the level array so the work is consumed (it is also
   * visible through the state).
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OperationsPerInvocation(WEEKS)
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public byte[] stepWeek() {
    advanced = true;
    for (int w = 0; w < WEEKS; w++) {
      sim.advanceWeek();
    }
    return sim.residents().level;
  }

  /** Reference: residents per (place, quintile, level), one pass over the state. */
  @Benchmark
  public int[] countLevels() {
    Residents r = sim.residents();
    short[] place = r.place;
    byte[] quintile = r.quintile;
    byte[] level = r.level;
    int[] counts = new int[cells];
    for (int i = 0; i < r.count; i++) {
      counts[(place[i] * PlaceSpec.QUINTILES + quintile[i]) * 3 + level[i]]++;
    }
    return counts;
  }
}
