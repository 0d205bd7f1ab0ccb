package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from scenario files reaches the outputs intact and inert: place names with commas, quotes, a
 * newline, markup and a spreadsheet formula come back exactly from every CSV (Commons CSV quotes
 * them; a formula is kept as written, not rewritten: the files are data for R, Python and
 * spreadsheets, and the names are the user's own), and every SVG chart is well-formed XML (markup
 * in names is escaped, not interpreted). Nothing is written outside the chosen folder.
 */
class ScenarioTextInOutputsTest {

  static final List<String> PLACES =
      List.of("North, \"Upper\" <b>&amp;</b>", "=HYPERLINK(\"http://example.org\")", "Two\nlines");

  static final String SCENARIO =
      """
      name: text-test
      seed: 5
      years: 1
      scale: 10
      places:
        - name: "North, \\"Upper\\" <b>&amp;</b>"
          population: 20000
          quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2]
          initialGroups: 1
        - name: "=HYPERLINK(\\"http://example.org\\")"
          population: 20000
          quintileShares: [0.3, 0.3, 0.2, 0.1, 0.1]
          initialGroups: 1
        - name: "Two\\nlines"
          population: 10000
          quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2]
      calibration:
        burnInWeeks: 4
      levers:
        - type: microgrants
          name: grants
      """;

  @TempDir Path tmp;

  @Test
  void namesSurviveEveryCsvAndChartsStayWellFormed() throws Exception {
    Path scenario = Files.writeString(tmp.resolve("text.yaml"), SCENARIO, StandardCharsets.UTF_8);
    Path out = tmp.resolve("out").resolve("result");
    VerifyCommandTest.Outcome o =
        VerifyCommandTest.execute("run", scenario.toString(), "--out", out.toString(), "--quiet");
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);

    for (String table : List.of("timeseries.csv", "mechanisms.csv", "spending.csv")) {
      Set<String> places = column(out.resolve(table), "place");
      for (String place : PLACES) {
        assertTrue(places.contains(place), table + " lacks " + place + ": " + places);
      }
    }
    try (Stream<Path> svgs = Files.walk(out.resolve("charts"))) {
      for (Path svg : svgs.filter(p -> p.toString().endsWith(".svg")).toList()) {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.newDocumentBuilder().parse(svg.toFile()); // throws if a name broke the XML
        assertTrue(!Files.readString(svg).contains("<b>"), svg + " holds raw markup from a name");
      }
    }
    try (Stream<Path> all = Files.walk(tmp)) {
      for (Path p : all.toList()) {
        assertTrue(
            p.startsWith(out) || p.equals(scenario) || out.startsWith(p),
            "written outside the result folder: " + p);
      }
    }
  }

  private static Set<String> column(Path csv, String name) throws IOException {
    Set<String> values = new LinkedHashSet<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
      for (CSVRecord r : parser) {
        values.add(r.get(name));
      }
    }
    return values;
  }
}
