package org.activesim.scenario;

/**
 * Baseline calibration (MODEL.md §3 "Baseline calibration"): a burn-in before week 0 during which
 * the up- and down-hazard scales are fitted so that the observed shares are stationary.
 *
 * @param burnInWeeks weeks of burn-in before week 0
 * @param refitEveryWeeks the scales are re-fitted in every {@code refitEveryWeeks}-th burn-in week,
 *     counted back from the last (which is always a re-fit); 1 re-fits every week. Between re-fits
 *     the burn-in steps as a run does, with the scales held.
 */
public record CalibrationSpec(int burnInWeeks, int refitEveryWeeks) {

  public CalibrationSpec {
    if (burnInWeeks < 0) {
      throw new IllegalArgumentException("burnInWeeks must be >= 0: " + burnInWeeks);
    }
    if (refitEveryWeeks < 1) {
      throw new IllegalArgumentException("refitEveryWeeks must be >= 1: " + refitEveryWeeks);
    }
  }

  /** A burn-in that re-fits every {@link #defaults()} number of weeks. */
  public CalibrationSpec(int burnInWeeks) {
    this(burnInWeeks, defaults().refitEveryWeeks());
  }

  /**
   * Five years of burn-in, re-fitted every fourth week (ASSUMPTIONS, numerical: long enough for
   * habit and groups to settle; a re-fit every week chases the week's sampling noise and costs a
   * full pass over every resident's hazards, while the scales move little between re-fits; see
   * model/ODD.md 3.8 and {@code RefitCadenceTest}).
   */
  public static CalibrationSpec defaults() {
    return new CalibrationSpec(260, 4);
  }

  /** Whether burn-in week {@code w} (0 = first) of {@link #burnInWeeks} re-fits the scales. */
  public boolean refitsIn(int w) {
    return (burnInWeeks - 1 - w) % refitEveryWeeks == 0;
  }
}
