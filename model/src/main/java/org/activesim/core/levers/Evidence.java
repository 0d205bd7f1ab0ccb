package org.activesim.core.levers;

import java.util.Arrays;

/**
 * The {@code evidence[programme, place]} stock (MODEL.md §2, §5): what evaluations have found so
 * far about one programme in each place.
 *
 * <p>Each evaluation period's estimate (a difference in the share moved out of inactivity,
 * participants minus comparison) is pooled with the earlier ones by inverse-variance weighting, the
 * fixed-effect meta-analysis an evaluator would use to combine reports. The evidence read by the
 * rule is the pooled z statistic, estimate over standard error. A deep dive replaces what was
 * there.
 */
final class Evidence {
  private final double[] weight;
  private final double[] weightedSum;
  private final int[] evaluations;

  Evidence(int places) {
    weight = new double[places];
    weightedSum = new double[places];
    evaluations = new int[places];
  }

  /** Adds one period's estimate and its standard error (&gt; 0). */
  void add(int place, double estimate, double standardError) {
    double w = 1 / (standardError * standardError);
    weight[place] += w;
    weightedSum[place] += w * estimate;
    evaluations[place]++;
  }

  /** Replaces the place's evidence with one estimate (a deep dive). */
  void replace(int place, double estimate, double standardError) {
    weight[place] = 0;
    weightedSum[place] = 0;
    add(place, estimate, standardError);
    evaluations[place] = 1;
  }

  /** Pooled z statistic of a place; NaN before its first evaluation. */
  double z(int place) {
    return evaluations[place] == 0 ? Double.NaN : weightedSum[place] / Math.sqrt(weight[place]);
  }

  /** Evaluations that have reported on a place. */
  int evaluations(int place) {
    return evaluations[place];
  }

  @Override
  public String toString() {
    return "Evidence" + Arrays.toString(evaluations);
  }
}
