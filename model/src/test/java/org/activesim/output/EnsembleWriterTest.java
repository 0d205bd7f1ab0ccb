package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.activesim.core.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnsembleWriterTest {

  private static List<String> relativeFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> Manifest.relativePath(dir, p))
          .sorted()
          .toList();
    }
  }

  private static EnsembleAggregate aggregate(Recording r) {
    return new EnsembleAggregate(
        List.of(new SummaryEstimate("inactive_share_end", 2, 0.24, 0.01, 0.15, 0.33)), r, r, r);
  }

  @Test
  void writesEachReplicatesTablesThenTheStatisticsChartsAndManifest(@TempDir Path parent)
      throws IOException {
    Recording r = TestRecordings.twoYears();
    Path target = parent.resolve("ensemble");
    List<Path> files;
    try (EnsembleWriter writer = EnsembleWriter.create(target, false, true)) {
      writer.writeReplicate(0, r);
      writer.writeReplicate(1, r);
      assertEquals(2, writer.replicates());
      assertTrue(!Files.exists(target), "nothing at the target before finish");
      files = writer.finish(aggregate(r), ManifestTest.ensemble(2, null, null, 0.09));
    }
    List<String> expected = new ArrayList<>();
    for (String chart :
        List.of(
            "groups_and_members",
            "inactivity_by_place",
            "inactivity_overall_and_by_quintile",
            "practitioners")) {
      expected.add("charts/" + chart + ".png");
      expected.add("charts/" + chart + ".svg");
    }
    expected.add("manifest.json");
    for (String replicate : List.of("r0000", "r0001")) {
      for (String table :
          List.of(
              "decisions.csv", "mechanisms.csv", "spending.csv", "summary.csv", "timeseries.csv")) {
        expected.add("replicates/" + replicate + "/" + table);
      }
    }
    expected.addAll(List.of("summary.csv", "timeseries.csv"));
    assertEquals(expected, relativeFiles(target));
    assertEquals(expected.stream().map(target.toAbsolutePath()::resolve).toList(), files);

    StringBuilder single = new StringBuilder();
    TimeseriesCsv.write(r, single);
    assertEquals(
        single.toString(), Files.readString(target.resolve("replicates/r0001/timeseries.csv")));
    assertTrue(
        Files.readString(target.resolve("summary.csv"))
            .startsWith("metric,n,mean,sd,ci_low,ci_high\ninactive_share_end,2,0.24,"));
    String manifest = Files.readString(target.resolve("manifest.json"));
    for (String file : expected.subList(0, expected.size())) {
      if (!file.equals("manifest.json")) {
        assertTrue(manifest.contains("\"path\": \"" + file + "\""), file);
      }
    }
    assertEquals(List.of("ensemble"), listing(parent));
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replicatesComeInOrderAndTheManifestMustCountThem(@TempDir Path parent) throws IOException {
    Recording r = TestRecordings.twoYears();
    try (EnsembleWriter writer = EnsembleWriter.create(parent.resolve("e"), false, false)) {
      assertThrows(IllegalArgumentException.class, () -> writer.writeReplicate(1, r));
      writer.writeReplicate(0, r);
      assertThrows(IllegalArgumentException.class, () -> writer.writeReplicate(0, r));
      assertThrows(
          IllegalArgumentException.class,
          () -> writer.finish(aggregate(r), ManifestTest.ensemble(2, null, null, 0.1)));
      assertThrows(
          IllegalArgumentException.class,
          () -> writer.finish(aggregate(r), ManifestTest.run(null)));
    }
    assertEquals(List.of(), listing(parent), "an unfinished ensemble leaves nothing");
  }

  @Test
  void anExistingFolderIsRefusedBeforeAnythingRuns(@TempDir Path parent) throws IOException {
    Path target = Files.createDirectory(parent.resolve("e"));
    Files.writeString(target.resolve("notes.txt"), "mine");
    assertThrows(ResultExistsException.class, () -> EnsembleWriter.create(target, false, false));
    assertThrows(ResultExistsException.class, () -> EnsembleWriter.create(target, true, false));
    assertEquals(List.of("e"), listing(parent));
  }

  @Test
  void replicateFoldersHaveFourDigits() {
    assertEquals("replicates/r0000", EnsembleWriter.replicatePath(0));
    assertEquals("replicates/r0042", EnsembleWriter.replicatePath(42));
    assertEquals("replicates/r9999", EnsembleWriter.replicatePath(9999));
    assertThrows(IllegalArgumentException.class, () -> EnsembleWriter.replicatePath(-1));
  }
}
