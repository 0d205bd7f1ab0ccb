package org.activesim.output;

import java.awt.Color;
import java.util.Optional;
import org.activesim.core.Recording;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/**
 * {@code groups_and_members}: community groups (left axis) and their members (right axis) over
 * time, all places. Members are shown as a share of residents when {@code residents} is recorded,
 * so the figure reads the same at any population scale; otherwise as a head count.
 */
final class GroupsAndMembersChart implements Figure {

  static final String GROUPS = "groups";
  static final String MEMBERS = "group_members";
  static final String RESIDENTS = "residents";

  private static final Color GROUPS_COLOUR = ChartStyle.OKABE_ITO[4]; // blue
  private static final Color MEMBERS_COLOUR = ChartStyle.OKABE_ITO[0]; // vermillion

  @Override
  public String name() {
    return "groups_and_members";
  }

  @Override
  public Optional<XYChart> build(Recording recording) {
    int all = recording.allPlaces();
    int q = Recording.ALL_QUINTILES;
    double[] groups = RecordedMetrics.seriesOrNull(recording, all, q, GROUPS);
    double[] members = RecordedMetrics.seriesOrNull(recording, all, q, MEMBERS);
    if (groups == null && members == null) {
      return Optional.empty();
    }
    XYChart chart =
        ChartStyle.lineChart(
            "Community groups and their members", "Year", "Community groups (number)");
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
    double[] x = ChartStyle.years(recording.weeks());
    if (groups != null) {
      XYSeries s = chart.addSeries("Community groups", x, groups);
      ChartStyle.line(s, GROUPS_COLOUR, ChartStyle.lineWidth());
      chart.getStyler().setYAxisGroupTickLabelsColorMap(0, GROUPS_COLOUR);
    }
    if (members != null) {
      double[] residents = RecordedMetrics.seriesOrNull(recording, all, q, RESIDENTS);
      String title;
      double[] y;
      if (residents != null) {
        y = new double[members.length];
        for (int i = 0; i < y.length; i++) {
          y[i] = residents[i] > 0 ? 100 * members[i] / residents[i] : Double.NaN;
        }
        title = "Group members (% of residents)";
      } else {
        y = members;
        title = "Group members (people)";
      }
      XYSeries s = chart.addSeries(title.substring(0, title.indexOf(" (")), x, y);
      ChartStyle.line(s, MEMBERS_COLOUR, ChartStyle.lineWidth());
      // A second y axis on the right: members and groups differ by orders of magnitude.
      int axis = groups != null ? 1 : 0;
      s.setYAxisGroup(axis);
      chart.setYAxisGroupTitle(axis, title);
      chart.getStyler().setYAxisGroupTickLabelsColorMap(axis, MEMBERS_COLOUR);
      if (axis == 1) {
        chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
      }
    }
    ChartStyle.niceYearTicks(chart, x);
    return Optional.of(chart);
  }
}
