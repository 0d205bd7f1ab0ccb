package org.activesim.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import org.activesim.output.RunInfo;
import org.activesim.output.SummaryEstimate;
import org.activesim.run.EnsembleJob;
import org.activesim.run.EnsembleStatistics;

/** The lines {@code activesim run} prints on stdout after an ensemble. */
final class EnsembleReport {

  private EnsembleReport() {}

  static void print(EnsembleJob.Result result, PrintWriter out) {
    RunInfo.EnsembleInfo ensemble = result.ensemble();
    int n = ensemble.replicates();
    long seed = result.scenario().seed();
    out.printf(
        "%s: %,.0f adults as %,.0f agents, %d years, %d replicates (seeds %d-%d)%n",
        result.scenario().name(),
        result.estimate("residents").mean(),
        result.estimate("agents").mean(),
        result.scenario().years(),
        n,
        seed,
        seed + n - 1);
    SummaryEstimate change = result.estimate("inactive_share_change_pp");
    out.printf(
        "inactive (mean): %.1f%% at start, %.1f%% at end (%+.2f pp, 95%% CI %+.2f to %+.2f);"
            + " gap Q1-Q5 %.1f pp -> %.1f pp%n",
        100 * result.estimate("inactive_share_start").mean(),
        100 * result.estimate(EnsembleStatistics.PRIMARY_OUTCOME).mean(),
        change.mean(),
        change.ciLow(),
        change.ciHigh(),
        result.estimate("inequality_gap_q1_q5_pp_start").mean(),
        result.estimate("inequality_gap_q1_q5_pp_end").mean());
    double half = ensemble.ciHalfWidth();
    String target = "";
    if (ensemble.precision() != null) {
      target =
          ensemble.precisionReached()
              ? String.format("; target %s reached", plain(ensemble.precision()))
              : String.format(
                  "; target %s not reached (stopped at --max-replicates %d)",
                  plain(ensemble.precision()), ensemble.maxReplicates());
    }
    out.printf(
        "precision: 95%% CI half-width of %s %.6f (%.3f pp) after %d replicates%s%n",
        ensemble.primaryOutcome(), half, 100 * half, n, target);
    if (result.resumedAfter() > 0) {
      out.printf(
          "resumed after %d replicates checkpointed by an interrupted run%n",
          result.resumedAfter());
    }
    out.printf("results: %s (%d files)%n", result.folder(), result.files().size());
    out.flush();
  }

  /** A user-given number as typed, not in exponent form ({@code 1e-6 -> 0.000001}). */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
