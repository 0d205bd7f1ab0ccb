package org.activesim.core;

import java.util.Arrays;

/**
 * Cached upper bounds of each resident's weekly move probability, one byte a resident, so that the
 * resident phase can settle most "no move" outcomes from the uniform and one byte, without reading
 * the resident's other state (issue 6: at 1.2e6 residents the decision's loads, not its arithmetic,
 * set the pace).
 *
 * <p>The byte is a code on a log scale: code k in 0..253 stands for {@code 1e-7 · e^(s k)}, s =
 * ln(1e7)/253 (about 6.6% a step), and 254 for +∞; code 255 ({@link #UNKNOWN}) means "not yet
 * known" and also stands for +∞, so that the largest code of a block is unknown if any is. A
 * resident's code is set, rounded up, when the resident's decision is computed in full, and cleared
 * by every event that can raise the bound: a move (the level, habit time and relapse window
 * restart), joining or leaving a group, starting a referral pathway's engagement or a bike loan,
 * and any change of the calibrated scales. Between events the bound stays valid because it is taken
 * at the habit factor's largest value over all later weeks and at the relapse hazard's largest;
 * only the cells' weekly up-factors (environment, awareness) can rise, and {@link #weekThresholds}
 * scales the whole table by the largest rise of any cell since the bounds were last all cleared.
 *
 * <p>The test {@code u ≥ threshold[code]} only ever skips uniforms at or above the decision's own
 * first bound, so the outcome is the full rule's for every uniform: with one uniform per resident
 * results do not change, byte for byte ({@code TunedKernelGoldenTest}, {@code MoveBoundsTest}).
 * {@link SkipAhead} also uses the codes to choose whose uniforms to draw.
 */
final class MoveBounds {

  /** The code of a bound not yet computed (or cleared): treated as +∞. */
  static final byte UNKNOWN = (byte) 255;

  /** {@link #UNKNOWN} as an unsigned code. */
  static final int UNKNOWN_CODE = 255;

  private static final double SMALLEST = 1e-7;
  private static final double STEP = Math.log(1e7) / 253;

  /**
   * Relative margin on every bound: covers the rounding of the products (relative errors near
   * 1e-16) many times over, and the decision's own margin of 1e-9.
   */
  private static final double MARGIN = 1e-6;

  /**
   * When any cell's up-factor has risen by more than this since all bounds were cleared, clear them
   * again: the scaled table would otherwise let too many residents through (numerical).
   */
  private static final double MAX_RISE = 1.2;

  /** The bound that code k stands for. */
  private static final double[] VALUE = new double[256];

  static {
    for (int k = 0; k < 254; k++) {
      VALUE[k] = SMALLEST * Math.exp(STEP * k);
    }
    VALUE[254] = Double.POSITIVE_INFINITY;
    VALUE[255] = Double.POSITIVE_INFINITY;
  }

  private final byte[] codes;

  /** Lowest up-factor of each cell since the bounds were last all cleared. */
  private final double[] cellFloor;

  /** This week's thresholds: {@code VALUE[k]} times the largest rise of any cell's up-factor. */
  private final double[] thresholds = new double[256];

  private boolean clearPending = true;

  MoveBounds(byte[] codes, int cells) {
    this.codes = codes;
    this.cellFloor = new double[cells];
  }

  /** The smallest code whose value is at least {@code p · (1 + margin)}. */
  static byte code(double p) {
    double q = p * (1 + MARGIN);
    if (!(q > SMALLEST)) {
      return q <= SMALLEST ? (byte) 0 : (byte) 254; // NaN: unbounded
    }
    int k = (int) Math.ceil(Math.log(q / SMALLEST) / STEP);
    k = Math.min(Math.max(k, 0), 254);
    while (VALUE[k] < q) {
      k++;
    }
    while (k > 0 && VALUE[k - 1] >= q) {
      k--;
    }
    return (byte) k;
  }

  /** The bound a code stands for (+∞ for {@link #UNKNOWN} and 255). */
  static double value(byte code) {
    return VALUE[code & 0xFF];
  }

  /**
   * The largest code whose threshold this week is at most p, or −1 if none: a resident with a code
   * up to it moves with probability at most p.
   */
  int largestCodeAtMost(double p) {
    int k = -1;
    while (k < 254 && thresholds[k + 1] <= p) {
      k++;
    }
    return k;
  }

  /** The last week's thresholds (a view, for tests). */
  double[] lastThresholds() {
    return thresholds;
  }

  /** Clears every resident's bound before the next week (the scales changed). */
  void clearAll() {
    clearPending = true;
  }

  /**
   * The thresholds for a week whose cells have the given up-factors: {@code u ≥ thresholds[code]}
   * means no move. Call once a week, before the resident phase, after the up-factors are set.
   */
  double[] weekThresholds(double[] cellUpFactor) {
    double rise = 1;
    if (!clearPending) {
      for (int c = 0; c < cellFloor.length; c++) {
        cellFloor[c] = Math.min(cellFloor[c], cellUpFactor[c]);
        rise = Math.max(rise, cellUpFactor[c] / cellFloor[c]);
      }
    }
    if (clearPending || rise > MAX_RISE) {
      Arrays.fill(codes, UNKNOWN);
      System.arraycopy(cellUpFactor, 0, cellFloor, 0, cellFloor.length);
      clearPending = false;
      rise = 1;
    }
    double scale = rise * (1 + MARGIN);
    for (int k = 0; k < 256; k++) {
      thresholds[k] = VALUE[k] * scale;
    }
    return thresholds;
  }
}
