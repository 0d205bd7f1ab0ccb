package org.activesim.output;

import java.awt.Color;
import java.util.List;
import java.util.Optional;
import org.activesim.evaluation.Comparison;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code cost_effectiveness_plane}: for each scenario besides the baseline, one point per replicate
 * at (person-years active gained, incremental cost in £), both against the baseline replicate of
 * the same seed (undiscounted, {@link Comparison#personYearsActiveGained} and {@link
 * Comparison#incrementalCostGbp}), and the mean of the replicates as a larger diamond. The cloud
 * shows the Monte Carlo uncertainty of both axes at once; points to the right are more effective,
 * points lower down cheaper.
 */
final class CostEffectivenessPlaneChart implements ComparisonFigure {

  @Override
  public String name() {
    return "cost_effectiveness_plane";
  }

  @Override
  public Optional<XYChart> build(Comparison comparison, List<String> places) {
    int n = comparison.scenarios().size();
    if (n < 2) {
      return Optional.empty();
    }
    XYChart chart =
        ScenarioStyle.xyChart(
            "Cost-effectiveness plane: each run against its baseline run",
            "Person-years active gained",
            "Extra cost (£)");
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(9);
    chart.getStyler().setXAxisDecimalPattern("#,##0.#");
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    double[] xRange = {0, 0};
    double[] yRange = {0, 0};
    for (int s = 1; s < n; s++) {
      String name = comparison.scenarios().get(s);
      double[] x = comparison.personYearsActiveGained(s);
      double[] y = comparison.incrementalCostGbp(s);
      XYSeries runs = chart.addSeries(name + " (each run)", x, y);
      runs.setMarker(SeriesMarkers.CIRCLE);
      runs.setMarkerColor(translucent(s));
      XYSeries mean =
          chart.addSeries(name + " (mean)", new double[] {mean(x)}, new double[] {mean(y)});
      mean.setMarker(SeriesMarkers.DIAMOND);
      mean.setMarkerColor(ScenarioStyle.colour(s));
      extend(xRange, x);
      extend(yRange, y);
    }
    // The origin (the baseline itself) is always in view, and no point sits on the frame.
    chart.getStyler().setXAxisMin(xRange[0] - pad(xRange)).setXAxisMax(xRange[1] + pad(xRange));
    chart.getStyler().setYAxisMin(yRange[0] - pad(yRange)).setYAxisMax(yRange[1] + pad(yRange));
    return Optional.of(chart);
  }

  /** Replicate points half-transparent, so that coinciding runs show as a darker spot. */
  private static Color translucent(int s) {
    Color c = ScenarioStyle.colour(s);
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), 0x99);
  }

  private static void extend(double[] range, double[] values) {
    for (double v : values) {
      range[0] = Math.min(range[0], v);
      range[1] = Math.max(range[1], v);
    }
  }

  /** 5% of the range, or 1 when all values coincide. */
  private static double pad(double[] range) {
    double width = range[1] - range[0];
    return width > 0 ? 0.05 * width : 1;
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return sum / values.length;
  }
}
