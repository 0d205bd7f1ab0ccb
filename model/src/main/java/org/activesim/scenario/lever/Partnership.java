package org.activesim.scenario.lever;

/**
 * Joint effort, bringing people together, co-production (MODEL.md §4): convening effort in each
 * targeted place feeds its {@code partnership} S, {@code dS/dt = (e0·(1 + effort))(1 − S) − S/τ},
 * where {@code e0} is the baseline convening that holds S at its initial value. S cuts silo loss in
 * referral pathways and raises group sustainability.
 *
 * @param conveningEffort extra convening as a multiple of the baseline (1 doubles it)
 * @param costPerPlacePerYearGbp cost of that effort in one place a year
 */
public record Partnership(LeverBasics basics, double conveningEffort, double costPerPlacePerYearGbp)
    implements Lever {

  public Partnership {
    Checks.nonNegative(conveningEffort, "conveningEffort");
    Checks.nonNegative(costPerPlacePerYearGbp, "costPerPlacePerYearGbp");
  }

  /**
   * Effort 2 (ASSUMPTION: S settles near 0.43 from 0.2); £40,000 a place a year (ASSUMPTION: one
   * coordinator post; the ELDP had three coordinators, one per area, domain-facts §2).
   */
  public static Partnership defaults() {
    return new Partnership(LeverBasics.of(LeverType.PARTNERSHIP.key()), 2.0, 40_000);
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
