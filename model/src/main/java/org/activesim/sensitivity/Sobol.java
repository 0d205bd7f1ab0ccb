package org.activesim.sensitivity;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Sobol variance-based indices: first-order S_i (the share of output variance explained by
 * parameter i alone) and total ST_i (the share that involves i, interactions included).
 *
 * <p><b>Design</b> (Saltelli 2002, Comput. Phys. Commun. 145:280; Saltelli et al. 2010, 181:259): N
 * points of a 2k-dimensional Sobol quasi-random sequence ({@link SobolSequenceGenerator}, its first
 * point, the origin, skipped) give matrices A (first k columns) and B (last k); for each i, AB_i is
 * A with column i from B. Rows: A (N), B (N), then AB_1 … AB_k (N each): N(k + 2) runs.
 *
 * <p><b>Estimators</b> (Jansen 1999, Comput. Phys. Commun. 117:35, as recommended in Saltelli et
 * al. 2010, table 2): with V the variance of the 2N outputs of A and B, ST_i = mean((f(A) −
 * f(AB_i))²) / 2V and S_i = 1 − mean((f(B) − f(AB_i))²) / 2V (f(B) and f(AB_i) share only x_i).
 * Intervals: bootstrap over the N base rows (percentile, seeded).
 */
public final class Sobol {

  private Sobol() {}

  /** The N(k + 2) points for N base samples. */
  public static Design design(List<Parameter> parameters, int n) {
    int k = parameters.size();
    if (n < 2) {
      throw new IllegalArgumentException("need at least 2 base samples, got " + n);
    }
    if (2 * k > 1000) {
      throw new IllegalArgumentException("at most 500 parameters (Sobol sequence dimension)");
    }
    SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
    sobol.skipTo(1);
    double[][] points = new double[n * (k + 2)][];
    for (int j = 0; j < n; j++) {
      double[] ab = sobol.nextVector();
      double[] a = java.util.Arrays.copyOfRange(ab, 0, k);
      double[] b = java.util.Arrays.copyOfRange(ab, k, 2 * k);
      points[j] = a;
      points[n + j] = b;
      for (int i = 0; i < k; i++) {
        double[] abi = a.clone();
        abi[i] = b[i];
        points[(2 + i) * n + j] = abi;
      }
    }
    return new Design(parameters, points);
  }

  /**
   * One parameter's indices.
   *
   * @param parameter its name
   * @param first S_i with its bootstrap 95% interval
   * @param total ST_i with its bootstrap 95% interval
   */
  public record Indices(String parameter, Interval95 first, Interval95 total) {}

  /**
   * Indices from the output at each design row (the mean over replicates), in parameter order.
   *
   * @param bootstrap resamples of the base rows for the intervals (0 for none: NaN ends)
   */
  public static List<Indices> analyse(
      Design design, double[] y, int bootstrap, UniformRandomProvider rng) {
    int k = design.parameters().size();
    int n = design.size() / (k + 2);
    if (y.length != design.size() || n * (k + 2) != design.size()) {
      throw new IllegalArgumentException("outputs must match a Saltelli design");
    }
    int[] all = new int[n];
    for (int j = 0; j < n; j++) {
      all[j] = j;
    }
    double[][] estimate = estimate(y, k, n, all);
    int[][] resamples = Bootstrap.indices(n, bootstrap, rng);
    double[][][] boot = new double[2][k][resamples.length];
    for (int b = 0; b < resamples.length; b++) {
      double[][] e = estimate(y, k, n, resamples[b]);
      for (int i = 0; i < k; i++) {
        boot[0][i][b] = e[0][i];
        boot[1][i][b] = e[1][i];
      }
    }
    List<Indices> result = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      result.add(
          new Indices(
              design.parameters().get(i).name(),
              interval(estimate[0][i], boot[0][i]),
              interval(estimate[1][i], boot[1][i])));
    }
    return result;
  }

  private static Interval95 interval(double estimate, double[] boot) {
    return boot.length == 0
        ? new Interval95(estimate, Double.NaN, Double.NaN)
        : Stats.percentile(estimate, boot);
  }

  /** {S, ST}[parameter] over the base rows {@code rows} (repeats allowed: a bootstrap). */
  private static double[][] estimate(double[] y, int k, int n, int[] rows) {
    double[] ab = new double[2 * rows.length];
    for (int j = 0; j < rows.length; j++) {
      ab[j] = y[rows[j]];
      ab[rows.length + j] = y[n + rows[j]];
    }
    double v = Stats.variance(ab);
    double[][] s = new double[2][k];
    for (int i = 0; i < k; i++) {
      double first = 0;
      double total = 0;
      for (int j : rows) {
        double fa = y[j];
        double fb = y[n + j];
        double fabi = y[(2 + i) * n + j];
        first += (fb - fabi) * (fb - fabi);
        total += (fa - fabi) * (fa - fabi);
      }
      s[0][i] = 1 - first / rows.length / (2 * v);
      s[1][i] = total / rows.length / (2 * v);
    }
    return s;
  }
}
