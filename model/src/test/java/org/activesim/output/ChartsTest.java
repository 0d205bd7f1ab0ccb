package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activesim.core.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class ChartsTest {

  private static final List<String> NAMES =
      List.of("inactivity_overall_and_by_quintile", "inactivity_by_place", "groups_and_members");

  @Test
  void writesSixNonEmptyFiles(@TempDir Path dir) throws IOException {
    List<Path> files = Charts.writeAll(TestRecordings.twoYears(), dir.resolve("charts"));
    assertEquals(6, files.size(), files.toString());
    for (String name : NAMES) {
      for (String ext : List.of(".png", ".svg")) {
        Path file = dir.resolve("charts").resolve(name + ext);
        assertTrue(files.contains(file), file.toString());
        assertTrue(Files.size(file) > 0, file.toString());
      }
    }
  }

  @Test
  void pngDecodesAtTheStatedSize(@TempDir Path dir) throws IOException {
    Charts.writeAll(TestRecordings.twoYears(), dir);
    for (String name : NAMES) {
      BufferedImage image = ImageIO.read(dir.resolve(name + ".png").toFile());
      assertNotNull(image, name);
      assertEquals(ChartStyle.WIDTH, image.getWidth(), name);
      assertEquals(ChartStyle.HEIGHT, image.getHeight(), name);
    }
  }

  @Test
  void svgParsesAsXmlWithSvgRoot(@TempDir Path dir) throws Exception {
    Charts.writeAll(TestRecordings.twoYears(), dir);
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // VectorGraphics2D writes a DOCTYPE naming the W3C DTD; never fetch it.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (String name : NAMES) {
      Document svg = factory.newDocumentBuilder().parse(dir.resolve(name + ".svg").toFile());
      assertEquals("svg", svg.getDocumentElement().getLocalName(), name);
      assertEquals("1000px", svg.getDocumentElement().getAttribute("width"), name);
      assertEquals("600px", svg.getDocumentElement().getAttribute("height"), name);
      // XChart draws text as glyph outlines, so there is no <text> to look for; lines are there.
      assertTrue(svg.getElementsByTagNameNS("*", "line").getLength() > 100, name);
    }
  }

  @Test
  void sameRecordingGivesByteIdenticalFiles(@TempDir Path dir) throws IOException {
    Recording recording = TestRecordings.twoYears();
    Charts.writeAll(recording, dir.resolve("a"));
    Charts.writeAll(recording, dir.resolve("b"));
    for (String name : NAMES) {
      for (String ext : List.of(".png", ".svg")) {
        assertArrayEquals(
            Files.readAllBytes(dir.resolve("a").resolve(name + ext)),
            Files.readAllBytes(dir.resolve("b").resolve(name + ext)),
            name + ext);
      }
    }
  }

  @Test
  void manyPlacesAndASingleWeekStillDraw(@TempDir Path dir) throws IOException {
    List<String> places = IntStream.range(0, 14).mapToObj(i -> "Place " + i).toList();
    Recording.Builder b = new Recording.Builder(places, List.of("inactive_share"));
    b.beginWeek(0);
    for (int p = 0; p <= places.size(); p++) {
      b.set(p, Recording.ALL_QUINTILES, 0, 0.2 + 0.01 * p);
    }
    List<Path> files = Charts.writeAll(b.build(Map.of()), dir);
    assertEquals(4, files.size(), files.toString());
    assertEquals(
        ChartStyle.WIDTH, ImageIO.read(dir.resolve("inactivity_by_place.png").toFile()).getWidth());
  }

  @Test
  void missingMetricsSkipTheirCharts(@TempDir Path dir) throws IOException {
    Recording.Builder b = new Recording.Builder(List.of("A"), List.of("groups", "environment"));
    b.beginWeek(0);
    b.set(1, Recording.ALL_QUINTILES, 0, 2);
    b.beginWeek(1);
    b.set(1, Recording.ALL_QUINTILES, 0, 3);
    List<Path> files = Charts.writeAll(b.build(Map.of()), dir);
    assertEquals(
        List.of(dir.resolve("groups_and_members.png"), dir.resolve("groups_and_members.svg")),
        files);
  }
}
