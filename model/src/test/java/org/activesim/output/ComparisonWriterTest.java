package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activesim.evaluation.Comparison;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ComparisonWriterTest {

  /** The bike scheme's name made safe: {@code , " / : é} and spaces each became {@code _}. */
  static final String BIKES_FILE = "Bikes___big____40k___t_";

  private static final List<String> CHARTS =
      List.of(
          "cost_effectiveness_plane",
          "inactivity_by_place",
          "inactivity_fan",
          "inequality_gap",
          "mechanism_heat_map_" + BIKES_FILE,
          "mechanism_heat_map_same_as_baseline",
          "moved_out_of_inactivity");

  @TempDir static Path dir;
  private static List<Path> files;

  @BeforeAll
  static void write() throws IOException {
    files = ComparisonWriter.write(ComparisonFixture.comparison(), ComparisonFixture.places(), dir);
  }

  @Test
  void writesEveryFileAndReturnsThemSorted() throws IOException {
    List<Path> expected = new ArrayList<>();
    for (String csv :
        List.of(
            "cmo.csv",
            "comparison.csv",
            "economics.csv",
            "programme_reach.csv",
            "spending_by_lever.csv")) {
      expected.add(dir.resolve(csv));
    }
    for (String chart : CHARTS) {
      expected.add(dir.resolve(chart + ".png"));
      expected.add(dir.resolve(chart + ".svg"));
    }
    expected.sort(null);
    assertEquals(expected, files);
    for (Path file : files) {
      assertTrue(Files.size(file) > 0, file.toString());
      assertTrue(
          file.getFileName().toString().matches("[A-Za-z0-9_-]+\\.(csv|png|svg)"),
          "safe file name: " + file.getFileName());
    }
  }

  @Test
  void pngsDecodeAndSvgsParse() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // VectorGraphics2D writes a DOCTYPE naming the W3C DTD; never fetch it.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (String chart : CHARTS) {
      BufferedImage image = ImageIO.read(dir.resolve(chart + ".png").toFile());
      assertNotNull(image, chart);
      assertEquals(ChartStyle.WIDTH, image.getWidth(), chart);
      assertTrue(image.getHeight() >= ChartStyle.HEIGHT, chart);
      Document svg = factory.newDocumentBuilder().parse(dir.resolve(chart + ".svg").toFile());
      assertEquals("svg", svg.getDocumentElement().getLocalName(), chart);
    }
  }

  @Test
  void sameComparisonGivesByteIdenticalFiles(@TempDir Path again) throws IOException {
    List<Path> second =
        ComparisonWriter.write(ComparisonFixture.comparison(), ComparisonFixture.places(), again);
    assertEquals(files.size(), second.size());
    for (int i = 0; i < files.size(); i++) {
      assertEquals(files.get(i).getFileName(), second.get(i).getFileName());
      assertArrayEquals(
          Files.readAllBytes(files.get(i)),
          Files.readAllBytes(second.get(i)),
          files.get(i).getFileName().toString());
    }
  }

  @Test
  void baselineAloneGetsTheTablesAndTheTimeSeriesOnly(@TempDir Path alone) throws IOException {
    Comparison baseline = ComparisonFixture.renamed(List.of("only the baseline"));
    List<Path> written = ComparisonWriter.write(baseline, ComparisonFixture.places(), alone);
    List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
    assertEquals(
        List.of(
            "cmo.csv",
            "comparison.csv",
            "economics.csv",
            "inactivity_by_place.png",
            "inactivity_by_place.svg",
            "inactivity_fan.png",
            "inactivity_fan.svg",
            "inequality_gap.png",
            "inequality_gap.svg",
            "programme_reach.csv",
            "spending_by_lever.csv"),
        names);
    assertEquals(
        String.join(",", CmoCsv.HEADER) + "\n", Files.readString(alone.resolve("cmo.csv")));
    // Without programmes, programme_reach.csv is its header, and no decisions or timeline.
    assertEquals(
        String.join(",", ProgrammeReachCsv.HEADER) + "\n",
        Files.readString(alone.resolve("programme_reach.csv")));
    // The baseline has no levers, so no spending rows.
    assertEquals(
        String.join(",", SpendingByLeverCsv.HEADER) + "\n",
        Files.readString(alone.resolve("spending_by_lever.csv")));
  }

  @Test
  void aMissingFolderIsRejected(@TempDir Path parent) {
    Path missing = parent.resolve("missing");
    assertThrows(
        NoSuchFileException.class,
        () ->
            ComparisonWriter.write(
                ComparisonFixture.comparison(), ComparisonFixture.places(), missing));
  }

  @Test
  void duplicateScenarioNamesAndWrongPlacesAreRejected(@TempDir Path out) {
    Comparison twice = ComparisonFixture.renamed(List.of("a", "a"));
    assertThrows(
        IllegalArgumentException.class,
        () -> ComparisonWriter.write(twice, ComparisonFixture.places(), out));
    assertThrows(
        IllegalArgumentException.class,
        () -> ComparisonWriter.write(ComparisonFixture.comparison(), List.of("Essex"), out));
  }

  @Test
  void fileNamePartsKeepOnlySafeCharactersAndNeverCollide() {
    assertEquals("Bikes__40_000", ComparisonWriter.fileNamePart("Bikes: 40,000"));
    assertEquals("a-b_C9", ComparisonWriter.fileNamePart("a-b_C9"));
    assertEquals("___", ComparisonWriter.fileNamePart("../"));
    assertEquals("_", ComparisonWriter.fileNamePart(""));
    assertEquals(BIKES_FILE, ComparisonWriter.fileNamePart(ComparisonFixture.BIKES));
    assertEquals(
        List.of("baseline", "a_b", "a_b_2", "A_B_3", "x"),
        ComparisonWriter.fileNameParts(List.of("baseline", "a b", "a/b", "A_B", "x")));
  }
}
