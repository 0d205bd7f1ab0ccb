package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code activesim report} and {@code --report} end to end, on a small comparison and a small run
 * whose place names and comments are hostile HTML: the page is self-contained, escapes every name,
 * is the same bytes however and however often it is written, and is checked by {@code verify}; the
 * browser test opens it in headless Chromium. The loader only accepts plain scenario and lever
 * names, so hostile ones are written into copies of the folders' files, as a hand-edited or
 * corrupted folder could hold them: the report must escape them too.
 */
class ReportCommandTest {

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

  @TempDir static Path tmp;

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
  @BeforeAll
  static void writeResults() throws IOException {
    if (comparison != null) {
      return;
    }
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
    copyTree(comparison, hostileComparison);
    for (String file :
        List.of("comparison.csv", "economics.csv", "cmo.csv", "scenarios.csv", "manifest.json")) {
      rewrite(hostileComparison.resolve(file), "bikes", SCRIPT_NAME);
    }
    hostileRun = tmp.resolve("hostile-run");
    copyTree(run, hostileRun);
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

  static String report(Path folder) throws IOException {
    return Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void theReportIsSelfContained() throws IOException {
    for (Path folder : List.of(comparison, run, hostileComparison, hostileRun)) {
      String html = report(folder);
      for (String outside :
          List.of(
              "http://", "https://", "file:", "src=", "<link", "<script", "@import", "<iframe")) {
        assertFalse(html.toLowerCase().contains(outside), folder + " report contains " + outside);
      }
      Matcher url = Pattern.compile("url\\(([^)]*)\\)").matcher(html);
      while (url.find()) {
        assertTrue(url.group(1).startsWith("#"), "url(" + url.group(1) + ")");
      }
      Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
      while (href.find()) {
        assertTrue(
            href.group(1).startsWith("#") || href.group(1).startsWith("data:image/png;base64,"),
            href.group(1));
      }
    }
  }

  @Test
  void everyNameFromAScenarioIsEscaped() throws IOException {
    String cmp = report(hostileComparison);
    assertTrue(cmp.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "scenario name");
    assertTrue(cmp.contains("Alpha &lt;&amp;&gt; &quot;A&quot; &#39;a&#39;"), "place name");
    assertTrue(cmp.contains("&lt;i&gt;not sourced&lt;/i&gt; &amp; &quot;quoted&quot;"), "comment");
    String single = report(hostileRun);
    assertTrue(single.contains("bikes &lt;b&gt;&amp;amp;"), "lever name");
    assertTrue(single.contains("What happens in scenario &lt;script&gt;"), "title");
    for (String html : List.of(cmp, single)) {
      assertFalse(html.contains("<i>not"), "raw markup from a comment");
      assertFalse(html.contains("<b>&"), "raw markup from a lever name");
    }
  }

  @Test
  void theSameFolderGivesTheSameBytes() throws IOException {
    for (Path folder : List.of(comparison, run)) {
      byte[] written = Files.readAllBytes(folder.resolve("report.html"));
      Outcome o = execute("report", folder.toString());
      assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
      assertArrayEquals(
          written, Files.readAllBytes(folder.resolve("report.html")), folder::toString);
      // A copy of the folder elsewhere gives the same page: nothing depends on where it lies.
      Path copy = tmp.resolve("copy-" + folder.getFileName());
      copyTree(folder, copy);
      Files.delete(copy.resolve("report.html"));
      assertEquals(ActiveSimCommand.OK, execute("report", copy.toString()).exit());
      assertArrayEquals(written, Files.readAllBytes(copy.resolve("report.html")), folder::toString);
    }
  }

  @Test
  void theReportHasItsSectionsInOrderAndAccessibleCharts() throws IOException {
    String cmp = report(comparison);
    for (String part :
        List.of(
            "class=\"headline\"",
            "By the end of year 2, with bikes about",
            "Scenarios compared",
            "Value for money",
            "National SROI benchmark",
            "£4.38",
            "WELLBYs gained",
            "Social value",
            "What works, for whom, where",
            "How to read this",
            "Assumptions and evidence",
            "population.adultShare",
            "places[name=Alpha &lt;&amp;&gt; &quot;A&quot; &#39;a&#39;].population",
            "levers[name=bikes].bikesPerYear",
            "DERIVED: the rest of the county [2]",
            "Provenance",
            "activesim compare",
            "--seed 42 --replicates 2",
            "<meta name=\"viewport\"",
            "@page { size: A4;",
            "@media print")) {
      assertTrue(cmp.contains(part), part);
    }
    String single = report(run);
    for (String part :
        List.of(
            "Over 2 simulated years",
            "not the effect of its levers",
            "Spending by lever",
            "1 (a single run)")) {
      assertTrue(single.contains(part), part);
    }
    for (String html : List.of(cmp, single)) {
      assertHeadingsInOrder(html);
      int svgs = count(html, "<svg ");
      assertTrue(svgs >= 3, "charts: " + svgs);
      assertEquals(svgs, count(html, "role=\"img\""));
      assertEquals(svgs, count(html, "aria-label=\""));
      assertEquals(svgs, count(html, "<title id="));
    }
  }

  @Test
  void verifyChecksTheReport() throws IOException {
    Path copy = tmp.resolve("verify-copy");
    copyTree(comparison, copy);
    Outcome ok = execute("verify", copy.toString(), "--hashes-only");
    assertEquals(ActiveSimCommand.OK, ok.exit(), ok::toString);
    Files.writeString(copy.resolve("report.html"), "<p>changed</p>", StandardCharsets.UTF_8);
    Outcome bad = execute("verify", copy.toString(), "--hashes-only");
    assertEquals(ActiveSimCommand.VERIFY_FAILED, bad.exit(), bad::toString);
    assertTrue(bad.out().contains("changed: report.html"), bad::toString);
  }

  @Test
  void aFolderWithoutAManifestIsBadInput() {
    Outcome o = execute("report", tmp.resolve("nothing-here").toString());
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("not a result folder"), o::toString);
  }

  private static void assertHeadingsInOrder(String html) {
    Matcher m = Pattern.compile("<h([1-6])[ >]").matcher(html);
    List<Integer> levels = new ArrayList<>();
    while (m.find()) {
      levels.add(Integer.parseInt(m.group(1)));
    }
    assertEquals(1, levels.get(0), "the page starts with its h1");
    assertEquals(1, levels.stream().filter(l -> l == 1).count(), "one h1");
    for (int i = 1; i < levels.size(); i++) {
      assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "heading levels skip at " + levels);
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (var files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
