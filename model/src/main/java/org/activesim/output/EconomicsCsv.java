package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.EconomicsTable;
import org.activesim.evaluation.EconomicsYear;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code economics.csv}: each scenario valued against its baseline (MODEL.md §6), year by
 * year, as the mean over replicates of the paired economics of each replicate ({@link
 * Comparison#economics}). Every quantity is scenario − baseline, so the baseline's rows are zeros.
 *
 * <p>Layout. Per scenario (baseline first): one row per simulated year, {@code year} 0 being the
 * first (weeks 0–51, undiscounted), then one row with {@code year} = {@code total} whose value
 * columns are the sums of the yearly rows above it. {@code sroi} and {@code sroi_benchmark} are
 * filled on total rows only and empty on yearly rows: the SROI is a ratio over the whole horizon.
 * The total row's {@code sroi} is its own {@code social_value_gbp_discounted ÷ cost_gbp_discounted}
 * (the SROI of the mean replicate), empty when that cost is not positive; the mean of the
 * per-replicate ratios, with its CI, is {@code comparison.csv}'s {@code sroi}. Discounted columns
 * use the Green Book rates of {@code Economics}: cost and health savings at the cost rate, WELLBYs,
 * wellbeing value and QALYs at the health rate.
 */
public final class EconomicsCsv {

  public static final String FILE_NAME = "economics.csv";

  /** Year column of the total rows. */
  static final String TOTAL = "total";

  private record Column(String name, ToDoubleFunction<EconomicsYear> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("cost_gbp", EconomicsYear::costGbp),
          new Column("cost_gbp_discounted", EconomicsYear::presentCostGbp),
          new Column("extra_person_years_active", EconomicsYear::extraPersonYearsActive),
          new Column(
              "extra_person_years_fairly_active", EconomicsYear::extraPersonYearsFairlyActive),
          new Column("wellbys", EconomicsYear::wellbys),
          new Column("wellbys_discounted", EconomicsYear::presentWellbys),
          new Column("wellbeing_value_gbp", EconomicsYear::wellbeingValueGbp),
          new Column("wellbeing_value_gbp_discounted", EconomicsYear::presentWellbeingValueGbp),
          new Column("health_savings_gbp", EconomicsYear::healthSavingsGbp),
          new Column("health_savings_gbp_discounted", EconomicsYear::presentHealthSavingsGbp),
          new Column("social_value_gbp", EconomicsYear::socialValueGbp),
          new Column("social_value_gbp_discounted", EconomicsYear::presentSocialValueGbp),
          new Column("qalys", EconomicsYear::qalys),
          new Column("qalys_discounted", EconomicsYear::presentQalys));

  private static final int COST_DISCOUNTED = column("cost_gbp_discounted");
  private static final int SOCIAL_VALUE_DISCOUNTED = column("social_value_gbp_discounted");

  static final String[] HEADER = header();

  private EconomicsCsv() {}

  private static int column(String name) {
    for (int k = 0; k < COLUMNS.size(); k++) {
      if (COLUMNS.get(k).name().equals(name)) {
        return k;
      }
    }
    throw new IllegalStateException("no column " + name);
  }

  private static String[] header() {
    List<String> h = new ArrayList<>(List.of("scenario", "year"));
    COLUMNS.forEach(c -> h.add(c.name()));
    h.add("sroi");
    h.add("sroi_benchmark");
    return h.toArray(String[]::new);
  }

  /** Writes the table to {@code file} (UTF-8), replacing it if present. */
  public static void write(Comparison comparison, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(comparison, out);
    }
  }

  /**
   * Writes the table.
   *
   * @throws IllegalArgumentException if the replicates of a scenario cover different numbers of
   *     years
   */
  public static void write(Comparison comparison, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    for (int s = 0; s < comparison.scenarios().size(); s++) {
      String scenario = comparison.scenarios().get(s);
      List<EconomicsTable> tables = comparison.economics(s);
      double[][] means = yearlyMeans(scenario, tables);
      double[] total = new double[COLUMNS.size()];
      for (int y = 0; y < means.length; y++) {
        List<String> row = new ArrayList<>(List.of(scenario, Integer.toString(y)));
        for (int k = 0; k < COLUMNS.size(); k++) {
          row.add(CsvCells.number(means[y][k]));
          total[k] += means[y][k];
        }
        row.add("");
        row.add("");
        csv.printRecord(row);
      }
      List<String> row = new ArrayList<>(List.of(scenario, TOTAL));
      for (double v : total) {
        row.add(CsvCells.number(v));
      }
      double cost = total[COST_DISCOUNTED];
      row.add(CsvCells.number(cost > 0 ? total[SOCIAL_VALUE_DISCOUNTED] / cost : Double.NaN));
      row.add(CsvCells.number(tables.get(0).sroiBenchmark()));
      csv.printRecord(row);
    }
    csv.flush();
  }

  /** means[year][column]: each column of each year averaged over the replicates. */
  private static double[][] yearlyMeans(String scenario, List<EconomicsTable> tables) {
    int years = tables.get(0).years().size();
    double[][] means = new double[years][COLUMNS.size()];
    for (EconomicsTable table : tables) {
      if (table.years().size() != years) {
        throw new IllegalArgumentException(
            "replicates of " + scenario + " cover different numbers of years");
      }
      for (int y = 0; y < years; y++) {
        for (int k = 0; k < COLUMNS.size(); k++) {
          means[y][k] += COLUMNS.get(k).value().applyAsDouble(table.years().get(y));
        }
      }
    }
    for (double[] year : means) {
      for (int k = 0; k < year.length; k++) {
        year[k] /= tables.size();
      }
    }
    return means;
  }
}
