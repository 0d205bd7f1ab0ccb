package org.activesim.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activesim.core.Recording;
import org.knowm.xchart.XYChart;

/**
 * {@code groups_by_origin}: alive community groups over time by how they began (ODD 7.5:
 * citizen-led after ABCD training, funded by a microgrant, organic, or replicated from another
 * place), all places, with the total from {@code groups} when recorded.
 */
final class GroupsByOriginChart implements Figure {

  static final String PREFIX = "groups:";

  /** The known origins, in legend order; each keeps its colour whether or not others are drawn. */
  static final List<String> ORIGINS =
      List.of("abcd", "microgrant", "organic", "replicated", "champion");

  private static final List<String> LABELS =
      List.of("ABCD (citizen-led)", "Microgrant", "Organic", "Replicated", "Champion-led");

  @Override
  public String name() {
    return "groups_by_origin";
  }

  @Override
  public Optional<XYChart> build(Recording recording) {
    int all = recording.allPlaces();
    int q = Recording.ALL_QUINTILES;
    // Known origins first, in their fixed order; then any other origin the core may add.
    List<String> metrics = new ArrayList<>();
    for (String origin : ORIGINS) {
      metrics.add(PREFIX + origin);
    }
    for (String metric : RecordedMetrics.withPrefix(recording, PREFIX)) {
      if (!metrics.contains(metric)) {
        metrics.add(metric);
      }
    }
    XYChart chart = ChartStyle.lineChart("Community groups by origin", "Year", "Groups (number)");
    double[] x = ChartStyle.years(recording.weeks());
    double[] total = RecordedMetrics.seriesOrNull(recording, all, q, GroupsAndMembersChart.GROUPS);
    boolean any = false;
    for (int i = 0; i < metrics.size(); i++) {
      double[] y = RecordedMetrics.seriesOrNull(recording, all, q, metrics.get(i));
      if (y == null) {
        continue;
      }
      if (!any && total != null) {
        // The total goes in first, so that it sits under the origin lines.
        ChartStyle.aggregate(chart.addSeries("All groups", x, total));
      }
      String label = i < LABELS.size() ? LABELS.get(i) : metrics.get(i).substring(PREFIX.length());
      ChartStyle.nth(chart.addSeries(label, x, y), i);
      any = true;
    }
    ChartStyle.niceYearTicks(chart, x);
    return any ? Optional.of(chart) : Optional.empty();
  }
}
