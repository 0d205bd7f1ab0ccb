package org.activesim.scenario;

/**
 * Baseline calibration (MODEL.md §3 "Baseline calibration"): a burn-in before week 0 during which
 * the up- and down-hazard scales are fitted so that the observed shares are stationary.
 *
 * @param burnInWeeks weeks of burn-in before week 0
 * @param controllerGain share of the gap to the target counts closed per burn-in week
 */
public record CalibrationSpec(int burnInWeeks, double controllerGain) {

  /** Five years of burn-in, closing 5% of the gap a week (ASSUMPTION: numerical settings). */
  public static CalibrationSpec defaults() {
    return new CalibrationSpec(260, 0.05);
  }
}
