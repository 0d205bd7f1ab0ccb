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
 * and the end of a relapse window (to tighten it); at the end of the burn-in, whose last step
 * changes the peer references, every bound is computed afresh. Joining or leaving a group, a
 * referral's engagement and a bike multiply the resident's hazards by known factors, so those
 * events raise the code by as many steps instead ({@link Residents#joinedGroup}). Between events
 * the bound stays valid because it is taken at the habit factor's largest value over all later
 * weeks and at the relapse hazard's largest. What can still rise is the same for every resident of
 * a cell and level: the up-scale, {@code u0[cell, L]} times the cell's weekly up-factor
 * (environment, awareness), and the down-scale {@code d0[L]} (the burn-in's re-fits). A bound is
 * linear in them, so {@link #weekThresholds} scales the whole table by the largest rise of any of
 * them above its lowest value since the bounds were last cleared (a cell whose scale rose too far
 * is cleared alone); every value a bound was computed with has been seen ({@link #observe}), so
 * none lies below those floors.
 *
 * <p>The test {@code u ≥ threshold[code]} only ever skips uniforms at or above the decision's own
 * first bound, so the outcome is the full rule's for every uniform: with one uniform per resident
 * results do not change, byte for byte ({@code TunedKernelGoldenTest}, {@code MoveBoundsTest}).
 * {@link SkipAhead} also uses the codes to choose whose uniforms to draw.
 */
final class MoveBounds {

  /** The code of a bound not yet computed (or cleared): treated as +∞. */
  static final byte UNKNOWN = (byte) 255;

  /** The code of +∞: a bound that lets every uniform through. */
  static final int UNBOUNDED_CODE = 254;

  private static final double SMALLEST = 1e-7;
  private static final double STEP = Math.log(1e7) / 253;

  /**
   * Relative margin on every bound: covers the rounding of the products (relative errors near
   * 1e-16) many times over, and the decision's own margin of 1e-9.
   */
  private static final double MARGIN = 1e-6;

  /**
   * When any scale has risen by more than this since all bounds were cleared, clear them again: the
   * scaled table would otherwise let too many residents through (numerical).
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

  /** Each resident's calibration cell. */
  private final int[] cell;

  /** Cells whose residents' bounds this week's thresholds clear (scratch). */
  private final boolean[] clearCell;

  /**
   * Lowest value of each scale since the bounds were last cleared: {@code cellUpFactor[c] · u0[2c +
   * L]} at index {@code 2c + L}, then {@code d0[1]}, {@code d0[2]}.
   */
  private final double[] floor;

  /** The scales now, in {@link #floor}'s order (scratch). */
  private final double[] now;

  /** This week's thresholds: {@code VALUE[k]} times the largest rise of any scale. */
  private final double[] thresholds = new double[256];

  private boolean clearPending = true;

  MoveBounds(byte[] codes, int[] cell, int cells) {
    this.codes = codes;
    this.cell = cell;
    this.clearCell = new boolean[cells];
    this.floor = new double[2 * cells + 2];
    this.now = new double[floor.length];
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

  /**
   * Code steps that cover a bound's rise by a factor f: the code k + steps stands for at least f
   * times what k does. 0 for f ≤ 1.
   */
  static int steps(double f) {
    return f > 1 ? (int) Math.ceil(Math.log(f) / STEP) : 0;
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

  /**
   * Notes the scales as they are now, before any bound is computed with them: call whenever {@code
   * u0} or {@code d0} change (the burn-in's Newton steps), so that the floors stay below every
   * value a bound was computed with.
   */
  void observe(double[] upScale, double[] d0) {
    if (!clearPending) {
      fill(upScale, d0);
      for (int k = 0; k < floor.length; k++) {
        floor[k] = Math.min(floor[k], now[k]);
      }
    }
  }

  /**
   * Takes the scales now as the floors, with no rise: the caller has just computed every resident's
   * bound at these scales ({@link ResidentDynamics#refreshMoveBounds}).
   */
  void rebase(double[] upScale, double[] d0) {
    fill(upScale, d0);
    System.arraycopy(now, 0, floor, 0, floor.length);
    clearPending = false;
  }

  /**
   * The thresholds for a week with the given scales: {@code u ≥ thresholds[code]} means no move.
   * Call once a week, before the resident phase, after the up-factors are set. A cell whose
   * up-scale rose by more than {@link #MAX_RISE} has its residents' bounds cleared (the burn-in's
   * re-fits move a small cell's scale by up to 4×); a down-scale that did clears them all.
   */
  double[] weekThresholds(double[] upScale, double[] d0) {
    observe(upScale, d0);
    double rise = plan(upScale, d0, clearCell);
    if (rise == Double.POSITIVE_INFINITY) {
      Arrays.fill(codes, UNKNOWN);
      rebase(upScale, d0);
      rise = 1;
    } else if (anyTrue(clearCell)) {
      for (int c = 0; c < clearCell.length; c++) {
        if (clearCell[c]) {
          floor[2 * c] = now[2 * c];
          floor[2 * c + 1] = now[2 * c + 1];
        }
      }
      for (int i = 0; i < codes.length; i++) {
        if (clearCell[cell[i]]) {
          codes[i] = UNKNOWN;
        }
      }
    }
    double scale = rise * (1 + MARGIN);
    for (int k = 0; k < 256; k++) {
      thresholds[k] = VALUE[k] * scale;
    }
    return thresholds;
  }

  /**
   * The factor by which the next week's thresholds will scale the known bounds of a cell's
   * residents, or +∞ if they will be cleared; changes nothing (for tests).
   */
  double riseFor(int c, double[] upScale, double[] d0) {
    boolean[] clear = new boolean[clearCell.length];
    double rise = plan(upScale, d0, clear);
    return clear[c] ? Double.POSITIVE_INFINITY : rise;
  }

  /**
   * What the next thresholds do, from the floors and the scales now, without changing either: marks
   * the cells to clear and returns the largest rise of any other scale above its floor (at least
   * 1), or +∞ to clear every bound.
   */
  private double plan(double[] upScale, double[] d0, boolean[] clear) {
    if (clearPending) {
      return Double.POSITIVE_INFINITY;
    }
    fill(upScale, d0);
    double rise = 1;
    for (int c = 0; c < clear.length; c++) {
      double cellRise =
          Math.max(
              risen(now[2 * c], Math.min(floor[2 * c], now[2 * c])),
              risen(now[2 * c + 1], Math.min(floor[2 * c + 1], now[2 * c + 1])));
      clear[c] = !(cellRise <= MAX_RISE); // NaN too
      if (!clear[c]) {
        rise = Math.max(rise, cellRise);
      }
    }
    for (int k = 2 * clear.length; k < floor.length; k++) {
      double downRise = risen(now[k], Math.min(floor[k], now[k]));
      if (!(downRise <= MAX_RISE)) {
        return Double.POSITIVE_INFINITY;
      }
      rise = Math.max(rise, downRise);
    }
    return rise;
  }

  private static boolean anyTrue(boolean[] a) {
    for (boolean b : a) {
      if (b) {
        return true;
      }
    }
    return false;
  }

  /** {@code value / floor}, +∞ for a scale that rose from 0, 1 for one that stayed at 0. */
  private static double risen(double value, double floor) {
    return value <= floor ? 1 : floor > 0 ? value / floor : Double.POSITIVE_INFINITY;
  }

  private void fill(double[] upScale, double[] d0) {
    int n = upScale.length;
    System.arraycopy(upScale, 0, now, 0, n);
    now[n] = d0[1];
    now[n + 1] = d0[2];
  }
}
