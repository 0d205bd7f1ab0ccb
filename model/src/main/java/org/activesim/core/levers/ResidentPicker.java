package org.activesim.core.levers;

import java.util.function.IntPredicate;
import org.activesim.core.Residents;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws targeted residents of a place uniformly, by rejection against a condition that changes week
 * to week (no bike yet, in no group, below the guideline). Lists of matching residents per place
 * are built once, from fixed attributes.
 */
final class ResidentPicker {
  /** Draws before a place counts as having nobody left to serve this week. */
  private static final int ATTEMPTS = 64;

  private final int[][] byPlace;

  ResidentPicker(TargetCells cells, Residents r) {
    this.byPlace = cells.residentsByPlace(r);
  }

  /** Matching residents of a place (fixed attributes), in index order. */
  int[] of(int place) {
    return byPlace[place];
  }

  /** A uniformly drawn resident of the place who passes {@code now}, or -1. */
  int pick(int place, IntPredicate now, UniformRandomProvider rng) {
    int[] list = byPlace[place];
    if (list.length == 0) {
      return -1;
    }
    for (int a = 0; a < ATTEMPTS; a++) {
      int i = list[rng.nextInt(list.length)];
      if (now.test(i)) {
        return i;
      }
    }
    return -1;
  }

  /** A place drawn with the given shares (summing to 1), or -1 if all are zero. */
  static int place(double[] shares, UniformRandomProvider rng) {
    double u = rng.nextDouble();
    int last = -1;
    for (int p = 0; p < shares.length; p++) {
      if (shares[p] > 0) {
        last = p;
        u -= shares[p];
        if (u < 0) {
          return p;
        }
      }
    }
    return last;
  }
}
