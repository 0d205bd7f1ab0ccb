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
 * Writes {@code programme_reach.csv}: for every programme of every scenario (scenario order, then
 * recording order), what the replicates did with it (MODEL.md §5) — {@code replicates}, {@code
 * replicates_scaled} (those with at least one {@code scale} decision), and the places where it ran
 * (pilot or replica) at the end, mean and 95% CI over replicates, out of {@code places}. The
 * rollout charts show replicate 0 only; this table is every replicate. A comparison without
 * programmes writes the header only.
 */
public final class ProgrammeReachCsv {

  public static final String FILE_NAME = "programme_reach.csv";

  static final String[] HEADER = {
    "scenario",
    "programme",
    "replicates",
    "replicates_scaled",
    "places_running_end_mean",
    "places_running_end_ci_low",
    "places_running_end_ci_high",
    "places_running_end_min",
    "places_running_end_max",
    "places"
  };

  private ProgrammeReachCsv() {}

  /** Writes the table to {@code file} (UTF-8), replacing it if present. */
  public static void write(Comparison comparison, int places, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(comparison, places, out);
    }
  }

  /** Writes the table, rows ordered by scenario, then programme. */
  public static void write(Comparison comparison, int places, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    for (int s = 0; s < comparison.scenarios().size(); s++) {
      for (int k = 0; k < comparison.programmes(s).size(); k++) {
        Interval running = comparison.placesRunningEnd(s, k);
        double[] range = comparison.placesRunningEndRange(s, k);
        csv.printRecord(
            comparison.scenarios().get(s),
            comparison.programmes(s).get(k),
            Integer.toString(comparison.replicates()),
            Integer.toString(comparison.replicatesScaled(s, k)),
            CsvCells.number(running.mean()),
            CsvCells.number(running.low()),
            CsvCells.number(running.high()),
            CsvCells.number(range[0]),
            CsvCells.number(range[1]),
            Integer.toString(places));
      }
    }
    csv.flush();
  }
}
