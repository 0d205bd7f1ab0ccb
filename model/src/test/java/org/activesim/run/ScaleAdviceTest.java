package org.activesim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.activesim.TestScenarios;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Where the scale matters (ODD 7.8): never for the shipped scenarios at their default scale. */
class ScaleAdviceTest {

  @Test
  void theShippedScenariosAtTheirDefaultScaleNeedNoNote() throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(TestScenarios.scenarios())) {
      files =
          walk.filter(p -> p.toString().endsWith(".yaml"))
              .filter(p -> !TestScenarios.isStudyFile(p))
              .sorted()
              .toList();
    }
    assertTrue(files.size() >= 15, "every shipped scenario: " + files);
    for (Path f : files) {
      Scenario s = ScenarioLoader.load(f);
      assertEquals(List.of(), ScaleAdvice.notes(s), f.toString());
    }
  }

  @Test
  void aCoarseScaleNamesTheSmallPlacesTheLumpyDosesAndTheEvaluations() throws IOException {
    Scenario ldp = TestScenarios.shipped("essex-ldp.yaml", 60, 10, 1);
    List<String> notes = ScaleAdvice.notes(ldp);
    // Harlow (30 groups) has 0.5 agent groups, Basildon (60) has 1.0; the 121 ELDP grants are
    // 2.0 agent grants; Pedal Power's 2,050 bikes are 34 and pass.
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("Harlow starts with 0.5 agent groups")));
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("Basildon starts with 1.0 agent groups")));
    assertTrue(notes.stream().anyMatch(n -> n.startsWith("ldpMicrogrants hands out 121 grants")));
    assertTrue(notes.stream().noneMatch(n -> n.startsWith("pedalPower")), notes.toString());
    // No evaluation in the LDP as delivered, so nothing about evidence.
    assertTrue(notes.stream().noneMatch(n -> n.contains("evaluation")), notes.toString());

    Scenario pilot = TestScenarios.shipped("scale/pilot-then-scale.yaml", 30, 10, 1);
    assertTrue(
        ScaleAdvice.notes(pilot).stream().anyMatch(n -> n.contains("7% too small")),
        ScaleAdvice.notes(pilot).toString());
    Scenario fine = TestScenarios.shipped("scale/pilot-then-scale.yaml", 20, 10, 1);
    assertTrue(
        ScaleAdvice.notes(fine).stream().noneMatch(n -> n.contains("evaluation")),
        "scale 20 keeps the standard errors within 5%");
  }

  @Test
  void aVeryCoarseScaleMeetsTheNeighbourhoodFloor() {
    Scenario s = TestScenarios.shipped("baseline.yaml", 2000, 10, 1);
    assertTrue(
        ScaleAdvice.notes(s).stream().anyMatch(n -> n.contains("neighbourhood has its floor")),
        ScaleAdvice.notes(s).toString());
  }
}
