package org.activesim.output;

import org.activesim.core.Recording;

/** How quintile indices are written in files and legends. */
final class Quintiles {

  /** Quintile 0 is the most deprived fifth of areas (IMD quintile 1). */
  static final int COUNT = 5;

  private Quintiles() {}

  /** {@code Q1}..{@code Q5}, or {@code ALL} for {@link Recording#ALL_QUINTILES}. */
  static String code(int quintile) {
    if (quintile == Recording.ALL_QUINTILES) {
      return "ALL";
    }
    if (quintile < 0 || quintile >= COUNT) {
      throw new IllegalArgumentException("no quintile " + quintile);
    }
    return "Q" + (quintile + 1);
  }

  /** Legend label: the code, with the direction of deprivation spelled out at both ends. */
  static String label(int quintile) {
    String code = code(quintile);
    if (quintile == 0) {
      return code + " (most deprived)";
    }
    if (quintile == COUNT - 1) {
      return code + " (least deprived)";
    }
    return code;
  }
}
