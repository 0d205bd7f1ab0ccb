package org.activesim.scenario;

/**
 * Shares of adults at each activity level; they sum to 1 within 1e-6.
 *
 * @param inactive share under 30 minutes a week
 * @param fairlyActive share with 30–149 minutes a week
 * @param active share with 150+ minutes a week
 */
public record ActivityShares(double inactive, double fairlyActive, double active) {

  /** Tolerance on the sum of shares. */
  public static final double SUM_TOLERANCE = 1e-6;

  public ActivityShares {
    for (double s : new double[] {inactive, fairlyActive, active}) {
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException("activity shares must lie in [0,1]");
      }
    }
    if (Math.abs(inactive + fairlyActive + active - 1.0) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          "activity shares must sum to 1, sum was " + (inactive + fairlyActive + active));
    }
  }

  /** Share at the given level. */
  public double share(ActivityLevel level) {
    return switch (level) {
      case INACTIVE -> inactive;
      case FAIRLY_ACTIVE -> fairlyActive;
      case ACTIVE -> active;
    };
  }
}
