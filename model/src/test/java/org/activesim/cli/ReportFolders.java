package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The result folders the report tests read, written once per test JVM: a small comparison and a
 * small run whose place names and comments are hostile HTML, and copies of both in which the
 * scenario and lever names are hostile too. The loader only accepts plain scenario and lever names,
 * so those are written into the copies' files, as a hand-edited or corrupted folder could hold
 * them: the report must escape them as well.
 */
final class ReportFolders {

  private ReportFolders() {}

  /** A scenario name that would run as a script if it were not escaped. */
  static final String SCRIPT_NAME = "<script>alert(1)</script>";

  /** A place name with every character HTML treats specially. */
  static final String PLACE = "Alpha <&> \"A\" 'a'";

  /** A lever name with markup and an entity. */
  static final String LEVER = "bikes <b>&amp;";

  private static final String SCENARIO =
      """
      name: {NAME}
      seed: 42
      years: 2
      scale: 10
      population:
        adultShare: 0.80          # ASSUMPTION: share aged 16+ <i>not sourced</i> & "quoted"
        femaleShare: 0.51         # Census 2021 [1]
      places:
        - name: "Alpha <&> \\"A\\" 'a'"
          population: 30000       # ASSUMPTION: grown 7.5% since 2011 [addendum]
          quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2]
          initialGroups: 2
        - name: Beta
          population: 20000       # DERIVED: the rest of the county [2]
          quintileShares: [0.3, 0.3, 0.2, 0.1, 0.1]
          initialGroups: 1
      calibration:
        burnInWeeks: 4
      {LEVERS}
      """;

  private static final String BIKES =
      """
      levers:
        - type: activeTravel
          name: bikes
          bikesPerYear: 20000     # ASSUMPTION: a generous bike scheme
      """;

  static Path comparison;
  static Path run;

  /** Copies of the two folders with the scenario and lever renamed to hostile names. */
  static Path hostileComparison;

  static Path hostileRun;

  record Outcome(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  static Outcome execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cl = ActiveSimCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  /**
   * One comparison (baseline and a scenario named {@link #SCRIPT_NAME} with a lever) and one run of
   * the scenario, both with {@code --report}: a few seconds, shared by every test here and by the
   * browser test.
   */
  /** Writes the folders once per test JVM, under {@code target/report-fixture/}. */
  static synchronized void ensure() throws IOException {
    if (comparison != null) {
      return;
    }
    Path tmp = Path.of("target", "report-fixture").toAbsolutePath();
    if (Files.exists(tmp)) {
      ReportCommandTest.deleteTree(tmp);
    }
    Files.createDirectories(tmp);
    Path base =
        Files.writeString(tmp.resolve("base.yaml"), scenario("base", ""), StandardCharsets.UTF_8);
    Path bikes =
        Files.writeString(
            tmp.resolve("bikes.yaml"), scenario("bikes", BIKES), StandardCharsets.UTF_8);
    comparison = tmp.resolve("cmp");
    Outcome c =
        execute(
            "compare",
            base.toString(),
            bikes.toString(),
            "--replicates",
            "2",
            "--out",
            comparison.toString(),
            "--report",
            "--quiet");
    assertEquals(ActiveSimCommand.OK, c.exit(), c::toString);
    assertTrue(c.out().contains("report: " + comparison.resolve("report.html")), c::toString);
    run = tmp.resolve("run");
    Outcome r = execute("run", bikes.toString(), "--out", run.toString(), "--report", "--quiet");
    assertEquals(ActiveSimCommand.OK, r.exit(), r::toString);
    hostileComparison = tmp.resolve("hostile-cmp");
    ReportCommandTest.copyTree(comparison, hostileComparison);
    for (String file :
        List.of("comparison.csv", "economics.csv", "cmo.csv", "scenarios.csv", "manifest.json")) {
      rewrite(hostileComparison.resolve(file), "bikes", SCRIPT_NAME);
    }
    hostileRun = tmp.resolve("hostile-run");
    ReportCommandTest.copyTree(run, hostileRun);
    rewrite(hostileRun.resolve("summary.csv"), ":bikes", ":" + LEVER);
    rewrite(
        hostileRun.resolve("manifest.json"),
        "\"scenarioName\": \"bikes\"",
        "\"scenarioName\": \"" + SCRIPT_NAME + "\"");
    for (Path folder : List.of(hostileComparison, hostileRun)) {
      Outcome o = execute("report", folder.toString());
      assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    }
  }

  private static void rewrite(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " has no " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private static String scenario(String name, String levers) {
    return SCENARIO.replace("{NAME}", name).replace("{LEVERS}", levers);
  }
}
