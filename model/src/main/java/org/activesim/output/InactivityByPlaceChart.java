package org.activesim.output;

import java.util.Optional;
import org.activesim.core.Recording;
import org.knowm.xchart.XYChart;

/** {@code inactivity_by_place}: inactive share over time, one line per place (all quintiles). */
final class InactivityByPlaceChart implements Figure {

  @Override
  public String name() {
    return "inactivity_by_place";
  }

  @Override
  public Optional<XYChart> build(Recording recording) {
    if (recording.metricIndex(InactivityOverallChart.METRIC) < 0) {
      return Optional.empty();
    }
    XYChart chart =
        ChartStyle.lineChart("Physical inactivity by place", "Year", "Adults inactive (%)");
    chart.getStyler().setYAxisDecimalPattern("0.#");
    double[] x = ChartStyle.years(recording.weeks());
    boolean any = false;
    for (int p = 0; p < recording.places().size(); p++) {
      double[] y = recording.series(p, Recording.ALL_QUINTILES, InactivityOverallChart.METRIC);
      if (ChartStyle.hasData(y)) {
        ChartStyle.nth(chart.addSeries(recording.places().get(p), x, ChartStyle.percent(y)), p);
        any = true;
      }
    }
    ChartStyle.niceYearTicks(chart, x);
    return any ? Optional.of(chart) : Optional.empty();
  }
}
