package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activesim.sensitivity.Analysis;
import org.activesim.sensitivity.Design;
import org.activesim.sensitivity.Interval95;
import org.activesim.sensitivity.Method;
import org.activesim.sensitivity.Morris;
import org.activesim.sensitivity.OneAtATime;
import org.activesim.sensitivity.Sobol;
import org.apache.commons.csv.CSVPrinter;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a sensitivity study: {@code sensitivity.csv} (long format: one row per outcome, parameter
 * and measure, with the 95% interval where there is one), {@code design.csv} (each design point's
 * parameter values and mean outcomes) and one chart per outcome, by method: {@code
 * tornado_<outcome>} (OAT), {@code morris_<outcome>} (μ* against σ) or {@code sobol_<outcome>} (S1
 * and ST bars with intervals), each as PNG and SVG.
 *
 * <p>Measures: OAT {@code value_at_min}, {@code value_at_max} (the parameter's range), {@code
 * centre} (the outcome at the medians), {@code effect_at_min}, {@code effect_at_max} (paired
 * differences from the centre, t-interval over replicates), {@code swing}; Morris {@code mu},
 * {@code mu_star} (bootstrap interval over trajectories), {@code sigma}; Sobol {@code S1}, {@code
 * ST} (bootstrap intervals over base samples). Every outcome also has the rows of parameter {@code
 * (monte carlo)}: {@code noise_share}, {@code within_point_variance}, {@code
 * variance_of_point_means}.
 */
public final class SensitivityWriter {

  public static final String FILE_NAME = "sensitivity.csv";
  public static final String DESIGN_FILE_NAME = "design.csv";

  /** The parameter column of the Monte Carlo noise rows. */
  static final String NOISE = "(monte carlo)";

  private SensitivityWriter() {}

  public static List<Path> write(
      Method method, Design design, List<Analysis> analyses, int replicates, Path dir)
      throws IOException {
    Path table = dir.resolve(FILE_NAME);
    Path points = dir.resolve(DESIGN_FILE_NAME);
    writeTable(method, analyses, table);
    writeDesign(design, analyses, points);
    List<Path> written = new ArrayList<>(List.of(table, points));
    System.setProperty("java.awt.headless", "true");
    for (Analysis a : analyses) {
      Chart<?, ?> chart =
          switch (method) {
            case OAT -> SensitivityCharts.tornado(a, replicates);
            case MORRIS -> SensitivityCharts.morris(a);
            case SOBOL -> SensitivityCharts.sobol(a);
          };
      String name = method == Method.OAT ? "tornado" : method.key();
      String base = name + "_" + ComparisonWriter.fileNamePart(a.outcome());
      written.add(Charts.writePng(chart, dir.resolve(base + ".png")));
      written.add(Charts.writeSvg(chart, dir.resolve(base + ".svg")));
    }
    written.sort(null);
    return List.copyOf(written);
  }

  static void writeTable(Method method, List<Analysis> analyses, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT)) {
      csv.printRecord("method", "outcome", "parameter", "measure", "estimate", "ci_low", "ci_high");
      for (Analysis a : analyses) {
        Row row =
            (p, m, v, lo, hi) ->
                csv.printRecord(method.key(), a.outcome(), p, m, cell(v), cell(lo), cell(hi));
        for (OneAtATime.Effect e : a.oat()) {
          row.print(e.parameter(), "value_at_min", e.lowValue(), Double.NaN, Double.NaN);
          row.print(e.parameter(), "value_at_max", e.highValue(), Double.NaN, Double.NaN);
          row.print(e.parameter(), "centre", e.centre(), Double.NaN, Double.NaN);
          row.print(e.parameter(), "effect_at_min", e.low());
          row.print(e.parameter(), "effect_at_max", e.high());
          row.print(e.parameter(), "swing", e.swing(), Double.NaN, Double.NaN);
        }
        for (Morris.Effect e : a.morris()) {
          row.print(e.parameter(), "mu", e.mu(), Double.NaN, Double.NaN);
          row.print(e.parameter(), "mu_star", e.muStar());
          row.print(e.parameter(), "sigma", e.sigma(), Double.NaN, Double.NaN);
        }
        for (Sobol.Indices s : a.sobol()) {
          row.print(s.parameter(), "S1", s.first());
          row.print(s.parameter(), "ST", s.total());
        }
        row.print(NOISE, "noise_share", a.noise().share(), Double.NaN, Double.NaN);
        // Variances of shares are ~1e-5: six significant digits, not six decimals.
        csv.printRecord(
            method.key(),
            a.outcome(),
            NOISE,
            "within_point_variance",
            significant(a.noise().withinVariance()),
            "",
            "");
        csv.printRecord(
            method.key(),
            a.outcome(),
            NOISE,
            "variance_of_point_means",
            significant(a.noise().totalVarianceOfMeans()),
            "",
            "");
      }
    }
  }

  @FunctionalInterface
  private interface Row {
    void print(String parameter, String measure, double v, double lo, double hi) throws IOException;

    default void print(String parameter, String measure, Interval95 i) throws IOException {
      print(parameter, measure, i.estimate(), i.low(), i.high());
    }
  }

  static void writeDesign(Design design, List<Analysis> analyses, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT)) {
      List<String> header = new ArrayList<>(List.of("point"));
      design.parameters().forEach(p -> header.add(p.name()));
      analyses.forEach(a -> header.add(a.outcome()));
      csv.printRecord(header);
      for (int row = 0; row < design.size(); row++) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(row)));
        for (double v : design.values(row)) {
          cells.add(cell(v));
        }
        for (Analysis a : analyses) {
          cells.add(cell(a.rowMeans()[row]));
        }
        csv.printRecord(cells);
      }
    }
  }

  /** Six significant digits, locale-free and without exponent; empty if undefined. */
  static String significant(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    java.math.BigDecimal d =
        new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** A number, or an empty field where it is undefined (NaN) or unbounded. */
  static String cell(double v) {
    return Double.isFinite(v) ? Numbers.format(v) : "";
  }
}
