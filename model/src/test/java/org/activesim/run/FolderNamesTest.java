package org.activesim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names from scenario files never make a path that leaves the output folder. */
class FolderNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "..",
        ".",
        "../up",
        "a/b",
        "a\\b",
        "/abs",
        ".hidden",
        "",
        " lead",
        "C:evil",
        "a b",
        "ü",
        "name\n",
        "-dash-first"
      })
  void namesThatCouldLeaveTheFolderAreRefused(String name) {
    assertThrows(IllegalArgumentException.class, () -> FolderNames.checked(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"essex-ldp", "a", "v1.2_x", "a..b"})
  void plainNamesPass(String name) {
    assertEquals(name, FolderNames.checked(name));
    Path p = Path.of("results").resolve(name).normalize();
    assertTrue(p.startsWith(Path.of("results")) && p.getNameCount() == 2, p.toString());
  }

  @Test
  void theDefaultResultFolderOfAScenarioBuiltInCodeIsChecked() {
    Scenario essex = TestScenarios.essex(10, 1, 1);
    Scenario evil =
        new Scenario(
            "../../etc",
            essex.description(),
            essex.seed(),
            essex.years(),
            essex.scale(),
            essex.integrator(),
            essex.population(),
            essex.places(),
            essex.network(),
            essex.dynamics(),
            essex.calibration(),
            essex.groups(),
            essex.stocks(),
            essex.levers(),
            essex.economics(),
            essex.outputs());
    RunRequest request =
        new RunRequest(Path.of("x.yaml"), null, null, null, null, 1, false, List.of());
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    assertThrows(IllegalArgumentException.class, () -> RunJob.target(request, evil, now));
    assertEquals(
        Path.of("results", "baseline", "20260101T000000Z-seed1"),
        RunJob.target(request, essex, now));
  }
}
