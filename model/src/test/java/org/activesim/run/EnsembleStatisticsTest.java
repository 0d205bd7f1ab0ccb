package org.activesim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activesim.core.Mechanism;
import org.activesim.core.Recording;
import org.activesim.output.EnsembleAggregate;
import org.activesim.output.SummaryEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mean, sd and Student t interval across replicates, against values worked out by hand. */
class EnsembleStatisticsTest {

  private static final double TOL = 1e-12;

  /**
   * A replicate: one place, metric "share" (everywhere) and "groups" (all quintiles only, absent in
   * replicate 2's week 1 to test per-cell counts), one lever; summary {@code inactive_share_end}
   * and {@code note}.
   */
  static Recording replicate(double inactiveEnd, double note, boolean groupsInWeek1) {
    Recording.Builder b =
        new Recording.Builder(List.of("Alpha"), List.of("share", "groups"), List.of("abcd"));
    for (int week = 0; week <= 1; week++) {
      b.beginWeek(week * 52);
      for (int p = 0; p <= 1; p++) {
        for (int q = 0; q <= Recording.ALL_QUINTILES; q++) {
          b.set(p, q, 0, inactiveEnd + week);
        }
        if (week == 0 || groupsInWeek1) {
          b.set(p, Recording.ALL_QUINTILES, 1, 10 * inactiveEnd);
        }
      }
      b.setSpend(0, 1, 100 * inactiveEnd);
      b.addMechanism(0, 2, 1, 0, Mechanism.PEER, 1000 * inactiveEnd);
    }
    Map<String, Double> summary = new LinkedHashMap<>();
    summary.put("inactive_share_end", inactiveEnd);
    summary.put("note", note);
    return b.build(summary);
  }

  /** The 0.975 quantile of t, from standard tables (R: qt(0.975, df)). */
  @ParameterizedTest
  @CsvSource({
    "1, 12.706204736174698",
    "2, 4.302652729749464",
    "10, 2.228138851986274",
    "100, 1.983971518523552"
  })
  void studentTQuantilesMatchTheTables(int df, double expected) {
    assertEquals(expected, EnsembleStatistics.studentT975(df), 1e-9);
  }

  /**
   * Inactive shares 0.20, 0.22, 0.27: mean 0.23; deviations −0.03, −0.01, 0.04, so sd = √(0.0026 /
   * 2) = √0.0013; half-width t(0.975, 2) · sd / √3 = 4.302652729749464 · 0.036055512754639894 /
   * 1.7320508075688772 = 0.0895669 (to 7 digits).
   */
  @Test
  void summaryMeanSdAndIntervalByHand() {
    EnsembleStatistics stats = new EnsembleStatistics();
    stats.add(replicate(0.20, 1, true));
    stats.add(replicate(0.22, Double.NaN, true));
    stats.add(replicate(0.27, 3, true));
    SummaryEstimate e = stats.estimate("inactive_share_end");
    double sd = Math.sqrt(0.0013);
    double half = 4.302652729749464 * sd / Math.sqrt(3);
    assertEquals(3, e.n());
    assertEquals(0.23, e.mean(), TOL);
    assertEquals(sd, e.sd(), TOL);
    assertEquals(0.23 - half, e.ciLow(), 1e-10);
    assertEquals(0.23 + half, e.ciHigh(), 1e-10);
    assertEquals(0.0895669, half, 1e-7);
    assertEquals(half, stats.halfWidth(EnsembleStatistics.PRIMARY_OUTCOME), 1e-10);

    SummaryEstimate note = stats.estimate("note");
    assertEquals(2, note.n(), "the NaN of replicate 1 is not a value");
    assertEquals(2, note.mean(), TOL);
    assertEquals(Math.sqrt(2), note.sd(), TOL);

    List<SummaryEstimate> rows = stats.summary();
    assertEquals(
        List.of("inactive_share_end", "note", "replicates", "inactive_share_end_ci_half_width"),
        rows.stream().map(SummaryEstimate::metric).toList());
    assertEquals(3, rows.get(2).mean());
    assertEquals(half, rows.get(3).mean(), 1e-10);
  }

  @Test
  void cellsAreAveragedWithTheirOwnCounts() {
    EnsembleStatistics stats = new EnsembleStatistics();
    stats.add(replicate(0.20, 1, true));
    stats.add(replicate(0.22, 2, true));
    stats.add(replicate(0.27, 3, false));
    EnsembleAggregate a = stats.aggregate();
    Recording mean = a.mean();
    assertEquals(List.of("Alpha"), mean.places());
    assertEquals(List.of("abcd"), mean.levers());
    assertEquals(52, mean.week(1));
    double half = 4.302652729749464 * Math.sqrt(0.0013) / Math.sqrt(3);
    assertEquals(1.23, mean.value(1, 0, 3, 0), TOL);
    assertEquals(1.23 - half, a.ciLow().value(1, 0, 3, 0), 1e-10);
    assertEquals(1.23 + half, a.ciHigh().value(1, 0, 3, 0), 1e-10);
    // groups in week 1: 2.0 and 2.2 only; t(0.975, 1) · sd / √2 with sd = 0.1 · √2.
    int all = Recording.ALL_QUINTILES;
    assertEquals(2.1, mean.value(1, 0, all, 1), TOL);
    assertEquals(12.706204736174698 * 0.1, a.ciHigh().value(1, 0, all, 1) - 2.1, 1e-9);
    assertTrue(Double.isNaN(mean.value(1, 0, 0, 1)), "a metric that never applies stays NaN");
    assertTrue(Double.isNaN(a.ciLow().value(1, 0, 0, 1)));
    assertEquals(23, mean.spend(1, 0, 1), 1e-10);
    assertEquals(230, mean.mechanismTransitions(1, 0, 2, 1, 0, Mechanism.PEER), 1e-9);
    assertEquals(0.23, mean.summary().get("inactive_share_end"), TOL);
    assertEquals(stats.summary(), a.summary());
  }

  @Test
  void oneReplicateHasMeansButNoIntervals() {
    EnsembleStatistics stats = new EnsembleStatistics();
    stats.add(replicate(0.2, 1, true));
    EnsembleAggregate a = stats.aggregate();
    assertEquals(0.2, a.mean().value(0, 0, 0, 0), TOL);
    assertTrue(Double.isNaN(a.ciLow().value(0, 0, 0, 0)));
    assertTrue(Double.isNaN(stats.halfWidth(EnsembleStatistics.PRIMARY_OUTCOME)));
    assertTrue(Double.isNaN(stats.estimate("inactive_share_end").sd()));
  }

  @Test
  void identicalReplicatesHaveAZeroWidthInterval() {
    EnsembleStatistics stats = new EnsembleStatistics();
    stats.add(replicate(0.25, 1, true));
    stats.add(replicate(0.25, 1, true));
    assertEquals(0, stats.halfWidth(EnsembleStatistics.PRIMARY_OUTCOME));
    assertEquals(0.25, stats.aggregate().ciHigh().value(0, 1, 2, 0));
  }

  @Test
  void replicatesMustBeRecordedAlike() {
    EnsembleStatistics stats = new EnsembleStatistics();
    assertThrows(IllegalStateException.class, stats::aggregate);
    stats.add(replicate(0.2, 1, true));
    Recording.Builder other = new Recording.Builder(List.of("Beta"), List.of("share", "groups"));
    other.beginWeek(0);
    other.beginWeek(52);
    Recording different = other.build(Map.of());
    assertThrows(IllegalArgumentException.class, () -> stats.add(different));
    assertEquals(1, stats.replicates());
  }
}
