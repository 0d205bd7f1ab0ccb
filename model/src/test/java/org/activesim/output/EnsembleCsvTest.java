package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.activesim.core.Recording;
import org.junit.jupiter.api.Test;

class EnsembleCsvTest {

  private static final double NAN = Double.NaN;

  @Test
  void summaryRowsKeepTheirOrderAndWriteMissingValuesEmpty() throws IOException {
    StringBuilder out = new StringBuilder();
    EnsembleSummaryCsv.write(
        List.of(
            new SummaryEstimate("inactive_share_end", 3, 0.23, 0.0360556, 0.1404, 0.3196),
            new SummaryEstimate("z, with comma", 1, 5, NAN, NAN, NAN),
            new SummaryEstimate("never_seen", 0, NAN, NAN, NAN, NAN)),
        out);
    assertEquals(
        """
        metric,n,mean,sd,ci_low,ci_high
        inactive_share_end,3,0.23,0.036056,0.1404,0.3196
        "z, with comma",1,5,,,
        never_seen,0,,,,
        """,
        out.toString());
  }

  @Test
  void anInfiniteSummaryValueIsABug() {
    List<SummaryEstimate> rows =
        List.of(new SummaryEstimate("x", 2, Double.POSITIVE_INFINITY, 0, 0, 0));
    assertThrows(
        IllegalArgumentException.class, () -> EnsembleSummaryCsv.write(rows, new StringBuilder()));
  }

  /** One place, two metrics, weeks 0 and 4; "groups" only at the all-quintiles aggregate. */
  private static Recording recording(double offset) {
    Recording.Builder b = new Recording.Builder(List.of("Alpha"), List.of("share", "groups"));
    for (int week : new int[] {0, 4}) {
      b.beginWeek(week);
      for (int p = 0; p <= 1; p++) {
        for (int q = 0; q <= Recording.ALL_QUINTILES; q++) {
          b.set(p, q, 0, offset + 0.1 * q + week);
        }
        b.set(p, Recording.ALL_QUINTILES, 1, offset * 10);
      }
    }
    return b.build(Map.of());
  }

  @Test
  void timeseriesHasTheSingleRunRowsWithMeanAndLimits() throws IOException {
    Recording mean = recording(0.5);
    Recording low = recording(0.25);
    Recording.Builder noInterval =
        new Recording.Builder(List.of("Alpha"), List.of("share", "groups"));
    noInterval.beginWeek(0);
    noInterval.beginWeek(4);
    StringBuilder out = new StringBuilder();
    EnsembleTimeseriesCsv.write(new EnsembleAggregate(List.of(), mean, low, recording(0.75)), out);
    String[] lines = out.toString().split("\n");
    assertEquals("week,place,quintile,metric,mean,ci_low,ci_high", lines[0]);
    assertEquals("0,Alpha,Q1,share,0.5,0.25,0.75", lines[1]);
    assertEquals("0,Alpha,Q2,share,0.6,0.35,0.85", lines[2]);
    assertEquals("0,Alpha,ALL,groups,5,2.5,7.5", lines[7]);
    assertEquals("0,ALL,Q1,share,0.5,0.25,0.75", lines[8]);
    assertEquals("4,Alpha,Q1,share,4.5,4.25,4.75", lines[15]);
    // Two weeks × two places × (six quintiles of share + one groups) + header.
    assertEquals(1 + 2 * 2 * 7, lines.length);

    StringBuilder single = new StringBuilder();
    TimeseriesCsv.write(mean, single);
    String[] singleLines = single.toString().split("\n");
    for (int i = 1; i < lines.length; i++) {
      String key = singleLines[i].substring(0, singleLines[i].lastIndexOf(','));
      assertEquals(key, lines[i].substring(0, key.length()), "same rows in the same order");
    }

    StringBuilder withoutLimits = new StringBuilder();
    EnsembleTimeseriesCsv.write(
        new EnsembleAggregate(
            List.of(), mean, noInterval.build(Map.of()), noInterval.build(Map.of())),
        withoutLimits);
    assertEquals("0,Alpha,Q1,share,0.5,,", withoutLimits.toString().split("\n")[1]);
  }

  @Test
  void theLimitsMustHaveTheMeansShape() {
    Recording mean = recording(0.5);
    Recording.Builder other = new Recording.Builder(List.of("Beta"), List.of("share", "groups"));
    other.beginWeek(0);
    other.beginWeek(4);
    Recording wrong = other.build(Map.of());
    assertThrows(
        IllegalArgumentException.class, () -> new EnsembleAggregate(List.of(), mean, wrong, mean));
  }
}
