package org.activesim.scenario;

/**
 * What a run writes (MODEL.md §6).
 *
 * @param recordEveryWeeks record the time series every n weeks (week 0 and the last week always)
 * @param charts whether to draw the charts
 */
public record OutputSpec(int recordEveryWeeks, boolean charts) {

  /** Weekly series and charts. */
  public static OutputSpec defaults() {
    return new OutputSpec(1, true);
  }
}
