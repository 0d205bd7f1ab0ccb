package org.activesim.sensitivity;

import java.util.Locale;

/** The sensitivity methods, by their command-line names. */
public enum Method {
  /** One at a time: a tornado of swings around the medians ({@link OneAtATime}). */
  OAT,
  /** Morris elementary effects: μ* and σ ({@link Morris}). */
  MORRIS,
  /** Sobol first-order and total indices ({@link Sobol}). */
  SOBOL;

  /** The lower-case name used on the command line and in files. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
