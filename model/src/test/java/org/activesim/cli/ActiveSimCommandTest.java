package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line end to end, through picocli's {@code execute} with captured writers: exit codes,
 * messages, what is (and is not) written. Runs are tiny (4,000 agents, one year, four weeks of
 * burn-in) so the whole class takes a few seconds.
 */
class ActiveSimCommandTest {

  /** Two places, 50,000 residents (40,000 adults) at scale 10: 4,000 agents. */
  private static final String SMALL =
      """
      name: cli-test
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
        charts: false
      """;

  /**
   * Two problems: a misspelt key on line 3 (column 1) and an out-of-range value on line 15 (the
   * value 9999 starts at column 16). The line numbers below are asserted exactly.
   */
  private static final String BAD =
      """
      name: cli-test
      seed: 42
      yaers: 1
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
        burnInWeeks: 9999
      outputs:
        charts: false
      """;

  @TempDir Path tmp;

  /** The outcome of one {@code execute}. */
  private record Outcome(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  private static Outcome execute(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  private static Outcome execute(String... args) {
    return execute(ActiveSimCommand.commandLine(), args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Path small() throws IOException {
    return write("small.yaml", SMALL);
  }

  /** Runs {@code scenario} into {@code out} quietly, asserting success. */
  private static Outcome runOk(Path scenario, Path out, String... more) {
    List<String> args =
        new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString(), "--quiet"));
    args.addAll(List.of(more));
    Outcome o = execute(args.toArray(String[]::new));
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    return o;
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private static String firstLine(Path file) throws IOException {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.findFirst().orElse("");
    }
  }

  // --- help, version, usage errors -------------------------------------------------------------

  @Test
  void helpPrintsUsageAndExitCodes() {
    Outcome o = execute("--help");
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    assertTrue(o.out().startsWith("Usage: activesim"), o::toString);
    assertTrue(o.out().contains("run"), o::toString);
    assertTrue(o.out().contains("validate"), o::toString);
    assertTrue(o.out().contains("Exit codes:"), o::toString);
    assertEquals("", o.err());
  }

  @Test
  void versionPrintsTheBuildVersionAndJava() {
    Outcome o = execute("--version");
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    String[] lines = o.out().split("\\R");
    assertTrue(lines[0].startsWith("ActiveSim "), o::toString);
    assertFalse(lines[0].contains("${"), "the version resource is filtered: " + lines[0]);
    assertTrue(lines[1].startsWith("Java "), o::toString);
    assertEquals("", o.err());
  }

  @Test
  void noSubcommandIsBadInputWithUsageOnErr() {
    Outcome o = execute();
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("Usage: activesim"), o::toString);
    assertEquals("", o.out());
  }

  @Test
  void unknownOptionIsBadInput() {
    Outcome o = execute("--bogus");
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("Unknown option: '--bogus'"), o::toString);
  }

