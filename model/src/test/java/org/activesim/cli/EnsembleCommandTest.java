package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code activesim run --replicates/--precision} end to end through picocli's {@code execute}:
 * folder layout, byte-identical results on any thread count, replicate r = a single run with seed +
 * r, the precision rule, option validation. Runs are tiny (4,000 agents, one year, four weeks of
 * burn-in), so the class takes seconds.
 */
class EnsembleCommandTest {

  /** Two places, 40,000 adults at scale 10: 4,000 agents; charts on, to check them too. */
  private static final String SMALL =
      """
      name: ensemble-cli-test
      seed: 42
      years: 1
      scale: 10
      places:
        - name: Alpha
          population: 30000
          quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2]
          initialGroups: 2
        - name: Beta
          population: 20000
          quintileShares: [0.3, 0.3, 0.2, 0.1, 0.1]
          initialGroups: 1
      calibration:
        burnInWeeks: 4
      outputs:
        charts: %s
      """;

  private static final List<String> TABLES =
      List.of("decisions.csv", "mechanisms.csv", "spending.csv", "summary.csv", "timeseries.csv");

  @TempDir Path tmp;

  private record Outcome(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  private static Outcome execute(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = ActiveSimCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args.toArray(String[]::new));
    return new Outcome(exit, out.toString(), err.toString());
  }

  private Path scenario(boolean charts) throws IOException {
    String name = charts ? "with-charts.yaml" : "small.yaml";
    return Files.writeString(tmp.resolve(name), SMALL.formatted(charts), StandardCharsets.UTF_8);
  }

