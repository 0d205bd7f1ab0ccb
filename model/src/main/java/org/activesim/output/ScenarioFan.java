package org.activesim.output;

import java.util.Optional;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.Interval;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A fan chart of a weekly statistic over replicates: per scenario, the mean as a line and the 95%
 * confidence interval of the mean as a translucent band (a filled polygon: along the upper bound,
 * back along the lower). Dashed bound lines were rejected: XChart draws one segment per weekly
 * point, so the dash pattern restarts at every point and looks solid ({@link ChartStyle}). Bands
 * are drawn first, so every mean line lies on top of every band. A scenario with one replicate has
 * no interval and gets no band.
 */
final class ScenarioFan {

  /** A statistic of a scenario at a recorded week. */
  interface Statistic {
    Interval at(Comparison comparison, int scenario, int weekIndex);
  }

  private ScenarioFan() {}

  /**
   * The chart, or empty if no scenario has a finite mean.
   *
   * @param scale factor applied to every value (100 turns shares into percentages)
   */
  static Optional<XYChart> build(
      Comparison comparison, String title, String yAxisTitle, Statistic statistic, double scale) {
    String xAxisTitle =
        "Year (lines: mean of "
            + comparison.replicates()
            + " runs; shading: 95% confidence interval of the mean)";
    XYChart chart = ChartStyle.lineChart(title, xAxisTitle, yAxisTitle);
    chart.getStyler().setYAxisDecimalPattern("0.#");
    double[] x = ChartStyle.years(comparison.weeks());
    int n = comparison.scenarios().size();
    double[][] mean = new double[n][x.length];
    double[][] low = new double[n][x.length];
    double[][] high = new double[n][x.length];
    for (int s = 0; s < n; s++) {
      for (int w = 0; w < x.length; w++) {
        Interval i = statistic.at(comparison, s, w);
        mean[s][w] = scale * i.mean();
        low[s][w] = scale * i.low();
        high[s][w] = scale * i.high();
      }
    }
    for (int s = 0; s < n; s++) {
      if (allFinite(low[s]) && allFinite(high[s])) {
        band(chart, s, x, low[s], high[s]);
      }
    }
    boolean any = false;
    for (int s = 0; s < n; s++) {
      if (ChartStyle.hasData(mean[s])) {
        XYSeries line = chart.addSeries(comparison.scenarios().get(s), x, mean[s]);
        ChartStyle.line(line, ScenarioStyle.colour(s), ChartStyle.lineWidth());
        any = true;
      }
    }
    ChartStyle.niceYearTicks(chart, x);
    return any ? Optional.of(chart) : Optional.empty();
  }

  private static void band(XYChart chart, int s, double[] x, double[] low, double[] high) {
    int n = x.length;
    double[] px = new double[2 * n];
    double[] py = new double[2 * n];
    for (int w = 0; w < n; w++) {
      px[w] = x[w];
      py[w] = high[w];
      px[2 * n - 1 - w] = x[w];
      py[2 * n - 1 - w] = low[w];
    }
    // Not a scenario name: '\u0001' cannot be typed into a scenario file by accident, and the
    // series is kept out of the legend anyway.
    XYSeries band = chart.addSeries("\u0001band " + s, px, py);
    band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
    band.setShowInLegend(false);
    band.setMarker(SeriesMarkers.NONE);
    band.setFillColor(ScenarioStyle.band(s));
    band.setLineColor(ScenarioStyle.band(s));
  }

  private static boolean allFinite(double[] values) {
    for (double v : values) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
