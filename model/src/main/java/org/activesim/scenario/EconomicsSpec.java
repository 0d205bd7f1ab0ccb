package org.activesim.scenario;

/**
 * Valuation of a scenario against its baseline (MODEL.md §6 "Economics"): the WELLBY, health and
 * care, QALY and discounting parameters of the social return on investment. Read only by {@code
 * org.activesim.evaluation}; the simulation itself never uses them.
 *
 * <p>All values are relative to an inactive adult-year. Money is in £ at the price years of the
 * sources (below); the model does not uprate.
 *
 * @param wellbyPerYearActive life-satisfaction points (0–10 scale) per person-year active rather
 *     than inactive: one WELLBY is one point for one person for one year
 * @param wellbyPerYearFairlyActive the same for fairly active rather than inactive
 * @param gbpPerWellby £ per WELLBY
 * @param healthSavingsPerActiveYearGbp health and social care savings, £ per active adult-year
 * @param healthSavingsFairlyActiveShare savings of a fairly active adult-year as a share of an
 *     active one
 * @param qalyValueGbp £ per QALY (reported beside the social value, never added to it)
 * @param qalysPerWellby QALYs per WELLBY, to express the wellbeing gain in QALYs
 * @param discountRateCosts annual discount rate of costs
 * @param discountRateHealth annual discount rate of health and wellbeing values
 * @param attribution share of the simulated change credited to the scenario's own spending (SROI
 *     attribution; the rest is credited to others' contributions)
 * @param displacement share of the gain that only moves value from elsewhere (SROI displacement)
 * @param sroiBenchmark national social return per £1, for comparison in reports
 */
public record EconomicsSpec(
    double wellbyPerYearActive,
    double wellbyPerYearFairlyActive,
    double gbpPerWellby,
    double healthSavingsPerActiveYearGbp,
    double healthSavingsFairlyActiveShare,
    double qalyValueGbp,
    double qalysPerWellby,
    double discountRateCosts,
    double discountRateHealth,
    double attribution,
    double displacement,
    double sroiBenchmark) {

  public EconomicsSpec {
    nonNegative("wellbyPerYearActive", wellbyPerYearActive);
    nonNegative("wellbyPerYearFairlyActive", wellbyPerYearFairlyActive);
    nonNegative("gbpPerWellby", gbpPerWellby);
    nonNegative("healthSavingsPerActiveYearGbp", healthSavingsPerActiveYearGbp);
    share("healthSavingsFairlyActiveShare", healthSavingsFairlyActiveShare);
    nonNegative("qalyValueGbp", qalyValueGbp);
    nonNegative("qalysPerWellby", qalysPerWellby);
    share("discountRateCosts", discountRateCosts);
    share("discountRateHealth", discountRateHealth);
    share("attribution", attribution);
    share("displacement", displacement);
    nonNegative("sroiBenchmark", sroiBenchmark);
  }

  private static void nonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be finite and >= 0, was " + v);
    }
  }

  private static void share(String name, double v) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be in [0, 1], was " + v);
    }
  }

  /**
   * Green Book and Sport England defaults (MODEL.md §6; domain-facts §3–§5 and table [E]):
   *
   * <ul>
   *   <li>WELLBYs a year: active 0.19, fairly active 0.09 (DERIVED: Sport England's 2022/23 values
   *       of £2,500 and £1,200 per adult a year ÷ £13,000 per WELLBY, [E]);
   *   <li>£13,000 per WELLBY (HM Treasury Green Book wellbeing guidance 2021, 2019 prices; range
   *       £10,000–£16,000, domain-facts §4);
   *   <li>£300 of health and care savings per active adult-year (DERIVED: Sport England's £10.5bn
   *       secondary value 2022/23 ÷ 29.5–34.6m active or fairly active adults gives £300–£360, [E];
   *       the low end, since the divisor counts fairly active adults too);
   *   <li>a fairly active adult-year saves 0.645 of an active one (DERIVED: the mortality risk
   *       reductions of Arem et al. 2015, (1 − 0.80) / (1 − 0.69) = 0.645, domain-facts §5 and [E];
   *       ASSUMPTION that savings scale with the mortality reduction);
   *   <li>£70,000 per QALY (Green Book, 2020-21 prices; NICE's threshold is £20,000–£30,000,
   *       domain-facts §4) and 1/7 QALY per WELLBY (DERIVED: the Green Book's QALY route to the
   *       WELLBY divides the QALY value by about 7 life-satisfaction points per QALY, domain-facts
   *       §4; £70,000 ÷ 7 = £10,000, the low end of the WELLBY range);
   *   <li>discount rates 3.5% for costs, 1.5% for health and wellbeing (Green Book, MODEL.md §6);
   *   <li>attribution 1 and displacement 0 (ASSUMPTION: scenario inputs of the SROI Guide 2012,
   *       which gives principles but no sourced numbers, [E]);
   *   <li>benchmark £4.38 per £1 (Sport England / Sheffield Hallam University 2023/24, domain-facts
   *       §3).
   * </ul>
   */
  public static EconomicsSpec defaults() {
    return new EconomicsSpec(
        0.19, 0.09, 13_000, 300, 0.645, 70_000, 1.0 / 7, 0.035, 0.015, 1.0, 0.0, 4.38);
  }
}
