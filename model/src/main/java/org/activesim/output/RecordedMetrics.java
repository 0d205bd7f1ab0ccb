package org.activesim.output;

import java.util.ArrayList;
import java.util.List;
import org.activesim.core.Recording;

/**
 * Reading metrics that a recording may or may not have: figures draw what is there and skip what is
 * not, so a baseline run, an old recording or a new metric set never makes chart writing fail.
 */
final class RecordedMetrics {

  private RecordedMetrics() {}

  /** The series, or null if the metric is not recorded or has no values at that place. */
  static double[] seriesOrNull(Recording r, int place, int quintile, String metric) {
    if (r.metricIndex(metric) < 0) {
      return null;
    }
    double[] y = r.series(place, quintile, metric);
    return ChartStyle.hasData(y) ? y : null;
  }

  /** Names of the recorded metrics that start with {@code prefix}, in recording order. */
  static List<String> withPrefix(Recording r, String prefix) {
    List<String> names = new ArrayList<>();
    for (String metric : r.metrics()) {
      if (metric.startsWith(prefix)) {
        names.add(metric);
      }
    }
    return names;
  }

  /**
   * The total of a flow metric (one counted since the previous recorded week) over the run: the sum
   * over recorded weeks after week 0, which is the state before the first step; NaN counts as 0.
   * The metric must be recorded.
   */
  static double runTotal(Recording r, int place, int quintile, String metric) {
    double[] y = r.series(place, quintile, metric);
    double total = 0;
    for (int w = 1; w < y.length; w++) {
      if (!Double.isNaN(y[w])) {
        total += y[w];
      }
    }
    return total;
  }
}
