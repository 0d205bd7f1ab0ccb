package org.activesim.io;

import java.util.Objects;

/**
 * A scenario value set from outside the scenario file (a sensitivity design point, a calibration
 * trial), by its key path, with the place in the file that asked for it: problems with the path or
 * the value are reported there, not in the scenario file.
 *
 * <p>Key paths are those of the loader's messages, plus selection by a key's value: {@code
 * dynamics.bReferral}, {@code population.quintileInactiveShares[0]}, {@code
 * places[name=Tendring].environmentScore}, {@code levers[name=ldpMicrogrants].grantsPerYear},
 * {@code levers[type=hardwiring].pathways[setting=primaryCare].maxReferralProbability}, {@code
 * levers[3].end}. A lever without a {@code name} is named after its type, as in the loader.
 *
 * @param keyPath where in the scenario
 * @param value the number to put there (rounded to the nearest integer for an integer key)
 * @param file the file that asked for it
 * @param line 1-based line in {@code file}
 * @param column 1-based column in {@code file}
 */
public record ParameterOverride(String keyPath, double value, String file, int line, int column) {

  public ParameterOverride {
    Objects.requireNonNull(keyPath, "keyPath");
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based");
    }
  }

  /** The same override with another value (design points share the path and its position). */
  public ParameterOverride withValue(double newValue) {
    return new ParameterOverride(keyPath, newValue, file, line, column);
  }
}
