package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.Interval;
import org.activesim.evaluation.Outcome;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code comparison.csv}: for every scenario (baseline first) and {@link Outcome} (enum
 * order), the scenario's level (mean and 95% CI over replicates), its paired difference from the
 * baseline (mean and 95% CI) and the share of replicates in which it beats the baseline.
 *
 * <p>An undefined number is an empty field: a CI of a single replicate, a ratio with nothing to
 * divide by (SROI or cost per person made active of a scenario that spends nothing more or moves
 * nobody). The baseline's differences are exactly 0 (each replicate is paired with itself), and its
 * {@code prob_benefit} is 0 (a tie is no benefit).
 */
public final class ComparisonCsv {

  public static final String FILE_NAME = "comparison.csv";

  static final String[] HEADER = {
    "scenario",
    "metric",
    "mean",
    "ci_low",
    "ci_high",
    "diff_mean",
    "diff_ci_low",
    "diff_ci_high",
    "prob_benefit"
  };

  private ComparisonCsv() {}

  /** Writes the table to {@code file} (UTF-8), replacing it if present. */
  public static void write(Comparison comparison, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(comparison, out);
    }
  }

  /** Writes the table, rows ordered by scenario, then outcome. */
  public static void write(Comparison comparison, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    for (int s = 0; s < comparison.scenarios().size(); s++) {
      for (Outcome o : Outcome.values()) {
        Interval level = comparison.level(s, o);
        Interval diff = comparison.difference(s, o);
        csv.printRecord(
            comparison.scenarios().get(s),
            o.label(),
            CsvCells.number(level.mean()),
            CsvCells.number(level.low()),
            CsvCells.number(level.high()),
            CsvCells.number(diff.mean()),
            CsvCells.number(diff.low()),
            CsvCells.number(diff.high()),
            CsvCells.number(comparison.probabilityOfBenefit(s, o)));
      }
    }
    csv.flush();
  }
}
