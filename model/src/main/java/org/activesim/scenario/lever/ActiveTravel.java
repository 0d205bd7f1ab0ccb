package org.activesim.scenario.lever;

/**
 * Active travel, modelled on Essex Pedal Power (MODEL.md §4): free bikes on a loan that the
 * recipient keeps if the bike is used every week. During the loan a holder stops using it in a week
 * (and the bike is taken back) with {@code weeklyLapseProbability}; after the loan the rider keeps
 * it and stops riding with {@code annualStopRidingAfterLoan}. A resident with a bike in use carries
 * {@code b_travel} in the up-hazard.
 *
 * @param bikesPerYear bikes handed out a year (real bikes)
 * @param costPerBikeGbp cost per bike, including the scheme's running costs
 * @param loanWeeks length of the loan
 * @param weeklyLapseProbability probability a loan holder misses a week's use and loses the bike
 * @param annualStopRidingAfterLoan annual probability an owner stops riding after the loan
 */
public record ActiveTravel(
    LeverBasics basics,
    double bikesPerYear,
    double costPerBikeGbp,
    int loanWeeks,
    double weeklyLapseProbability,
    double annualStopRidingAfterLoan)
    implements Lever {

  public ActiveTravel {
    Checks.nonNegative(bikesPerYear, "bikesPerYear");
    Checks.nonNegative(costPerBikeGbp, "costPerBikeGbp");
    if (loanWeeks < 1) {
      throw new IllegalArgumentException("loanWeeks must be >= 1");
    }
    Checks.share(weeklyLapseProbability, "weeklyLapseProbability");
    Checks.annualProbability(annualStopRidingAfterLoan, "annualStopRidingAfterLoan");
  }

  /**
   * About 500 bikes a year (DERIVED: over 300 by Jul 2022, over 800 by Aug 2023, domain-facts §2);
   * £714 a bike (DERIVED: the £2.7m scheme less the £1.7m path, over about 1,400 bikes planned,
   * §2); a one-year loan kept with weekly use (§2); 1% weekly lapse and 20% a year stopping after
   * the loan (ASSUMPTION).
   */
  public static ActiveTravel defaults() {
    return new ActiveTravel(LeverBasics.of(LeverType.ACTIVE_TRAVEL.key()), 500, 714, 52, 0.01, 0.2);
  }

  @Override
  public LeverType type() {
    return LeverType.ACTIVE_TRAVEL;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.activeTravel(this);
  }
}
