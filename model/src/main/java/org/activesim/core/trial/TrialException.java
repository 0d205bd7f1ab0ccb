package org.activesim.core.trial;

/**
 * A trial that cannot be run or calibrated as designed: too few eligible residents for the arms, no
 * participant reaching the target in an arm, or a target RR the calibration bracket cannot reach.
 * The remedy is another design (participants, scale, bracket), so callers report it as bad input,
 * not as a bug.
 */
public final class TrialException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TrialException(String message) {
    super(message);
  }
}
