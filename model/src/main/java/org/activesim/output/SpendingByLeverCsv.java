package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.Interval;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code spending_by_lever.csv}: what each lever of each scenario spent over the run (real
 * pounds at any scale, ODD 7.8), mean and 95% CI over replicates, so that strategies compared under
 * one budget show what each bought. Rows in scenario order, then the scenario's levers in its
 * order; a scenario without levers (the baseline) has no rows.
 */
public final class SpendingByLeverCsv {

  public static final String FILE_NAME = "spending_by_lever.csv";

  static final String[] HEADER = {"scenario", "lever", "spend_gbp_mean", "ci_low", "ci_high"};

  private SpendingByLeverCsv() {}

  /** Writes the table to {@code file} (UTF-8), replacing it if present. */
  public static void write(Comparison comparison, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(comparison, out);
    }
  }

  /** Writes the table. */
  public static void write(Comparison comparison, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    for (int s = 0; s < comparison.scenarios().size(); s++) {
      for (int k = 0; k < comparison.levers(s).size(); k++) {
        Interval spent = comparison.spending(s, k);
        csv.printRecord(
            comparison.scenarios().get(s),
            comparison.levers(s).get(k),
            CsvCells.number(spent.mean()),
            CsvCells.number(spent.low()),
            CsvCells.number(spent.high()));
      }
    }
    csv.flush();
  }
}
