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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code activesim compare} end to end through picocli's {@code execute}, on tiny scenarios (4,000
 * agents, one year, four weeks of burn-in): the comparison folder, byte-identical results on any
 * thread count, a scenario identical to the baseline comparing as zero, bad input.
 */
class CompareCommandTest {

  private static final String SMALL =
      """
      name: %s
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
      %s
      """;

  private static final String BIKES =
      """
      levers:
        - type: activeTravel
          bikesPerYear: 20000
      """;

  /**
   * A referral pathway piloted in Alpha and replicated on schedule (no evidence needed) after a
   * quarter of a year, so that every replicate scales it within the one-year run.
   */
  private static final String SCALE =
      """
      levers:
        - type: hardwiring
          name: social-prescribing
          target:
            places: [Alpha]
          pathways:
            - setting: primaryCare
              fundedCoverage: 0.6
      scaleAndReplicate:
        rules:
          - programme: social-prescribing
            useEvidence: false
            decideAfterYears: 0.25
            reviewEveryYears: 0.25
            maxNewPlacesPerYear: 4
            adaptationDelayYears: 0.1
            trainers: 4
      """;

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

  private Path write(String file, String name, String levers) throws IOException {
    return Files.writeString(
        tmp.resolve(file), SMALL.formatted(name, levers), StandardCharsets.UTF_8);
  }

