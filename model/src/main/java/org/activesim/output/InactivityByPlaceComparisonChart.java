package org.activesim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.Interval;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * {@code inactivity_by_place}: each place's inactive share at the end of the run under each
 * scenario, baseline included ({@link Comparison#placeInactiveShareEnd}): grouped bars, one group
 * per place in scenario order, one bar per scenario in the colours of the other comparison charts,
 * at the mean over replicates with an error bar of the 95% CI of the mean (none with a single
 * replicate).
 *
 * <p>Bars start at zero, so differences of a fraction of a percentage point are hard to see; that
 * is the honest reading of levels. The paired differences from the baseline, which carry the
 * comparison's precision, are in {@code comparison.csv} and {@code moved_out_of_inactivity}.
 */
final class InactivityByPlaceComparisonChart implements ComparisonFigure {

  @Override
  public String name() {
    return "inactivity_by_place";
  }

  @Override
  public Optional<CategoryChart> build(Comparison comparison, List<String> places) {
    if (places.isEmpty()) {
      return Optional.empty();
    }
    CategoryChart chart =
        ChartStyle.barChart(
            "Physical inactivity by place at the end, by scenario",
            "Place",
            "Adults inactive at the end (%, mean and 95% CI)");
    chart.getStyler().setYAxisDecimalPattern("0.#");
    chart.getStyler().setErrorBarsColorSeriesColor(false);
    for (int s = 0; s < comparison.scenarios().size(); s++) {
      List<Double> y = new ArrayList<>();
      List<Double> error = new ArrayList<>();
      for (int p = 0; p < places.size(); p++) {
        Interval i = comparison.placeInactiveShareEnd(s, p);
        y.add(100 * i.mean());
        error.add(Double.isFinite(i.halfWidth()) ? 100 * i.halfWidth() : 0.0);
      }
      CategorySeries series = chart.addSeries(comparison.scenarios().get(s), places, y, error);
      series.setFillColor(ScenarioStyle.colour(s));
    }
    return Optional.of(chart);
  }
}
