package org.activesim.evaluation;

import org.activesim.scenario.ActivityLevel;

/**
 * Every {@link Outcome} of one scenario replicate against the baseline replicate of the same seed
 * (common random numbers). Gains (people moved out of inactivity, WELLBYs, social value, QALYs) and
 * the economics are measured against the baseline, so the baseline against itself gives exactly 0
 * (and NaN for the ratios: SROI and cost per person made active). Money, WELLBYs and QALYs are
 * present values (Green Book discounting, {@link Economics}).
 */
public final class ReplicateOutcomes {
  private ReplicateOutcomes() {}

  /**
   * Values indexed by {@link Outcome#ordinal()}.
   *
   * @param econ the scenario replicate's economics against the baseline replicate ({@link
   *     Economics#compute(YearlyTotals, YearlyTotals, org.activesim.scenario.EconomicsSpec)})
   */
  public static double[] of(ReplicateDigest s, ReplicateDigest b, EconomicsTable econ) {
    double[] v = new double[Outcome.values().length];
    v[Outcome.INACTIVE_SHARE_END.ordinal()] = s.summaryValue("inactive_share_end");
    Outcome[] quintiles = {
      Outcome.INACTIVE_SHARE_END_Q1,
      Outcome.INACTIVE_SHARE_END_Q2,
      Outcome.INACTIVE_SHARE_END_Q3,
      Outcome.INACTIVE_SHARE_END_Q4,
      Outcome.INACTIVE_SHARE_END_Q5
    };
    for (int q = 0; q < quintiles.length; q++) {
      v[quintiles[q].ordinal()] = s.summaryValue("inactive_share_q" + (q + 1) + "_end");
    }
    v[Outcome.MOVED_OUT_OF_INACTIVITY.ordinal()] =
        b.residentsAtEnd(ActivityLevel.INACTIVE) - s.residentsAtEnd(ActivityLevel.INACTIVE);
    v[Outcome.PERSON_YEARS_INACTIVE.ordinal()] = s.summaryValue("person_years_inactive");
    v[Outcome.PERSON_YEARS_FAIRLY_ACTIVE.ordinal()] = s.summaryValue("person_years_fairly_active");
    v[Outcome.PERSON_YEARS_ACTIVE.ordinal()] = s.summaryValue("person_years_active");
    v[Outcome.INEQUALITY_GAP_Q1_Q5_PP_END.ordinal()] = s.gapPp()[s.gapPp().length - 1];
    v[Outcome.SLOPE_INDEX_OF_INEQUALITY_PP_END.ordinal()] = s.slopeIndexPpEnd();
    v[Outcome.GROUPS_END.ordinal()] = s.summaryValue("groups_end");
    v[Outcome.TOTAL_COST_GBP.ordinal()] = s.summaryValue("spend_gbp_total");
    v[Outcome.COST_PER_PERSON_MADE_ACTIVE_GBP.ordinal()] = econ.costPerPersonMadeActiveGbp();
    v[Outcome.WELLBYS.ordinal()] = econ.presentWellbys();
    v[Outcome.SOCIAL_VALUE_GBP.ordinal()] = econ.presentSocialValueGbp();
    v[Outcome.QALYS.ordinal()] = econ.presentQalys();
    v[Outcome.SROI.ordinal()] = econ.sroi();
    return v;
  }
}
