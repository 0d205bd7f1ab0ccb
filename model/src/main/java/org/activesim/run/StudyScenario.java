package org.activesim.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activesim.io.ParameterOverride;
import org.activesim.io.PlannedParameter;
import org.activesim.io.ScenarioException;
import org.activesim.io.ScenarioLoader;
import org.activesim.io.ScenarioOverrides;
import org.activesim.output.Sha256;
import org.activesim.scenario.Scenario;

/**
 * A scenario file a study varies: its text (parsed again with each point's overrides, so the loader
 * checks every value) and the command-line settings applied after.
 *
 * @param file the file as given
 * @param text its text
 * @param sha256 SHA-256 of its bytes
 * @param seed --seed, or null for the file's
 * @param years --years, or null
 * @param scale --scale, or null
 */
record StudyScenario(
    Path file, String text, String sha256, Long seed, Integer years, Double scale) {

  static StudyScenario read(Path file, Long seed, Integer years, Double scale)
      throws ScenarioException {
    byte[] bytes = ScenarioLoader.readBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    // Parsed once here so that a broken file is reported before anything else.
    ScenarioLoader.parse(file.toString(), bytes);
    return new StudyScenario(file, text, Sha256.of(bytes), seed, years, scale);
  }

  /** The scenario with overrides, then the command-line settings. */
  Scenario with(List<ParameterOverride> overrides) throws ScenarioException {
    Scenario s = ScenarioOverrides.load(file.toString(), text, overrides);
    if (years != null) {
      s = s.withYears(years);
    }
    if (scale != null) {
      s = s.withScale(scale);
    }
    if (seed != null) {
      s = s.withSeed(seed);
    }
    return s;
  }

  /** Overrides giving each parameter a value. */
  static List<ParameterOverride> overrides(List<PlannedParameter> parameters, double[] values) {
    List<ParameterOverride> list = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      list.add(parameters.get(i).at().withValue(values[i]));
    }
    return list;
  }

  /**
   * Checks every parameter's path, and its minimum and maximum each against the scenario's ranges
   * (problems are reported in the study file, at {@code path}, {@code min} or {@code max}).
   */
  void checkBounds(List<PlannedParameter> parameters) throws ScenarioException {
    ScenarioOverrides.checkPaths(
        file.toString(), text, parameters.stream().map(PlannedParameter::at).toList());
    for (PlannedParameter p : parameters) {
      ScenarioOverrides.load(file.toString(), text, List.of(p.atMin()));
      ScenarioOverrides.load(file.toString(), text, List.of(p.atMax()));
    }
  }

  /** Whether the scenario has every key on the parameter's path (a baseline may lack levers). */
  boolean has(PlannedParameter p) {
    try {
      ScenarioOverrides.checkPaths(file.toString(), text, List.of(p.at()));
      return true;
    } catch (ScenarioException e) {
      return false;
    }
  }
}
