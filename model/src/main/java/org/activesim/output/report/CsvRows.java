package org.activesim.output.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file of the result folder as rows keyed by its header, in file order. */
record CsvRows(List<Map<String, String>> rows) {

  CsvRows {
    rows = List.copyOf(rows);
  }

  /** The file's rows, or no rows if the file does not exist. */
  static CsvRows read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return new CsvRows(List.of());
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      for (CSVRecord record : parser) {
        rows.add(record.toMap());
      }
    }
    return new CsvRows(rows);
  }

  /** The first row whose columns have the values given (column, value, column, value, …). */
  Optional<Map<String, String>> find(String... columnsAndValues) {
    return rows.stream().filter(r -> matches(r, columnsAndValues)).findFirst();
  }

  /** Every row whose columns have the values given. */
  List<Map<String, String>> all(String... columnsAndValues) {
    return rows.stream().filter(r -> matches(r, columnsAndValues)).toList();
  }

  private static boolean matches(Map<String, String> row, String[] columnsAndValues) {
    for (int i = 0; i + 1 < columnsAndValues.length; i += 2) {
      if (!columnsAndValues[i + 1].equals(row.get(columnsAndValues[i]))) {
        return false;
      }
    }
    return true;
  }

  /** A cell as a number; NaN when empty, missing or not a number. */
  static double number(Map<String, String> row, String column) {
    String v = row == null ? null : row.get(column);
    if (v == null || v.isBlank()) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
