package org.activesim.output;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.activesim.sensitivity.Analysis;
import org.activesim.sensitivity.Morris;
import org.activesim.sensitivity.OneAtATime;
import org.activesim.sensitivity.Sobol;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The sensitivity figures, one per outcome: build, style, add series (as the other charts). A
 * tornado has vertical bars here (XChart has no horizontal category chart); parameters are sorted
 * by swing, largest on the left.
 */
final class SensitivityCharts {

  private SensitivityCharts() {}

  /** OAT: the effect of each parameter at its minimum and at its maximum, from the centre. */
  static CategoryChart tornado(Analysis a, int replicates) {
    CategoryChart chart =
        ChartStyle.barChart(
            "One at a time: " + a.outcome() + " (mean of " + replicates + " paired replicates)",
            "Parameter (largest swing first)",
            "Change from the centre");
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setXAxisLabelRotation(20);
    List<String> names = new ArrayList<>();
    List<Double> low = new ArrayList<>();
    List<Double> high = new ArrayList<>();
    for (OneAtATime.Effect e : a.oat()) {
      names.add(e.parameter());
      low.add(finite(e.low().estimate()));
      high.add(finite(e.high().estimate()));
    }
    CategorySeries lo = chart.addSeries("at minimum", names, low);
    lo.setFillColor(ChartStyle.colour(0));
    CategorySeries hi = chart.addSeries("at maximum", names, high);
    hi.setFillColor(ChartStyle.colour(1));
    return chart;
  }

  /** Morris: μ* (importance) against σ (non-linearity or interaction), one point per parameter. */
  static XYChart morris(Analysis a) {
    XYChart chart =
        new org.knowm.xchart.XYChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title("Morris elementary effects: " + a.outcome())
            .xAxisTitle("μ* (mean |elementary effect| per whole range)")
            .yAxisTitle("σ (spread of elementary effects)")
            .build();
    ChartStyle.common(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
    chart.getStyler().setMarkerSize(12);
    double max = 0;
    int i = 0;
    for (Morris.Effect e : a.morris()) {
      double x = finite(e.muStar().estimate());
      double y = finite(e.sigma());
      XYSeries s = chart.addSeries(e.parameter(), new double[] {x}, new double[] {y});
      s.setMarker(SeriesMarkers.CIRCLE);
      s.setMarkerColor(ChartStyle.colour(i++));
      max = Math.max(max, Math.max(x, y));
    }
    // The line σ = μ*: points above it are dominated by non-linearity or interactions.
    double top = max > 0 ? max * 1.05 : 1;
    XYSeries diagonal = chart.addSeries("σ = μ*", new double[] {0, top}, new double[] {0, top});
    diagonal.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    ChartStyle.line(diagonal, Color.GRAY, 1.5f);
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(top).setYAxisMin(0.0).setYAxisMax(top);
    return chart;
  }

  /** Sobol: first-order and total index per parameter, error bars half the 95% interval's width. */
  static CategoryChart sobol(Analysis a) {
    CategoryChart chart =
        ChartStyle.barChart(
            "Sobol indices: " + a.outcome() + " (bars: 95% bootstrap interval, half-width)",
            "Parameter",
            "Share of output variance");
    chart.getStyler().setXAxisLabelRotation(20);
    chart.getStyler().setErrorBarsColor(Color.BLACK);
    List<String> names = new ArrayList<>();
    List<Double> s1 = new ArrayList<>();
    List<Double> s1err = new ArrayList<>();
    List<Double> st = new ArrayList<>();
    List<Double> sterr = new ArrayList<>();
    for (Sobol.Indices s : a.sobol()) {
      names.add(s.parameter());
      s1.add(finite(s.first().estimate()));
      s1err.add(finite((s.first().high() - s.first().low()) / 2));
      st.add(finite(s.total().estimate()));
      sterr.add(finite((s.total().high() - s.total().low()) / 2));
    }
    chart.addSeries("first order S1", names, s1, s1err).setFillColor(ChartStyle.colour(0));
    chart.addSeries("total ST", names, st, sterr).setFillColor(ChartStyle.colour(1));
    return chart;
  }

  /** Charts cannot draw NaN: an undefined value is drawn as 0 (the CSV keeps it empty). */
  private static double finite(double v) {
    return Double.isFinite(v) ? v : 0;
  }
}
