package org.activesim.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;

/**
 * Morris elementary effects (Morris 1991, Technometrics 33:161; μ* of Campolongo, Cariboni and
 * Saltelli 2007, Environ. Model. Softw. 22:1509). Each of r trajectories starts at a random point
 * of a p-level grid in the unit cube and moves one parameter at a time, in random order, by Δ = p /
 * (2(p − 1)) — up if that stays in the cube, down otherwise — so k + 1 points give one elementary
 * effect per parameter: EE = Δy / Δu in output units per whole unit range. μ* (mean |EE|) ranks
 * importance, σ (standard deviation of EE) flags non-linearity or interactions.
 *
 * <p>Cost r(k + 1) runs. Trajectories are not optimised for spread (Campolongo's selection from a
 * larger pool) — a choice for simplicity; with the default r = 10 the ranking of the important
 * parameters is what matters. The design depends only on the random generator given.
 */
public final class Morris {

  /** Default grid levels (Morris's p; even, so that Δ = p / (2(p − 1)) keeps levels balanced). */
  public static final int DEFAULT_LEVELS = 4;

  private Morris() {}

  /** r trajectories of k + 1 points each; rows t(k + 1) … t(k + 1) + k belong to trajectory t. */
  public static Design design(
      List<Parameter> parameters, int trajectories, int levels, UniformRandomProvider rng) {
    int k = parameters.size();
    if (trajectories < 2) {
      throw new IllegalArgumentException("need at least 2 trajectories, got " + trajectories);
    }
    if (levels < 2 || levels % 2 != 0) {
      throw new IllegalArgumentException("levels must be even and >= 2, got " + levels);
    }
    double delta = delta(levels);
    double[][] points = new double[trajectories * (k + 1)][];
    for (int t = 0; t < trajectories; t++) {
      double[] x = new double[k];
      for (int i = 0; i < k; i++) {
        x[i] = rng.nextInt(levels) / (double) (levels - 1);
      }
      int[] order = PermutationSampler.natural(k);
      PermutationSampler.shuffle(rng, order);
      int row = t * (k + 1);
      points[row] = x.clone();
      for (int j = 0; j < k; j++) {
        int i = order[j];
        x[i] = x[i] + delta <= 1 + 1e-12 ? x[i] + delta : x[i] - delta;
        points[row + j + 1] = x.clone();
      }
    }
    return new Design(parameters, points);
  }

  /** Δ of a p-level grid. */
  static double delta(int levels) {
    return levels / (2.0 * (levels - 1));
  }

  /**
   * One parameter's screening measures.
   *
   * @param parameter its name
   * @param mu mean elementary effect (signed)
   * @param muStar mean |EE| with a bootstrap 95% interval over trajectories
   * @param sigma standard deviation of the elementary effects
   */
  public record Effect(String parameter, double mu, Interval95 muStar, double sigma) {}

  /**
   * Effects from the output at each design row (the mean over replicates), in parameter order.
   *
   * @param bootstrap resamples of trajectories for the μ* interval
   * @param rng for the bootstrap
   */
  public static List<Effect> analyse(
      Design design, double[] y, int bootstrap, UniformRandomProvider rng) {
    int k = design.parameters().size();
    int r = design.size() / (k + 1);
    if (y.length != design.size() || r * (k + 1) != design.size()) {
      throw new IllegalArgumentException("outputs must match a trajectory design");
    }
    double[][] ee = elementaryEffects(design, y, k, r);
    List<Effect> effects = new ArrayList<>();
    int[][] resamples = Bootstrap.indices(r, bootstrap, rng);
    for (int i = 0; i < k; i++) {
      double[] e = ee[i];
      double[] abs = new double[r];
      for (int t = 0; t < r; t++) {
        abs[t] = Math.abs(e[t]);
      }
      double[] boot = new double[resamples.length];
      for (int b = 0; b < resamples.length; b++) {
        double s = 0;
        for (int t : resamples[b]) {
          s += abs[t];
        }
        boot[b] = s / r;
      }
      double muStar = Stats.mean(abs);
      effects.add(
          new Effect(
              design.parameters().get(i).name(),
              Stats.mean(e),
              Stats.percentile(muStar, boot),
              Math.sqrt(Stats.variance(e))));
    }
    return effects;
  }

  /** ee[parameter][trajectory]. */
  private static double[][] elementaryEffects(Design design, double[] y, int k, int r) {
    double[][] ee = new double[k][r];
    for (int t = 0; t < r; t++) {
      int row = t * (k + 1);
      for (int j = 0; j < k; j++) {
        double[] a = design.unitPoints()[row + j];
        double[] b = design.unitPoints()[row + j + 1];
        int moved = -1;
        for (int i = 0; i < k; i++) {
          if (a[i] != b[i]) {
            moved = i;
          }
        }
        if (moved < 0) {
          throw new IllegalArgumentException("consecutive trajectory points must differ");
        }
        ee[moved][t] = (y[row + j + 1] - y[row + j]) / (b[moved] - a[moved]);
      }
    }
    return ee;
  }
}
