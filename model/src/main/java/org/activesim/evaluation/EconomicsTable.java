package org.activesim.evaluation;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A scenario valued against its baseline, year by year, with the totals of the social return on
 * investment (MODEL.md §6). Built by {@link Economics#compute}; every quantity is a difference,
 * scenario − baseline.
 *
 * @param years one row per simulated year, year 0 first
 * @param extraActiveResidentsAtEnd active residents at the last recorded week, scenario − baseline
 * @param sroiBenchmark the national social return per £1 to compare {@link #sroi()} with
 */
public record EconomicsTable(
    List<EconomicsYear> years, double extraActiveResidentsAtEnd, double sroiBenchmark) {

  public EconomicsTable {
    years = List.copyOf(years);
  }

  private double sum(ToDoubleFunction<EconomicsYear> f) {
    double s = 0;
    for (EconomicsYear y : years) {
      s += f.applyAsDouble(y);
    }
    return s;
  }

  /** Incremental spending over the horizon, undiscounted, £. */
  public double costGbp() {
    return sum(EconomicsYear::costGbp);
  }

  /** Present value of the incremental spending (cost rate), £. */
  public double presentCostGbp() {
    return sum(EconomicsYear::presentCostGbp);
  }

  /** Additional person-years active over the horizon. */
  public double extraPersonYearsActive() {
    return sum(EconomicsYear::extraPersonYearsActive);
  }

  /** Additional person-years fairly active over the horizon. */
  public double extraPersonYearsFairlyActive() {
    return sum(EconomicsYear::extraPersonYearsFairlyActive);
  }

  /** WELLBYs gained, undiscounted. */
  public double wellbys() {
    return sum(EconomicsYear::wellbys);
  }

  /** WELLBYs gained, discounted at the health rate. */
  public double presentWellbys() {
    return sum(EconomicsYear::presentWellbys);
  }

  /** Wellbeing value, undiscounted, £. */
  public double wellbeingValueGbp() {
    return sum(EconomicsYear::wellbeingValueGbp);
  }

  /** Present wellbeing value (health rate), £. */
  public double presentWellbeingValueGbp() {
    return sum(EconomicsYear::presentWellbeingValueGbp);
  }

  /** Health and care savings, undiscounted, £. */
  public double healthSavingsGbp() {
    return sum(EconomicsYear::healthSavingsGbp);
  }

  /** Present health and care savings (cost rate), £. */
  public double presentHealthSavingsGbp() {
    return sum(EconomicsYear::presentHealthSavingsGbp);
  }

  /** Social value, undiscounted, £. */
  public double socialValueGbp() {
    return sum(EconomicsYear::socialValueGbp);
  }

  /** Present social value, £: the numerator of the SROI. */
  public double presentSocialValueGbp() {
    return sum(EconomicsYear::presentSocialValueGbp);
  }

  /** QALYs equivalent to the WELLBYs gained, undiscounted (not added to the social value). */
  public double qalys() {
    return sum(EconomicsYear::qalys);
  }

  /** QALYs, discounted at the health rate. */
  public double presentQalys() {
    return sum(EconomicsYear::presentQalys);
  }

  /** Value of the QALYs, undiscounted, £ (not added to the social value). */
  public double qalyValueGbp() {
    return sum(EconomicsYear::qalyValueGbp);
  }

  /** Present value of the QALYs (health rate), £ (not added to the social value). */
  public double presentQalyValueGbp() {
    return sum(EconomicsYear::presentQalyValueGbp);
  }

  /**
   * Social return on investment: present social value ÷ present incremental cost, £ per £1. NaN
   * when the present cost is not positive (nothing, or less than the baseline, was spent): a ratio
   * would then be undefined or meaningless.
   */
  public double sroi() {
    double cost = presentCostGbp();
    return cost > 0 ? presentSocialValueGbp() / cost : Double.NaN;
  }

  /** Net present social value: present social value − present cost, £. */
  public double netPresentSocialValueGbp() {
    return presentSocialValueGbp() - presentCostGbp();
  }

  /**
   * Undiscounted incremental cost ÷ additional active residents at the end of the horizon, £ per
   * person made active (the measure of the brief-intervention reviews, domain-facts §5: £96–£986).
   * Counts only those who are active at the end, so moves to fairly active and people who were
   * active for a while and relapsed do not count. NaN when there are no additional active residents
   * at the end.
   */
  public double costPerPersonMadeActiveGbp() {
    return extraActiveResidentsAtEnd > 0 ? costGbp() / extraActiveResidentsAtEnd : Double.NaN;
  }

  /**
   * Undiscounted incremental cost ÷ additional person-years active over the horizon, £ per
   * person-year. NaN when there are no additional person-years active.
   */
  public double costPerExtraActivePersonYearGbp() {
    double py = extraPersonYearsActive();
    return py > 0 ? costGbp() / py : Double.NaN;
  }
}
