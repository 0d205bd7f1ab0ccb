package org.activesim.scenario;

/**
 * Sport England Active Lives activity levels (domain-facts §1 "Definitions"): minutes a week of at
 * least moderate-intensity activity. Stored in the hot loop as the ordinal byte.
 */
public enum ActivityLevel {
  /** Fewer than 30 minutes a week. */
  INACTIVE,
  /** 30 to 149 minutes a week. */
  FAIRLY_ACTIVE,
  /** 150 minutes or more a week (the Chief Medical Officers' guideline). */
  ACTIVE;

  public static final int COUNT = 3;

  private static final ActivityLevel[] BY_ORDINAL = values();

  public static ActivityLevel of(int ordinal) {
    return BY_ORDINAL[ordinal];
  }
}
