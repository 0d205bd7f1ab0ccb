package org.activesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario files users run: every one loads, and the lever scenarios are the baseline plus
 * levers (the text from {@code seed:} to the levers block is the baseline's, byte for byte), so
 * that lever-by-lever comparisons differ only in the lever.
 */
class ShippedScenariosTest {

  /** Folders of study files (sensitivity params, calibration targets), not scenarios. */
  static final List<String> STUDY_FOLDERS = List.of("sensitivity", "calibration");

  /** The shipped study files parse, and every bound is valid for the scenario they are for. */
  @Test
  void shippedStudyFilesLoadAndTheirBoundsFitTheirScenarios() throws Exception {
    Path scenarios = TestScenarios.scenarios();
    org.activesim.io.SensitivityPlan plan =
        org.activesim.io.SensitivityPlan.load(
            scenarios.resolve("sensitivity/essex-ldp-assumptions.yaml"));
    checkBounds(scenarios.resolve("essex-ldp.yaml"), plan.parameters());
    assertTrue(
        plan.baseline().endsWith(Path.of("scenarios", "baseline.yaml"))
            || plan.baseline().endsWith("baseline.yaml"));
    org.activesim.io.CalibrationTargets targets =
        org.activesim.io.CalibrationTargets.load(
            scenarios.resolve("calibration/active-lives-targets.yaml"));
    checkBounds(scenarios.resolve("baseline.yaml"), targets.parameters());
    assertEquals(8, targets.points().size());
  }

  private static void checkBounds(Path scenario, List<org.activesim.io.PlannedParameter> ps)
      throws Exception {
    String text = Files.readString(scenario);
    for (org.activesim.io.PlannedParameter p : ps) {
      org.activesim.io.ScenarioOverrides.load(scenario.toString(), text, List.of(p.atMin()));
      org.activesim.io.ScenarioOverrides.load(scenario.toString(), text, List.of(p.atMax()));
    }
  }

  static List<Path> scenarioFiles() throws IOException {
    try (Stream<Path> files = Files.walk(TestScenarios.scenarios())) {
      return files
          .filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> !STUDY_FOLDERS.contains(p.getParent().getFileName().toString()))
          .sorted()
          .toList();
    }
  }

  static List<Path> leverFiles() throws IOException {
    return scenarioFiles().stream()
        .filter(p -> p.getParent().getFileName().toString().equals("levers"))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("scenarioFiles")
  void everyShippedScenarioLoads(Path file) throws Exception {
    Scenario s = ScenarioLoader.load(file);
    assertFalse(s.name().isBlank());
  }

  @ParameterizedTest
  @MethodSource("leverFiles")
  void leverScenariosAreTheBaselinePlusOneLever(Path file) throws Exception {
    assertEquals(baselineBody(), body(file), file + " must repeat baseline.yaml from 'seed:'");
    Scenario s = ScenarioLoader.load(file);
    assertEquals(1, s.levers().size(), file + " has one lever");
    assertTrue(s.levers().get(0).enabled());
  }

  /**
   * The scale-and-replicate strategies (MODEL.md §5) are the baseline plus the programme: {@code
   * activesim compare} needs the same places, scale, years and recording, and the strategies should
   * differ in nothing else. They share one budget (like for like, ODD 7.15). A no-effect variant
   * differs from its strategy only in {@code dynamics.bReferral: 0.0}.
   */
  @Test
  void scaleStrategiesAreTheBaselinePlusTheirProgrammeUnderOneBudget() throws Exception {
    List<Path> files =
        scenarioFiles().stream()
            .filter(p -> p.getParent().getFileName().toString().equals("scale"))
            .toList();
    assertEquals(
        6,
        files.size(),
        "pilot-then-scale, scale-without-evaluation, universal, by need, two no-effect variants");
    Set<Double> budgets = new java.util.HashSet<>();
    for (Path f : files) {
      String body = body(f);
      boolean noEffect = f.getFileName().toString().endsWith("-no-effect.yaml");
      if (noEffect) {
        body = body.replaceFirst("\n  bReferral: 0\\.0 [^\n]*", "\n  bReferral: BASELINE");
      }
      assertEquals(
          noEffect
              ? baselineBody().replaceFirst("\n  bReferral: [^\n]*", "\n  bReferral: BASELINE")
              : baselineBody(),
          body,
          f + " must repeat baseline.yaml from 'seed:'");
      Scenario s = ScenarioLoader.load(f);
      assertTrue(
          s.levers().stream().anyMatch(l -> l.name().equals("social-prescribing")), f.toString());
      assertEquals(noEffect ? 0.0 : 1.101, s.dynamics().bReferral(), f.toString());
      budgets.add(s.scaleAndReplicate().budgetGbp());
    }
    assertEquals(Set.of(3_000_000.0), budgets, "one stated budget for every strategy");
  }

  @Test
  void thereIsOneLeverScenarioPerLeverType() throws Exception {
    Set<LeverType> types = EnumSet.noneOf(LeverType.class);
    for (Path f : leverFiles()) {
      types.add(ScenarioLoader.load(f).levers().get(0).type());
    }
    assertEquals(deliveryTypes(), types);
  }

  /**
   * Every lever type that delivers something. An evaluation needs a programme to follow, so it
   * appears with one in {@code scenarios/scale/} rather than alone or in the LDP as delivered.
   */
  private static Set<LeverType> deliveryTypes() {
    return EnumSet.complementOf(EnumSet.of(LeverType.EVALUATION));
  }

  @Test
  void essexLdpIsTheBaselinePlusEveryLeverType() throws Exception {
    Path file = TestScenarios.scenarios().resolve("essex-ldp.yaml");
    assertEquals(baselineBody(), body(file));
    Scenario s = ScenarioLoader.load(file);
    Set<LeverType> types = EnumSet.noneOf(LeverType.class);
    for (Lever l : s.levers()) {
      assertTrue(l.enabled(), l.name());
      types.add(l.type());
    }
    assertEquals(deliveryTypes(), types);
  }

  private static String baselineBody() throws IOException {
    return body(TestScenarios.scenarios().resolve("baseline.yaml"));
  }

  /** The text from the line starting {@code seed:} up to the line starting {@code levers:}. */
  private static String body(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int from = text.indexOf("\nseed:");
    int to = text.indexOf("\nlevers:");
    String body = text.substring(from, to < 0 ? text.length() : to);
    // Comment lines directly above the levers block belong to it, not to the baseline.
    return body.replaceAll("(\\n#[^\\n]*)+\\s*$", "").stripTrailing();
  }
}
