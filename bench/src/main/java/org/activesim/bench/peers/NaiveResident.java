package org.activesim.bench.peers;

import java.util.ArrayList;
import java.util.List;
import org.activesim.core.Rates;

/**
 * One resident of the naive baseline: an object with fields and a {@code List} of its contacts, the
 * way a first object-oriented version of the model would be written. The rule is ActiveSim's {@code
 * ResidentDynamics} (MODEL.md §3), with the same operations in the same order as the kernel so the
 * hazards are identical. Tie weights are a {@code float[]} parallel to the contact list (a boxed
 * {@code List<Float>} was not used: it would make the baseline slower for no reason a reasonable
 * first version would have).
 */
public final class NaiveResident {
  private final RuleParameters rule;
  final int cell;
  final float motivationFactor;
  int level;
  int nextLevel;
  int weeksInLevel;
  boolean enteredUp;
  boolean member;
  boolean referralEngaged;
  boolean bike;
  boolean champion;
  final List<NaiveResident> contacts = new ArrayList<>();
  float[] weights = new float[0];

  NaiveResident(RuleParameters rule, int cell, float motivationFactor) {
    this.rule = rule;
    this.cell = cell;
    this.motivationFactor = motivationFactor;
  }

  /** Decides the level for the end of the week from the uniform u (levels read, not written). */
  void decide(double u) {
    double pUp = level < 2 ? Rates.probability(upHazard()) : 0;
    nextLevel = level;
    if (u < pUp) {
      nextLevel = level + 1;
    } else if (level > 0 && u < pUp + Rates.probability(downHazard())) {
      nextLevel = level - 1;
    }
  }

  /** Weighted share of contacts more active than this resident (champions weigh more). */
  public double peerUp() {
    float sum = 0;
    float higher = 0;
    for (int k = 0; k < contacts.size(); k++) {
      NaiveResident j = contacts.get(k);
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
