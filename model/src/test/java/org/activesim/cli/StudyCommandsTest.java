package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.io.ParameterOverride;
import org.activesim.io.ScenarioLoader;
import org.activesim.io.ScenarioOverrides;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code activesim sensitivity} and {@code activesim calibrate} end to end through {@code execute},
 * on the Essex baseline at scale 400 (about 3,000 agents), one year, a 26-week burn-in.
 */
class StudyCommandsTest {

  @TempDir static Path dir;
  static Path scenario;

  record Outcome(int exit, String out, String err) {}

  static Outcome execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ActiveSimCommand.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  /** The shipped baseline, made quick: scale 400, 1 year, burn-in 26 weeks. */
  @BeforeAll
  static void smallScenario() throws Exception {
    String text = Files.readString(TestScenarios.scenarios().resolve("baseline.yaml"));
    String small =
        ScenarioOverrides.rewrite(
            "baseline.yaml",
            text,
            List.of(
                new ParameterOverride("calibration.burnInWeeks", 26, "test", 1, 1),
                new ParameterOverride("scale", 400, "test", 1, 1),
                new ParameterOverride("years", 1, "test", 1, 1)));
    scenario = dir.resolve("small.yaml");
    Files.writeString(scenario, small);
  }

  private static Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void oatWritesTheTableChartsAndManifestIdenticallyOnAnyThreadCount() throws Exception {
    Path params =
        write(
            "params.yaml",
            """
            outcomes: [inactive_share_end, inequality_gap_q1_q5_pp_end]
            parameters:
              - path: dynamics.bHabit
                min: 0.3
                max: 0.7
              - path: population.quintileInactiveShares[0]
                min: 0.30
                max: 0.40
            """);
    Path one = dir.resolve("oat1");
    Path two = dir.resolve("oat2");
    Outcome a =
        execute(
            "sensitivity",
            scenario.toString(),
            "--params",
            params.toString(),
            "--method",
            "oat",
            "--replicates",
            "2",
            "--threads",
            "1",
            "--out",
            one.toString(),
            "--quiet");
    assertEquals(0, a.exit(), a.err());
    Outcome b =
        execute(
            "sensitivity",
            scenario.toString(),
            "--params",
            params.toString(),
            "--method",
            "oat",
            "--replicates",
            "2",
            "--threads",
            "2",
            "--out",
            two.toString(),
            "--quiet");
    assertEquals(0, b.exit(), b.err());
    assertTrue(a.out().contains("5 design points, 10 runs"), a.out());
    for (String f : List.of("sensitivity.csv", "design.csv")) {
      assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f);
    }
    assertTrue(Files.exists(one.resolve("tornado_inactive_share_end.png")));
    assertTrue(Files.exists(one.resolve("manifest.json")));
    List<String> rows = Files.readAllLines(one.resolve("sensitivity.csv"));
    // The Q1 share moves the end inactivity up: the largest swing, listed first, positive at max.
    assertTrue(
        rows.get(1)
            .startsWith(
                "oat,inactive_share_end,population.quintileInactiveShares[0],value_at_min,0.3,"),
        rows.get(1));
    String atMax =
        rows.stream()
            .filter(
                r ->
                    r.startsWith(
                        "oat,inactive_share_end,population.quintileInactiveShares[0],effect_at_max,"))
            .findFirst()
            .orElseThrow();
    // Positive, not a size: at 3,000 agents and two replicates the size is mostly sampling noise
    // (a year's inactive share has an sd of about 0.008 here), so a fixed threshold would test the
    // seed's luck rather than the command.
    assertTrue(Double.parseDouble(atMax.split(",")[4]) > 0, atMax);
  }

  @Test
  void outOfRangeBoundsAreReportedInTheParamsFile() throws Exception {
    Path params =
        write(
            "bad.yaml",
            """
            outcomes: [inactive_share_end]
            parameters:
              - path: dynamics.relapseShare
                min: 0.2
                max: 1.2
            """);
    Outcome o =
        execute(
            "sensitivity",
            scenario.toString(),
            "--params",
            params.toString(),
            "--method",
            "morris",
            "--out",
            dir.resolve("bad").toString(),
            "--quiet");
    assertEquals(2, o.exit());
    assertTrue(
        o.err().contains(params + ":5:10: dynamics.relapseShare: must be in (0, 1), was 1.2"),
        o.err());
  }

  @Test
  void relativeOutcomesNeedABaseline() throws Exception {
    Path params =
        write(
            "relative.yaml",
            """
            outcomes: [sroi]
            parameters:
              - path: dynamics.bHabit
                min: 0.3
                max: 0.7
            """);
    Outcome o =
        execute(
            "sensitivity",
            scenario.toString(),
            "--params",
            params.toString(),
            "--method",
            "oat",
            "--out",
            dir.resolve("rel").toString(),
            "--quiet");
    assertEquals(2, o.exit());
    assertTrue(o.err().contains("give --baseline FILE"), o.err());
  }

  /**
   * Recovers a known parameter from synthetic data made by the model itself: observations are the
   * model's replicate means of the Q1 inactive share at weeks 26 and 52 with the initial Q1 share
   * at 0.37 (the others as in the file), then the fit starts from the middle of [0.30, 0.42].
   * Tolerance 0.01, a twelfth of the range. (Fitting Q1 and Q5 together at this scale stalled at Q5
   * = 0.162: see the report; the objective is rough where a parameter reshuffles the synthetic
   * population.)
   */
  @Test
  void calibrationRecoversParametersFromTheModelsOwnData() throws Exception {
    double q1 = 0.37;
    double q5 = 0.20;
    Scenario truth =
        ScenarioOverrides.load(
            "small.yaml",
            Files.readString(scenario),
            List.of(new ParameterOverride("population.quintileInactiveShares[0]", q1, "t", 1, 1)));
    double[] observed = SyntheticData.quintileMeans(truth, 2, new int[] {26, 52});
    Path targets =
        write(
            "targets.yaml",
            String.format(
                java.util.Locale.ROOT,
                """
                parameters:
                  - path: population.quintileInactiveShares[0]
                    min: 0.30
                    max: 0.42
                targets:
                  - metric: inactive_share
                    quintile: 1
                    years: [0.5, 1]
                    values: [%s, %s]
                    sd: 0.005
                """,
                observed[0],
                observed[1],
                observed[2],
                observed[3]));
    Path out = dir.resolve("fit");
    Outcome o =
        execute(
            "calibrate",
            scenario.toString(),
            "--targets",
            targets.toString(),
            "--replicates",
            "2",
            "--max-evaluations",
            "40",
            "--out",
            out.toString(),
            "--quiet");
    assertEquals(0, o.exit(), o.err());
    Path calibrated = out.resolve("baseline-calibrated.yaml");
    String text = Files.readString(calibrated);
    assertTrue(
        text.startsWith("# Calibrated by activesim calibrate against targets.yaml (sha256 "));
    assertTrue(text.contains("# ASSUMPTION"), "comments of the original survive");
    Scenario fitted = ScenarioLoader.load(calibrated);
    assertEquals(q1, fitted.population().quintileInactiveShares()[0], 0.01, o.out());
    assertEquals(q5, fitted.population().quintileInactiveShares()[4], 1e-12, "not fitted");
    List<String> calibration = Files.readAllLines(out.resolve("calibration.csv"));
    assertEquals("parameter,min,max,fitted,sd_curvature", calibration.get(0));
    double sd = Double.parseDouble(calibration.get(1).split(",")[4]);
    assertTrue(sd > 0 && sd < 0.01, "curvature sd " + sd);
  }
}
