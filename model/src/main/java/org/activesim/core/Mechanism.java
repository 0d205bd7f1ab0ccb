package org.activesim.core;

import java.util.Locale;

/**
 * The terms of the up-hazard (MODEL.md §3), for mechanism attribution (MODEL.md §6): each upward
 * transition is credited to one mechanism by the attributable-fraction split of {@code
 * ResidentDynamics.mechanism}, or to the baseline for the share of moves that would have happened
 * without any raising term. This is the raw material of the realist context–mechanism–outcome table
 * (Pawson &amp; Tilley, domain-facts §8).
 */
public enum Mechanism {
  BASELINE,
  PEER,
  GROUP,
  REFERRAL,
  ENVIRONMENT,
  TRAVEL,
  AWARENESS,
  MOTIVATION;

  public static final int COUNT = values().length;

  private static final Mechanism[] BY_ORDINAL = values();

  /** The constant of an ordinal. */
  public static Mechanism of(int ordinal) {
    return BY_ORDINAL[ordinal];
  }

  /** The name written in {@code mechanisms.csv}, e.g. {@code peer}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
