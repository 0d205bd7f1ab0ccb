package org.activesim.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.activesim.core.trial.EnsembleOutcome;
import org.activesim.core.trial.ReferralCalibration;
import org.activesim.core.trial.ReferralTrial;
import org.activesim.core.trial.RiskRatio;
import org.activesim.scenario.Scenario;

/**
 * The plain-text report of {@code activesim trial}: arms, risk ratio against Pavey et al. (2011),
 * six-month drop-out against Dishman's ≈ 50% (MODEL.md §7.3–7.4), and the calibrated value with the
 * line for the scenario file. Numbers are formatted in {@link Locale#ROOT}, so the YAML line can be
 * pasted as it is.
 */
final class TrialTable {
  /** Dishman: about half of programme starters drop out within six months (domain-facts §6). */
  private static final double DISHMAN_DROPOUT = 0.5;

  private TrialTable() {}

  static void print(PrintWriter out, ReferralTrial trial, EnsembleOutcome o) {
    Scenario s = trial.scenario();
    int r = o.replicates().size();
    line(
        out,
        "Referral trial of lever '%s', setting %s (scenario %s, scale %s)",
        trial.leverName(),
        trial.setting(),
        s.name(),
        s.scale());
    line(
        out,
        "%d replicate%s (seeds %d-%d), %d weeks of follow-up, bReferral %.3f",
        r,
        r == 1 ? "" : "s",
        s.seed(),
        s.seed() + r - 1,
        trial.followUpWeeks(),
        s.dynamics().bReferral());
    out.println();
    line(out, "%-32s %12s %12s", "", "referred", "usual care");
    line(out, "%-32s %,12d %,12d", "participants", o.participantsPerArm(), o.participantsPerArm());
    line(
        out,
        "%-32s %,12d %,12d",
        "reached target (ACTIVE, 150+)",
        o.reachedTreated(),
        o.reachedControl());
    line(
        out,
        "%-32s %11.2f%% %11.2f%%",
        "share at target",
        100.0 * o.reachedTreated() / o.participantsPerArm(),
        100.0 * o.reachedControl() / o.participantsPerArm());
    out.println();
    RiskRatio rr = o.pooledRiskRatio();
    if (Double.isNaN(rr.estimate())) {
      line(out, "%-32s undefined: an arm had nobody at the target", "risk ratio (Mantel-Haenszel)");
    } else {
      line(
          out,
          "%-32s %.3f  95%% CI %.3f-%.3f",
          "risk ratio (Mantel-Haenszel)",
          rr.estimate(),
          rr.lower(),
          rr.upper());
    }
    line(
        out,
        "%-32s %.3f  95%% CI %.3f-%.3f  (estimate %s)",
        "Pavey et al. 2011",
        ReferralCalibration.PAVEY_RR,
        ReferralCalibration.PAVEY_LOWER,
        ReferralCalibration.PAVEY_UPPER,
        rr.estimateWithin(ReferralCalibration.PAVEY_LOWER, ReferralCalibration.PAVEY_UPPER)
            ? "inside"
            : "outside");
    line(
        out,
        "%-32s %.1f%% (mean of replicates; %,d of %,d starters)  target ~%.0f%% (Dishman)",
        "drop-out within six months",
        100 * o.meanDropoutShare(),
        o.earlyDropouts(),
        o.starts(),
        100 * DISHMAN_DROPOUT);
  }

  static void printCalibration(
      PrintWriter out, ReferralCalibration.Result r, double targetRr, String command) {
    RiskRatio rr = r.outcome().pooledRiskRatio();
    out.println();
    line(
        out,
        "%-32s %.3f  (target RR %s; %d ensembles on the same seeds)",
        "calibrated bReferral",
        r.bReferral(),
        targetRr,
        r.evaluations());
    line(out, "in the scenario file, under dynamics:");
    line(
        out,
        "  bReferral: %.3f   # in-model trial RR %.3f (95%% CI %.3f-%.3f) vs target %s, Pavey et al."
            + " 2011 [6]: %s",
        r.bReferral(),
        rr.estimate(),
        rr.lower(),
        rr.upper(),
        targetRr,
        command);
  }

  private static void line(PrintWriter out, String format, Object... args) {
    out.println(String.format(Locale.ROOT, format, args));
  }
}
