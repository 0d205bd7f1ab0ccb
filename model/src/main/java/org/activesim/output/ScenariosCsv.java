package org.activesim.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code scenarios.csv} of a comparison: every input scenario with its role, name, file and
 * SHA-256, so that the manifest (which hashes this file) pins each input, not only their combined
 * hash.
 */
public final class ScenariosCsv {

  public static final String FILE_NAME = "scenarios.csv";

  static final String[] HEADER = {"role", "scenario", "file", "sha256"};

  private ScenariosCsv() {}

  /**
   * Whether two {@code scenarios.csv} agree in everything but the {@code file} column: a comparison
   * run again from its copies of the scenarios ({@code activesim verify}) reads other paths.
   */
  public static boolean sameExceptFiles(Path a, Path b) throws IOException {
    return withoutFiles(a).equals(withoutFiles(b));
  }

  private static List<List<String>> withoutFiles(Path file) throws IOException {
    List<List<String>> rows = new java.util.ArrayList<>();
    try (org.apache.commons.csv.CSVParser parser =
        org.apache.commons.csv.CSVParser.parse(file, StandardCharsets.UTF_8, CsvFiles.FORMAT)) {
      for (org.apache.commons.csv.CSVRecord r : parser) {
        List<String> row = new java.util.ArrayList<>(r.toList());
        if (row.size() > 2) {
          row.remove(2);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * Writes the rows, baseline first.
   *
   * @param names scenario names, baseline first
   * @param files scenario files as given, same order
   * @param sha256 SHA-256 of each file, same order
   * @return the file written
   */
  public static Path write(Path dir, List<String> names, List<String> files, List<String> sha256)
      throws IOException {
    Path file = dir.resolve(FILE_NAME);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CSVPrinter csv = new CSVPrinter(out, CsvFiles.FORMAT);
      csv.printRecord((Object[]) HEADER);
      for (int s = 0; s < names.size(); s++) {
        csv.printRecord(
            s == 0 ? "baseline" : "scenario", names.get(s), files.get(s), sha256.get(s));
      }
      csv.flush();
    }
    return file;
  }
}
