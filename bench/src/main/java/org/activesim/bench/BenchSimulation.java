package org.activesim.bench;

import java.nio.file.Path;
import org.activesim.core.ProgressListener;
import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.io.ScenarioException;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.Scenario;

/** The benchmarks' simulation: the shipped scenario at a scale, fixed seed, built and burnt in. */
final class BenchSimulation {
  /** Root seed of the benchmark scenario (fixed, so every trial builds the same population). */
  static final long SEED = 20261126L;

  private BenchSimulation() {}

  /** The scenario file at the given scale, one year, the fixed seed. */
  static Scenario scenario(String scenarioFile, String scale) throws ScenarioException {
    return ScenarioLoader.load(Path.of(scenarioFile))
        .withScale(Double.parseDouble(scale))
        .withYears(1)
        .withSeed(SEED);
  }

  /** Builds and burns in the simulation, printing the agent count and the time taken. */
  static Simulation create(Scenario scenario, String scale, int threads) {
    long t0 = System.nanoTime();
    Simulation sim = Simulation.create(scenario, threads, ProgressListener.none());
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Residents r = sim.residents();
    System.out.printf(
        "%n[setup] scale=%s threads=%d agents=%d places=%d setup+burn-in=%d ms%n",
        scale, threads, r.count, r.places(), ms);
    return sim;
  }
}
