package org.activesim.core.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.core.ProgressListener;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Champions;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.LeverBasics;
import org.activesim.scenario.lever.ReferralPathway;
import org.junit.jupiter.api.Test;

/**
 * The in-model exercise referral trial (MODEL.md §7.3–7.4) on the shipped Essex baseline with the
 * default hardwiring lever.
 */
class ReferralTrialTest {

  /**
   * b_ref calibrated offline to the trial RR 1.16 of Pavey et al. (2011), with the same code path
   * as {@code activesim trial --calibrate}: scenarios/baseline.yaml at its own scale 10 and seed,
   * the default hardwiring lever, primary care, 8,000 participants per arm, 24 replicates (192,000
   * per arm), Brent to 0.005 in b: b = 1.1007 gives RR 1.160 (95% CI 1.125-1.197), 8,274 vs 7,133
   * at the target, six-month drop-out 50.2%, in 7 ensembles. Ship it as {@code dynamics.bReferral}.
   */
  static final double CALIBRATED_B_REFERRAL = 1.101;

  private static final long SEED = 20190205;

  /** The Essex baseline at a scale, with the default hardwiring lever and its dynamics. */
  private static Scenario essexWithReferrals(double scale) {
    return TestScenarios.essex(scale, 1, SEED).withLevers(List.of(Hardwiring.defaults()));
  }

  /** A copy with a shorter burn-in, for the cheap mechanics tests (not for the validation). */
  private static Scenario withBurnIn(Scenario s, int weeks) {
    return s.withCalibration(new CalibrationSpec(weeks));
  }

  /**
   * MODEL.md §7.3 and §7.4. 16 replicates of 5,000 per arm at scale 20: 80,000 per arm, so the
   * pooled RR's 95% interval is about ±0.05 on the log scale, under half of Pavey's ±0.116.
   */
  @Test
  void theCalibratedReferralEffectReproducesPaveyAndDishman() {
    ReferralTrial trial =
        new ReferralTrial(essexWithReferrals(20), "hardwiring", null, 5000, 52)
            .withBReferral(CALIBRATED_B_REFERRAL);
    EnsembleOutcome e = TrialEnsemble.run(trial, 16, 2, ProgressListener.none());
    RiskRatio rr = e.pooledRiskRatio();
    String report =
        String.format(
            "RR %.3f (95%% CI %.3f-%.3f), %d vs %d of %d, drop-out %.3f",
            rr.estimate(),
            rr.lower(),
            rr.upper(),
            e.reachedTreated(),
            e.reachedControl(),
            e.participantsPerArm(),
            e.meanDropoutShare());
    assertTrue(rr.logHalfWidth() < 0.06, "too imprecise to test against Pavey: " + report);
    assertTrue(
        rr.estimateWithin(ReferralCalibration.PAVEY_LOWER, ReferralCalibration.PAVEY_UPPER),
        "RR outside Pavey et al.'s 95% interval 1.03-1.30: " + report);
    assertEquals(0.5, e.meanDropoutShare(), 0.05, "six-month drop-out (Dishman): " + report);
  }

  @Test
  void anEnsembleIsIdenticalOnOneThreadAndOnTwo() {
    ReferralTrial trial =
        new ReferralTrial(withBurnIn(essexWithReferrals(100), 26), "hardwiring", null, 800, 30)
            .withBReferral(1.0);
    EnsembleOutcome one = TrialEnsemble.run(trial, 3, 1, ProgressListener.none());
    EnsembleOutcome two = TrialEnsemble.run(trial, 3, 2, ProgressListener.none());
    assertEquals(one, two);
    // One replicate: both threads go to the simulation's resident phase instead.
    assertEquals(
        one.replicates().get(0),
        TrialEnsemble.run(trial, 1, 2, ProgressListener.none()).replicates().get(0));
    // Replicates differ (seeds SEED, SEED + 1, ...), and only trial participants start.
    assertTrue(!one.replicates().get(0).equals(one.replicates().get(1)));
    for (TrialOutcome t : one.replicates()) {
      assertTrue(t.starts() > 0 && t.starts() <= t.participantsPerArm(), t::toString);
    }
  }

