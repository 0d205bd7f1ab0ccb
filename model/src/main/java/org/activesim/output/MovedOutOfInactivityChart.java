package org.activesim.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.Interval;
import org.activesim.evaluation.Outcome;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * {@code moved_out_of_inactivity}: for each scenario besides the baseline, the residents moved out
 * of inactivity by the end (baseline inactive − scenario inactive, paired replicates, {@link
 * Outcome#MOVED_OUT_OF_INACTIVITY}), a bar at the mean with an error bar of the 95% CI (none with a
 * single replicate). Each scenario is its own series, so the legend names it and its colour matches
 * the other comparison charts; a series has a value only in its own category, and bars overlap so
 * that each sits centred on its label.
 */
final class MovedOutOfInactivityChart implements ComparisonFigure {

  @Override
  public String name() {
    return "moved_out_of_inactivity";
  }

  @Override
  public Optional<CategoryChart> build(Comparison comparison, List<String> places) {
    int n = comparison.scenarios().size();
    if (n < 2) {
      return Optional.empty();
    }
    List<String> categories = comparison.scenarios().subList(1, n);
    CategoryChart chart =
        ChartStyle.barChart(
            "People moved out of inactivity by the end, compared with the baseline",
            "Scenario",
            "Residents (mean and 95% CI)");
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setErrorBarsColorSeriesColor(false);
    for (int s = 1; s < n; s++) {
      Interval d = comparison.difference(s, Outcome.MOVED_OUT_OF_INACTIVITY);
      List<Double> y = new ArrayList<>(Collections.nCopies(n - 1, (Double) null));
      List<Double> error = new ArrayList<>(Collections.nCopies(n - 1, (Double) null));
      y.set(s - 1, d.mean());
      error.set(s - 1, Double.isFinite(d.halfWidth()) ? d.halfWidth() : 0.0);
      CategorySeries series = chart.addSeries(comparison.scenarios().get(s), categories, y, error);
      series.setFillColor(ScenarioStyle.colour(s));
    }
    return Optional.of(chart);
  }
}
