package org.activesim.core.trial;

/**
 * What one in-model referral trial observed at the end of follow-up.
 *
 * @param participantsPerArm residents randomised to each arm
 * @param reachedTreated referred participants at the activity target (ACTIVE, 150+ min/week)
 * @param reachedControl usual-care participants at the activity target
 * @param starts referred participants who enrolled (programme starters)
 * @param earlyDropouts starters who dropped out within six months of enrolment (MODEL.md §7.4)
 */
public record TrialOutcome(
    int participantsPerArm,
    int reachedTreated,
    int reachedControl,
    long starts,
    long earlyDropouts) {

  public TrialOutcome {
    if (participantsPerArm < 1
        || reachedTreated < 0
        || reachedControl < 0
        || reachedTreated > participantsPerArm
        || reachedControl > participantsPerArm
        || earlyDropouts < 0
        || earlyDropouts > starts) {
      throw new IllegalArgumentException(
          "inconsistent trial counts: "
              + participantsPerArm
              + " per arm, reached "
              + reachedTreated
              + " / "
              + reachedControl
              + ", dropouts "
              + earlyDropouts
              + " of "
              + starts);
    }
  }

  /** Share of the referred arm at the target. */
  public double riskTreated() {
    return (double) reachedTreated / participantsPerArm;
  }

  /** Share of the usual-care arm at the target. */
  public double riskControl() {
    return (double) reachedControl / participantsPerArm;
  }

  /** The risk ratio of this trial alone, with its 95% interval. */
  public RiskRatio riskRatio() {
    return RiskRatio.of(reachedTreated, participantsPerArm, reachedControl, participantsPerArm);
  }

  /** Share of starters who dropped out within six months (NaN if nobody started). */
  public double dropoutShare() {
    return starts == 0 ? Double.NaN : (double) earlyDropouts / starts;
  }
}
