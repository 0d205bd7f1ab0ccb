package org.activesim.scenario.lever;

/**
 * Joint effort, bringing people together, co-production (ODD 7.10.9): convening effort in each
 * targeted place feeds its {@code partnership} S, {@code dS/dt = (e0·(1 + effort))(1 − S) − S/τ},
 * where {@code e0} is the baseline convening that holds S at its initial value. S cuts silo loss in
 * referral pathways and raises group sustainability.
 *
 * <p>The cost follows the effort: each served place books {@code conveningEffort ×
 * costPerEffortPerPlacePerYearGbp} a year, so that more convening is never free.
 *
 * @param conveningEffort extra convening as a multiple of the baseline (1 doubles it)
 * @param costPerEffortPerPlacePerYearGbp cost of one unit of convening effort in one place a year
 */
public record Partnership(
    LeverBasics basics, double conveningEffort, double costPerEffortPerPlacePerYearGbp)
    implements Lever {

  public Partnership {
    Checks.nonNegative(conveningEffort, "conveningEffort");
    Checks.nonNegative(costPerEffortPerPlacePerYearGbp, "costPerEffortPerPlacePerYearGbp");
  }

  /**
   * Effort 2 (ASSUMPTION: S settles near 0.43 from 0.2); £20,000 per unit of effort a place a year,
   * DERIVED from £40,000 a place a year at effort 2 (ASSUMPTION: one coordinator post a place; the
   * ELDP had three coordinators, one per area, ODD section 10 [2]).
   */
  public static Partnership defaults() {
    return new Partnership(LeverBasics.of(LeverType.PARTNERSHIP.key()), 2.0, 20_000);
  }

  @Override
  public LeverType type() {
    return LeverType.PARTNERSHIP;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.partnership(this);
  }
}
