package org.activesim.core;

import org.activesim.scenario.DynamicsSpec;

/**
 * The calibrated constants of the weekly hazards (MODEL.md §3):
 *
 * <pre>
 * up   = u0[cell, L] · exp(b_peer (peerUp − peerUp_ref[L]) + b_group·member + b_ref·engaged
 *                          + b_env (E − E_ref) + b_travel·bike + b_aware·W + b_mot (m − 0.5))
 * down = d0[L] · (1 + weeksInLevel/26)^(−b_habit) · exp(−c_group·member + c_relapse[L]·recentlyUp)
 * </pre>
 *
 * <p>{@code u0} and {@code d0} are fitted by {@link BaselineCalibration}. The relapse term is
 * written as a hazard of its own: a resident who moved up in the last {@code relapseWindowWeeks}
 * has down-hazard {@code K[L] · habit(w)} with {@code K[L] = −ln(1 − relapseShare) / Σ_{w<window}
 * habit(w)}, so that without other influences {@code relapseShare} of movers drop back within the
 * window (Dishman: about 50% within six months, domain-facts §6). Hence {@code exp(c_relapse[L]) =
 * K[L] / d0[L]}.
 */
public final class HazardModel {

  /** Habit time beyond which the habit factor is held constant (100 years). */
  public static final int HABIT_TABLE_WEEKS = 5200;

  final DynamicsSpec spec;

  /** Up-hazard scale per (cell, level 0|1): index {@code cell * 2 + level}. */
  final double[] u0;

  /** Down-hazard scale per level (index 1 and 2 used). */
  final double[] d0 = new double[3];

  /** Down-hazard scale of recent movers per level (the relapse hazard K[L]). */
  final double[] relapseHazard = new double[3];

  /** peerUp_ref per level: the mean weighted share of more-active contacts at calibration. */
  final double[] peerRef = new double[3];

  /** {@code (1 + w / habitScaleWeeks)^(−b_habit)} for w = 0..HABIT_TABLE_WEEKS. */
  final float[] habit;

  /**
   * {@code max over w' ≥ w of habit[w']}: the largest habit factor a resident can have from week w
   * on without moving (equal to {@code habit} when {@code b_habit ≥ 0}), for {@link MoveBounds}.
   */
  final float[] habitCeiling;

  final double groupUp;
  final double groupDown;
  final double referralUp;
  final double travelUp;

  HazardModel(DynamicsSpec spec, int cells) {
    this.spec = spec;
    this.u0 = new double[cells * 2];
    this.habit = new float[HABIT_TABLE_WEEKS + 1];
    for (int w = 0; w <= HABIT_TABLE_WEEKS; w++) {
      habit[w] = (float) Math.pow(1 + w / spec.habitScaleWeeks(), -spec.bHabit());
    }
    habitCeiling = new float[HABIT_TABLE_WEEKS + 1];
    habitCeiling[HABIT_TABLE_WEEKS] = habit[HABIT_TABLE_WEEKS];
    for (int w = HABIT_TABLE_WEEKS - 1; w >= 0; w--) {
      habitCeiling[w] = Math.max(habit[w], habitCeiling[w + 1]);
    }
    double windowHabit = 0;
    for (int w = 0; w < spec.relapseWindowWeeks(); w++) {
      windowHabit += habit[Math.min(w, HABIT_TABLE_WEEKS)];
    }
    double k = -Math.log1p(-spec.relapseShare()) / windowHabit;
    relapseHazard[1] = k;
    relapseHazard[2] = k;
    groupUp = Math.exp(spec.bGroup());
    groupDown = Math.exp(-spec.cGroup());
    referralUp = Math.exp(spec.bReferral());
    travelUp = Math.exp(spec.bTravel());
  }

  /** Habit factor for a number of weeks in the level. */
  float habit(int weeks) {
    return habit[Math.min(weeks, HABIT_TABLE_WEEKS)];
  }

  /** Whether a resident's relapse term is on. */
  boolean recentlyUp(byte enteredUp, int weeksInLevel) {
    return enteredUp == 1 && weeksInLevel < spec.relapseWindowWeeks();
  }

  /** u0 of a cell and level (0 or 1). */
  public double upScale(int cell, int level) {
    return u0[cell * 2 + level];
  }

  /** d0 of level 1 or 2. */
  public double downScale(int level) {
    return d0[level];
  }

  /** peerUp_ref of a level. */
  public double peerReference(int level) {
    return peerRef[level];
  }

  /** c_relapse of a level: {@code ln(K[L] / d0[L])}. */
  public double relapseCoefficient(int level) {
    return Math.log(relapseHazard[level] / d0[level]);
  }

  /** The dynamics coefficients. */
  public DynamicsSpec spec() {
    return spec;
  }
}
