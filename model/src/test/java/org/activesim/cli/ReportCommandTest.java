package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * {@code activesim report} and {@code --report} end to end, on the folders of {@link
 * ReportFolders}: the page is self-contained, escapes every name, is the same bytes however and
 * however often it is written, has its sections, headings in order and accessible charts, and is
 * checked by {@code verify}. {@link ReportInBrowserTest} opens the same pages in headless Chromium.
 */
class ReportCommandTest {

  @TempDir Path tmp;

  private static Path comparison;
  private static Path run;
  private static Path hostileComparison;
  private static Path hostileRun;

  @BeforeAll
  static void writeResults() throws IOException {
    ReportFolders.ensure();
    comparison = ReportFolders.comparison;
    run = ReportFolders.run;
    hostileComparison = ReportFolders.hostileComparison;
    hostileRun = ReportFolders.hostileRun;
  }

  static ReportFolders.Outcome execute(String... args) {
    return ReportFolders.execute(args);
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
      ReportFolders.Outcome o = execute("report", folder.toString());
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
    ReportFolders.Outcome ok = execute("verify", copy.toString(), "--hashes-only");
    assertEquals(ActiveSimCommand.OK, ok.exit(), ok::toString);
    Files.writeString(copy.resolve("report.html"), "<p>changed</p>", StandardCharsets.UTF_8);
    ReportFolders.Outcome bad = execute("verify", copy.toString(), "--hashes-only");
    assertEquals(ActiveSimCommand.VERIFY_FAILED, bad.exit(), bad::toString);
    assertTrue(bad.out().contains("changed: report.html"), bad::toString);
  }

  @Test
  void aFolderWithoutAManifestIsBadInput() {
    ReportFolders.Outcome o = execute("report", tmp.resolve("nothing-here").toString());
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

  static void deleteTree(Path root) throws IOException {
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
