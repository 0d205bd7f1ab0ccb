package org.activesim.sensitivity;

import java.util.List;

/**
 * What one sensitivity study found for one output: the measures of its method (the other lists
 * empty), how much of the spread is Monte Carlo noise, and the output's mean at each design row.
 *
 * @param outcome the output's name
 * @param noise Monte Carlo noise against the spread across the design
 * @param oat OAT effects, largest swing first
 * @param morris Morris effects, in parameter order
 * @param sobol Sobol indices, in parameter order
 * @param rowMeans the output at each design row, averaged over replicates
 */
public record Analysis(
    String outcome,
    MonteCarloNoise noise,
    List<OneAtATime.Effect> oat,
    List<Morris.Effect> morris,
    List<Sobol.Indices> sobol,
    double[] rowMeans) {

  /** Analyses y[row][replicate] by {@code method}; bootstrap draws come from the seed. */
  public static Analysis of(
      String outcome, Method method, Design design, double[][] y, int bootstrap, long seed) {
    double[] means = Stats.rowMeans(y);
    MonteCarloNoise noise = MonteCarloNoise.of(y);
    org.apache.commons.rng.UniformRandomProvider rng =
        new org.apache.commons.rng.core.source64.SplitMix64(seed);
    return switch (method) {
      case OAT ->
          new Analysis(outcome, noise, OneAtATime.analyse(design, y), List.of(), List.of(), means);
      case MORRIS ->
          new Analysis(
              outcome,
              noise,
              List.of(),
              Morris.analyse(design, means, bootstrap, rng),
              List.of(),
              means);
      case SOBOL ->
          new Analysis(
              outcome,
              noise,
              List.of(),
              List.of(),
              Sobol.analyse(design, means, bootstrap, rng),
              means);
    };
  }
}
