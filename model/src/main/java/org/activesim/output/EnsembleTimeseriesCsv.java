package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activesim.core.Recording;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an ensemble's {@code timeseries.csv}: the long form of a single run's file with the value
 * replaced by the mean across replicates and its 95% confidence interval, {@code
 * week,place,quintile,metric,mean,ci_low,ci_high}. Rows and their order are those of {@link
 * TimeseriesCsv} for the mean recording: a cell is written where its mean is a number; its limits
 * are empty where there is no interval (a cell seen in fewer than two replicates).
 */
public final class EnsembleTimeseriesCsv {

  static final String[] HEADER = {
    "week", "place", "quintile", "metric", "mean", "ci_low", "ci_high"
  };

  private EnsembleTimeseriesCsv() {}

  /** Writes the table to {@code file} (UTF-8), replacing it if present. */
  public static void write(EnsembleAggregate aggregate, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(aggregate, out);
    }
  }

  /** Writes rows by week, places then ALL, Q1..Q5 then ALL, metrics in recording order. */
  public static void write(EnsembleAggregate aggregate, Appendable out) throws IOException {
    Recording mean = aggregate.mean();
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    int metricCount = mean.metrics().size();
    for (int w = 0; w < mean.weekCount(); w++) {
      String week = Integer.toString(mean.week(w));
      for (int p = 0; p <= mean.allPlaces(); p++) {
        String place = p == mean.allPlaces() ? TimeseriesCsv.ALL : mean.places().get(p);
        for (int q = 0; q <= Recording.ALL_QUINTILES; q++) {
          String quintile = Quintiles.code(q);
          for (int m = 0; m < metricCount; m++) {
            double value = mean.value(w, p, q, m);
            if (Double.isNaN(value)) {
              continue;
            }
            String metric = mean.metrics().get(m);
            String what = "week " + week + ", " + place + ", " + quintile + ", " + metric;
            csv.printRecord(
                week,
                place,
                quintile,
                metric,
                EnsembleSummaryCsv.cell(value, what),
                EnsembleSummaryCsv.cell(aggregate.ciLow().value(w, p, q, m), what),
                EnsembleSummaryCsv.cell(aggregate.ciHigh().value(w, p, q, m), what));
          }
        }
      }
    }
    csv.flush();
  }
}
