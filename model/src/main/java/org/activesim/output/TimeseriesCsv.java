package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activesim.core.Recording;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code timeseries.csv}: the whole recording in long form ({@code
 * week,place,quintile,metric,value}), one row per recorded cell, NaN cells (metric does not apply)
 * left out.
 *
 * <p>Long form so that any metric set can be written without changing the header, and so that
 * analysis tools (R, pandas) can filter and pivot directly.
 */
public final class TimeseriesCsv {

  public static final String FILE_NAME = "timeseries.csv";

  static final String[] HEADER = {"week", "place", "quintile", "metric", "value"};

  /** Place column value for the all-places aggregate. */
  static final String ALL = "ALL";

  private TimeseriesCsv() {}

  /** Writes the recording to {@code file} (UTF-8), replacing it if present. */
  public static void write(Recording recording, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(recording, out);
    }
  }

  /**
   * Writes rows ordered by week, then places in scenario order followed by ALL, then Q1..Q5
   * followed by ALL, then metrics in recording order; the order is part of the format, so that two
   * runs can be compared with a plain diff.
   */
  public static void write(Recording recording, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    int metricCount = recording.metrics().size();
    for (int w = 0; w < recording.weekCount(); w++) {
      String week = Integer.toString(recording.week(w));
      for (int p = 0; p <= recording.allPlaces(); p++) {
        String place = p == recording.allPlaces() ? ALL : recording.places().get(p);
        for (int q = 0; q <= Recording.ALL_QUINTILES; q++) {
          String quintile = Quintiles.code(q);
          for (int m = 0; m < metricCount; m++) {
            double value = recording.value(w, p, q, m);
            if (Double.isNaN(value)) {
              continue;
            }
            if (Double.isInfinite(value)) {
              // An infinite share or count is a model bug; do not hide it in the output.
              throw new IllegalArgumentException(
                  "infinite value at week "
                      + week
                      + ", "
                      + place
                      + ", "
                      + quintile
                      + ", "
                      + recording.metrics().get(m));
            }
            csv.printRecord(
                week, place, quintile, recording.metrics().get(m), Numbers.format(value));
          }
        }
      }
    }
    csv.flush();
  }
}
