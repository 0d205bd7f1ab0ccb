package org.activesim.evaluation;

import java.util.List;
import org.activesim.core.Recording;
import org.activesim.scenario.ActivityLevel;

/**
 * What a comparison keeps of one replicate run instead of its whole recording: yearly totals (for
 * the economics), the end-of-run levels, the weekly county inactivity and inequality series (for
 * fan charts), the realist rates per context and mechanism, and what the run did with each
 * programme. Ensembles hold a digest per replicate and scenario; a recording is dropped as soon as
 * it is digested. Only a digest made with {@code keepRollout} (a comparison's replicate 0) also
 * keeps the programmes' rollout, to draw it.
 *
 * @param summary the run's end-of-run summary values, in the order of {@code summaryKeys}
 * @param weeks the recorded weeks
 * @param inactiveShare county inactive share at each recorded week
 * @param gapPp Q1 − Q5 inactivity gap (percentage points) at each recorded week
 * @param yearly yearly totals for the economics
 * @param slopeIndexPpEnd slope index of inequality at the end (percentage points)
 * @param mechanismRates transitions per 1,000 residents a year by context and mechanism
 * @param placeInactiveShareEnd each place's inactive share at the last recorded week, in place
 *     order (for the comparison's inactivity by place)
 * @param programmes whether each programme scaled and where it ran at the end, in recording order
 *     (empty without programmes)
 * @param rollout the run's programme states and decisions, or null if not kept
 */
public record ReplicateDigest(
    java.util.Map<String, Double> summary,
    int[] weeks,
    double[] inactiveShare,
    double[] gapPp,
    YearlyTotals yearly,
    double slopeIndexPpEnd,
    double[] mechanismRates,
    double[] placeInactiveShareEnd,
    List<ProgrammeReach> programmes,
    ProgrammeRollout rollout) {

  public ReplicateDigest {
    programmes = List.copyOf(programmes);
  }

  /** Digests a finished run, without its rollout. */
  public static ReplicateDigest of(Recording r) {
    return of(r, false);
  }

  /**
   * Digests a finished run.
   *
   * @param keepRollout whether to keep the programmes' states and decisions ({@link #rollout()})
   */
  public static ReplicateDigest of(Recording r, boolean keepRollout) {
    int n = r.weekCount();
    double[] gap = new double[n];
    ProgrammeRollout rollout = ProgrammeRollout.of(r);
    for (int w = 0; w < n; w++) {
      gap[w] = Inequality.gapQ1Q5Pp(r, w);
    }
    return new ReplicateDigest(
        r.summary(),
        r.weeks(),
        r.series(r.allPlaces(), Recording.ALL_QUINTILES, "inactive_share"),
        gap,
        YearlyTotals.of(r),
        Inequality.slopeIndexPp(r, n - 1),
        MechanismRates.of(r),
        placeInactiveShareEnd(r),
        rollout.reach(),
        keepRollout ? rollout : null);
  }

  private static double[] placeInactiveShareEnd(Recording r) {
    double[] end = new double[r.places().size()];
    int last = r.weekCount() - 1;
    int metric = r.metricIndex("inactive_share");
    for (int p = 0; p < end.length; p++) {
      end[p] = r.value(last, p, Recording.ALL_QUINTILES, metric);
    }
    return end;
  }

  /** Residents at a level at the end of the run. */
  public double residentsAtEnd(ActivityLevel level) {
    return yearly.residentsAtEnd(level);
  }

  /** A summary value (NaN if the run did not report it). */
  public double summaryValue(String key) {
    Double v = summary.get(key);
    return v == null ? Double.NaN : v;
  }
}
