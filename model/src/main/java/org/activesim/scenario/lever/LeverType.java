package org.activesim.scenario.lever;

/** The lever types of MODEL.md §4, with the key a scenario file uses ({@code type: ...}). */
public enum LeverType {
  ABCD_TRAINING("abcdTraining"),
  MICROGRANTS("microgrants"),
  HARDWIRING("hardwiring"),
  POLICY_INFLUENCE("policyInfluence"),
  ACTIVE_ENVIRONMENT("activeEnvironment"),
  ACTIVE_TRAVEL("activeTravel"),
  SOCIAL_MARKETING("socialMarketing"),
  PARTNERSHIP("partnership"),
  CHAMPIONS("champions"),
  EVALUATION("evaluation");

  private final String key;

  LeverType(String key) {
    this.key = key;
  }

  /** The scenario key, e.g. {@code abcdTraining}. */
  public String key() {
    return key;
  }

  /** The type with this key, or null. */
  public static LeverType ofKey(String key) {
    for (LeverType t : values()) {
      if (t.key.equals(key)) {
        return t;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return key;
  }
}
