package org.activesim.scenario;

/**
 * Community groups (MODEL.md §2 "Community groups"; §4 "Community groups" row).
 *
 * @param capacityMin smallest group capacity (uniform between min and max)
 * @param capacityMax largest group capacity
 * @param initialFill share of capacity filled at week 0
 * @param minMembers a group with fewer members dissolves
 * @param annualTieJoinProbability annual probability that one tie to a member brings a non-member
 *     in
 * @param contagion simple or threshold contagion through ties
 * @param threshold member ties needed under threshold contagion
 * @param outreachJoinsPerYear new members a group finds each year by local outreach
 * @param annualLeaveProbability annual probability that a member leaves
 * @param annualDissolutionAtZeroSustainability annual dissolution probability of a group with h = 0
 * @param sustainabilityOrganic baseline sustainability h of an organic group
 * @param sustainabilityCitizenLedBonus extra h of a citizen-led (ABCD) group
 * @param sustainabilityFundedBonus extra h while a grant funds the group
 * @param sustainabilityPartnershipEffect extra h per unit of partnership S
 * @param sustainabilityAdjustWeeks time constant of h moving to its target
 * @param practitionerFormationEffect κ: relative rise in group formation per trained practitioner
 *     per 10,000 adults
 */
public record GroupSpec(
    int capacityMin,
    int capacityMax,
    double initialFill,
    int minMembers,
    double annualTieJoinProbability,
    Contagion contagion,
    int threshold,
    double outreachJoinsPerYear,
    double annualLeaveProbability,
    double annualDissolutionAtZeroSustainability,
    double sustainabilityOrganic,
    double sustainabilityCitizenLedBonus,
    double sustainabilityFundedBonus,
    double sustainabilityPartnershipEffect,
    double sustainabilityAdjustWeeks,
    double practitionerFormationEffect) {

  public GroupSpec {
    if (capacityMin < 1 || capacityMax < capacityMin) {
      throw new IllegalArgumentException("need 1 <= capacityMin <= capacityMax");
    }
  }

  /**
   * Capacity 10–30 (domain-facts [D], ASSUMPTION); simple contagion (Aral &amp; Nicolaides 2017,
   * domain-facts §6) with threshold 2 for the option (domain-facts [C], ASSUMPTION); every other
   * rate is ASSUMPTION, listed in ODD.md.
   */
  public static GroupSpec defaults() {
    return new GroupSpec(
        10, 30, 0.6, 3, 0.05, Contagion.SIMPLE, 2, 4.0, 0.3, 0.5, 0.6, 0.15, 0.2, 0.2, 26, 0.5);
  }
}
