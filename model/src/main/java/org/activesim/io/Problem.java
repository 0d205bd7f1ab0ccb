package org.activesim.io;

/**
 * One thing wrong with a scenario file, with a 1-based position so that editors can jump to it.
 *
 * @param file the file name as given to the loader
 * @param line 1-based line of the offending node
 * @param column 1-based column of the offending node
 * @param keyPath where in the scenario, e.g. {@code places[1].quintileShares}; {@code (document)}
 *     for problems that belong to the file as a whole
 * @param message what is wrong and, where possible, what is allowed
 */
public record Problem(String file, int line, int column, String keyPath, String message) {

  /** {@code file:line:column: keyPath: message}, the format compilers use, so IDEs link it. */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + keyPath + ": " + message;
  }
}
