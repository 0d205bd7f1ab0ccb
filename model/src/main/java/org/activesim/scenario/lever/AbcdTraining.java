package org.activesim.scenario.lever;

/**
 * ABCD practitioner training ("Communities Can", MODEL.md §4): an inflow to the place's {@code
 * trainedPractitioners} stock, which raises community-group formation and the share of groups that
 * are citizen-led. Trainees are shared among the targeted places by {@link Targeting#priority()}.
 * Turnover is a property of the stock ({@code stocks.annualPractitionerTurnover}) and applies with
 * or without training.
 *
 * @param traineesPerYear practitioners and system leaders trained a year (real people, not agents)
 * @param costPerTraineeGbp cost of training one practitioner
 */
public record AbcdTraining(LeverBasics basics, double traineesPerYear, double costPerTraineeGbp)
    implements Lever {

  public AbcdTraining {
    Checks.nonNegative(traineesPerYear, "traineesPerYear");
    Checks.nonNegative(costPerTraineeGbp, "costPerTraineeGbp");
  }

  /**
   * 65 a year: 60–75 trained a year, over 300 since 2019 (Active Essex ABCD pages, domain-facts §2,
   * [D]); £800 a trainee is an ASSUMPTION (a two-facilitator ABCD-E workshop; no sourced cost).
   */
  public static AbcdTraining defaults() {
    return new AbcdTraining(LeverBasics.of(LeverType.ABCD_TRAINING.key()), 65, 800);
  }

  @Override
  public LeverType type() {
    return LeverType.ABCD_TRAINING;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.abcdTraining(this);
  }
}
