package org.activesim.evaluation;

/**
 * One simulated year of a scenario valued against its baseline ({@link Economics}): every quantity
 * is a difference, scenario − baseline, undiscounted; the {@code present…} methods discount it.
 *
 * @param year 0 for the first simulated year (weeks 0–51)
 * @param costGbp incremental spending, £ (the ledger)
 * @param extraPersonYearsActive additional person-years active
 * @param extraPersonYearsFairlyActive additional person-years fairly active
 * @param wellbys WELLBYs gained (life-satisfaction points × person-years)
 * @param wellbeingValueGbp WELLBYs × £ per WELLBY
 * @param healthSavingsGbp health and social care savings, £
 * @param creditedShare attribution × (1 − displacement): the share of the gross value (wellbeing
 *     value + health savings) that is the scenario's social value
 * @param qalys WELLBYs × QALYs per WELLBY: the wellbeing gain expressed in QALYs
 * @param qalyValueGbp QALYs × £ per QALY; reported beside the social value, not part of it
 * @param costDiscountFactor discount factor of the year at the cost rate
 * @param healthDiscountFactor discount factor of the year at the health rate
 */
public record EconomicsYear(
    int year,
    double costGbp,
    double extraPersonYearsActive,
    double extraPersonYearsFairlyActive,
    double wellbys,
    double wellbeingValueGbp,
    double healthSavingsGbp,
    double creditedShare,
    double qalys,
    double qalyValueGbp,
    double costDiscountFactor,
    double healthDiscountFactor) {

  /** Spending discounted at the cost rate. */
  public double presentCostGbp() {
    return costGbp * costDiscountFactor;
  }

  /** Wellbeing value discounted at the health rate. */
  public double presentWellbeingValueGbp() {
    return wellbeingValueGbp * healthDiscountFactor;
  }

  /**
   * Health and care savings discounted at the cost rate: they are avoided costs ({@link
   * Economics}).
   */
  public double presentHealthSavingsGbp() {
    return healthSavingsGbp * costDiscountFactor;
  }

  /** Social value: (wellbeing value + health savings) × attribution × (1 − displacement). */
  public double socialValueGbp() {
    return (wellbeingValueGbp + healthSavingsGbp) * creditedShare;
  }

  /** Social value of the present wellbeing value and present savings. */
  public double presentSocialValueGbp() {
    return (presentWellbeingValueGbp() + presentHealthSavingsGbp()) * creditedShare;
  }

  /** WELLBYs discounted at the health rate. */
  public double presentWellbys() {
    return wellbys * healthDiscountFactor;
  }

  /** QALYs discounted at the health rate. */
  public double presentQalys() {
    return qalys * healthDiscountFactor;
  }

  /** QALY value discounted at the health rate. */
  public double presentQalyValueGbp() {
    return qalyValueGbp * healthDiscountFactor;
  }
}
