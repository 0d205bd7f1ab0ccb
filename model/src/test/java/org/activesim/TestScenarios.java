package org.activesim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activesim.io.ScenarioException;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.Scenario;

/**
 * The shipped Essex scenario for tests: {@code scenarios/baseline.yaml}, loaded through the real
 * loader, so that the validation tests check the file users run, not a copy of it.
 */
public final class TestScenarios {
  private TestScenarios() {}

  /** The repository's {@code scenarios/} folder (tests run in {@code model/}). */
  public static Path scenarios() {
    Path fromModule = Path.of("..", "scenarios");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("scenarios");
  }

  /**
   * Whether a file under {@code scenarios/} is a study file (sensitivity params, calibration
   * targets) rather than a scenario.
   */
  public static boolean isStudyFile(Path file) {
    Path folder = file.getParent().getFileName();
    return folder != null && List.of("sensitivity", "calibration").contains(folder.toString());
  }

  /** {@code scenarios/baseline.yaml} at a given scale, horizon and seed. */
  public static Scenario essex(double scale, int years, long seed) {
    return shipped("baseline.yaml", scale, years, seed);
  }

  /** A shipped scenario ({@code scenarios/<relative>}) at a given scale, horizon and seed. */
  public static Scenario shipped(String relative, double scale, int years, long seed) {
    try {
      return ScenarioLoader.load(scenarios().resolve(relative))
          .withScale(scale)
          .withYears(years)
          .withSeed(seed);
    } catch (ScenarioException e) {
      throw new IllegalStateException("the shipped scenario " + relative + " must load", e);
    }
  }

  /**
   * A scenario with every place's population and initial groups multiplied by {@code factor}
   * (rounded; at least one resident), everything else as it was: a smaller county for tests that
   * compare scales, with the levers' doses kept.
   */
  public static Scenario shrunk(Scenario s, double factor) {
    List<PlaceSpec> places = new ArrayList<>();
    for (PlaceSpec p : s.places()) {
      places.add(
          new PlaceSpec(
              p.name(),
              (int) Math.max(1, Math.round(p.population() * factor)),
              p.quintileShares(),
              p.activityShares(),
              p.environmentScore(),
              p.assetsPer1000(),
              (int) Math.round(p.initialGroups() * factor)));
    }
    return new Scenario(
        s.name(),
        s.description(),
        s.seed(),
        s.years(),
        s.scale(),
        s.integrator(),
        s.residentDraws(),
        s.population(),
        places,
        s.network(),
        s.dynamics(),
        s.calibration(),
        s.groups(),
        s.stocks(),
        s.levers(),
        s.scaleAndReplicate(),
        s.economics(),
        s.outputs());
  }
}
