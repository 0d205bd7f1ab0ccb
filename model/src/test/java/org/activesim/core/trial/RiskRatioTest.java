package org.activesim.core.trial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The risk-ratio arithmetic against values worked by hand (independently, in Python). */
class RiskRatioTest {

  @Test
  void oneTrialUsesTheLogNormalApproximation() {
    // 30/100 vs 20/100: RR 1.5, SE(log RR) = sqrt(1/30 − 1/100 + 1/20 − 1/100).
    RiskRatio rr = RiskRatio.of(30, 100, 20, 100);
    assertEquals(1.5, rr.estimate(), 1e-12);
    assertEquals(0.9159608293223659, rr.lower(), 1e-12);
    assertEquals(2.456436921723568, rr.upper(), 1e-12);
  }

  @Test
  void mantelHaenszelOfOneStratumIsTheTrialItself() {
    TrialOutcome t = new TrialOutcome(100, 30, 20, 40, 20);
    RiskRatio one = t.riskRatio();
    RiskRatio mh = RiskRatio.mantelHaenszel(List.of(t));
    // Greenland–Robins reduces to Katz's variance for a single stratum.
    assertEquals(one.estimate(), mh.estimate(), 1e-12);
    assertEquals(one.lower(), mh.lower(), 1e-12);
    assertEquals(one.upper(), mh.upper(), 1e-12);
  }

  @Test
  void mantelHaenszelWithGreenlandRobinsVariance() {
    // Equal arms in each stratum: the estimate is the pooled ratio 40/45.
    List<TrialOutcome> strata =
        List.of(new TrialOutcome(100, 30, 20, 0, 0), new TrialOutcome(200, 10, 25, 0, 0));
    RiskRatio rr = RiskRatio.mantelHaenszel(strata);
    assertEquals(40.0 / 45.0, rr.estimate(), 1e-12);
    assertEquals(0.6031007090593197, rr.lower(), 1e-12);
    assertEquals(1.3101020193169903, rr.upper(), 1e-12);
    assertEquals((Math.log(rr.upper()) - Math.log(rr.lower())) / 2, rr.logHalfWidth(), 1e-12);
  }

  @Test
  void noEventInAnArmLeavesTheRatioUndefined() {
    assertTrue(Double.isNaN(RiskRatio.of(0, 100, 5, 100).estimate()));
    assertTrue(Double.isNaN(RiskRatio.of(5, 100, 0, 100).upper()));
    assertTrue(
        Double.isNaN(
            RiskRatio.mantelHaenszel(List.of(new TrialOutcome(50, 3, 0, 0, 0))).estimate()));
  }

  @Test
  void dropoutIsEarlyDropoutsOverStarters() {
    EnsembleOutcome e =
        new EnsembleOutcome(
            List.of(new TrialOutcome(10, 1, 1, 10, 4), new TrialOutcome(10, 1, 1, 20, 12)));
    assertEquals(0.5, e.meanDropoutShare(), 1e-12);
    assertEquals(16, e.earlyDropouts());
    assertEquals(30, e.starts());
    assertEquals(20, e.participantsPerArm());
  }
}
