package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activesim.core.Decision;
import org.activesim.core.Recording;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code decisions.csv}: the programmes' monitor-and-evaluate and scale-and-replicate
 * decisions (MODEL.md §5), {@code week,programme,place,decision,evidence,threshold,reason}, one row
 * per {@link Decision} in the order the run took them (by week; within a week, the order of the
 * review: decommission, scale, replicate). {@code decision} is the kind's label ({@code pilot},
 * {@code evaluate}, {@code scale}, {@code replicate}, {@code decommission}, {@code
 * capacity-blocked}); {@code evidence} is the place's pooled z when decided and {@code threshold}
 * the rule's, each empty when undefined (before the first evaluation; a programme without a rule).
 * Reasons are free text; Commons CSV quotes them where they hold commas, quotes or line breaks.
 *
 * <p>A run without programmes writes the header only, so scripts can read the file of every run.
 */
public final class DecisionsCsv {

  public static final String FILE_NAME = "decisions.csv";

  static final String[] HEADER = {
    "week", "programme", "place", "decision", "evidence", "threshold", "reason"
  };

  private DecisionsCsv() {}

  /** Writes the decisions to {@code file} (UTF-8), replacing it if present. */
  public static void write(Recording recording, Path file) throws IOException {
    write(recording.decisions(), file);
  }

  /**
   * Writes decisions, in the order given, to {@code file} (UTF-8), replacing it if present: a
   * comparison's {@code decisions_<NN>-<scenario>.csv} of one replicate.
   */
  public static void write(List<Decision> decisions, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(decisions, out);
    }
  }

  /**
   * Writes the rows in {@link Recording#decisions()} order.
   *
   * @throws IllegalArgumentException for an infinite evidence or threshold, a model bug that must
   *     not be hidden in the output
   */
  public static void write(Recording recording, Appendable out) throws IOException {
    write(recording.decisions(), out);
  }

  /** Writes the header and a row per decision, in the order given (see above). */
  public static void write(List<Decision> decisions, Appendable out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
    csv.printRecord((Object[]) HEADER);
    for (Decision d : decisions) {
      csv.printRecord(
          Integer.toString(d.week()),
          d.programme(),
          d.place(),
          d.kind().label(),
          CsvCells.number(d.evidence()),
          CsvCells.number(d.threshold()),
          d.reason());
    }
    csv.flush();
  }
}
