package org.activesim.scenario;

/**
 * Baseline calibration (MODEL.md §3 "Baseline calibration"): a burn-in before week 0 during which
 * the up- and down-hazard scales are fitted so that the observed shares are stationary.
 *
 * @param burnInWeeks weeks of burn-in before week 0
 */
public record CalibrationSpec(int burnInWeeks) {

  /** Five years of burn-in (ASSUMPTION: a numerical setting, long enough for habit and groups). */
  public static CalibrationSpec defaults() {
    return new CalibrationSpec(260);
  }
}
