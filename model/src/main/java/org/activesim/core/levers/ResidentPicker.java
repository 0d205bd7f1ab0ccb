package org.activesim.core.levers;

import java.util.function.IntPredicate;
import org.activesim.core.Residents;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws targeted residents of a place uniformly, by rejection against a condition that changes week
 * to week (no bike yet, in no group, below the guideline). The matching residents of each place are
 * found once, from fixed attributes, and kept as bits ({@link MatchingResidents}).
 */
final class ResidentPicker {
  /** Draws before a place counts as having nobody left to serve this week. */
  private static final int ATTEMPTS = 64;

  private final MatchingResidents matching;

  ResidentPicker(TargetCells cells, Residents r) {
    this.matching = cells.matchingResidents(r);
  }

  /** Matching residents of each place (fixed attributes), in index order. */
  MatchingResidents matching() {
    return matching;
  }

  /** A uniformly drawn resident of the place who passes {@code now}, or -1. */
  int pick(int place, IntPredicate now, UniformRandomProvider rng) {
    int size = matching.size(place);
    if (size == 0) {
      return -1;
    }
    for (int a = 0; a < ATTEMPTS; a++) {
      int i = matching.get(place, rng.nextInt(size));
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
