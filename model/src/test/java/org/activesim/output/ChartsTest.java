package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.activesim.core.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.w3c.dom.Document;

class ChartsTest {

  /** Figures drawn for a run without levers. */
  private static final List<String> NAMES =
      List.of(
          "inactivity_overall_and_by_quintile",
          "inactivity_by_place",
          "groups_and_members",
          "practitioners");

  /** Figures drawn for a run with levers, in the order they are written. */
  private static final List<String> LEVER_NAMES =
      List.of(
          "inactivity_overall_and_by_quintile",
          "inactivity_by_place",
          "groups_and_members",
          "groups_by_origin",
          "practitioners",
          "spending_by_lever",
          "referral_funnel");

  private static void assertWritten(List<String> names, Path dir, List<Path> files)
      throws IOException {
    List<Path> expected = new ArrayList<>();
    for (String name : names) {
      for (String ext : List.of(".png", ".svg")) {
        Path file = dir.resolve(name + ext);
        expected.add(file);
        assertTrue(Files.size(file) > 0, file.toString());
      }
    }
    assertEquals(expected, files);
  }

  @Test
  void writesTwoNonEmptyFilesPerFigure(@TempDir Path dir) throws IOException {
    Path charts = dir.resolve("charts");
    assertWritten(NAMES, charts, Charts.writeAll(TestRecordings.twoYears(), charts));
  }

  @Test
  void runWithLeversWritesTheLeverFigures(@TempDir Path dir) throws IOException {
    assertWritten(LEVER_NAMES, dir, Charts.writeAll(TestRecordings.withLevers(true), dir));
  }

  /** Lever metrics recorded as zeros, no levers: no spending and no funnel figure. */
  @Test
  void baselineRunWritesNoSpendingOrFunnelFigure(@TempDir Path dir) throws IOException {
    List<String> names =
        List.of(
            "inactivity_overall_and_by_quintile",
            "inactivity_by_place",
            "groups_and_members",
            "groups_by_origin",
            "practitioners");
    assertWritten(names, dir, Charts.writeAll(TestRecordings.withLevers(false), dir));
  }

  /** Figures drawn for a run with programmes, in the order they are written. */
  private static final List<String> PROGRAMME_NAMES =
      List.of(
          "inactivity_overall_and_by_quintile",
          "inactivity_by_place",
          "rollout_timeline",
          "evidence");

  @Test
  void runWithProgrammesWritesTheTimelineAndEvidence(@TempDir Path dir) throws IOException {
    Recording r = TestRecordings.withProgrammes();
    assertWritten(PROGRAMME_NAMES, dir.resolve("a"), Charts.writeAll(r, dir.resolve("a")));
    Charts.writeAll(r, dir.resolve("b"));
    for (String name : List.of("rollout_timeline", "evidence")) {
      BufferedImage image = ImageIO.read(dir.resolve("a").resolve(name + ".png").toFile());
      assertEquals(ChartStyle.WIDTH, image.getWidth(), name);
      assertEquals(ChartStyle.HEIGHT, image.getHeight(), name);
      for (String ext : List.of(".png", ".svg")) {
        assertArrayEquals(
            Files.readAllBytes(dir.resolve("a").resolve(name + ext)),
            Files.readAllBytes(dir.resolve("b").resolve(name + ext)),
            name + ext);
      }
    }
  }

  @Test
  void timelineHasARowPerProgrammeAndPlaceAndASpellPerState() {
    Recording r = TestRecordings.withProgrammes();
    List<RolloutTimelineChart.Row> rows = RolloutTimelineChart.rows(r);
    assertEquals(
        List.of(
            "social-prescribing: Basildon",
            "social-prescribing: Colchester",
            "social-prescribing: Tendring, Clacton",
            "microgrants: Basildon",
            "microgrants: Colchester",
            "microgrants: Tendring, Clacton"),
        rows.stream().map(RolloutTimelineChart.Row::label).toList());
    XYChart chart = new RolloutTimelineChart().build(r).orElseThrow();
    List<String> legend =
        chart.getSeriesCollection().stream()
            .filter(XYSeries::isShowInLegend)
            .map(XYSeries::getName)
            .toList();
    assertEquals(List.of("Pilot", "Planned (adapting)", "Replica", "Decommissioned"), legend);
    // Basildon (top row, y = 5): planned from week 91 until the replica starts at week 104.
    XYSeries planned = chart.getSeries("Planned (adapting)");
    assertArrayEquals(new double[] {91 / 52.0, 2, 2}, planned.getXData(), 1e-12);
    assertArrayEquals(new double[] {5, 5, Double.NaN}, planned.getYData(), 0);
    // Pilots: Colchester until week 91, Tendring to the end, microgrants in Basildon to the end.
    XYSeries pilot = chart.getSeries("Pilot");
    assertArrayEquals(
        new double[] {1 / 52.0, 91 / 52.0, 91 / 52.0, 1 / 52.0, 2, 2, 1 / 52.0, 2, 2},
        pilot.getXData(),
        1e-12);
    assertArrayEquals(
        new double[] {4, 4, Double.NaN, 3, 3, Double.NaN, 2, 2, Double.NaN}, pilot.getYData(), 0);
  }

