package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an ensemble's {@code summary.csv}: {@code metric,n,mean,sd,ci_low,ci_high}, one row per
 * summary key in the replicates' order. A value that cannot be estimated is written empty, so the
 * set of rows never depends on the run.
 */
public final class EnsembleSummaryCsv {

  static final String[] HEADER = {"metric", "n", "mean", "sd", "ci_low", "ci_high"};

  private EnsembleSummaryCsv() {}

  /** Writes the rows to {@code file} (UTF-8), replacing it if present. */
  public static void write(List<SummaryEstimate> rows, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(rows, out);
    }
  }

  /**
   * Writes the rows in list order.
   *
   * @throws IllegalArgumentException for an infinite value, a bug that must not be hidden
   */
  public static void write(List<SummaryEstimate> rows, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    for (SummaryEstimate row : rows) {
      csv.printRecord(
          row.metric(),
          Integer.toString(row.n()),
          cell(row.mean(), row.metric()),
          cell(row.sd(), row.metric()),
          cell(row.ciLow(), row.metric()),
          cell(row.ciHigh(), row.metric()));
    }
    csv.flush();
  }

  /** A number in the CSV format, or empty for NaN. */
  static String cell(double value, String what) {
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("infinite value for " + what);
    }
    return Double.isNaN(value) ? "" : Numbers.format(value);
  }
}
