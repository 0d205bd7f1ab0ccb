package org.activesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activesim.core.Recording;
import org.activesim.evaluation.ProgrammeRollout;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code rollout_timeline}: where each programme ran and when (MODEL.md §5), from the {@code
 * programme_state:<programme>} metrics. One row per programme and place (the place alone when there
 * is one programme), first at the top; along it, a thick bar for each spell in a state, coloured by
 * the state: pilot, planned (adapting to the place), replica, decommissioned. Time without the
 * programme is left blank. Not drawn when no programme ran anywhere.
 *
 * <p>A spell is drawn as one two-point line from its first recorded week to the next recorded week
 * after it (the state holds until then), or to the end of the run, with a butt-capped stroke as
 * thick as most of a row. Drawing every weekly point instead would also work, but a spell is two
 * points whatever the run's length, so the SVG stays small.
 *
 * <p>The drawing reads a {@link ProgrammeRollout}, so that a comparison, which keeps replicate 0's
 * rollout instead of its recording, draws the same chart ({@link #draw}).
 */
final class RolloutTimelineChart implements Figure {

  /** Drawn states, in legend order, with their labels and colours (Okabe–Ito, grey for ended). */
  private static final int[] STATES = {
    RecordedProgrammes.PILOT,
    RecordedProgrammes.PLANNED,
    RecordedProgrammes.REPLICA,
    RecordedProgrammes.DECOMMISSIONED
  };

  private static final String[] LABELS = {
    "Pilot", "Planned (adapting)", "Replica", "Decommissioned"
  };

  private static final Color[] COLOURS = {
    ChartStyle.OKABE_ITO[4], ChartStyle.OKABE_ITO[1], ChartStyle.OKABE_ITO[2], new Color(0x999999)
  };

  /** Height of the plot area the rows share, in pixels (about the chart's, less titles). */
  private static final double PLOT_HEIGHT_PX = 440;

  /** Thickest bar, in pixels, so that a few rows do not become slabs. */
  private static final float MAX_BAR_PX = 28;

  /** Height of a row's label centre above the row's bar centre, in rows (bars take 0.6 at most). */
  private static final double LABEL_OFFSET = 0.42;

  /** One row of the timeline. */
  record Row(String label, double[] state) {}

  @Override
  public String name() {
    return "rollout_timeline";
  }

  @Override
  public Optional<XYChart> build(Recording recording) {
    return draw(ProgrammeRollout.of(recording), "Programme rollout by place");
  }

  /** The timeline of a rollout under a title; empty when no programme ran anywhere. */
  static Optional<XYChart> draw(ProgrammeRollout rollout, String title) {
    List<Row> rows = rows(rollout);
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    XYChart chart = ChartStyle.lineChart(title, "Year", "");
    double[] x = ChartStyle.years(rollout.weeks());
    styleRows(chart, rows, (x[0] + x[x.length - 1]) / 2);
    float width = (float) Math.min(MAX_BAR_PX, 0.6 * PLOT_HEIGHT_PX / rows.size());
    boolean any = false;
    for (int k = 0; k < STATES.length; k++) {
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        spells(rows.get(i).state(), STATES[k], x, rows.size() - 1 - i, xs, ys);
      }
      if (!xs.isEmpty()) {
        XYSeries series = chart.addSeries(LABELS[k], unbox(xs), unbox(ys));
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(COLOURS[k]);
        series.setLineStyle(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        any = true;
      }
    }
    // The whole run is in view, even where no programme ran yet.
    chart.getStyler().setXAxisMin(x[0]).setXAxisMax(x[x.length - 1]);
    ChartStyle.niceYearTicks(chart, x);
    return any ? Optional.of(chart) : Optional.empty();
  }

  /**
   * Every programme that was somewhere at some week, with a row for each place (places where it
   * never ran are kept: they show where it did not reach), in recording order.
   */
  static List<Row> rows(Recording recording) {
    return rows(ProgrammeRollout.of(recording));
  }

  static List<Row> rows(ProgrammeRollout rollout) {
    List<String> programmes = rollout.programmes();
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < programmes.size(); k++) {
      String programme = programmes.get(k);
      List<Row> own = new ArrayList<>();
      boolean ran = false;
      for (int p = 0; p < rollout.places().size(); p++) {
        double[] state = rollout.state(k, p);
        for (double s : state) {
          ran |= s > 0;
        }
        String place = rollout.places().get(p);
        own.add(new Row(programmes.size() == 1 ? place : programme + ": " + place, state));
      }
      if (ran) {
        rows.addAll(own);
      }
    }
    return rows;
  }

  /**
   * Appends the spells in {@code wanted} of one row at height {@code y}: two points each, then a
   * NaN point so that XChart does not join one spell to the next.
   */
  static void spells(
      double[] state, int wanted, double[] x, double y, List<Double> xs, List<Double> ys) {
    int n = state.length;
    int w = 0;
    while (w < n) {
      if (state[w] != wanted) {
        w++;
        continue;
      }
      int from = w;
      while (w < n && state[w] == wanted) {
        w++;
      }
      xs.add(x[from]);
      ys.add(y);
      xs.add(w < n ? x[w] : x[n - 1]);
      ys.add(y);
      xs.add(xs.get(xs.size() - 1));
      ys.add(Double.NaN);
    }
  }

  /**
   * Rows as y = 0 (last row) … rows − 1 (first), each named by a label centred just above its bar
   * at mid-run. Labels are annotations, not y-axis tick labels: XChart 4.0.3 places y ticks by its
   * own rule (and drops labels it finds repeated), so a tick per row cannot be relied on.
   */
  private static void styleRows(XYChart chart, List<Row> rows, double xMid) {
    var styler = chart.getStyler();
    styler.setYAxisMin(-0.5);
    styler.setYAxisMax(rows.size() - 0.5);
    styler.setYAxisTicksVisible(false);
    styler.setPlotGridHorizontalLinesVisible(false);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    styler.setAnnotationTextFontColor(ChartStyle.BLACK);
    for (int i = 0; i < rows.size(); i++) {
      double y = rows.size() - 1 - i + LABEL_OFFSET;
      chart.addAnnotation(new AnnotationText(rows.get(i).label(), xMid, y, false));
    }
  }

  private static double[] unbox(List<Double> values) {
    double[] out = new double[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }
}