  @Test
  void oneProgrammeRowsAreThePlaces() {
    Recording.Builder b =
        new Recording.Builder(List.of("A", "B"), List.of("programme_state:p", "evidence:p"));
    b.beginWeek(0);
    b.set(0, Recording.ALL_QUINTILES, 0, 2);
    b.set(1, Recording.ALL_QUINTILES, 0, 0);
    List<RolloutTimelineChart.Row> rows = RolloutTimelineChart.rows(b.build(Map.of()));
    assertEquals(List.of("A", "B"), rows.stream().map(RolloutTimelineChart.Row::label).toList());
  }

  @Test
  void evidenceHasALinePerEvaluatedPlaceAndTheRuleThresholdDashed() {
    XYChart chart = new EvidenceChart().build(TestRecordings.withProgrammes()).orElseThrow();
    List<String> legend =
        chart.getSeriesCollection().stream()
            .filter(XYSeries::isShowInLegend)
            .map(XYSeries::getName)
            .toList();
    // microgrants has no rule: no threshold line for it.
    assertEquals(
        List.of(
            "social-prescribing: Colchester",
            "social-prescribing: Tendring, Clacton",
            "social-prescribing threshold (z = 1.645)",
            "microgrants: Basildon"),
        legend);
    XYSeries tendring = chart.getSeries("social-prescribing: Tendring, Clacton");
    assertTrue(Double.isNaN(tendring.getYData()[51]));
    assertEquals(0.5, tendring.getYData()[52]);
    assertEquals(2, tendring.getYData()[104]);
    XYSeries threshold = chart.getSeries("social-prescribing threshold (z = 1.645)");
    assertArrayEquals(new double[] {0, 2}, threshold.getXData(), 1e-12);
    assertArrayEquals(new double[] {1.645, 1.645}, threshold.getYData(), 0);
    assertTrue(threshold.getLineStyle().getDashArray() != null);
  }

  @Test
  void programmeStatesOfZeroAndNoEvidenceDrawNeitherFigure() {
    Recording.Builder b =
        new Recording.Builder(List.of("A"), List.of("programme_state:p", "evidence:p"));
    for (int week = 0; week < 3; week++) {
      b.beginWeek(week);
      b.set(0, Recording.ALL_QUINTILES, 0, 0);
      b.set(1, Recording.ALL_QUINTILES, 0, 0);
    }
    Recording r = b.build(Map.of());
    assertTrue(new RolloutTimelineChart().build(r).isEmpty());
    assertTrue(new EvidenceChart().build(r).isEmpty());
    assertTrue(new RolloutTimelineChart().build(TestRecordings.withLevers(true)).isEmpty());
    assertTrue(new EvidenceChart().build(TestRecordings.withLevers(true)).isEmpty());
  }

  @Test
  void pngDecodesAtTheStatedSize(@TempDir Path dir) throws IOException {
    Charts.writeAll(TestRecordings.twoYears(), dir.resolve("a"));
    Charts.writeAll(TestRecordings.withLevers(true), dir.resolve("b"));
    for (String name : allNames()) {
      Path folder = dir.resolve(NAMES.contains(name) ? "a" : "b");
      BufferedImage image = ImageIO.read(folder.resolve(name + ".png").toFile());
      assertNotNull(image, name);
      assertEquals(ChartStyle.WIDTH, image.getWidth(), name);
      assertEquals(ChartStyle.HEIGHT, image.getHeight(), name);
    }
  }

  @Test
  void svgParsesAsXmlWithSvgRoot(@TempDir Path dir) throws Exception {
    Charts.writeAll(TestRecordings.twoYears(), dir.resolve("a"));
    Charts.writeAll(TestRecordings.withLevers(true), dir.resolve("b"));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // VectorGraphics2D writes a DOCTYPE naming the W3C DTD; never fetch it.
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    for (String name : allNames()) {
      Path folder = dir.resolve(NAMES.contains(name) ? "a" : "b");
      Document svg = factory.newDocumentBuilder().parse(folder.resolve(name + ".svg").toFile());
      assertEquals("svg", svg.getDocumentElement().getLocalName(), name);
      assertEquals("1000px", svg.getDocumentElement().getAttribute("width"), name);
      assertEquals("600px", svg.getDocumentElement().getAttribute("height"), name);
      // XChart draws text as glyph outlines, so there is no <text> to look for; lines are there.
      if (name.equals("referral_funnel")) {
        // Bars and grid lines; no weekly line segments in a bar chart.
        assertTrue(svg.getElementsByTagNameNS("*", "path").getLength() > 8, name);
      } else {
        assertTrue(svg.getElementsByTagNameNS("*", "line").getLength() > 100, name);
      }
    }
  }

