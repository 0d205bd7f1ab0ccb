package org.activesim.run;

import org.activesim.scenario.Scenario;

/**
 * The seeds of an ensemble: replicate r (from 0) is the scenario run with root seed {@code seed +
 * r}, in 64-bit two's-complement arithmetic (it wraps past {@link Long#MAX_VALUE}).
 *
 * <p>So {@code activesim run S --seed X+r} repeats replicate r of an ensemble with seed X exactly,
 * the first R replicates of a longer ensemble are the ensemble of R, and replicate r of any two
 * scenarios with the same seed shares its random numbers stream by stream (common random numbers:
 * every stream is keyed by its purpose, place or lever name, so adding a lever shifts no other
 * stream's draws; {@code core.RandomStreams}). Consecutive seeds give independent streams because
 * the root seed is mixed with SplitMix64 before use.
 */
public final class ReplicateSeeds {

  private ReplicateSeeds() {}

  /** The root seed of replicate r of an ensemble with root seed {@code seed}. */
  public static long seed(long seed, int replicate) {
    if (replicate < 0) {
      throw new IllegalArgumentException("replicate must be >= 0, was " + replicate);
    }
    return seed + replicate;
  }

  /** The scenario of replicate r: {@code scenario} with seed {@code scenario.seed() + r}. */
  public static Scenario scenario(Scenario scenario, int replicate) {
    return scenario.withSeed(seed(scenario.seed(), replicate));
  }
}
