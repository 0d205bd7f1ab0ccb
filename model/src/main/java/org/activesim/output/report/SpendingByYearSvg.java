package org.activesim.output.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.activesim.output.ScenarioColours;

/**
 * Grouped bars of each scenario's extra spending by year against the baseline (undiscounted, the
 * {@code cost_gbp} of {@code economics.csv}), drawn as SVG here: the comparison writes no chart of
 * spending. Text is real SVG text, so it scales and a screen reader can read it.
 */
final class SpendingByYearSvg {

  private static final int WIDTH = 720;
  private static final int HEIGHT = 360;
  private static final int LEFT = 80;
  private static final int RIGHT = 16;
  private static final int TOP = 20;
  private static final int BOTTOM = 70;

  private SpendingByYearSvg() {}

  /** The chart, or empty when no scenario spent anything more than the baseline. */
  static Optional<String> draw(String id, List<String> names, CsvRows economics, int years) {
    int scenarios = names.size() - 1;
    if (scenarios < 1 || years < 1) {
      return Optional.empty();
    }
    double[][] cost = new double[scenarios][years];
    double max = 0;
    for (int s = 0; s < scenarios; s++) {
      for (int y = 0; y < years; y++) {
        Map<String, String> row =
            economics
                .find("scenario", names.get(s + 1), "year", Integer.toString(y))
                .orElse(Map.of());
        double c = CsvRows.number(row, "cost_gbp");
        cost[s][y] = Double.isFinite(c) ? Math.max(0, c) : 0;
        max = Math.max(max, cost[s][y]);
      }
    }
    if (max <= 0) {
      return Optional.empty();
    }
    double step = niceStep(max / 4);
    double top = Math.ceil(max / step) * step;
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    String alt =
        "Bar chart: extra spending against the baseline in each of the "
            + years
            + " years, one bar per scenario; the largest is "
            + Figures.pounds(max)
            + " in a year.";
    StringBuilder svg = new StringBuilder();
    svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT);
    svg.append("\" role=\"img\" aria-labelledby=\"").append(id).append("title\" aria-label=\"");
    svg.append(HtmlText.escape(alt)).append("\"><title id=\"").append(id).append("title\">");
    svg.append(HtmlText.escape(alt)).append("</title>\n");
    svg.append("<g font-family=\"sans-serif\" font-size=\"12\" fill=\"#1a1a1a\">\n");
    for (double t = 0; t <= top + step / 2; t += step) {
      double y = TOP + plotH - t / top * plotH;
      svg.append(line(LEFT, y, WIDTH - RIGHT, y, t == 0 ? "#1a1a1a" : "#cccccc"));
      svg.append(text(LEFT - 6, y + 4, "end", Figures.poundsInWords(t)));
    }
    double groupW = plotW / years;
    double barW = groupW * 0.8 / scenarios;
    for (int y = 0; y < years; y++) {
      double x0 = LEFT + y * groupW + groupW * 0.1;
      for (int s = 0; s < scenarios; s++) {
        double h = cost[s][y] / top * plotH;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n",
                x0 + s * barW,
                TOP + plotH - h,
                barW,
                h,
                ScenarioColours.hex(s + 1)));
      }
      svg.append(text(x0 + groupW * 0.4, TOP + plotH + 16, "middle", Integer.toString(y + 1)));
    }
    svg.append(text(LEFT + plotW / 2, TOP + plotH + 34, "middle", "Year of the run"));
    legend(svg, names);
    svg.append("</g>\n</svg>\n");
    return Optional.of(svg.toString());
  }

  private static void legend(StringBuilder svg, List<String> names) {
    double x = LEFT;
    double y = HEIGHT - 16;
    for (int s = 1; s < names.size(); s++) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
              x,
              y - 10,
              ScenarioColours.hex(s)));
      svg.append(text(x + 16, y, "start", names.get(s)));
      x += 28 + 7 * Math.min(40, names.get(s).length());
    }
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n",
        x1,
        y1,
        x2,
        y2,
        colour);
  }

  private static String text(double x, double y, String anchor, String content) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n",
        x,
        y,
        anchor,
        HtmlText.escape(content));
  }

  /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
  static double niceStep(double rough) {
    double p = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * p >= rough) {
        return m * p;
      }
    }
    return 10 * p;
  }
}
