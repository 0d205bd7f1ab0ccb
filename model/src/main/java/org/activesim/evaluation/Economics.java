package org.activesim.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.activesim.core.Recording;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.EconomicsSpec;

/**
 * Values a scenario's run against its baseline's (MODEL.md §6 "Economics"): costs from the ledger,
 * WELLBYs and their value, health and care savings, the social value and its return on investment,
 * and the QALY equivalent. Reads finished {@link Recording}s only, never the live model.
 *
 * <p>Year by year ({@link YearlyTotals}), with Δ = scenario − baseline:
 *
 * <ul>
 *   <li>cost = Δ spending (the ledger; a baseline without levers spends nothing);
 *   <li>WELLBYs = Δ person-years active × {@code wellbyPerYearActive} + Δ person-years fairly
 *       active × {@code wellbyPerYearFairlyActive} (both relative to inactive, so a person-year
 *       moved from inactive to active gains 0.19 by default);
 *   <li>wellbeing value = WELLBYs × {@code gbpPerWellby};
 *   <li>health and care savings = (Δ person-years active + {@code healthSavingsFairlyActiveShare} ×
 *       Δ person-years fairly active) × {@code healthSavingsPerActiveYearGbp};
 *   <li>social value = (wellbeing value + savings) × {@code attribution} × (1 − {@code
 *       displacement});
 *   <li>QALYs = WELLBYs × {@code qalysPerWellby}, valued at {@code qalyValueGbp}. They are the same
 *       wellbeing gain in another currency, so they are reported beside the social value and never
 *       added to it (that would count the gain twice).
 * </ul>
 *
 * <p>The SROI adjustments (SROI Guide 2012, domain-facts §3 and [E]): deadweight is the simulated
 * baseline itself (what would have happened anyway), so every quantity is a difference from it;
 * drop-off is inherent, because the differences come from simulated residents who relapse, groups
 * that fold and levers that stop, so no separate drop-off factor is applied; attribution and
 * displacement are scenario inputs.
 *
 * <p>Discounting ({@link Discounting}, Green Book: year 0 undiscounted): costs and the health and
 * care savings at {@code discountRateCosts} (the savings are avoided costs, money like the costs;
 * MODEL.md §6: 3.5% for costs), WELLBYs, wellbeing value and QALYs at {@code discountRateHealth}
 * (1.5% for health and wellbeing).
 *
 * <p>Both recordings must cover the same horizon; their recording intervals may differ. Pairing a
 * scenario with a baseline of the same seed (common random numbers) keeps the Monte Carlo noise of
 * the differences small; the differences of one pair of runs still carry that noise.
 */
public final class Economics {

  private Economics() {}

  /**
   * The scenario valued against the baseline.
   *
   * @throws IllegalArgumentException if the horizons differ or a recording lacks the metrics that
   *     {@link YearlyTotals} reads
   */
  public static EconomicsTable compute(Recording scenario, Recording baseline, EconomicsSpec spec) {
    return compute(YearlyTotals.of(scenario), YearlyTotals.of(baseline), spec);
  }

  /**
   * The same from the yearly totals of each run (what ensembles keep of a replicate instead of its
   * whole recording).
   */
  public static EconomicsTable compute(YearlyTotals s, YearlyTotals b, EconomicsSpec spec) {
    if (s.lastWeek() != b.lastWeek()) {
      throw new IllegalArgumentException(
          "the scenario ends at week "
              + s.lastWeek()
              + " but the baseline at week "
              + b.lastWeek()
              + "; compare runs of the same horizon");
    }
    List<EconomicsYear> years = new ArrayList<>();
    for (int y = 0; y < s.years(); y++) {
      years.add(year(y, s, b, spec));
    }
    double extraActive =
        s.residentsAtEnd(ActivityLevel.ACTIVE) - b.residentsAtEnd(ActivityLevel.ACTIVE);
    return new EconomicsTable(years, extraActive, spec.sroiBenchmark());
  }

  private static EconomicsYear year(int y, YearlyTotals s, YearlyTotals b, EconomicsSpec spec) {
    double cost = s.spendGbp(y) - b.spendGbp(y);
    double active = s.personYears(ActivityLevel.ACTIVE, y) - b.personYears(ActivityLevel.ACTIVE, y);
    double fairly =
        s.personYears(ActivityLevel.FAIRLY_ACTIVE, y)
            - b.personYears(ActivityLevel.FAIRLY_ACTIVE, y);
    double wellbys =
        active * spec.wellbyPerYearActive() + fairly * spec.wellbyPerYearFairlyActive();
    double savings =
        (active + fairly * spec.healthSavingsFairlyActiveShare())
            * spec.healthSavingsPerActiveYearGbp();
    double qalys = wellbys * spec.qalysPerWellby();
    return new EconomicsYear(
        y,
        cost,
        active,
        fairly,
        wellbys,
        wellbys * spec.gbpPerWellby(),
        savings,
        spec.attribution() * (1 - spec.displacement()),
        qalys,
        qalys * spec.qalyValueGbp(),
        Discounting.factor(spec.discountRateCosts(), y),
        Discounting.factor(spec.discountRateHealth(), y));
  }
}
