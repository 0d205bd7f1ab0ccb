package org.activesim.run;

/**
 * A sensitivity or calibration study that cannot run as asked (an outcome that needs a baseline
 * without one, a target the recording does not hold). Bad input, not a bug.
 */
public final class StudyException extends Exception {
  private static final long serialVersionUID = 1L;

  public StudyException(String message) {
    super(message);
  }
}
