package org.activesim.output;

import java.util.List;
import java.util.Optional;
import org.activesim.core.Recording;
import org.knowm.xchart.XYChart;

/**
 * {@code spending_by_lever}: cumulative £ spent by each lever since the start, over all places and
 * county-wide, read from the recording's spending ledger (the same numbers as {@code
 * spending.csv}), with the total of all levers when there is more than one. Not drawn for a run
 * without levers.
 */
final class SpendingByLeverChart implements Figure {

  @Override
  public String name() {
    return "spending_by_lever";
  }

  @Override
  public Optional<XYChart> build(Recording recording) {
    List<String> levers = recording.levers();
    if (levers.isEmpty()) {
      return Optional.empty();
    }
    double[][] cumulative = new double[levers.size()][];
    double[] total = new double[recording.weekCount()];
    for (int lever = 0; lever < levers.size(); lever++) {
      cumulative[lever] = cumulative(recording, lever);
      for (int w = 0; w < total.length; w++) {
        total[w] += cumulative[lever][w];
      }
    }
    XYChart chart =
        ChartStyle.lineChart("Cumulative spending by lever", "Year", "Spent since the start (£)");
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    double[] x = ChartStyle.years(recording.weeks());
    if (levers.size() > 1) {
      ChartStyle.aggregate(chart.addSeries("All levers", x, total));
    }
    for (int lever = 0; lever < levers.size(); lever++) {
      ChartStyle.nth(chart.addSeries(levers.get(lever), x, cumulative[lever]), lever);
    }
    ChartStyle.niceYearTicks(chart, x);
    return Optional.of(chart);
  }

  /**
   * A lever's spending summed over every slot (places and county-wide) and accumulated over the
   * weeks; week 0, the state before the first step, has none.
   */
  static double[] cumulative(Recording recording, int lever) {
    double[] out = new double[recording.weekCount()];
    double running = 0;
    for (int w = 1; w < out.length; w++) {
      for (int slot = 0; slot <= recording.allPlaces(); slot++) {
        running += recording.spend(w, lever, slot);
      }
      out[w] = running;
    }
    return out;
  }
}
