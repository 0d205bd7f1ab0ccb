package org.activesim.run;

import java.nio.file.Path;
import org.activesim.io.ScenarioException;
import org.activesim.io.ScenarioLoader;
import org.activesim.output.Sha256;
import org.activesim.scenario.Scenario;

/**
 * A scenario file read once: its bytes (hashed for the manifest) and the validated scenario with
 * the command-line overrides applied.
 *
 * @param scenario the scenario, overrides applied
 * @param sha256 SHA-256 of the file's bytes
 * @param bytes the file's bytes, copied into the result folder so that a result can be re-run
 */
public record ScenarioInput(Scenario scenario, String sha256, byte[] bytes) {

  /**
   * Reads, hashes, parses and applies overrides (already range-checked by the caller); every
   * problem with the file becomes a ScenarioException.
   */
  public static ScenarioInput read(Path file, Long seed, Integer years, Double scale)
      throws ScenarioException {
    byte[] bytes = ScenarioLoader.readBytes(file);
    Scenario s = ScenarioLoader.parse(file.toString(), bytes);
    if (years != null) {
      s = s.withYears(years);
    }
    if (scale != null) {
      s = s.withScale(scale);
    }
    if (seed != null) {
      s = s.withSeed(seed);
    }
    return new ScenarioInput(s, Sha256.of(bytes), bytes);
  }
}
