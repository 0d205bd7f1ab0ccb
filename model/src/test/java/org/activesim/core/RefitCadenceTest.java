package org.activesim.core;

import java.util.Map;
import java.util.stream.LongStream;
import org.activesim.TestScenarios;
import org.activesim.scenario.CalibrationSpec;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: re-fitting the hazard scales every fourth burn-in week instead of every week (ODD 3.8,
 * {@code calibration.refitEveryWeeks}) is a speed-up that changes the bytes, so it must give the
 * same distribution. Eight seeds of the baseline, each burnt in both ways from the same population
 * and network (common random numbers). The cadence re-randomises each run after the burn-in, so
 * paired differences are about as variable as seeds are; the test is therefore one of equivalence:
 * for each output, the mean paired difference plus two standard errors must lie within a tolerance
 * that matters to a user (5% of a fitted scale, 0.005 of a peer share, 0.15 pp of drift over four
 * years, 2% of the moves). It fails for a bias of that size, not for noise.
 */
class RefitCadenceTest {
  private static final double SCALE = 20; // about 60,000 agents
  private static final int YEARS = 4;
  private static final long[] SEEDS = LongStream.rangeClosed(1, 8).toArray();

  private static final PairedEquivalence.Output[] OUTPUTS = {
    new PairedEquivalence.Output("calibration_d0_fairly_per_week", 0.05, true),
    new PairedEquivalence.Output("calibration_d0_active_per_week", 0.05, true),
    new PairedEquivalence.Output("calibration_peer_ref_inactive", 0.005, false),
    new PairedEquivalence.Output("calibration_peer_ref_fairly", 0.005, false),
    new PairedEquivalence.Output("inactive_share_change_pp", 0.15, false),
    new PairedEquivalence.Output("moved_up_total", 0.02, true)
  };

  @Test
  void everyFourthWeekGivesTheDistributionOfEveryWeek() {
    PairedEquivalence.check("refit cadence", run(1), run(4), OUTPUTS);
  }

  private static Map<String, Double>[] run(int refitEveryWeeks) {
    return PairedEquivalence.summaries(
        SEEDS,
        seed ->
            TestScenarios.essex(SCALE, YEARS, seed)
                .withCalibration(new CalibrationSpec(260, refitEveryWeeks)));
  }
}
