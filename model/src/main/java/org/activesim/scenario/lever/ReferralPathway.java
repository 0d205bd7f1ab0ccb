package org.activesim.scenario.lever;

import java.util.List;
import java.util.Objects;
import org.activesim.scenario.ActivityLevel;

/**
 * One system setting's referral pathway (MODEL.md §4 "Hardwiring"; Husk et al. 2019: Enrolment →
 * Engagement → Adherence, domain-facts §6).
 *
 * <p>Each week an eligible resident (not in a pathway, matching {@code eligible}) is in contact
 * with the setting with the weekly equivalent of {@code annualContactRate}, and a contact becomes a
 * referral with probability {@code maxReferralProbability × max(policyAdoption[setting],
 * fundedCoverage)}. Then, week by week:
 *
 * <ol>
 *   <li>REFERRED → ENROLLED with probability {@code enrolShare × (1 − siloLoss·(1 − S))}, else the
 *       referral is lost (partnership S of the resident's place cuts silo loss between the setting
 *       and the provider);
 *   <li>ENROLLED for {@code weeksToEngage} weeks, then ENGAGED with probability {@code
 *       engageShare}, else dropped out;
 *   <li>ENGAGED and then, after {@code weeksToAdherence} more weeks, ADHERENT, with a weekly
 *       drop-out hazard fitted in closed form so that {@code sixMonthDropout} of those who enrol
 *       have dropped out 26 weeks after enrolment (adherent residents drop out at {@code
 *       adherentDropoutFactor} times the engaged hazard);
 *   <li>the pathway ends {@code pathwayWeeks} after enrolment.
 * </ol>
 *
 * Engaged and adherent residents carry {@code b_ref} in their up-hazard.
 *
 * @param setting a setting of {@code stocks.settings}
 * @param eligible who the setting may refer (also filtered by the lever's own target)
 * @param annualContactRate annual probability that an eligible resident is in contact
 * @param maxReferralProbability r_max: referral probability per contact at full adoption
 * @param fundedCoverage adoption floor the lever funds directly (pilot sites), before policy
 *     influence spreads it further
 * @param enrolShare share of referrals that enrol when partnership is full
 * @param siloLoss share of referrals lost between organisations when partnership S is 0
 * @param weeksToEngage weeks from enrolment to the engagement decision
 * @param engageShare share of the enrolled who engage
 * @param weeksToAdherence weeks engaged before counting as adherent
 * @param sixMonthDropout share of the enrolled who have dropped out 26 weeks after enrolment
 * @param adherentDropoutFactor drop-out hazard of adherent relative to engaged residents
 * @param pathwayWeeks weeks from enrolment to the end of the pathway
 * @param costPerEnrolmentGbp cost of one enrolled participant
 */
public record ReferralPathway(
    String setting,
    Targeting eligible,
    double annualContactRate,
    double maxReferralProbability,
    double fundedCoverage,
    double enrolShare,
    double siloLoss,
    int weeksToEngage,
    double engageShare,
    int weeksToAdherence,
    double sixMonthDropout,
    double adherentDropoutFactor,
    int pathwayWeeks,
    double costPerEnrolmentGbp) {

  /** Weeks after enrolment at which drop-out is calibrated (six months). */
  public static final int DROPOUT_HORIZON_WEEKS = 26;

  public ReferralPathway {
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(eligible, "eligible");
    Checks.annualProbability(annualContactRate, "annualContactRate");
    Checks.share(maxReferralProbability, "maxReferralProbability");
    Checks.share(fundedCoverage, "fundedCoverage");
    Checks.share(enrolShare, "enrolShare");
    Checks.share(siloLoss, "siloLoss");
    Checks.share(engageShare, "engageShare");
    Checks.share(sixMonthDropout, "sixMonthDropout");
    Checks.nonNegative(adherentDropoutFactor, "adherentDropoutFactor");
    Checks.nonNegative(costPerEnrolmentGbp, "costPerEnrolmentGbp");
    if (weeksToEngage < 1 || weeksToAdherence < 1) {
      throw new IllegalArgumentException("weeksToEngage and weeksToAdherence must be >= 1");
    }
    if (weeksToEngage >= DROPOUT_HORIZON_WEEKS) {
      throw new IllegalArgumentException(
          "weeksToEngage must be below 26 (drop-out is calibrated at six months)");
    }
    if (pathwayWeeks <= weeksToEngage + weeksToAdherence) {
      throw new IllegalArgumentException(
          "pathwayWeeks must exceed weeksToEngage + weeksToAdherence");
    }
    if (pathwayWeeks < DROPOUT_HORIZON_WEEKS) {
      throw new IllegalArgumentException(
          "pathwayWeeks must be at least 26: drop-out is calibrated at six months");
    }
    if (!(engageShare > 1 - sixMonthDropout)) {
      throw new IllegalArgumentException(
          "engageShare ("
              + engageShare
              + ") must exceed 1 - sixMonthDropout ("
              + (1 - sixMonthDropout)
              + "): more would have dropped out at engagement than at six months");
    }
  }

  /**
   * The weekly drop-out hazard of engaged residents that makes {@code sixMonthDropout} of the
   * enrolled gone 26 weeks after enrolment: {@code engageShare · exp(−h·(a + f·b)) = 1 −
   * sixMonthDropout}, with {@code a} engaged and {@code b} adherent weeks inside the 26.
   */
  public double engagedDropoutHazard() {
    int inside = DROPOUT_HORIZON_WEEKS - weeksToEngage;
    int engagedWeeks = Math.min(weeksToAdherence, inside);
    int adherentWeeks = inside - engagedWeeks;
    double exposure = engagedWeeks + adherentDropoutFactor * adherentWeeks;
    return Math.log(engageShare / (1 - sixMonthDropout)) / exposure;
  }

  /**
   * Defaults for a setting. Contact 50% a year, r_max 0.1, funded coverage 0.2, enrolment 0.6, silo
   * loss 0.5, engagement 0.8, adherent drop-out at half the engaged hazard, a 26-week pathway: all
   * ASSUMPTION (uptake and adherence percentages NOT CONFIRMED, Pavey 2012, domain-facts §6; silo
   * loss from the action research: "referral systems worked poorly", "the public sector worked in
   * silos", §2). Engagement after 2 weeks and adherence after 12 (a typical 10–12-week exercise
   * referral course, ASSUMPTION). Six-month drop-out 50% (Dishman, domain-facts §6). Cost £236 per
   * enrolment (Get Healthy Get Into Sport: £235.99 per inactive person engaged, §6). Eligible:
   * residents below the activity guideline (inactive or fairly active).
   */
  public static ReferralPathway defaults(String setting) {
    return new ReferralPathway(
        setting,
        Targeting.everyone()
            .withLevels(List.of(ActivityLevel.INACTIVE, ActivityLevel.FAIRLY_ACTIVE)),
        0.5,
        0.1,
        0.2,
        0.6,
        0.5,
        2,
        0.8,
        12,
        0.5,
        0.5,
        26,
        236);
  }

  /** A copy with other eligibility (trials, tests). */
  public ReferralPathway withEligible(Targeting t) {
    return new ReferralPathway(
        setting,
        t,
        annualContactRate,
        maxReferralProbability,
        fundedCoverage,
        enrolShare,
        siloLoss,
        weeksToEngage,
        engageShare,
        weeksToAdherence,
        sixMonthDropout,
        adherentDropoutFactor,
        pathwayWeeks,
        costPerEnrolmentGbp);
  }
}
