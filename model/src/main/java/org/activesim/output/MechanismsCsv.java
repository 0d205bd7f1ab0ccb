package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activesim.core.Mechanism;
import org.activesim.core.Recording;
import org.activesim.scenario.PopulationSpec;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code mechanisms.csv}: upward transitions credited to each mechanism of the up-hazard, in
 * each context (place, deprivation quintile, age band, long-term condition), per recorded week: the
 * raw material of the realist context–mechanism–outcome table (ODD 7.11, Pawson &amp; Tilley).
 *
 * <p>Transitions are residents represented (agents × scale), counted since the previous recorded
 * week. Summed over age band, condition and mechanism they equal the {@code moved_up} metric of
 * {@code timeseries.csv} for the same week, place and quintile. Week 0, the state before the first
 * step, has no transitions and is not written; nor are zero cells, so the file stays small for long
 * runs with many places.
 */
public final class MechanismsCsv {

  public static final String FILE_NAME = "mechanisms.csv";

  static final String[] HEADER = {
    "week", "place", "quintile", "age_band", "condition", "mechanism", "transitions"
  };

  /** Condition column values, by the recording's condition index (0 without, 1 with). */
  static final String[] CONDITIONS = {"without", "with"};

  private MechanismsCsv() {}

  /** Writes the mechanism table to {@code file} (UTF-8), replacing it if present. */
  public static void write(Recording recording, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(recording, out);
    }
  }

  /**
   * Writes rows ordered by week, then places in scenario order, Q1..Q5, age bands youngest first,
   * without then with a condition, and mechanisms in {@link Mechanism} order; the order is part of
   * the format, so two runs can be compared with a plain diff.
   *
   * @throws IllegalArgumentException for a negative, NaN or infinite count, a model bug that must
   *     not be hidden in the output
   */
  public static void write(Recording recording, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    for (int w = 1; w < recording.weekCount(); w++) {
      String week = Integer.toString(recording.week(w));
      for (int p = 0; p < recording.places().size(); p++) {
        for (int q = 0; q < Quintiles.COUNT; q++) {
          for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
            for (int c = 0; c < CONDITIONS.length; c++) {
              for (Mechanism m : Mechanism.values()) {
                double transitions = recording.mechanismTransitions(w, p, q, a, c, m);
                if (!(transitions >= 0) || Double.isInfinite(transitions)) {
                  throw new IllegalArgumentException(
                      "bad transition count "
                          + transitions
                          + " at week "
                          + week
                          + ", "
                          + recording.places().get(p)
                          + ", "
                          + Quintiles.code(q)
                          + ", "
                          + m.label());
                }
                if (transitions > 0) {
                  csv.printRecord(
                      week,
                      recording.places().get(p),
                      Quintiles.code(q),
                      PopulationSpec.AGE_BAND_LABELS[a],
                      CONDITIONS[c],
                      m.label(),
                      Numbers.format(transitions));
                }
              }
            }
          }
        }
      }
    }
    csv.flush();
  }
}
