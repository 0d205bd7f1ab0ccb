package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

  static RunInfo run(String gitCommit) {
    return new RunInfo(
        "0.1.0-SNAPSHOT",
        "essex-baseline",
        "scenarios/essex-baseline.yaml",
        "ab".repeat(32),
        42L,
        0.1,
        5,
        gitCommit,
        new RunInfo.Jvm("17.0.12", "OpenJDK 64-Bit Server VM"),
        "2026-01-01T12:00:00Z",
        "2026-01-01T12:03:04.5Z",
        List.of("run", "scenarios/essex-baseline.yaml", "--seed", "42", "--out", "results/x"));
  }

  /** Top-level fields in file order (objects and arrays kept as their JSON text tokens). */
  private static Map<String, Object> parse(Path manifest) throws IOException {
    Map<String, Object> fields = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(manifest.toFile())) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("files")) {
          fields.put(name, files(p));
        } else if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
          fields.put(name, value);
          p.skipChildren();
        } else {
          fields.put(name, value == JsonToken.VALUE_NULL ? null : p.getText());
        }
      }
      assertNull(p.nextToken(), "one JSON document only");
    }
    return fields;
  }

  private static List<Map<String, String>> files(JsonParser p) throws IOException {
    List<Map<String, String>> files = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      Map<String, String> file = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        file.put(name, p.getText());
      }
      files.add(file);
    }
    return files;
  }

  private static String sha256(Path file) throws Exception {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    return String.format("%064x", new BigInteger(1, hash));
  }

  @Test
  void manifestIsValidJsonWithStableKeysAndCorrectHashes(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("charts"));
    Path b = Files.writeString(dir.resolve("summary.csv"), "metric,value\n");
    Path a = Files.writeString(dir.resolve("charts/z.svg"), "<svg/>");
    Path c = Files.write(dir.resolve("timeseries.csv"), new byte[0]);
    Path d = Files.writeString(dir.resolve("charts/a.png"), "not really a png");

    Manifest.write(run(null), dir, List.of(b, a, c, d));

    Map<String, Object> fields = parse(dir.resolve(Manifest.FILE_NAME));
    assertEquals(
        List.of(
            "activesimVersion",
            "scenarioName",
            "scenarioFile",
            "scenarioSha256",
            "seed",
            "scale",
            "years",
            "gitCommit",
            "jvm",
            "startedAt",
            "finishedAt",
            "command",
            "files"),
        new ArrayList<>(fields.keySet()));
    assertEquals("42", fields.get("seed"));
    assertEquals("0.1", fields.get("scale"));
    assertNull(fields.get("gitCommit"));
    assertEquals("2026-01-01T12:03:04.5Z", fields.get("finishedAt"));

    @SuppressWarnings("unchecked")
    List<Map<String, String>> files = (List<Map<String, String>>) fields.get("files");
    List<String> paths = files.stream().map(f -> f.get("path")).toList();
    assertEquals(List.of("charts/a.png", "charts/z.svg", "summary.csv", "timeseries.csv"), paths);
    for (Map<String, String> file : files) {
      Path path = dir.resolve(file.get("path"));
      assertEquals(sha256(path), file.get("sha256"), file.get("path"));
      assertEquals(Long.toString(Files.size(path)), file.get("bytes"), file.get("path"));
    }
    // Known vector: SHA-256 of the empty file.
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        files.get(3).get("sha256"));
  }

  @Test
  void manifestTextIsPrettyAndPlatformIndependent(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("summary.csv"), "metric,value\n");
    Manifest.write(run("0123abc"), dir, List.of(f));
    String text = Files.readString(dir.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
    assertFalse(text.contains("\r"));
    assertTrue(text.startsWith("{\n  \"activesimVersion\": \"0.1.0-SNAPSHOT\",\n"), text);
    assertTrue(text.contains("\n  \"gitCommit\": \"0123abc\",\n"), text);
    assertTrue(text.endsWith("}\n"), text);
  }

  @Test
  void fileOutsideTheFolderOrTheManifestItselfIsRejected(@TempDir Path dir) throws IOException {
    Path inside = Files.createDirectories(dir.resolve("result"));
    Path outside = Files.writeString(dir.resolve("elsewhere.csv"), "x");
    assertThrows(
        IllegalArgumentException.class, () -> Manifest.write(run(null), inside, List.of(outside)));
    Path self = Files.writeString(inside.resolve(Manifest.FILE_NAME), "{}");
    assertThrows(
        IllegalArgumentException.class, () -> Manifest.write(run(null), inside, List.of(self)));
  }

  static RunInfo ensemble(int replicates, Double precision, Integer max, double halfWidth) {
    RunInfo single = run(null);
    return new RunInfo(
        single.activesimVersion(),
        single.scenarioName(),
        single.scenarioFile(),
        single.scenarioSha256(),
        single.seed(),
        single.scale(),
        single.years(),
        single.gitCommit(),
        single.jvm(),
        single.startedAt(),
        single.finishedAt(),
        single.command(),
        new RunInfo.EnsembleInfo(replicates, precision, max, "inactive_share_end", halfWidth));
  }

  @Test
  void anEnsembleIsDescribedAfterTheYearsAndASingleRunHasNoEnsemble(@TempDir Path dir)
      throws IOException {
    Path f = Files.writeString(dir.resolve("summary.csv"), "metric,n,mean,sd,ci_low,ci_high\n");
    Manifest.write(ensemble(12, 0.001, 200, 0.000934123456789), dir, List.of(f));
    String text = Files.readString(dir.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
    assertTrue(
        text.contains(
            """
              "years": 5,
              "ensemble": {
                "replicates": 12,
                "precision": 0.001,
                "maxReplicates": 200,
                "primaryOutcome": "inactive_share_end",
                "ciHalfWidth": 0.000934123457,
                "precisionReached": true
              },
              "gitCommit": null,
            """),
        text);

    Manifest.write(ensemble(3, null, null, 0.02), dir, List.of(f));
    text = Files.readString(dir.resolve(Manifest.FILE_NAME), StandardCharsets.UTF_8);
    assertTrue(
        text.contains(
            """
                "replicates": 3,
                "precision": null,
                "maxReplicates": null,
                "primaryOutcome": "inactive_share_end",
                "ciHalfWidth": 0.02,
                "precisionReached": null
            """),
        text);

    Manifest.write(run(null), dir, List.of(f));
    assertFalse(Files.readString(dir.resolve(Manifest.FILE_NAME)).contains("ensemble"));
  }

  @Test
  void aPrecisionTargetComesWithACap() {
    assertThrows(IllegalArgumentException.class, () -> ensemble(3, 0.001, null, 0.1));
    assertThrows(IllegalArgumentException.class, () -> ensemble(3, null, 200, 0.1));
    assertThrows(IllegalArgumentException.class, () -> ensemble(0, null, null, 0.1));
    assertEquals(false, ensemble(200, 0.001, 200, 0.0011).ensemble().precisionReached());
  }

  @Test
  void runInfoRejectsNonUtcTimes() {
    RunInfo ok = run(null);
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RunInfo(
                ok.activesimVersion(),
                ok.scenarioName(),
                ok.scenarioFile(),
                ok.scenarioSha256(),
                ok.seed(),
                ok.scale(),
                ok.years(),
                null,
                ok.jvm(),
                "2026-01-01T12:00:00+01:00",
                ok.finishedAt(),
                ok.command()));
  }
}
