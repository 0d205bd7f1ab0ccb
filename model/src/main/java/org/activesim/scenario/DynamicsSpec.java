package org.activesim.scenario;

/**
 * Resident dynamics coefficients (MODEL.md §3). Hazards are weekly; rates named {@code annual…} are
 * converted with {@code p_week = 1 - (1 - p_year)^(1/52)}.
 *
 * @param annualDownFairlyToInactive population-average annual probability FAIRLY → INACTIVE
 * @param annualDownActiveToFairly population-average annual probability ACTIVE → FAIRLY
 * @param bPeer weight of peers' activity above the baseline expectation
 * @param bGroup up-hazard log-multiplier for group members
 * @param cGroup down-hazard log-reduction for group members
 * @param bReferral up-hazard log-multiplier for engaged or adherent referral participants
 * @param bEnvironment up-hazard weight of the place's environment score above its baseline
 * @param bTravel up-hazard log-multiplier for active-travel bike holders
 * @param bAwareness up-hazard weight of campaign awareness W
 * @param bMotivation up-hazard weight of motivation m − 0.5
 * @param bHabit down-hazard weight of log(1 + weeksInLevel / habitScaleWeeks)
 * @param habitScaleWeeks weeks that make one unit of habit time
 * @param relapseWindowWeeks weeks after a move up during which the relapse term applies
 * @param relapseShare share of those who move up who drop back within the window
 */
public record DynamicsSpec(
    double annualDownFairlyToInactive,
    double annualDownActiveToFairly,
    double bPeer,
    double bGroup,
    double cGroup,
    double bReferral,
    double bEnvironment,
    double bTravel,
    double bAwareness,
    double bMotivation,
    double bHabit,
    double habitScaleWeeks,
    int relapseWindowWeeks,
    double relapseShare) {

  /**
   * Defaults of MODEL.md §3. Down-rates: domain-facts [B] stationary matrix (ASSUMPTION); the
   * coefficients b_peer = 1, b_group = c_group = ln 2, b_habit = 0.5, b_mot = 1 are ASSUMPTION (to
   * be calibrated); relapse 50% within 26 weeks: Dishman, domain-facts §6. b_ref = 1.101 is
   * CALIBRATED by the in-model referral trial ({@code core/trial}) so that default primary-care
   * pathways reproduce exercise referral RR 1.16 (Pavey et al. 2011, domain-facts §6). The
   * environment, travel and awareness weights act only through levers and are ASSUMPTION (see
   * ODD.md).
   */
  public static DynamicsSpec defaults() {
    return new DynamicsSpec(
        0.116, 0.04, 1.0, Math.log(2), Math.log(2), 1.101, 0.1, 0.4, 0.02, 1.0, 0.5, 26, 26, 0.5);
  }

  /** A copy with another referral effect b_ref (MODEL.md §3; in-model trials, tests). */
  public DynamicsSpec withBReferral(double newBReferral) {
    return new DynamicsSpec(
        annualDownFairlyToInactive,
        annualDownActiveToFairly,
        bPeer,
        bGroup,
        cGroup,
        newBReferral,
        bEnvironment,
        bTravel,
        bAwareness,
        bMotivation,
        bHabit,
        habitScaleWeeks,
        relapseWindowWeeks,
        relapseShare);
  }
}
