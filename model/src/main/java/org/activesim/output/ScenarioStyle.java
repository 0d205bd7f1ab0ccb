package org.activesim.output;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.XYStyler;

/**
 * How scenarios look in the comparison charts: the baseline is black, scenario s (s ≥ 1) takes the
 * (s − 1)-th colour of {@link ChartStyle#colour}, the same in every chart, so a reader can follow a
 * scenario from one figure to the next.
 */
final class ScenarioStyle {

  /** Opacity of confidence bands: light enough that overlapping bands stay readable. */
  private static final int BAND_ALPHA = 0x30;

  private ScenarioStyle() {}

  /** Colour of scenario {@code s} (0 is the baseline). */
  static Color colour(int s) {
    return s == 0 ? ChartStyle.BLACK : ChartStyle.colour(s - 1);
  }

  /** The colour of scenario {@code s} made translucent, for its confidence band. */
  static Color band(int s) {
    Color c = colour(s);
    return new Color(c.getRed(), c.getGreen(), c.getBlue(), BAND_ALPHA);
  }

  /** An XY chart of the standard size and look whose x axis is a plain number, not years. */
  static XYChart xyChart(String title, String xAxisTitle, String yAxisTitle) {
    XYChart chart =
        new XYChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(ChartStyle.HEIGHT)
            .title(title)
            .xAxisTitle(xAxisTitle)
            .yAxisTitle(yAxisTitle)
            .build();
    XYStyler styler = chart.getStyler();
    ChartStyle.common(styler);
    return chart;
  }
}
