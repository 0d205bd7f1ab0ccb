package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import org.activesim.scenario.Scenario;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * An equivalence check of two ways of running the same seeds: for each output, the mean paired
 * difference plus two standard errors must lie within a tolerance that matters to a user. It fails
 * for a bias of that size, not for noise (used where a speed-up changes the bytes but must keep the
 * distribution).
 */
final class PairedEquivalence {

  /** An output, its tolerance, and whether the tolerance is relative to the reference mean. */
  record Output(String key, double tolerance, boolean relative) {}

  private PairedEquivalence() {}

  /**
   * The run summaries of one scenario per seed, run in parallel, one thread each, in seed order.
   */
  @SuppressWarnings("unchecked")
  static Map<String, Double>[] summaries(long[] seeds, LongFunction<Scenario> scenario) {
    return LongStream.of(seeds)
        .parallel()
        .mapToObj(
            seed -> {
              try (Simulation sim =
                  Simulation.create(scenario.apply(seed), 1, ProgressListener.none())) {
                return sim.run(ProgressListener.none()).summary();
              }
            })
        .toArray(Map[]::new);
  }

  /**
   * @param label printed with each line of the report
   * @param reference the summaries of the reference way, one per seed
   * @param candidate the other way's, for the same seeds in the same order
   */
  static void check(
      String label,
      Map<String, Double>[] reference,
      Map<String, Double>[] candidate,
      Output... outputs) {
    for (Output output : outputs) {
      String key = output.key();
      SummaryStatistics difference = new SummaryStatistics();
      SummaryStatistics between = new SummaryStatistics();
      for (int s = 0; s < reference.length; s++) {
        difference.addValue(candidate[s].get(key) - reference[s].get(key));
        between.addValue(reference[s].get(key));
      }
      double mean = difference.getMean();
      double standardError = difference.getStandardDeviation() / Math.sqrt(reference.length);
      double tolerance =
          output.relative() ? output.tolerance() * Math.abs(between.getMean()) : output.tolerance();
      String report =
          String.format(
              "%s: mean paired difference %.4g (standard error %.3g, tolerance %.3g),"
                  + " reference mean %.4g, sd between seeds %.3g",
              key,
              mean,
              standardError,
              tolerance,
              between.getMean(),
              between.getStandardDeviation());
      System.out.println("[" + label + "] " + report);
      assertTrue(Math.abs(mean) + 2 * standardError <= tolerance, report);
    }
  }
}
