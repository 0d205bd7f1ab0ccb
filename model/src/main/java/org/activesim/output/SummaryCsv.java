package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.activesim.core.Recording;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code summary.csv}: the end-of-run summary, {@code metric,value}, in recording order. */
public final class SummaryCsv {

  public static final String FILE_NAME = "summary.csv";

  private SummaryCsv() {}

  /** Writes the summary to {@code file} (UTF-8), replacing it if present. */
  public static void write(Recording recording, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(recording, out);
    }
  }

  /**
   * Writes the summary; a NaN entry (e.g. a statistic with no data) is written as an empty value
   * rather than dropped, so that the set of rows does not depend on the run.
   */
  public static void write(Recording recording, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord("metric", "value");
    for (Map.Entry<String, Double> entry : recording.summary().entrySet()) {
      double value = entry.getValue() == null ? Double.NaN : entry.getValue();
      if (Double.isInfinite(value)) {
        throw new IllegalArgumentException("infinite summary value " + entry.getKey());
      }
      csv.printRecord(entry.getKey(), Double.isNaN(value) ? "" : Numbers.format(value));
    }
    csv.flush();
  }
}
