package org.activesim.output;

import java.util.Optional;
import org.activesim.core.Recording;
import org.knowm.xchart.XYChart;

/** {@code inactivity_overall_and_by_quintile}: inactive share over time, all and by quintile. */
final class InactivityOverallChart implements Figure {

  static final String METRIC = "inactive_share";

  @Override
  public String name() {
    return "inactivity_overall_and_by_quintile";
  }

  @Override
  public Optional<XYChart> build(Recording recording) {
    if (recording.metricIndex(METRIC) < 0) {
      return Optional.empty();
    }
    XYChart chart =
        ChartStyle.lineChart(
            "Physical inactivity, overall and by deprivation quintile",
            "Year",
            "Adults inactive (%)");
    chart.getStyler().setYAxisDecimalPattern("0.#");
    double[] x = ChartStyle.years(recording.weeks());
    int all = recording.allPlaces();
    double[] overall = recording.series(all, Recording.ALL_QUINTILES, METRIC);
    boolean any = false;
    if (ChartStyle.hasData(overall)) {
      ChartStyle.aggregate(chart.addSeries(Charts.ALL_PLACES, x, ChartStyle.percent(overall)));
      any = true;
    }
    for (int q = 0; q < Quintiles.COUNT; q++) {
      double[] y = recording.series(all, q, METRIC);
      if (ChartStyle.hasData(y)) {
        // Quintile q keeps colour q whether or not others are missing, so colours mean the same
        // thing in every run.
        ChartStyle.nth(chart.addSeries(Quintiles.label(q), x, ChartStyle.percent(y)), q);
        any = true;
      }
    }
    ChartStyle.niceYearTicks(chart, x);
    return any ? Optional.of(chart) : Optional.empty();
  }
}