  private static Outcome runOk(Path scenario, Path out, String... more) {
    List<String> args =
        new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString(), "--quiet"));
    args.addAll(List.of(more));
    Outcome o = execute(args);
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    return o;
  }

  /** Every regular file under {@code dir}, by relative path. */
  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** The manifest without its two timestamps, the only fields that legitimately differ. */
  private static String manifestWithoutTimes(byte[] manifest) {
    return new String(manifest, StandardCharsets.UTF_8)
        .replaceAll("\n  \"startedAt\": \"[^\"]*\",", "")
        .replaceAll("\n  \"finishedAt\": \"[^\"]*\",", "");
  }

  private static void assertSameResult(Path expected, Path actual) throws IOException {
    Map<String, byte[]> a = snapshot(expected);
    Map<String, byte[]> b = snapshot(actual);
    assertEquals(a.keySet(), b.keySet());
    for (String name : a.keySet()) {
      if (name.equals("manifest.json")) {
        assertEquals(manifestWithoutTimes(a.get(name)), manifestWithoutTimes(b.get(name)));
      } else {
        assertArrayEquals(a.get(name), b.get(name), name);
      }
    }
  }

  /** Top-level scalars of the manifest, the ensemble's fields as {@code ensemble.<name>}. */
  private static Map<String, String> manifestFields(Path manifest, List<String> command)
      throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    try (JsonParser p = new JsonFactory().createParser(manifest.toFile())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("ensemble")) {
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            fields.put("ensemble." + key, v == JsonToken.VALUE_NULL ? null : p.getText());
          }
        } else if (name.equals("command")) {
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            command.add(p.getText());
          }
        } else if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
          p.skipChildren();
        } else {
          fields.put(name, p.getText());
        }
      }
    }
    return fields;
  }

  private static String line(Path csv, String prefix) throws IOException {
    try (Stream<String> lines = Files.lines(csv)) {
      return lines.filter(l -> l.startsWith(prefix)).findFirst().orElse(null);
    }
  }

  // --- layout and determinism -------------------------------------------------------------------

  @Test
  void anEnsembleIsByteIdenticalOnOneThreadAndOnTwo() throws IOException {
    Path scenario = scenario(true);
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    Outcome o = runOk(scenario, one, "--replicates", "3", "--threads", "1");
    runOk(scenario, two, "--replicates", "3", "--threads", "2");
    assertSameResult(one, two);

    Map<String, byte[]> files = snapshot(one);
    for (String r : List.of("r0000", "r0001", "r0002")) {
      for (String table : TABLES) {
        assertTrue(files.containsKey("replicates/" + r + "/" + table), r + "/" + table);
      }
    }
    assertFalse(files.containsKey("replicates/r0003/summary.csv"));
    assertTrue(files.keySet().stream().noneMatch(f -> f.startsWith("replicates/r0000/charts")));
    assertTrue(files.containsKey("charts/inactivity_overall_and_by_quintile.png"));
    assertEquals(
        "metric,n,mean,sd,ci_low,ci_high",
        new String(files.get("summary.csv"), StandardCharsets.UTF_8).lines().findFirst().get());
    assertEquals(
        "week,place,quintile,metric,mean,ci_low,ci_high",
        new String(files.get("timeseries.csv"), StandardCharsets.UTF_8).lines().findFirst().get());
    assertEquals("replicates,3,3,,,", line(one.resolve("summary.csv"), "replicates,"));
    String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
    for (String file : files.keySet()) {
      if (!file.equals("manifest.json")) {
        assertTrue(manifest.contains("\"path\": \"" + file + "\""), file);
      }
    }
    assertTrue(
        o.out()
            .startsWith(
                "ensemble-cli-test: 40,000 adults as 4,000 agents, 1 years,"
                    + " 3 replicates (seeds 42-44)\n"),
        o::toString);
    assertTrue(
        o.out().contains("\nprecision: 95% CI half-width of inactive_share_end "), o::toString);
    assertTrue(o.out().contains("after 3 replicates\n"), o::toString);
    assertTrue(o.out().contains("results: " + one + " (" + files.size() + " files)"), o::toString);
  }

  @Test
  void replicateRIsTheSingleRunWithSeedPlusR() throws IOException {
    Path scenario = scenario(false);
    Path ensemble = tmp.resolve("ensemble");
    runOk(scenario, ensemble, "--replicates", "3", "--seed", "7");
    for (int r : new int[] {0, 2}) {
      Path single = tmp.resolve("single" + r);
      runOk(scenario, single, "--seed", Long.toString(7 + r));
      for (String table : TABLES) {
        assertArrayEquals(
            Files.readAllBytes(single.resolve(table)),
            Files.readAllBytes(ensemble.resolve("replicates/r000" + r).resolve(table)),
            "replicate " + r + ": " + table);
      }
    }
  }

  @Test
  void oneReplicateIsTheSingleRunUnchanged() throws IOException {
    Path scenario = scenario(false);
    Path plain = tmp.resolve("plain");
    Path one = tmp.resolve("one");
    runOk(scenario, plain);
    runOk(scenario, one, "--replicates", "1");
    assertSameResult(plain, one);
    assertEquals(
        List.of(
            "decisions.csv",
            "manifest.json",
            "mechanisms.csv",
            "scenario.yaml",
            "spending.csv",
            "summary.csv",
            "timeseries.csv"),
        List.copyOf(snapshot(one).keySet()));
    assertFalse(Files.readString(one.resolve("manifest.json")).contains("\"ensemble\""));
  }

  @Test
  void theManifestRecordsTheEnsembleAndItsCommandRecreatesTheResult() throws IOException {
    Path scenario = scenario(false);
    Path first = tmp.resolve("first");
    runOk(scenario, first, "--precision", "0.5", "--threads", "3");
    List<String> command = new ArrayList<>();
    Map<String, String> fields = manifestFields(first.resolve("manifest.json"), command);
    assertEquals("2", fields.get("ensemble.replicates"));
    assertEquals("0.5", fields.get("ensemble.precision"));
    assertEquals("200", fields.get("ensemble.maxReplicates"));
    assertEquals("inactive_share_end", fields.get("ensemble.primaryOutcome"));
    assertEquals("true", fields.get("ensemble.precisionReached"));
    assertEquals(
        List.of(
            "activesim",
            "run",
            scenario.toString(),
            "--replicates",
            "2",
            "--precision",
            "0.5",
            "--max-replicates",
            "200",
            "--seed",
            "42"),
        command);

    Path again = tmp.resolve("again");
    List<String> args = new ArrayList<>(command.subList(1, command.size()));
    args.addAll(List.of("--out", again.toString(), "--quiet"));
    Outcome o = execute(args);
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    assertSameResult(first, again);
  }

  // --- precision --------------------------------------------------------------------------------

  @Test
  void anEasyTargetStopsAtTheMinimum() throws IOException {
    Path scenario = scenario(false);
    Path out = tmp.resolve("easy");
    Outcome o = runOk(scenario, out, "--precision", "0.5", "--max-replicates", "50");
    assertTrue(o.out().contains("after 2 replicates; target 0.5 reached"), o::toString);
    assertTrue(Files.isDirectory(out.resolve("replicates/r0001")));
    assertFalse(Files.exists(out.resolve("replicates/r0002")));
    assertEquals("replicates,2,2,,,", line(out.resolve("summary.csv"), "replicates,"));

    Path atLeastThree = tmp.resolve("three");
    runOk(scenario, atLeastThree, "--precision", "0.5", "--replicates", "3");
    assertEquals("replicates,3,3,,,", line(atLeastThree.resolve("summary.csv"), "replicates,"));
  }

  @Test
  void anImpossibleTargetStopsAtTheCapTheSameOnAnyThreadCount() throws IOException {
    Path scenario = scenario(false);
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    Outcome o =
        runOk(scenario, one, "--precision", "1e-9", "--max-replicates", "4", "--threads", "1");
    runOk(scenario, two, "--precision", "1e-9", "--max-replicates", "4", "--threads", "2");
    assertSameResult(one, two);
    assertTrue(
        o.out()
            .contains(
                "after 4 replicates; target 0.000000001 not reached"
                    + " (stopped at --max-replicates 4)"),
        o::toString);
    assertTrue(Files.isDirectory(one.resolve("replicates/r0003")));
    assertFalse(Files.exists(one.resolve("replicates/r0004")));
    Map<String, String> fields = manifestFields(one.resolve("manifest.json"), new ArrayList<>());
    assertEquals("4", fields.get("ensemble.replicates"));
    assertEquals("false", fields.get("ensemble.precisionReached"));
    String halfWidth = line(one.resolve("summary.csv"), "inactive_share_end_ci_half_width,");
    assertTrue(halfWidth.matches("inactive_share_end_ci_half_width,4,0\\.0\\d+,,,"), halfWidth);
  }

  // --- folders and options ----------------------------------------------------------------------

  @Test
  void anExistingFolderIsReplacedOnlyWithForce() throws IOException {
    Path scenario = scenario(false);
    Path out = tmp.resolve("out");
    runOk(scenario, out, "--replicates", "2");
    Map<String, byte[]> before = snapshot(out);
    Outcome refused =
        execute(List.of("run", scenario.toString(), "--out", out.toString(), "--replicates", "3"));
    assertEquals(ActiveSimCommand.BAD_INPUT, refused.exit(), refused::toString);
    assertTrue(refused.err().contains("--force"), refused::toString);
    assertEquals(before.keySet(), snapshot(out).keySet());

    runOk(scenario, out, "--replicates", "3", "--force");
    assertTrue(Files.isDirectory(out.resolve("replicates/r0002")));
    try (Stream<Path> s = Files.list(tmp)) {
      assertEquals(
          List.of("out", "small.yaml"),
          s.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary or old folder left");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--replicates 0                                    | --replicates must be in [1, 10000]",
        "--replicates 10001                                | --replicates must be in [1, 10000]",
        "--precision 0                                     | --precision must be in (0, 1]",
        "--precision -0.01                                 | --precision must be in (0, 1]",
        "--precision NaN                                   | --precision must be in (0, 1]",
        "--precision 2                                     | --precision must be in (0, 1]",
        "--max-replicates 5                                | --max-replicates needs --precision",
        "--precision 0.1 --max-replicates 1                | --max-replicates must be in [2,",
        "--precision 0.1 --replicates 1                    | --replicates must be >= 2 with",
        "--precision 0.1 --replicates 10 --max-replicates 5 | --max-replicates must be >= --replicates"
      })
  void badEnsembleOptionsAreBadInputAndWriteNothing(String options, String message)
      throws IOException {
    Path out = tmp.resolve("out");
    List<String> args = new ArrayList<>(List.of("run", scenario(false).toString()));
    args.addAll(List.of(options.trim().split(" +")));
    args.addAll(List.of("--out", out.toString()));
    Outcome o = execute(args);
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().startsWith(message), o::toString);
    assertFalse(Files.exists(out));
  }
}
