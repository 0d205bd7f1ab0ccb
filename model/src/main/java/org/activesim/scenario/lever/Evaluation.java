package org.activesim.scenario.lever;

import java.util.List;
import java.util.Objects;

/**
 * Monitor and evaluate (MODEL.md §5): buys follow-up of a programme's participants against matched
 * comparison residents, so that the programme's effect is estimated the way a real evaluator
 * estimates it — from a sample, with sampling noise that shrinks as the budget grows.
 *
 * <p>Every participant of the named programme who is inactive when the programme reaches them is
 * paired with a comparison resident of the same calibration cell (place, quintile, age band,
 * condition, sex) who is also inactive and has never taken part. Each pair is followed up {@code
 * followUpWeeks} later: moved out of inactivity or not. At the end of every evaluation period, in
 * every place where the programme runs, the evaluator follows up {@code budgetPerPeriodGbp /
 * costPerFollowUpGbp} of the pairs that matured in the period (all of them if fewer), and adds the
 * estimate to the place's evidence.
 *
 * @param programme the name of the lever evaluated (a microgrants, hardwiring or activeTravel
 *     lever)
 * @param periodYears length of an evaluation period (a report)
 * @param budgetPerPeriodGbp evaluation budget per place and period (£)
 * @param costPerFollowUpGbp cost of following up one matched pair (£)
 * @param followUpWeeks weeks from a participant's start to their follow-up
 * @param deepDives one-off higher-precision evaluations of a programme in a place
 */
public record Evaluation(
    LeverBasics basics,
    String programme,
    double periodYears,
    double budgetPerPeriodGbp,
    double costPerFollowUpGbp,
    int followUpWeeks,
    List<DeepDive> deepDives)
    implements Lever {

  public Evaluation {
    Objects.requireNonNull(programme, "programme");
    deepDives = List.copyOf(deepDives);
    if (!(periodYears * 52 >= 1)) {
      throw new IllegalArgumentException("periodYears must be at least one week");
    }
    Checks.nonNegative(budgetPerPeriodGbp, "budgetPerPeriodGbp");
    if (!(costPerFollowUpGbp > 0)) {
      throw new IllegalArgumentException("costPerFollowUpGbp must be > 0");
    }
    if (followUpWeeks < 1) {
      throw new IllegalArgumentException("followUpWeeks must be >= 1");
    }
  }

  /**
   * A one-off evaluation of a programme in a place at the end of the period holding {@code year}:
   * it follows up as many pairs as its budget buys from every pair that has matured since the
   * programme started there, and its estimate replaces the place's evidence.
   *
   * @param place the place
   * @param year when (years from the start of the run)
   * @param budgetGbp its budget (£)
   */
  public record DeepDive(String place, double year, double budgetGbp) {
    public DeepDive {
      Objects.requireNonNull(place, "place");
      if (!(year >= 0)) {
        throw new IllegalArgumentException("a deep dive's year must be >= 0");
      }
      Checks.nonNegative(budgetGbp, "deep dive budgetGbp");
    }
  }

  /** Weeks in a period (at least one). */
  public int periodWeeks() {
    return Math.max(1, (int) Math.round(periodYears * 52));
  }

  /**
   * A one-year period, £15,000 a place and period at £50 a followed-up pair (300 pairs), follow-up
   * at 12 months as in exercise-referral trials (Pavey 2011, domain-facts D); the budget and cost
   * are ASSUMPTION (no sourced figure: about two short questionnaires at £25 each).
   */
  public static Evaluation defaults() {
    return new Evaluation(
        LeverBasics.of(LeverType.EVALUATION.key()), "", 1, 15_000, 50, 52, List.of());
  }

  @Override
  public LeverType type() {
    return LeverType.EVALUATION;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.evaluation(this);
  }
}
