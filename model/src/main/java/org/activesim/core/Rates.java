package org.activesim.core;

import org.activesim.scenario.Scenario;

/**
 * Conversions between annual and weekly rates (MODEL.md §2: {@code p_week = 1 - (1 -
 * p_year)^(1/52)}, or hazard / 52).
 */
public final class Rates {
  private Rates() {}

  /** Weekly probability equivalent to an annual probability. */
  public static double weeklyProbability(double annualProbability) {
    return 1 - Math.pow(1 - annualProbability, 1.0 / Scenario.WEEKS_PER_YEAR);
  }

  /** Weekly hazard equivalent to an annual probability: {@code -ln(1 - p) / 52}. */
  public static double weeklyHazard(double annualProbability) {
    return -Math.log1p(-annualProbability) / Scenario.WEEKS_PER_YEAR;
  }

  /** Probability of at least one event in a week with the given hazard: {@code 1 - e^-h}. */
  public static double probability(double weeklyHazard) {
    return -Math.expm1(-weeklyHazard);
  }
}