  @Test
  void calibrationRecoversAKnownTarget() {
    ReferralTrial trial =
        new ReferralTrial(withBurnIn(essexWithReferrals(100), 52), "hardwiring", null, 1500, 52);
    ReferralCalibration calibration = new ReferralCalibration(trial, 3, 2, ProgressListener.none());
    ReferralCalibration.Result r = calibration.calibrate(1.3, 0, 3, 0.001);
    double rr = r.outcome().pooledRiskRatio().estimate();
    assertTrue(r.bReferral() > 0 && r.bReferral() < 3, () -> "b " + r.bReferral());
    // With common random numbers RR(b) is a step function: the root is where it crosses 1.3,
    // within one participant's worth of a step.
    assertEquals(1.3, rr, 0.02, () -> "b " + r.bReferral() + " gives RR " + rr);
    // The value is reproduced by a fresh ensemble at that b (same seeds).
    assertEquals(
        r.outcome(),
        TrialEnsemble.run(trial.withBReferral(r.bReferral()), 3, 1, ProgressListener.none()));
  }

  @Test
  void theTrialScenarioHasOnlyTheTrialledLeverWithoutRoutineReferrals() {
    Scenario s =
        essexWithReferrals(100).withLevers(List.of(Champions.defaults(), Hardwiring.defaults()));
    Scenario trial = new ReferralTrial(s, "hardwiring", null, 10, 52).trialScenario();
    assertEquals(1, trial.levers().size());
    Hardwiring h = (Hardwiring) trial.levers().get(0);
    assertEquals("hardwiring", h.name());
    for (ReferralPathway p : h.pathways()) {
      assertEquals(0.0, p.annualContactRate());
      assertEquals(
          ReferralPathway.defaults(p.setting()).withEligible(p.eligible()).sixMonthDropout(),
          p.sixMonthDropout());
    }
  }

  @Test
  void theDesignIsCheckedWithMessagesThatSayWhatIsWrong() {
    Scenario s =
        essexWithReferrals(100).withLevers(List.of(Hardwiring.defaults(), Champions.defaults()));
    assertEquals(
        "scenario 'baseline' has no lever named 'gp' (its levers: [hardwiring, champions])",
        assertThrows(IllegalArgumentException.class, () -> new ReferralTrial(s, "gp", null, 1, 52))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReferralTrial(s, "champions", null, 1, 52))
            .getMessage()
            .contains("individually randomised trials apply to the referral pathways"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReferralTrial(s, "hardwiring", "youthJustice", 1, 52))
            .getMessage()
            .contains("has no pathway for setting 'youthJustice'"));
    Hardwiring off =
        new Hardwiring(
            LeverBasics.of("hardwiring").withEnabled(false), Hardwiring.defaults().pathways());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReferralTrial(s.withLevers(List.of(off)), "hardwiring", null, 1, 52))
            .getMessage()
            .contains("is switched off"));
    assertEquals(
        "adultSocialCare", new ReferralTrial(s, "hardwiring", "adultSocialCare", 1, 52).setting());
    assertEquals("primaryCare", new ReferralTrial(s, "hardwiring", null, 1, 52).setting());
    assertThrows(
        IllegalArgumentException.class, () -> new ReferralTrial(s, "hardwiring", null, 0, 52));
    assertThrows(
        IllegalArgumentException.class, () -> new ReferralTrial(s, "hardwiring", null, 1, 0));
  }

  @Test
  void moreParticipantsThanEligibleResidentsIsATrialException() {
    ReferralTrial trial =
        new ReferralTrial(withBurnIn(essexWithReferrals(1000), 4), "hardwiring", null, 100_000, 4);
    TrialException e =
        assertThrows(
            TrialException.class, () -> TrialEnsemble.run(trial, 2, 2, ProgressListener.none()));
    assertTrue(
        e.getMessage().contains("fewer than the 200000 two arms of 100000 need"), e::getMessage);
  }
}
