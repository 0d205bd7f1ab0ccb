package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activesim.core.Mechanism;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.Interval;
import org.activesim.evaluation.MechanismRates;
import org.activesim.scenario.PopulationSpec;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code cmo.csv}, the realist context–mechanism–outcome table (MODEL.md §6, Pawson &amp;
 * Tilley, domain-facts §8): for every scenario other than the baseline, every context (place, IMD
 * quintile, age band, long-term condition) and every mechanism, the scenario's upward transitions
 * per 1,000 residents of the context per year (mean over replicates, {@link MechanismRates}) and
 * its paired difference from the baseline (mean and 95% CI). The difference is what the scenario's
 * levers made happen, for whom, where and through what.
 *
 * <p>Rows where the scenario's and the baseline's mean rates are both 0 (nothing happened in
 * either, or the context has no residents) are left out, as in {@code mechanisms.csv}. Rows are
 * ordered by scenario, place (scenario order), Q1..Q5, age band youngest first, without then with a
 * condition, and mechanism ({@link Mechanism} order). An undefined CI (one replicate) is empty.
 */
public final class CmoCsv {

  public static final String FILE_NAME = "cmo.csv";

  static final String[] HEADER = {
    "scenario",
    "place",
    "quintile",
    "age_band",
    "condition",
    "mechanism",
    "transitions_per_1000_per_year",
    "diff_vs_baseline",
    "diff_ci_low",
    "diff_ci_high"
  };

  private CmoCsv() {}

  /** Writes the table to {@code file} (UTF-8), replacing it if present. */
  public static void write(Comparison comparison, List<String> places, Path file)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(comparison, places, out);
    }
  }

  /**
   * Writes the table.
   *
   * @param places the places of the runs, in scenario order
   * @throws IllegalArgumentException if the number of places does not match the comparison's rates
   */
  public static void write(Comparison comparison, List<String> places, Appendable out)
      throws IOException {
    checkPlaces(comparison, places);
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    for (int s = 1; s < comparison.scenarios().size(); s++) {
      for (int p = 0; p < places.size(); p++) {
        for (int q = 0; q < Quintiles.COUNT; q++) {
          for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
            for (int c = 0; c < MechanismsCsv.CONDITIONS.length; c++) {
              for (Mechanism m : Mechanism.values()) {
                int k = MechanismRates.index(p, q, a, c, m);
                double rate = comparison.rate(s, k).mean();
                if (rate == 0 && comparison.rate(0, k).mean() == 0) {
                  continue;
                }
                Interval diff = comparison.rateDifference(s, k);
                csv.printRecord(
                    comparison.scenarios().get(s),
                    places.get(p),
                    Quintiles.code(q),
                    PopulationSpec.AGE_BAND_LABELS[a],
                    MechanismsCsv.CONDITIONS[c],
                    m.label(),
                    CsvCells.number(rate),
                    CsvCells.number(diff.mean()),
                    CsvCells.number(diff.low()),
                    CsvCells.number(diff.high()));
              }
            }
          }
        }
      }
    }
    csv.flush();
  }

  /** Rejects a list of places that does not describe the comparison's contexts. */
  static void checkPlaces(Comparison comparison, List<String> places) {
    int expected = MechanismRates.contexts(places.size()) * Mechanism.COUNT;
    if (expected != comparison.rateCells()) {
      throw new IllegalArgumentException(
          places.size()
              + " places give "
              + expected
              + " context × mechanism cells, but the comparison has "
              + comparison.rateCells());
    }
  }
}
