package org.activesim.output;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activesim.core.Mechanism;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.MechanismRates;
import org.activesim.scenario.PopulationSpec;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * {@code mechanism_heat_map_<scenario>}: where and through what one scenario changed upward moves,
 * compared with the baseline. Rows are place × IMD quintile ("Tendring Q1"), columns mechanisms,
 * and each cell the paired difference (mean over replicates) of the upward transitions per 1,000
 * residents a year of {@code cmo.csv}, <em>summed</em> over the age-band × condition contexts of
 * the row (eight of them). The sum is eight times the unweighted mean over those contexts: it ranks
 * cells and shows the direction, but it is not the rate of the row's whole population, which would
 * need the contexts' sizes, and a comparison keeps rates only. {@code cmo.csv} has each context.
 *
 * <p>Colours diverge from white at 0: blue for more moves than the baseline, vermillion for fewer
 * (the Okabe–Ito pair, told apart with the common colour-vision deficiencies), on a scale symmetric
 * about 0 so that equal colours mean equal sizes either way.
 */
final class MechanismHeatMapChart implements ComparisonFigure {

  /** Pixels per row, so that the labels of Essex's 60 rows (12 places × 5) stay readable. */
  private static final int ROW_HEIGHT = 20;

  /** Room for the title, the x axis and its title. */
  private static final int MARGIN = 200;

  /** Rows up to which each cell shows its value. */
  private static final int MAX_ROWS_WITH_VALUES = 40;

  /** Smallest difference drawn: cells show one decimal, so anything smaller would read 0. */
  private static final double SHOWN_FROM = 0.05;

  /** Longest scenario name shown in full in the title. */
  private static final int TITLE_NAME_LENGTH = 40;

  private final int scenario;
  private final String name;

  /**
   * @param scenario index of a scenario other than the baseline
   * @param fileNamePart the scenario's name made safe for a file name
   */
  MechanismHeatMapChart(int scenario, String fileNamePart) {
    if (scenario < 1) {
      throw new IllegalArgumentException("the baseline has no difference from itself");
    }
    this.scenario = scenario;
    this.name = "mechanism_heat_map_" + fileNamePart;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Optional<HeatMapChart> build(Comparison comparison, List<String> places) {
    CmoCsv.checkPlaces(comparison, places);
    List<String> rows = new ArrayList<>();
    List<String> columns = new ArrayList<>();
    for (Mechanism m : Mechanism.values()) {
      columns.add(m.label());
    }
    // XChart puts the first y category at the bottom: list the rows bottom-up so that the first
    // place's Q1 is at the top, as in cmo.csv.
    List<Number[]> cells = new ArrayList<>();
    double largest = 0;
    int row = 0;
    for (int p = places.size() - 1; p >= 0; p--) {
      for (int q = Quintiles.COUNT - 1; q >= 0; q--) {
        rows.add(places.get(p) + " " + Quintiles.code(q));
        for (Mechanism m : Mechanism.values()) {
          double v = summedDifference(comparison, p, q, m);
          // Cells that would read 0 (or -0) are left blank, the colour of 0 anyway, so the eye
          // goes to the cells that changed.
          if (Double.isFinite(v) && Math.abs(v) >= SHOWN_FROM) {
            cells.add(new Number[] {m.ordinal(), row, v});
            largest = Math.max(largest, Math.abs(v));
          }
        }
        row++;
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    HeatMapChart chart = chart(comparison.scenarios().get(scenario), rows.size());
    if (cells.isEmpty()) {
      // No change anywhere. XChart needs one cell: a 0, drawn white and without its label.
      cells.add(new Number[] {0, 0, 0.0});
      chart.getStyler().setShowValue(false);
    }
    double limit = niceCeiling(largest);
    chart.getStyler().setMin(-limit).setMax(limit);
    HeatMapSeries series =
        chart.addSeries("Difference per 1,000 residents a year", columns, rows, cells);
    series.setMin(-limit);
    series.setMax(limit);
    return Optional.of(chart);
  }

  /** The row's difference from the baseline summed over age bands and conditions. */
  double summedDifference(Comparison comparison, int place, int quintile, Mechanism m) {
    double sum = 0;
    for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
      for (int c = 0; c < MechanismsCsv.CONDITIONS.length; c++) {
        int k = MechanismRates.index(place, quintile, a, c, m);
        sum += comparison.rateDifference(scenario, k).mean();
      }
    }
    return sum;
  }

  /**
   * The smallest of 1, 2, 5 × 10^k at or above {@code x} (1 for 0), so that the legend's ends are
   * round numbers.
   */
  static double niceCeiling(double x) {
    if (!(x > 0)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(x)));
    for (double step : new double[] {1, 2, 5}) {
      if (step * power >= x) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String shortened(String name) {
    return name.length() <= TITLE_NAME_LENGTH
        ? name
        : name.substring(0, TITLE_NAME_LENGTH - 1) + "…";
  }

  private static HeatMapChart chart(String scenarioName, int rows) {
    HeatMapChart chart =
        new HeatMapChartBuilder()
            .width(ChartStyle.WIDTH)
            .height(Math.max(ChartStyle.HEIGHT, MARGIN + ROW_HEIGHT * rows))
            .title(shortened(scenarioName) + ": change in upward moves by mechanism")
            .xAxisTitle(
                "Mechanism (per 1,000 residents a year vs baseline, summed over age bands and"
                    + " conditions)")
            .yAxisTitle("Place and deprivation quintile (Q1 most deprived)")
            .build();
    HeatMapStyler styler = chart.getStyler();
    ChartStyle.common(styler);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setRangeColors(
        new Color[] {ChartStyle.OKABE_ITO[0], Color.WHITE, ChartStyle.OKABE_ITO[4]});
    styler.setPlotGridLinesVisible(false);
    styler.setDrawBorder(true);
    styler.setShowValue(rows <= MAX_ROWS_WITH_VALUES);
    styler.setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    styler.setValueFontColor(Color.BLACK);
    // Cell values go through XChart's DecimalFormat of the JVM's default locale (4.0.3 takes no
    // locale for them); the legend's ends are formatted here, locale-free.
    styler.setHeatMapValueDecimalPattern("0.#");
    styler.setHeatMapDecimalValueFormatter(ChartStyle::yearLabel);
    // Label every row and column: XChart's default spacing hint (74 px) would skip most.
    styler.setYAxisTickMarkSpacingHint(ROW_HEIGHT / 2);
    styler.setXAxisTickMarkSpacingHint(10);
    return chart;
  }
}
