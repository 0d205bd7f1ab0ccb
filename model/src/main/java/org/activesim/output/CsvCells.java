package org.activesim.output;

/**
 * Number cells that may be undefined: statistics of the comparison files, the evidence and
 * threshold of {@code decisions.csv}.
 */
final class CsvCells {

  private CsvCells() {}

  /**
   * {@link Numbers#format} of a finite value; an empty field for NaN, the mark of a statistic that
   * is undefined for the data (a confidence interval of one replicate, the SROI of a scenario that
   * spends no more than its baseline, a programme's evidence before its first evaluation), so that
   * the set of rows never depends on the values.
   *
   * @throws IllegalArgumentException for an infinite value, a bug that must not be hidden
   */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("infinite value in a CSV cell: " + value);
    }
    return Numbers.format(value);
  }
}
