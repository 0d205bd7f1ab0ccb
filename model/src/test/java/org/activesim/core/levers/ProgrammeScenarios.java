package org.activesim.core.levers;

import java.util.ArrayList;
import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.core.Decision;
import org.activesim.core.Recording;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.ScaleAndReplicateSpec;
import org.activesim.scenario.ScaleRule;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.Evaluation;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverBasics;
import org.activesim.scenario.lever.Targeting;
import org.activesim.scenario.lever.Window;

/**
 * Small programme scenarios for the monitor-and-evaluate and scale-and-replicate tests: the Essex
 * baseline at a coarse scale with a short burn-in (mechanics, not validation), a referral pathway
 * or bikes piloted in Tendring, an evaluation and a rule.
 */
final class ProgrammeScenarios {
  private ProgrammeScenarios() {}

  static final String PILOT = "Tendring";

  /** The Essex baseline with another referral effect and a short burn-in. */
  static Scenario essex(double scale, int years, long seed, double bReferral, int burnInWeeks) {
    Scenario s = TestScenarios.essex(scale, years, seed);
    return s.withDynamics(s.dynamics().withBReferral(bReferral))
        .withCalibration(new CalibrationSpec(burnInWeeks));
  }

  /** A primary-care pathway piloted in Tendring: contact 90% a year, full funded coverage. */
  static Hardwiring referrals(Window window) {
    Hardwiring h = Hardwiring.defaults();
    return new Hardwiring(
        new LeverBasics("referrals", true, window, Targeting.places(PILOT), 0),
        List.of(TestLevers.pathway("primaryCare", 0.9, 1.0, 26)));
  }

  /** Bikes piloted in Tendring to inactive residents. */
  static ActiveTravel bikes(double perYear, Window window) {
    ActiveTravel d = TestLevers.bikes(perYear, Targeting.places(PILOT));
    return new ActiveTravel(
        new LeverBasics("bikes", true, window, Targeting.places(PILOT), 0),
        d.bikesPerYear(),
        d.costPerBikeGbp(),
        d.loanWeeks(),
        d.weeklyLapseProbability(),
        d.annualStopRidingAfterLoan());
  }

  /** An evaluation of a programme: one-year periods, £50 a pair. */
  static Evaluation evaluation(String programme, double budget, int followUpWeeks, Window w) {
    return new Evaluation(
        new LeverBasics("evaluation", true, w, Targeting.everyone(), 0),
        programme,
        1,
        budget,
        50,
        followUpWeeks,
        List.of());
  }

  /** A rule with the given main settings; everything else unlimited, no decommissioning. */
  static ScaleRule rule(
      String programme,
      boolean useEvidence,
      double decideAfterYears,
      int maxNewPlacesPerYear,
      double fidelity,
      int trainers,
      int evaluators,
      double budgetGbp) {
    return new ScaleRule(
        programme,
        useEvidence,
        1.645,
        decideAfterYears,
        1,
        maxNewPlacesPerYear,
        ScaleRule.Order.NEED,
        List.of(),
        0,
        fidelity,
        0,
        0,
        trainers,
        evaluators,
        budgetGbp);
  }

  /**
   * A two-year scenario with one look at its evidence: the Tendring pathway from week 0, evaluated
   * with a budget that follows every pair, and a rule that may scale it at the year-2 review
   * (participants of the first year are followed up at 52 weeks, and reported in week 103).
   */
  static Scenario oneLook(Scenario base, boolean useEvidence) {
    return with(
        base,
        List.of(referrals(new Window(0, 2)), evaluation("referrals", 1e6, 52, new Window(0, 2))),
        rule("referrals", useEvidence, 0, 2, 1, Integer.MAX_VALUE, Integer.MAX_VALUE, 1e9));
  }

  /** A scenario with levers and rules. */
  static Scenario with(Scenario s, List<Lever> levers, ScaleRule... rules) {
    return s.withLevers(levers).withScaleAndReplicate(new ScaleAndReplicateSpec(List.of(rules)));
  }

  /** The decisions of a kind. */
  static List<Decision> of(Recording r, Decision.Kind kind) {
    List<Decision> out = new ArrayList<>();
    for (Decision d : r.decisions()) {
      if (d.kind() == kind) {
        out.add(d);
      }
    }
    return out;
  }
}
