package org.activesim.output;

import java.util.Optional;
import org.activesim.core.Recording;
import org.knowm.xchart.XYChart;

/**
 * {@code practitioners}: ABCD-trained practitioners and system leaders over time, all places (their
 * sum) and one line per place. A stock of people, not multiplied by the population scale (ODD 7.8).
 */
final class PractitionersChart implements Figure {

  static final String METRIC = "trained_practitioners";

  @Override
  public String name() {
    return "practitioners";
  }

  @Override
  public Optional<XYChart> build(Recording recording) {
    if (recording.metricIndex(METRIC) < 0) {
      return Optional.empty();
    }
    XYChart chart =
        ChartStyle.lineChart(
            "ABCD-trained practitioners", "Year", "Trained practitioners (people)");
    double[] x = ChartStyle.years(recording.weeks());
    boolean any = false;
    double[] total =
        RecordedMetrics.seriesOrNull(
            recording, recording.allPlaces(), Recording.ALL_QUINTILES, METRIC);
    if (total != null) {
      ChartStyle.aggregate(chart.addSeries(Charts.ALL_PLACES, x, total));
      any = true;
    }
    for (int p = 0; p < recording.places().size(); p++) {
      double[] y = RecordedMetrics.seriesOrNull(recording, p, Recording.ALL_QUINTILES, METRIC);
      if (y != null) {
        // Place p keeps colour p, as in the inactivity-by-place chart.
        ChartStyle.nth(chart.addSeries(recording.places().get(p), x, y), p);
        any = true;
      }
    }
    ChartStyle.niceYearTicks(chart, x);
    return any ? Optional.of(chart) : Optional.empty();
  }
}
