package org.activesim.core.trial;

import java.util.List;

/**
 * A risk ratio with its 95% confidence interval, as the exercise-referral meta-analysis reports it
 * (Pavey et al. 2011: RR 1.16, 95% CI 1.03–1.30; MODEL.md §4 and §7.3).
 *
 * @param estimate p_treated / p_control
 * @param lower lower 95% limit
 * @param upper upper 95% limit
 */
public record RiskRatio(double estimate, double lower, double upper) {

  /** The standard normal quantile of 0.975 (two-sided 95%). */
  static final double Z_975 = 1.959963984540054;

  /**
   * One trial: RR = (a/n1)/(c/n0) with the log-RR normal approximation, SE = sqrt(1/a − 1/n1 + 1/c
   * − 1/n0) (Katz et al. 1978). Undefined (NaN) when either arm has no event.
   *
   * @param a treated who reached the outcome, of n1
   * @param c controls who reached the outcome, of n0
   */
  public static RiskRatio of(long a, long n1, long c, long n0) {
    if (a == 0 || c == 0) {
      return new RiskRatio(Double.NaN, Double.NaN, Double.NaN);
    }
    double log = Math.log(((double) a / n1) / ((double) c / n0));
    double se = Math.sqrt(1.0 / a - 1.0 / n1 + 1.0 / c - 1.0 / n0);
    return around(log, se);
  }

  /**
   * Replicate trials pooled as strata: the Mantel–Haenszel risk ratio Σ a·n0/N ÷ Σ c·n1/N, with the
   * Greenland–Robins (1985) variance of its log, Σ (n1·n0·m − a·c·N)/N² ÷ (Σ a·n0/N · Σ c·n1/N),
   * where m = a + c and N = n1 + n0. With equal arms in every replicate the estimate equals the
   * ratio of the pooled risks. NaN when no event at all in an arm.
   */
  public static RiskRatio mantelHaenszel(List<TrialOutcome> strata) {
    double num = 0;
    double den = 0;
    double var = 0;
    for (TrialOutcome t : strata) {
      double n1 = t.participantsPerArm();
      double n0 = t.participantsPerArm();
      double a = t.reachedTreated();
      double c = t.reachedControl();
      double total = n1 + n0;
      num += a * n0 / total;
      den += c * n1 / total;
      var += (n1 * n0 * (a + c) - a * c * total) / (total * total);
    }
    if (num == 0 || den == 0) {
      return new RiskRatio(Double.NaN, Double.NaN, Double.NaN);
    }
    return around(Math.log(num / den), Math.sqrt(var / (num * den)));
  }

  private static RiskRatio around(double logRr, double se) {
    return new RiskRatio(
        Math.exp(logRr), Math.exp(logRr - Z_975 * se), Math.exp(logRr + Z_975 * se));
  }

  /** Half the width of the 95% interval on the log scale (1.96 × SE of log RR). */
  public double logHalfWidth() {
    return (Math.log(upper) - Math.log(lower)) / 2;
  }

  /** Whether the estimate lies in [lo, hi]. */
  public boolean estimateWithin(double lo, double hi) {
    return estimate >= lo && estimate <= hi;
  }
}
