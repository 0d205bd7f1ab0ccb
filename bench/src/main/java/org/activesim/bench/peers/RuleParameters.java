package org.activesim.bench.peers;

import org.activesim.core.Cells;
import org.activesim.core.HazardModel;
import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.scenario.DynamicsSpec;
import org.activesim.scenario.NetworkSpec;

/**
 * The constants of ActiveSim's weekly resident rule (MODEL.md §3, {@code ResidentDynamics}), copied
 * from a calibrated {@link Simulation} so that the peer implementations (MASON and naive) step the
 * same rule from the same state.
 *
 * <p>Everything is read through the model's public API: {@code u0}, {@code d0} and {@code
 * peerUp_ref} from {@link HazardModel}, the per-cell up factor from {@link
 * Simulation#cellUpFactor}. The habit table, the relapse hazard {@code K[L]} and the group,
 * referral and travel multipliers are recomputed from the {@link DynamicsSpec} with the very
 * expressions of {@code HazardModel}'s constructor, so they are bit-identical. The per-cell up
 * factor is frozen at the copy: the peers have no stocks or levers, so it would stay constant in
 * them anyway (it is 1 at the end of the burn-in of a scenario whose stocks have not moved).
 */
public final class RuleParameters {
  /** Up-hazard scale per (cell, level 0|1): index {@code cell * 2 + level}. */
  public final double[] u0;

  /** Down-hazard scale per level (1 and 2). */
  public final double[] d0 = new double[3];

  /** Down-hazard scale of recent movers per level (the relapse hazard K[L]). */
  public final double[] relapseHazard = new double[3];

  /** peerUp_ref per level. */
  public final double[] peerRef = new double[3];

  /** Habit factor per week in level, {@code 0..HABIT_TABLE_WEEKS}. */
  public final float[] habit;

  /** {@code exp(b_env (E − E_ref) + b_aware W)} per calibration cell. */
  public final double[] cellUpFactor;

  public final double bPeer;
  public final double bMotivation;
  public final double groupUp;
  public final double groupDown;
  public final double referralUp;
  public final double travelUp;
  public final int relapseWindowWeeks;
  public final float championWeight;

  private RuleParameters(Simulation sim, NetworkSpec network) {
    if (network.homogeneousMixing()) {
      throw new IllegalArgumentException("the peers implement network peers only, not mixing");
    }
    HazardModel h = sim.hazards();
    DynamicsSpec spec = h.spec();
    Residents r = sim.residents();
    int cells = Cells.count(r.places());
    u0 = new double[cells * 2];
    cellUpFactor = new double[cells];
    for (int c = 0; c < cells; c++) {
      u0[c * 2] = h.upScale(c, 0);
      u0[c * 2 + 1] = h.upScale(c, 1);
      cellUpFactor[c] = sim.cellUpFactor(c);
    }
    for (int l = 0; l < 3; l++) {
      peerRef[l] = h.peerReference(l);
    }
    d0[1] = h.downScale(1);
    d0[2] = h.downScale(2);
    habit = new float[HazardModel.HABIT_TABLE_WEEKS + 1];
    for (int w = 0; w <= HazardModel.HABIT_TABLE_WEEKS; w++) {
      habit[w] = (float) Math.pow(1 + w / spec.habitScaleWeeks(), -spec.bHabit());
    }
    double windowHabit = 0;
    for (int w = 0; w < spec.relapseWindowWeeks(); w++) {
      windowHabit += habit[Math.min(w, HazardModel.HABIT_TABLE_WEEKS)];
    }
    double k = -Math.log1p(-spec.relapseShare()) / windowHabit;
    relapseHazard[1] = k;
    relapseHazard[2] = k;
    bPeer = spec.bPeer();
    bMotivation = spec.bMotivation();
    groupUp = Math.exp(spec.bGroup());
    groupDown = Math.exp(-spec.cGroup());
    referralUp = Math.exp(spec.bReferral());
    travelUp = Math.exp(spec.bTravel());
    relapseWindowWeeks = spec.relapseWindowWeeks();
    championWeight = (float) network.championWeight();
  }

  /**
   * Copies the rule's constants from a simulation.
   *
   * @param network the network section of the scenario the simulation was built from (the champion
   *     weight; homogeneous mixing is refused)
   */
  public static RuleParameters of(Simulation sim, NetworkSpec network) {
    return new RuleParameters(sim, network);
  }

  /** Motivation factor {@code exp(b_mot (m − 0.5))}, as a float like the kernel keeps it. */
  public float motivationFactor(float motivation) {
    return (float) Math.exp(bMotivation * (motivation - 0.5));
  }

  /** Habit factor for a number of weeks in the level. */
  public float habit(int weeks) {
    return habit[Math.min(weeks, HazardModel.HABIT_TABLE_WEEKS)];
  }

  /**
   * Weekly up-hazard of a resident below ACTIVE (MODEL.md §3), with the kernel's operations in the
   * kernel's order so the value is the same to the last bit; only {@code peerUp} depends on how a
   * peer stores its contacts.
   */
  public double upHazard(
      int cell,
      int level,
      float motivationFactor,
      double peerUp,
      boolean member,
      boolean referralEngaged,
      boolean bike) {
    double m = motivationFactor * cellUpFactor[cell];
    if (bPeer != 0) {
      m *= Math.exp(bPeer * (peerUp - peerRef[level]));
    }
    if (member) {
      m *= groupUp;
    }
    if (referralEngaged) {
      m *= referralUp;
    }
    if (bike) {
      m *= travelUp;
    }
    return u0[cell * 2 + level] * m;
  }

  /** Weekly down-hazard of a resident above INACTIVE (habit, group, relapse; MODEL.md §3). */
  public double downHazard(int level, int weeksInLevel, boolean member, boolean enteredUp) {
    double m = habit(weeksInLevel);
    if (member) {
      m *= groupDown;
    }
    boolean recentlyUp = enteredUp && weeksInLevel < relapseWindowWeeks;
    return (recentlyUp ? relapseHazard[level] : d0[level]) * m;
  }
}
