package org.activesim.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The look shared by every chart: size, fonts, palette, and nothing that varies between runs. */
final class ChartStyle {

  static final int WIDTH = 1000;
  static final int HEIGHT = 600;

  /** Aggregates ("All places") are black and thicker. */
  static final Color BLACK = new Color(0x000000);

  /**
   * Okabe–Ito colours (Okabe &amp; Ito 2008), distinguishable with the common colour-vision
   * deficiencies; yellow (#F0E442) is left out, unreadable on white. Quintiles use the first five.
   */
  static final Color[] OKABE_ITO = {
    new Color(0xD55E00), // vermillion
    new Color(0xE69F00), // orange
    new Color(0x009E73), // bluish green
    new Color(0x56B4E9), // sky blue
    new Color(0x0072B2), // blue
    new Color(0xCC79A7), // reddish purple
  };

  /**
   * Colours for the seventh and later places: Paul Tol's "muted" scheme, minus the hues too close
   * to Okabe–Ito ones, plus grey. Twelve colours cover Essex's twelve districts; beyond that they
   * repeat. Dashes cannot help: XChart draws a line as one segment per point, so a dash pattern
   * restarts at every (weekly) point and the line looks solid.
   */
  private static final Color[] MORE = {
    new Color(0x332288), // indigo
    new Color(0xCC6677), // rose
    new Color(0x999933), // olive
    new Color(0x882255), // wine
    new Color(0xDDCC77), // sand
    new Color(0x777777), // grey
  };

  /** Name of the invisible series added by {@link #niceYearTicks}. */
  private static final String TICK_HELPER = "(x tick spacing helper)";

  private static final float LINE_WIDTH = 2.5f;

  /** Logical font, so the SVG names a family every viewer has. */
  private static final String FONT = Font.SANS_SERIF;

  private ChartStyle() {}

  /** A line chart of the standard size with the title and axis titles given (units included). */
  static XYChart lineChart(String title, String xAxisTitle, String yAxisTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xAxisTitle)
            .yAxisTitle(yAxisTitle)
            .build();
    XYStyler styler = chart.getStyler();
    common(styler);
    styler.setXAxisTickLabelsFormattingFunction(ChartStyle::yearLabel);
    return chart;
  }

  /**
   * A bar chart of the standard size, categories along the x axis, one bar per series in each
   * category (grouped, not stacked), with the legend below.
   */
  static CategoryChart barChart(String title, String xAxisTitle, String yAxisTitle) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .xAxisTitle(xAxisTitle)
            .yAxisTitle(yAxisTitle)
            .build();
    CategoryStyler styler = chart.getStyler();
    common(styler);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setPlotGridVerticalLinesVisible(false);
    styler.setAvailableSpaceFill(0.8);
    return chart;
  }

  /** Background, fonts, legend and grid shared by every chart with axes. */
  static void common(AxesChartStyler styler) {
    // Tick labels go through DecimalFormat: pin the locale so "1,5" never appears for 1.5.
    styler.setLocale(Locale.UK);
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderColor(Color.GRAY);
    styler.setChartTitleFont(new Font(FONT, Font.BOLD, 22));
    styler.setChartTitleBoxVisible(false);
    styler.setLegendFont(new Font(FONT, Font.PLAIN, 15));
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setAntiAlias(true);
    styler.setAxisTitleFont(new Font(FONT, Font.PLAIN, 17));
    styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 14));
    styler.setPlotGridLinesColor(new Color(0xDDDDDD));
  }

  /** Styles a series as a plain line (weekly data: markers would only clutter). */
  static void line(XYSeries series, Color color, float width) {
    series.setMarker(SeriesMarkers.NONE);
    series.setLineColor(color);
    series.setLineStyle(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
  }

  /** The aggregate line: black and thicker, drawn first so it sits under the others. */
  static void aggregate(XYSeries series) {
    line(series, BLACK, LINE_WIDTH + 1.5f);
  }

  /** The i-th of many lines: Okabe–Ito first, then the extra colours, then round again. */
  static void nth(XYSeries series, int i) {
    line(series, colour(i), LINE_WIDTH);
  }

  /** The i-th colour: Okabe–Ito first, then the extra colours, then round again. */
  static Color colour(int i) {
    int k = i % (OKABE_ITO.length + MORE.length);
    return k < OKABE_ITO.length ? OKABE_ITO[k] : MORE[k - OKABE_ITO.length];
  }

  /** Line width of ordinary series. */
  static float lineWidth() {
    return LINE_WIDTH;
  }

  /** Tick label for a year value: at most two decimals, locale-free ("0.25", "1.5", "10"). */
  static String yearLabel(double year) {
    return new java.math.BigDecimal(year)
        .setScale(2, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }

  /**
   * Makes XChart place x ticks at round years. XChart 4.0.3 puts x ticks on the data points
   * themselves when all x values are equally spaced (weekly recording), giving labels like 0.1346
   * packed edge to edge (knowm/XChart#731). One extra x value half a step in breaks the equal
   * spacing; its y is NaN, so nothing is drawn and the y axis range is unchanged.
   */
  static void niceYearTicks(XYChart chart, double[] years) {
    if (years.length < 2) {
      return;
    }
    double[] x = {years[0], (years[0] + years[1]) / 2};
    XYSeries helper = chart.addSeries(TICK_HELPER, x, new double[] {Double.NaN, Double.NaN});
    helper.setShowInLegend(false);
    helper.setMarker(SeriesMarkers.NONE);
  }

  /** Recorded weeks as years since the start (x axis of every chart). */
  static double[] years(int[] weeks) {
    double[] years = new double[weeks.length];
    for (int i = 0; i < weeks.length; i++) {
      years[i] = weeks[i] / 52.0;
    }
    return years;
  }

  /** Multiplies a share series by 100 (NaN stays NaN). */
  static double[] percent(double[] shares) {
    double[] out = new double[shares.length];
    for (int i = 0; i < shares.length; i++) {
      out[i] = 100 * shares[i];
    }
    return out;
  }

  /** Whether a series has any value to draw. */
  static boolean hasData(double[] values) {
    for (double v : values) {
      if (!Double.isNaN(v)) {
        return true;
      }
    }
    return false;
  }
}
