package org.activesim.evaluation;

/**
 * One outcome of a comparison (a row name of {@code comparison.csv}) and which direction is a
 * benefit. Levels are a scenario's own values; gains are measured against the baseline replicate of
 * the same seed, so the baseline's own gain is exactly 0.
 */
public enum Outcome {
  INACTIVE_SHARE_END("inactive_share_end", false),
  INACTIVE_SHARE_END_Q1("inactive_share_end_q1", false),
  INACTIVE_SHARE_END_Q2("inactive_share_end_q2", false),
  INACTIVE_SHARE_END_Q3("inactive_share_end_q3", false),
  INACTIVE_SHARE_END_Q4("inactive_share_end_q4", false),
  INACTIVE_SHARE_END_Q5("inactive_share_end_q5", false),
  /** Inactive residents at the end of the baseline minus the scenario's: people moved out. */
  MOVED_OUT_OF_INACTIVITY("moved_out_of_inactivity", true),
  PERSON_YEARS_INACTIVE("person_years_inactive", false),
  PERSON_YEARS_FAIRLY_ACTIVE("person_years_fairly_active", true),
  PERSON_YEARS_ACTIVE("person_years_active", true),
  INEQUALITY_GAP_Q1_Q5_PP_END("inequality_gap_q1_q5_pp_end", false),
  /**
   * Fitted least minus most deprived (negative when the deprived are less active): up is better.
   */
  SLOPE_INDEX_OF_INEQUALITY_PP_END("slope_index_of_inequality_pp_end", true),
  GROUPS_END("groups_end", true),
  TOTAL_COST_GBP("total_cost_gbp", false),
  COST_PER_PERSON_MADE_ACTIVE_GBP("cost_per_person_made_active_gbp", false),
  WELLBYS("wellbys", true),
  SOCIAL_VALUE_GBP("social_value_gbp", true),
  QALYS("qalys", true),
  SROI("sroi", true);

  private final String label;
  private final boolean higherIsBetter;

  Outcome(String label, boolean higherIsBetter) {
    this.label = label;
    this.higherIsBetter = higherIsBetter;
  }

  /** The metric name written in {@code comparison.csv}. */
  public String label() {
    return label;
  }

  /** Whether a larger value is the better outcome ({@code prob_benefit}'s direction). */
  public boolean higherIsBetter() {
    return higherIsBetter;
  }
}
