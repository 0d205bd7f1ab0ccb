package org.activesim.output;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Optional;
import org.activesim.core.Recording;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code evidence}: each programme's evidence in each place over time, the pooled z statistic of
 * its evaluations ({@code evidence:<programme>}, MODEL.md §5), one line per place (per programme
 * and place when there are several programmes), starting at the place's first evaluation; and the
 * rule's evidence threshold as a dashed black line across the run (from the threshold column of the
 * decisions; none for a programme without a rule). A place scales once its line reaches the
 * threshold at a review. Not drawn when no place was ever evaluated.
 *
 * <p>The threshold line has two points, so its dash pattern survives (the pattern restarts at every
 * point of a line, {@link ChartStyle}).
 */
final class EvidenceChart implements Figure {

  private static final float[] DASH = {12f, 8f};

  @Override
  public String name() {
    return "evidence";
  }

  @Override
  public Optional<XYChart> build(Recording recording) {
    List<String> programmes = RecordedProgrammes.names(recording);
    XYChart chart =
        ChartStyle.lineChart(
            "Evidence from evaluations, by place", "Year", "Evidence (pooled z statistic)");
    chart.getStyler().setYAxisDecimalPattern("0.#");
    double[] x = ChartStyle.years(recording.weeks());
    int places = recording.places().size();
    boolean any = false;
    for (int k = 0; k < programmes.size(); k++) {
      String programme = programmes.get(k);
      String metric = RecordedProgrammes.EVIDENCE_PREFIX + programme;
      boolean drawn = false;
      for (int p = 0; p < places; p++) {
        double[] z = RecordedMetrics.seriesOrNull(recording, p, Recording.ALL_QUINTILES, metric);
        if (z != null) {
          String place = recording.places().get(p);
          String label = programmes.size() == 1 ? place : programme + ": " + place;
          ChartStyle.nth(chart.addSeries(label, x, z), k * places + p);
          drawn = true;
        }
      }
      double threshold = RecordedProgrammes.threshold(recording, programme);
      if (drawn && Double.isFinite(threshold)) {
        thresholdLine(chart, programmes.size() == 1 ? "" : programme + " ", threshold, x);
      }
      any |= drawn;
    }
    ChartStyle.niceYearTicks(chart, x);
    return any ? Optional.of(chart) : Optional.empty();
  }

  private static void thresholdLine(XYChart chart, String prefix, double threshold, double[] x) {
    XYSeries line =
        chart.addSeries(
            prefix + "threshold (z = " + Numbers.format(threshold) + ")",
            new double[] {x[0], x[x.length - 1]},
            new double[] {threshold, threshold});
    line.setMarker(SeriesMarkers.NONE);
    line.setLineColor(ChartStyle.BLACK);
    line.setLineStyle(
        new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, DASH, 0f));
  }
}