  private Outcome compare(Path out, String... more) throws IOException {
    Path base = write("base.yaml", "base", "");
    Path bikes = write("bikes.yaml", "bikes", BIKES);
    Path same = write("same.yaml", "same", "");
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                base.toString(),
                bikes.toString(),
                same.toString(),
                "--replicates",
                "3",
                "--out",
                out.toString(),
                "--quiet"));
    args.addAll(List.of(more));
    return execute(args);
  }

  @Test
  void writesTheComparisonFolderAndReportsEachScenario() throws IOException {
    Path out = tmp.resolve("cmp");
    Outcome o = compare(out);
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    assertTrue(o.out().contains("bikes vs base:"), o::toString);
    for (String f :
        List.of(
            "comparison.csv",
            "economics.csv",
            "cmo.csv",
            "scenarios.csv",
            "manifest.json",
            "inactivity_fan.png",
            "inactivity_by_place.svg",
            "cost_effectiveness_plane.svg")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
    assertEquals(
        "scenario,metric,mean,ci_low,ci_high,diff_mean,diff_ci_low,diff_ci_high,prob_benefit",
        rows.get(0));
    // A scenario identical to the baseline compares as zero difference, exactly.
    for (String row : rows) {
      if (row.startsWith("same,")
          && !row.startsWith("same,sroi,")
          && !row.startsWith("same,cost_per_person")) {
        String[] f = row.split(",", -1);
        assertEquals("0", f[5], row);
        assertEquals("0", f[6], row);
        assertEquals("0", f[7], row);
      }
    }
    String manifest = Files.readString(out.resolve("manifest.json"));
    assertTrue(manifest.contains("\"--replicates\""), manifest);
    assertTrue(manifest.contains("\"--seed\""), manifest);
  }

  @Test
  void oneAndTwoThreadsWriteTheSameBytes() throws IOException {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertEquals(ActiveSimCommand.OK, compare(one, "--threads", "1").exit());
    assertEquals(ActiveSimCommand.OK, compare(two, "--threads", "2").exit());
    Map<String, byte[]> a = snapshot(one);
    Map<String, byte[]> b = snapshot(two);
    assertEquals(a.keySet(), b.keySet());
    for (String f : a.keySet()) {
      if (f.equals("manifest.json")) {
        assertEquals(withoutTimes(a.get(f)), withoutTimes(b.get(f)));
      } else {
        assertArrayEquals(a.get(f), b.get(f), f);
      }
    }
  }

  private Outcome compareScale(Path out, String... more) throws IOException {
    Path base = write("base.yaml", "base", "");
    Path scale = write("scale.yaml", "scale", SCALE);
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                base.toString(),
                scale.toString(),
                "--replicates",
                "3",
                "--out",
                out.toString(),
                "--quiet"));
    args.addAll(List.of(more));
    return execute(args);
  }

  @Test
  void aScaleScenarioKeepsReplicateZerosRolloutAndEveryReplicatesReach() throws IOException {
    Path out = tmp.resolve("scale");
    Outcome o = compareScale(out, "--report");
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    // The baseline has no programme: no decisions or timeline of its own.
    assertFalse(Files.exists(out.resolve("decisions_00-base.csv")));
    assertFalse(Files.exists(out.resolve("rollout_timeline_00-base.svg")));
    List<String> decisions = Files.readAllLines(out.resolve("decisions_01-scale.csv"));
    assertEquals("week,programme,place,decision,evidence,threshold,reason", decisions.get(0));
    assertTrue(
        decisions.stream()
            .anyMatch(r -> r.contains(",social-prescribing,") && r.contains(",scale,")),
        String.join("\n", decisions));
    for (String f : List.of("rollout_timeline_01-scale.svg", "rollout_timeline_01-scale.png")) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    List<String> reach = Files.readAllLines(out.resolve("programme_reach.csv"));
    assertEquals(2, reach.size(), String.join("\n", reach));
    String[] row = reach.get(1).split(",", -1);
    assertEquals(List.of("scale", "social-prescribing", "3", "3"), List.of(row).subList(0, 4));
    // Alpha's pilot and its replica in Beta run at the end of every replicate.
    assertEquals("2", row[4]);
    assertEquals("2", row[7]);
    String manifest = Files.readString(out.resolve("manifest.json"));
    for (String f :
        List.of(
            "decisions_01-scale.csv",
            "rollout_timeline_01-scale.svg",
            "rollout_timeline_01-scale.png",
            "programme_reach.csv")) {
      assertTrue(manifest.contains("\"" + f + "\""), f);
    }
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("Programme rollout"), "rollout section");
    assertTrue(html.contains("in replicate 0 (seed 42) only"), "caption says replicate 0");
    assertTrue(html.contains("3 of 3"), "replicates that scaled");
    assertTrue(html.contains("aria-label=\"Timeline for scale:"), "inline chart");
  }

  @Test
  void aScaleScenariosRolloutIsTheSameOnOneAndTwoThreads() throws IOException {
    Path one = tmp.resolve("one");
    Path two = tmp.resolve("two");
    assertEquals(ActiveSimCommand.OK, compareScale(one, "--threads", "1").exit());
    assertEquals(ActiveSimCommand.OK, compareScale(two, "--threads", "2").exit());
    Map<String, byte[]> a = snapshot(one);
    Map<String, byte[]> b = snapshot(two);
    assertEquals(a.keySet(), b.keySet());
    assertTrue(a.containsKey("decisions_01-scale.csv"), a.keySet()::toString);
    assertTrue(a.containsKey("rollout_timeline_01-scale.svg"), a.keySet()::toString);
    for (String f : a.keySet()) {
      if (f.equals("manifest.json")) {
        assertEquals(withoutTimes(a.get(f)), withoutTimes(b.get(f)));
      } else {
        assertArrayEquals(a.get(f), b.get(f), f);
      }
    }
  }

  @Test
  void scenariosThatCannotBePairedAreBadInput() throws IOException {
    Path base = write("base.yaml", "base", "");
    Path other =
        Files.writeString(
            tmp.resolve("other.yaml"),
            SMALL.formatted("other", "").replace("Beta", "Gamma"),
            StandardCharsets.UTF_8);
    Outcome o =
        execute(
            List.of(
                "compare",
                base.toString(),
                other.toString(),
                "--out",
                tmp.resolve("x").toString(),
                "--quiet"));
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("cannot be paired"), o::toString);
    assertFalse(Files.exists(tmp.resolve("x")));

    // Another recording interval would not line up week by week with the baseline.
    Path monthly =
        Files.writeString(
            tmp.resolve("monthly.yaml"),
            SMALL
                .formatted("monthly", "")
                .replace("charts: false", "charts: false\n  recordEveryWeeks: 4"),
            StandardCharsets.UTF_8);
    Outcome m =
        execute(
            List.of(
                "compare",
                monthly.toString(),
                base.toString(),
                "--out",
                tmp.resolve("y").toString(),
                "--quiet"));
    assertEquals(ActiveSimCommand.BAD_INPUT, m.exit(), m::toString);
    assertTrue(m.err().contains("recordEveryWeeks"), m::toString);

    // Another scheme of resident draws would not share the residents' random numbers.
    Path everyResident =
        Files.writeString(
            tmp.resolve("every.yaml"),
            SMALL.formatted("every", "residentDraws: every_resident"),
            StandardCharsets.UTF_8);
    Outcome e =
        execute(
            List.of(
                "compare",
                base.toString(),
                everyResident.toString(),
                "--out",
                tmp.resolve("z").toString(),
                "--quiet"));
    assertEquals(ActiveSimCommand.BAD_INPUT, e.exit(), e::toString);
    assertTrue(e.err().contains("residentDraws is every_resident"), e::toString);
    assertFalse(Files.exists(tmp.resolve("z")));
  }

  @Test
  void optionsAreChecked() throws IOException {
    Path base = write("base.yaml", "base", "");
    Outcome one =
        execute(List.of("compare", base.toString(), base.toString(), "--replicates", "1"));
    assertEquals(ActiveSimCommand.BAD_INPUT, one.exit(), one::toString);
    Outcome alone = execute(List.of("compare", base.toString()));
    assertEquals(ActiveSimCommand.BAD_INPUT, alone.exit(), alone::toString);
    Outcome missing =
        execute(List.of("compare", base.toString(), tmp.resolve("nope.yaml").toString()));
    assertEquals(ActiveSimCommand.BAD_INPUT, missing.exit(), missing::toString);
  }

  private static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static String withoutTimes(byte[] manifest) {
    return new String(manifest, StandardCharsets.UTF_8)
        .replaceAll("\n  \"startedAt\": \"[^\"]*\",", "")
        .replaceAll("\n  \"finishedAt\": \"[^\"]*\",", "");
  }
}
