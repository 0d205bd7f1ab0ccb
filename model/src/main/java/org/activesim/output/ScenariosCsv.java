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
