package org.activesim.core.levers;

import java.util.Arrays;

/**
 * The spending ledger (MODEL.md §4: "every lever books its spending, week by week, to its own
 * ledger line"): £ per lever and slot, where a slot is a place or, at index {@code places},
 * spending that belongs to no single place (county-wide running costs and campaigns).
 *
 * <p>It keeps the spending since the last recorded week (for the time series) and the run's total.
 * Amounts are in real pounds: a lever that acts through agents multiplies by the scale.
 */
public final class Ledger {
  private final int levers;
  private final int slots;
  private final double[] sinceRecord;
  private final double[] total;

  public Ledger(int levers, int places) {
    this.levers = levers;
    this.slots = places + 1;
    this.sinceRecord = new double[levers * slots];
    this.total = new double[levers * slots];
  }

  /** Books spending of a lever in a slot (place index, or {@link #county()}). */
  public void book(int lever, int slot, double gbp) {
    if (!(gbp >= 0) || Double.isInfinite(gbp)) {
      throw new IllegalArgumentException("spending must be finite and >= 0, was " + gbp);
    }
    sinceRecord[lever * slots + slot] += gbp;
    total[lever * slots + slot] += gbp;
  }

  /** The county-wide slot. */
  public int county() {
    return slots - 1;
  }

  /** Number of lever lines. */
  public int levers() {
    return levers;
  }

  /** Spending since the last {@link #clearSinceRecord()}. */
  public double sinceRecord(int lever, int slot) {
    return sinceRecord[lever * slots + slot];
  }

  /** Spending of a lever over the run so far, every slot. */
  public double total(int lever) {
    double sum = 0;
    for (int s = 0; s < slots; s++) {
      sum += total[lever * slots + s];
    }
    return sum;
  }

  /** Spending of every lever over the run so far. */
  public double total() {
    double sum = 0;
    for (int l = 0; l < levers; l++) {
      sum += total(l);
    }
    return sum;
  }

  /** Starts a new recording interval. */
  public void clearSinceRecord() {
    Arrays.fill(sinceRecord, 0);
  }
}
