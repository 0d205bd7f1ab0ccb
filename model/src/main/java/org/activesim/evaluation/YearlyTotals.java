package org.activesim.evaluation;

import org.activesim.core.Metrics;
import org.activesim.core.Recording;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.Scenario;

/**
 * One run's person-years at each activity level and its spending, per simulated year (MODEL.md §6
 * "cumulative person-years at each level"), read from the all-places, all-quintiles cells of a
 * {@link Recording}.
 *
 * <p>Time. Year y holds the simulated weeks (steps) 52y … 52y + 51. A recorded row at week w shows
 * the state after step w − 1 and the spending of the steps since the previous row, so a row stands
 * for the steps from the previous recorded week to w − 1; the first row (week 0, the state before
 * the first step) stands for none. Each step of a row's span takes the row's residents at each
 * level and an equal part of its spending. With weekly recording this is exact and gives the
 * summary's {@code person_years_*} (residents × weeks / 52, {@code core.RunTotals}); with {@code
 * recordEveryWeeks} n > 1 the state between rows is the state at the row's end (a right Riemann
 * sum), and spending is still exact per year when n divides 52 (otherwise the row that straddles a
 * year's end is split pro rata to its weeks). A last partial year, if the horizon is not whole
 * years, is a shorter year.
 *
 * <p>Residents at a level are {@code share × residents}, with the metrics {@code inactive_share},
 * {@code fairly_active_share}, {@code active_share}, {@code residents} and {@code spend_gbp} (the
 * all-places total includes county-wide spending).
 */
public final class YearlyTotals {

  private final double[][] personYears;
  private final double[] spendGbp;
  private final double[] residentsAtEnd;
  private final int lastWeek;

  private YearlyTotals(
      double[][] personYears, double[] spendGbp, double[] residentsAtEnd, int lastWeek) {
    this.personYears = personYears;
    this.spendGbp = spendGbp;
    this.residentsAtEnd = residentsAtEnd;
    this.lastWeek = lastWeek;
  }

  private static final String[] SHARES = {
    Metrics.INACTIVE_SHARE, Metrics.FAIRLY_ACTIVE_SHARE, Metrics.ACTIVE_SHARE
  };

  /**
   * The totals of a recording.
   *
   * @throws IllegalArgumentException if the recording does not start at week 0, lacks one of the
   *     metrics above, or has a NaN in a cell that is read
   */
  public static YearlyTotals of(Recording r) {
    int rows = r.weekCount();
    if (rows == 0 || r.week(0) != 0) {
      throw new IllegalArgumentException("a recording must start at week 0");
    }
    int[] levelMetric = new int[ActivityLevel.COUNT];
    for (int l = 0; l < ActivityLevel.COUNT; l++) {
      levelMetric[l] = metric(r, SHARES[l]);
    }
    int residentsMetric = metric(r, Metrics.RESIDENTS);
    int spendMetric = metric(r, Metrics.SPEND);
    int lastWeek = r.week(rows - 1);
    int years = (lastWeek + Scenario.WEEKS_PER_YEAR - 1) / Scenario.WEEKS_PER_YEAR;
    double[][] personYears = new double[ActivityLevel.COUNT][years];
    double[] spend = new double[years];
    double[] atLevel = new double[ActivityLevel.COUNT];
    for (int i = 1; i < rows; i++) {
      double residents = read(r, i, residentsMetric);
      for (int l = 0; l < ActivityLevel.COUNT; l++) {
        atLevel[l] = read(r, i, levelMetric[l]) * residents;
      }
      int from = r.week(i - 1);
      int span = r.week(i) - from;
      double spendPerWeek = read(r, i, spendMetric) / span;
      for (int step = from; step < from + span; step++) {
        int y = step / Scenario.WEEKS_PER_YEAR;
        for (int l = 0; l < ActivityLevel.COUNT; l++) {
          personYears[l][y] += atLevel[l] / Scenario.WEEKS_PER_YEAR;
        }
        spend[y] += spendPerWeek;
      }
    }
    double[] atEnd = new double[ActivityLevel.COUNT];
    double residents = read(r, rows - 1, residentsMetric);
    for (int l = 0; l < ActivityLevel.COUNT; l++) {
      atEnd[l] = read(r, rows - 1, levelMetric[l]) * residents;
    }
    return new YearlyTotals(personYears, spend, atEnd, lastWeek);
  }

  private static int metric(Recording r, String name) {
    int m = r.metricIndex(name);
    if (m < 0) {
      throw new IllegalArgumentException("the recording has no metric " + name);
    }
    return m;
  }

  private static double read(Recording r, int row, int metric) {
    double v = r.value(row, r.allPlaces(), Recording.ALL_QUINTILES, metric);
    if (Double.isNaN(v)) {
      throw new IllegalArgumentException(
          "no value of " + r.metrics().get(metric) + " at week " + r.week(row) + " (ALL, ALL)");
    }
    return v;
  }

  /** Simulated years: the last recorded week / 52, rounded up. */
  public int years() {
    return spendGbp.length;
  }

  /** The last recorded week: the horizon in weeks. */
  public int lastWeek() {
    return lastWeek;
  }

  /** Person-years at a level in year {@code year} (0 for the first). */
  public double personYears(ActivityLevel level, int year) {
    return personYears[level.ordinal()][year];
  }

  /** £ spent by every lever in year {@code year} (the ledger, county-wide spending included). */
  public double spendGbp(int year) {
    return spendGbp[year];
  }

  /** Residents at a level at the last recorded week. */
  public double residentsAtEnd(ActivityLevel level) {
    return residentsAtEnd[level.ordinal()];
  }
}