  @Test
  void sameRecordingGivesByteIdenticalFiles(@TempDir Path dir) throws IOException {
    Recording recording = TestRecordings.withLevers(true);
    Charts.writeAll(recording, dir.resolve("a"));
    Charts.writeAll(recording, dir.resolve("b"));
    for (String name : LEVER_NAMES) {
      for (String ext : List.of(".png", ".svg")) {
        assertArrayEquals(
            Files.readAllBytes(dir.resolve("a").resolve(name + ext)),
            Files.readAllBytes(dir.resolve("b").resolve(name + ext)),
            name + ext);
      }
    }
  }

  /** The figures of both test recordings, each once. */
  private static List<String> allNames() {
    List<String> names = new ArrayList<>(NAMES);
    LEVER_NAMES.stream().filter(n -> !names.contains(n)).forEach(names::add);
    return names;
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

  @Test
  void leversWithASingleWeekDrawZeroSpendingAndNoFunnel(@TempDir Path dir) throws IOException {
    Recording.Builder b =
        new Recording.Builder(
            List.of("A"), List.of("referral_flow:referred:gp"), List.of("abcd", "marketing"));
    b.beginWeek(0);
    b.set(1, Recording.ALL_QUINTILES, 0, 0);
    assertWritten(List.of("spending_by_lever"), dir, Charts.writeAll(b.build(Map.of()), dir));
  }

  @Test
  void spendingIsCumulativeOverEverySlot() {
    Recording r = TestRecordings.withLevers(true);
    double[] abcd = SpendingByLeverChart.cumulative(r, 0);
    double[] referral = SpendingByLeverChart.cumulative(r, 1);
    assertEquals(0, abcd[0]);
    assertEquals(300, abcd[1], "£100 in each of three places");
    assertEquals(52 * 300, abcd[52]);
    assertEquals(250, referral[1], "county-wide spending counts");
    assertEquals(4 * 250 + 40, referral[4]);
    assertEquals(52 * 250 + 13 * 40, referral[52]);
  }

  @Test
  void funnelTotalsEachStageOfEachSettingOverTheRun() {
    Recording r = TestRecordings.withLevers(true);
    assertEquals(TestRecordings.SETTINGS, ReferralFunnelChart.settings(r));
    CategoryChart chart = new ReferralFunnelChart().build(r).orElseThrow();
    assertEquals(
        List.of("Referred", "Enrolled", "Engaged", "Adherent"),
        chart.getSeriesCollection().stream().map(CategorySeries::getName).toList());
    assertEquals(TestRecordings.SETTINGS, List.copyOf(chart.getSeries("Referred").getXData()));
    // Week 0 has no flow; weeks 1..52 have 10, 6, 4, 2 (gp) and 5, 3, 1, 0.5 (workplace).
    assertArrayEquals(new double[] {520, 260}, chart.getSeries("Referred").getYData());
    assertArrayEquals(new double[] {104, 26}, chart.getSeries("Adherent").getYData());
  }

  @Test
  void funnelLeavesOutSettingsWithoutReferrals() {
    Recording.Builder b =
        new Recording.Builder(
            List.of("A"),
            List.of(
                "referral_flow:referred:schools",
                "referral_flow:referred:gp",
                "referral_flow:adherent:gp",
                "referral_flow:unknown-stage:sport"),
            List.of("hardwiring"));
    b.beginWeek(0);
    b.beginWeek(1);
    for (int m = 0; m < 4; m++) {
      b.set(1, Recording.ALL_QUINTILES, m, m == 0 ? 0 : 7);
    }
    Recording r = b.build(Map.of());
    assertEquals(List.of("schools", "gp"), ReferralFunnelChart.settings(r));
    CategoryChart chart = new ReferralFunnelChart().build(r).orElseThrow();
    assertEquals(List.of("gp"), List.copyOf(chart.getSeries("Referred").getXData()));
    assertArrayEquals(new double[] {0}, chart.getSeries("Engaged").getYData(), "not recorded");
    assertArrayEquals(new double[] {7}, chart.getSeries("Adherent").getYData());
  }

  @Test
  void funnelIsSkippedWithoutFlowsOrWhenAllAreZero() {
    assertTrue(new ReferralFunnelChart().build(TestRecordings.twoYears()).isEmpty());
    assertTrue(new ReferralFunnelChart().build(TestRecordings.withLevers(false)).isEmpty());
  }

  @Test
  void groupsByOriginIsSkippedWithoutOriginMetrics() {
    assertTrue(new GroupsByOriginChart().build(TestRecordings.twoYears()).isEmpty());
    assertTrue(new GroupsByOriginChart().build(TestRecordings.withLevers(true)).isPresent());
  }
}
