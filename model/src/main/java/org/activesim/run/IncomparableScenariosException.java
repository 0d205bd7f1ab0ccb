package org.activesim.run;

/**
 * Scenarios that cannot be compared replicate by replicate: their places, scale, horizon or
 * recording interval differ, so replicate r of each does not share a population or a time axis. Bad
 * input, not a bug.
 */
public final class IncomparableScenariosException extends Exception {
  private static final long serialVersionUID = 1L;

  public IncomparableScenariosException(String message) {
    super(message);
  }
}
