package org.activesim.core.trial;

import java.util.ArrayList;
import java.util.List;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.ReferralPathway;

/** The scenario copies a referral trial runs on (see {@link ReferralTrial} for the design). */
final class TrialScenario {
  private TrialScenario() {}

  /**
   * The scenario with the trialled lever alone (usual care is the baseline model: every other lever
   * is left out, which is the same as switched off) and every pathway's {@code annualContactRate}
   * at 0, so that only trial participants are referred.
   */
  static Scenario of(Scenario scenario, Hardwiring lever) {
    List<ReferralPathway> pathways = new ArrayList<>();
    for (ReferralPathway p : lever.pathways()) {
      pathways.add(
          new ReferralPathway(
              p.setting(),
              p.eligible(),
              0.0,
              p.maxReferralProbability(),
              p.fundedCoverage(),
              p.enrolShare(),
              p.siloLoss(),
              p.weeksToEngage(),
              p.engageShare(),
              p.weeksToAdherence(),
              p.sixMonthDropout(),
              p.adherentDropoutFactor(),
              p.pathwayWeeks(),
              p.costPerEnrolmentGbp()));
    }
    return scenario.withLevers(List.of(new Hardwiring(lever.basics(), pathways)));
  }
}
