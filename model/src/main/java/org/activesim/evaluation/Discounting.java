package org.activesim.evaluation;

/**
 * Discounting to present values, in the HM Treasury Green Book convention (MODEL.md §6): year 0 is
 * the present and is not discounted; a value arising in year t is multiplied by {@code 1 / (1 +
 * r)^t}. Here year 0 is the first simulated year (weeks 0–51), so a run's first year counts in full
 * and its tenth year at {@code 1 / (1 + r)^9}.
 *
 * <p>The Green Book rates are 3.5% for costs and 1.5% for health and wellbeing values; the rates
 * used are those of the scenario's {@code economics} block.
 */
public final class Discounting {

  private Discounting() {}

  /**
   * The discount factor of year {@code year} at an annual rate.
   *
   * @param annualRate r, e.g. 0.035; above -1
   * @param year t, 0 for the first year; not negative
   */
  public static double factor(double annualRate, int year) {
    if (!(annualRate > -1) || Double.isInfinite(annualRate)) {
      throw new IllegalArgumentException("annual rate must be finite and > -1, was " + annualRate);
    }
    if (year < 0) {
      throw new IllegalArgumentException("year must be >= 0, was " + year);
    }
    return 1.0 / Math.pow(1.0 + annualRate, year);
  }

  /** Σ_t values[t] / (1 + r)^t: the present value of a series of yearly values, year 0 first. */
  public static double presentValue(double[] perYear, double annualRate) {
    double sum = 0;
    for (int t = 0; t < perYear.length; t++) {
      sum += perYear[t] * factor(annualRate, t);
    }
    return sum;
  }
}
