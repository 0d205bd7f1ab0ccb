package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activesim.core.Recording;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code spending.csv}: the spending ledger, {@code week,lever,place,spend_gbp}, one line
 * per lever and place, in £ spent since the previous recorded week. County-wide spending that
 * belongs to no place (the recording's slot {@link Recording#allPlaces()}) is written with place
 * {@value #COUNTY}.
 *
 * <p>For each recorded week, the rows of a lever add up to {@code spend_gbp:<lever>} at place
 * {@code ALL} in {@code timeseries.csv}, and all rows to {@code spend_gbp}. Week 0, the state
 * before the first step, has no spending and is not written; nor are zero entries, so a run without
 * levers writes the header only.
 */
public final class SpendingCsv {

  public static final String FILE_NAME = "spending.csv";

  static final String[] HEADER = {"week", "lever", "place", "spend_gbp"};

  /** Place column value for county-wide spending. */
  static final String COUNTY = "county";

  private SpendingCsv() {}

  /** Writes the ledger to {@code file} (UTF-8), replacing it if present. */
  public static void write(Recording recording, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(recording, out);
    }
  }

  /**
   * Writes rows ordered by week, then levers in scenario order, then places in scenario order
   * followed by {@value #COUNTY}.
   *
   * @throws IllegalArgumentException for a NaN or infinite amount, a model bug that must not be
   *     hidden in the output
   */
  public static void write(Recording recording, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    for (int w = 1; w < recording.weekCount(); w++) {
      String week = Integer.toString(recording.week(w));
      for (int lever = 0; lever < recording.levers().size(); lever++) {
        String name = recording.levers().get(lever);
        for (int slot = 0; slot <= recording.allPlaces(); slot++) {
          String place = slot == recording.allPlaces() ? COUNTY : recording.places().get(slot);
          double gbp = recording.spend(w, lever, slot);
          if (!Double.isFinite(gbp)) {
            throw new IllegalArgumentException(
                "bad spending " + gbp + " at week " + week + ", " + name + ", " + place);
          }
          if (gbp != 0) {
            csv.printRecord(week, name, place, Numbers.format(gbp));
          }
        }
      }
    }
    csv.flush();
  }
}
