package org.activesim.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * One-at-a-time design (a tornado): every parameter at its median (the centre), then each in turn
 * at its minimum and its maximum with the others at their medians. 2k + 1 points for k parameters;
 * row 0 is the centre, rows 2i+1 and 2i+2 parameter i low and high.
 *
 * <p>It shows each parameter's swing around one point only and misses interactions; Morris and
 * Sobol explore the whole space. Intervals come from the replicates: with common random numbers a
 * swing is a paired difference per replicate, so the Monte Carlo noise shared by both ends cancels.
 */
public final class OneAtATime {

  private OneAtATime() {}

  /** The 2k + 1 points. */
  public static Design design(List<Parameter> parameters) {
    int k = parameters.size();
    double[][] points = new double[2 * k + 1][k];
    for (double[] p : points) {
      java.util.Arrays.fill(p, 0.5);
    }
    for (int i = 0; i < k; i++) {
      points[2 * i + 1][i] = 0;
      points[2 * i + 2][i] = 1;
    }
    return new Design(parameters, points);
  }

  /**
   * One parameter's effect.
   *
   * @param parameter its name
   * @param lowValue the parameter's minimum
   * @param highValue its maximum
   * @param centre the output at the centre (mean over replicates)
   * @param low output at the minimum minus the centre: mean paired difference and 95% t-interval
   * @param high output at the maximum minus the centre, likewise
   */
  public record Effect(
      String parameter,
      double lowValue,
      double highValue,
      double centre,
      Interval95 low,
      Interval95 high) {

    /** |high − low|, the length of the tornado bar. */
    public double swing() {
      return Math.abs(high.estimate() - low.estimate());
    }
  }

  /**
   * Effects from outputs y[row][replicate] (replicate r of every row ran with the same seed),
   * sorted by swing, largest first.
   */
  public static List<Effect> analyse(Design design, double[][] y) {
    int k = design.parameters().size();
    if (y.length != 2 * k + 1) {
      throw new IllegalArgumentException("need " + (2 * k + 1) + " rows, got " + y.length);
    }
    List<Effect> effects = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      Parameter p = design.parameters().get(i);
      effects.add(
          new Effect(
              p.name(),
              p.value(0),
              p.value(1),
              Stats.mean(y[0]),
              Stats.pairedDifference(y[2 * i + 1], y[0]),
              Stats.pairedDifference(y[2 * i + 2], y[0])));
    }
    effects.sort((a, b) -> Double.compare(b.swing(), a.swing()));
    return effects;
  }
}
