package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.activesim.core.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultWriterTest {

  private static List<String> relativeFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> Manifest.relativePath(dir, p))
          .sorted()
          .toList();
    }
  }

  @Test
  void writesEverythingAndTheManifestListsAllButItself(@TempDir Path parent) throws IOException {
    Path target = parent.resolve("run");
    List<Path> files =
        new ResultWriter(true)
            .write(TestRecordings.twoYears(), ManifestTest.run(null), target, false);

    List<String> expected =
        List.of(
            "charts/groups_and_members.png",
            "charts/groups_and_members.svg",
            "charts/inactivity_by_place.png",
            "charts/inactivity_by_place.svg",
            "charts/inactivity_overall_and_by_quintile.png",
            "charts/inactivity_overall_and_by_quintile.svg",
            "charts/practitioners.png",
            "charts/practitioners.svg",
            "decisions.csv",
            "manifest.json",
            "mechanisms.csv",
            "spending.csv",
            "summary.csv",
            "timeseries.csv");
    assertEquals(expected, relativeFiles(target));
    assertEquals(expected.stream().map(target.toAbsolutePath()::resolve).toList(), files);

    String manifest = Files.readString(target.resolve("manifest.json"));
    for (String file : expected) {
      if (!file.equals("manifest.json")) {
        assertTrue(manifest.contains("\"" + Sha256.of(target.resolve(file)) + "\""), file);
      }
    }
    assertFalse(manifest.contains("\"path\": \"manifest.json\""));
    assertEquals(List.of("run"), Files.list(parent).map(p -> p.getFileName().toString()).toList());
  }

  @Test
  void withoutChartsNoChartsFolder(@TempDir Path parent) throws IOException {
    Path target = parent.resolve("run");
    new ResultWriter(false).write(TestRecordings.twoYears(), ManifestTest.run(null), target, false);
    assertEquals(
        List.of(
            "decisions.csv",
            "manifest.json",
            "mechanisms.csv",
            "spending.csv",
            "summary.csv",
            "timeseries.csv"),
        relativeFiles(target));
  }

  @Test
  void runWithLeversListsTheLedgerMechanismsAndLeverChartsInTheManifest(@TempDir Path parent)
      throws IOException {
    Path target = parent.resolve("run");
    new ResultWriter(true)
        .write(TestRecordings.withLevers(true), ManifestTest.run(null), target, false);
    String manifest = Files.readString(target.resolve("manifest.json"));
    for (String file :
        List.of(
            "mechanisms.csv",
            "spending.csv",
            "charts/groups_by_origin.png",
            "charts/practitioners.svg",
            "charts/spending_by_lever.png",
            "charts/spending_by_lever.svg",
            "charts/referral_funnel.png",
            "charts/referral_funnel.svg")) {
      assertTrue(manifest.contains("\"path\": \"" + file + "\""), file);
      assertTrue(manifest.contains("\"" + Sha256.of(target.resolve(file)) + "\""), file);
    }
    assertTrue(Files.readString(target.resolve("spending.csv")).contains(",county,250\n"));
    assertTrue(Files.readAllLines(target.resolve("mechanisms.csv")).size() > 100);
  }

  @Test
  void failureInTheLedgerLeavesNoFolder(@TempDir Path parent) throws IOException {
    Recording.Builder b = new Recording.Builder(List.of("A"), List.of(), List.of("abcd"));
    b.beginWeek(0);
    b.beginWeek(1);
    b.setSpend(0, 0, Double.NaN);
    Path target = parent.resolve("run");
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ResultWriter(false)
                .write(b.build(Map.of()), ManifestTest.run(null), target, false));
    try (Stream<Path> s = Files.list(parent)) {
      assertEquals(List.of(), s.toList());
    }
  }

  @Test
  void failureWhileWritingLeavesNoFolder(@TempDir Path parent) throws IOException {
    Recording.Builder b = new Recording.Builder(List.of("A"), List.of("residents"));
    b.beginWeek(0);
    b.set(0, Recording.ALL_QUINTILES, 0, Double.POSITIVE_INFINITY);
    Recording broken = b.build(Map.of());
    Path target = parent.resolve("run");
    assertThrows(
        IllegalArgumentException.class,
        () -> new ResultWriter(true).write(broken, ManifestTest.run(null), target, false));
    try (Stream<Path> s = Files.list(parent)) {
      assertEquals(List.of(), s.toList());
    }
  }
}
