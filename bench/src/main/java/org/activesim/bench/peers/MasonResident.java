package org.activesim.bench.peers;

import org.activesim.core.Rates;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One resident as a MASON agent: a {@link Steppable} holding its own state and object references to
 * its contacts, as MASON models are usually written (cf. {@code sim.app.heatbugs.HeatBug}).
 *
 * <p>{@link #step} computes the resident's level for the end of the week from the levels its
 * contacts had at the start of it, with one uniform from the model's {@code MersenneTwisterFast};
 * {@link MasonActivity.Commit}, the last entry of the week's {@code Sequence}, then applies every
 * resident's decision (synchronous update). The rule is ActiveSim's {@code ResidentDynamics}
 * (MODEL.md §3), written with the same operations in the same order so the hazards are identical.
 */
public final class MasonResident implements Steppable {
  private static final long serialVersionUID = 1L;

  private final RuleParameters rule;
  final int cell;
  final float motivationFactor;
  byte level;
  byte nextLevel;
  int weeksInLevel;
  boolean enteredUp;
  boolean member;
  boolean referralEngaged;
  boolean bike;
  boolean champion;
  MasonResident[] contacts = new MasonResident[0];
  float[] weights = new float[0];

  MasonResident(RuleParameters rule, int cell, float motivationFactor) {
    this.rule = rule;
    this.cell = cell;
    this.motivationFactor = motivationFactor;
  }

  @Override
  public void step(SimState state) {
    double u = state.random.nextDouble();
    double pUp = level < 2 ? Rates.probability(upHazard()) : 0;
    nextLevel = level;
    if (u < pUp) {
      nextLevel = (byte) (level + 1);
    } else if (level > 0 && u < pUp + Rates.probability(downHazard())) {
      nextLevel = (byte) (level - 1);
    }
  }

  /** Weighted share of contacts more active than this resident (champions weigh more). */
  public double peerUp() {
    float sum = 0;
    float higher = 0;
    for (int k = 0; k < contacts.length; k++) {
      MasonResident j = contacts[k];
      float w = j.champion ? weights[k] * rule.championWeight : weights[k];
      sum += w;
      if (j.level > level) {
        higher += w;
      }
    }
    return sum > 0 ? higher / sum : rule.peerRef[level];
  }

  /** Weekly up-hazard at the current level (below ACTIVE). */
  public double upHazard() {
    return rule.upHazard(cell, level, motivationFactor, peerUp(), member, referralEngaged, bike);
  }

  /** Weekly down-hazard at the current level (above INACTIVE). */
  public double downHazard() {
    return rule.downHazard(level, weeksInLevel, member, enteredUp);
  }

  /** Applies this week's decision: habit time, entry direction, champion status. */
  void commit() {
    if (nextLevel != level) {
      weeksInLevel = 0;
      enteredUp = nextLevel > level;
      if (nextLevel == 0) {
        champion = false;
      }
      level = nextLevel;
    } else if (weeksInLevel < Integer.MAX_VALUE) {
      weeksInLevel++;
    }
  }

  /** Activity level: 0 inactive, 1 fairly active, 2 active. */
  public int level() {
    return level;
  }
}
