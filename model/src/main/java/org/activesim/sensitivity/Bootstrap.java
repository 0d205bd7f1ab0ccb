package org.activesim.sensitivity;

import org.apache.commons.rng.UniformRandomProvider;

/** Resampling with replacement, from an injected generator so that intervals are reproducible. */
final class Bootstrap {

  private Bootstrap() {}

  /** {@code resamples} arrays of n indices in [0, n), drawn with replacement. */
  static int[][] indices(int n, int resamples, UniformRandomProvider rng) {
    int[][] idx = new int[resamples][n];
    for (int b = 0; b < resamples; b++) {
      for (int i = 0; i < n; i++) {
        idx[b][i] = rng.nextInt(n);
      }
    }
    return idx;
  }
}