  @Test
  void runWithoutScenarioIsBadInput() {
    Outcome o = execute("run");
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("SCENARIO"), o::toString);
    assertTrue(o.err().contains("Usage: activesim run"), o::toString);
  }

  // --- validate --------------------------------------------------------------------------------

  @Test
  void validateAcceptsAValidScenario() throws IOException {
    Path scenario = small();
    Outcome o = execute("validate", scenario.toString());
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    assertTrue(o.out().contains(": ok (cli-test)"), o::toString);
    assertTrue(o.out().contains("2 places, 4,000 agents"), o::toString);
    // Two and one groups at scale 10 are 0.2 and 0.1 agent groups: the scale matters (ODD 7.8),
    // and validate says so on stderr, once a place.
    assertEquals(
        List.of(
            "activesim: note: cli-test: Alpha starts with 0.2 agent groups at scale 10 (2 groups),"
                + " each standing for 10 groups: its group life is lumpy, unbiased but noisy; a"
                + " scale of 1 or finer gives it 2 (model/ODD.md 7.8)",
            "activesim: note: cli-test: Beta starts with 0.1 agent groups at scale 10 (1 group),"
                + " each standing for 10 groups: its group life is lumpy, unbiased but noisy; it"
                + " has too few groups for that at any scale (model/ODD.md 7.8)"),
        o.err().lines().toList());
  }

  @Test
  void validateListsEveryProblemWithItsPosition() throws IOException {
    Path scenario = write("bad.yaml", BAD);
    Outcome o = execute("validate", scenario.toString());
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains(scenario + ": 2 problems"), o::toString);
    assertTrue(
        o.err().contains(scenario + ":3:1: yaers: unknown key (did you mean 'years'?)"),
        o::toString);
    assertTrue(
        o.err().contains(scenario + ":15:16: calibration.burnInWeeks: must be in [0, 5200]"),
        o::toString);
    assertEquals("", o.out());
  }

  @Test
  void validateReportsAMissingFile() {
    Path missing = tmp.resolve("missing.yaml");
    Outcome o = execute("validate", missing.toString());
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains(missing + ":1:1:"), o::toString);
    assertTrue(o.err().contains("no such file"), o::toString);
  }

  // --- run -------------------------------------------------------------------------------------

  @Test
  void runWritesCsvsAndAManifestThatHashesTheScenario() throws Exception {
    Path scenario = small();
    Path out = tmp.resolve("out");
    Outcome o = runOk(scenario, out, "--seed", "7");
    assertTrue(o.out().contains("seed 7"), o::toString);
    assertTrue(o.out().contains("results: " + out + " (7 files)"), o::toString);

    assertEquals(
        List.of(
            "decisions.csv",
            "manifest.json",
            "mechanisms.csv",
            "scenario.yaml",
            "spending.csv",
            "summary.csv",
            "timeseries.csv"),
        listing(out));
    assertEquals("week,place,quintile,metric,value", firstLine(out.resolve("timeseries.csv")));
    assertEquals("metric,value", firstLine(out.resolve("summary.csv")));

    Map<String, String> fields = new LinkedHashMap<>();
    Map<String, String[]> files = new LinkedHashMap<>();
    readManifest(out.resolve("manifest.json"), fields, files);
    assertEquals(sha256(Files.readAllBytes(scenario)), fields.get("scenarioSha256"));
    assertEquals("7", fields.get("seed"));
    assertEquals("cli-test", fields.get("scenarioName"));
    assertEquals("1", fields.get("years"));
    assertEquals(
        List.of(
            "decisions.csv",
            "mechanisms.csv",
            "scenario.yaml",
            "spending.csv",
            "summary.csv",
            "timeseries.csv"),
        List.copyOf(files.keySet()));
    // The copy of the scenario is its bytes, so its hash is the scenario's.
    assertEquals(fields.get("scenarioSha256"), files.get("scenario.yaml")[1]);
    for (Map.Entry<String, String[]> file : files.entrySet()) {
      byte[] bytes = Files.readAllBytes(out.resolve(file.getKey()));
      assertEquals(Long.toString(bytes.length), file.getValue()[0], file.getKey());
      assertEquals(sha256(bytes), file.getValue()[1], file.getKey());
    }
    assertEquals(List.of("out", "small.yaml"), listing(tmp), "no temporary folder left beside");
  }

  /** Top-level scalar fields into {@code fields}; {@code files} as path to {bytes, sha256}. */
  private static void readManifest(
      Path manifest, Map<String, String> fields, Map<String, String[]> files) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(manifest.toFile())) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (name.equals("files")) {
          assertEquals(JsonToken.START_ARRAY, value);
          while (p.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> file = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String key = p.currentName();
              p.nextToken();
              file.put(key, p.getText());
            }
            assertNotNull(file.get("path"), file::toString);
            files.put(file.get("path"), new String[] {file.get("bytes"), file.get("sha256")});
          }
        } else if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
          p.skipChildren();
        } else {
          fields.put(name, value == JsonToken.VALUE_NULL ? null : p.getText());
        }
      }
      assertNull(p.nextToken(), "one JSON document only");
    }
  }

  @Test
  void runWithChartsWritesPngAndSvg() throws IOException {
    Path scenario = write("charts.yaml", SMALL.replace("charts: false", "charts: true"));
    Path out = tmp.resolve("out");
    runOk(scenario, out);
    Path charts = out.resolve("charts");
    assertTrue(Files.isDirectory(charts));
    List<String> names = listing(charts);
    List<String> png = names.stream().filter(n -> n.endsWith(".png")).toList();
    List<String> svg = names.stream().filter(n -> n.endsWith(".svg")).toList();
    assertFalse(png.isEmpty(), names::toString);
    assertEquals(png.size(), svg.size(), names::toString);
    for (String name : png) {
      byte[] bytes = Files.readAllBytes(charts.resolve(name));
      assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(bytes, 4), name);
    }
    for (String name : svg) {
      assertTrue(Files.readString(charts.resolve(name)).contains("<svg"), name);
    }
    String manifest = Files.readString(out.resolve("manifest.json"));
    for (String name : names) {
      assertTrue(manifest.contains("\"charts/" + name + "\""), name);
    }
  }

  @Test
  void runWithABadScenarioWritesNothing() throws IOException {
    Path scenario = write("bad.yaml", BAD);
    Path parent = Files.createDirectory(tmp.resolve("results"));
    Path out = parent.resolve("run");
    Outcome o = execute("run", scenario.toString(), "--out", out.toString(), "--quiet");
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains(scenario + ":3:1: yaers: unknown key"), o::toString);
    assertTrue(o.err().contains(scenario + ":15:16: calibration.burnInWeeks"), o::toString);
    assertFalse(Files.exists(out));
    assertEquals(List.of(), listing(parent), "no temporary leftovers");
    assertEquals("", o.out());
  }

  @Test
  void forceRefusesAFolderThatIsNotAResult() throws IOException {
    Path notes = Files.createDirectory(tmp.resolve("notes"));
    Files.writeString(notes.resolve("thesis.txt"), "years of work");
    Outcome o = execute("run", small().toString(), "--out", notes.toString(), "--force", "--quiet");
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("not an ActiveSim result folder"), o::toString);
    assertEquals("years of work", Files.readString(notes.resolve("thesis.txt")));
    assertEquals(List.of("thesis.txt"), listing(notes));
  }

  @Test
  void anUnwritableOutFolderIsBadInputNotAnInternalError() throws IOException {
    Path file = write("afile", "not a folder");
    Outcome o =
        execute("run", small().toString(), "--out", file.resolve("x").toString(), "--quiet");
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("cannot write the results"), o::toString);
    assertFalse(o.err().contains("internal error"), o::toString);
  }

  @Test
  void runWithAMissingScenarioWritesNothing() {
    Path out = tmp.resolve("results").resolve("run");
    Outcome o = execute("run", tmp.resolve("missing.yaml").toString(), "--out", out.toString());
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("no such file"), o::toString);
    assertFalse(Files.exists(out.getParent()), "not even the parent is created");
  }

  @Test
  void runRefusesAnExistingFolderWithoutForce() throws Exception {
    Path scenario = small();
    Path out = tmp.resolve("out");
    runOk(scenario, out);
    Map<String, byte[]> before = snapshot(out);

    Outcome second = execute("run", scenario.toString(), "--out", out.toString(), "--quiet");
    assertEquals(ActiveSimCommand.BAD_INPUT, second.exit(), second::toString);
    assertTrue(second.err().contains(out.toString()), second::toString);
    assertTrue(second.err().contains("--force"), second::toString);
    assertEquals("", second.out());
    assertSnapshotEquals(before, snapshot(out));
    assertEquals(List.of("out", "small.yaml"), listing(tmp));

    Files.writeString(out.resolve("stale.txt"), "from an older run");
    runOk(scenario, out, "--force", "--seed", "8");
    assertEquals(
        List.of(
            "decisions.csv",
            "manifest.json",
            "mechanisms.csv",
            "scenario.yaml",
            "spending.csv",
            "summary.csv",
            "timeseries.csv"),
        listing(out));
    Map<String, String> fields = new LinkedHashMap<>();
    readManifest(out.resolve("manifest.json"), fields, new LinkedHashMap<>());
    assertEquals("8", fields.get("seed"));
    assertEquals(List.of("out", "small.yaml"), listing(tmp), "no .old or .tmp folder left");
  }

  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void assertSnapshotEquals(Map<String, byte[]> expected, Map<String, byte[]> got) {
    assertEquals(expected.keySet(), got.keySet());
    for (String name : expected.keySet()) {
      assertArrayEquals(expected.get(name), got.get(name), name);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "--years, 0",
    "--years, 101",
    "--scale, 0.5",
    "--scale, NaN",
    "--threads, 0",
    "--threads, 257"
  })
  void outOfRangeOptionsAreBadInputAndNameTheOption(String option, String value)
      throws IOException {
    Path scenario = small();
    Path out = tmp.resolve("out");
    Outcome o = execute("run", scenario.toString(), "--out", out.toString(), option, value);
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().startsWith(option + " must be"), o::toString);
    assertFalse(Files.exists(out));
  }

  @Test
  void notANumberIsBadInput() throws IOException {
    Outcome o = execute("run", small().toString(), "--years", "ten");
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("--years"), o::toString);
  }

  // --- determinism through the CLI -------------------------------------------------------------

  @Test
  void sameSeedGivesIdenticalFilesWhateverTheThreads() throws IOException {
    Path scenario = small();
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Path c = tmp.resolve("c");
    runOk(scenario, a, "--seed", "99", "--threads", "2");
    runOk(scenario, b, "--seed", "99", "--threads", "2");
    runOk(scenario, c, "--seed", "99", "--threads", "1");
    for (String file : List.of("timeseries.csv", "summary.csv")) {
      byte[] expected = Files.readAllBytes(a.resolve(file));
      assertArrayEquals(expected, Files.readAllBytes(b.resolve(file)), "run twice: " + file);
      assertArrayEquals(expected, Files.readAllBytes(c.resolve(file)), "1 vs 2 threads: " + file);
    }
  }

  @Test
  void anotherSeedGivesAnotherTimeseries() throws IOException {
    Path scenario = small();
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    runOk(scenario, a, "--seed", "99");
    runOk(scenario, b, "--seed", "100");
    assertFalse(
        Arrays.equals(
            Files.readAllBytes(a.resolve("timeseries.csv")),
            Files.readAllBytes(b.resolve("timeseries.csv"))));
  }

  // --- internal errors -------------------------------------------------------------------------

  /** A subcommand with a bug. */
  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("kaboom");
    }
  }

  @Test
  void anExceptionIsAnInternalError() {
    CommandLine cl = ActiveSimCommand.commandLine();
    cl.addSubcommand("boom", new Boom());
    Outcome o = execute(cl, "boom");
    assertEquals(ActiveSimCommand.INTERNAL_ERROR, o.exit(), o::toString);
    assertTrue(o.err().contains("activesim: internal error"), o::toString);
    assertTrue(o.err().contains("kaboom"), o::toString);
    assertEquals("", o.out());
  }
}
