package org.activesim.output;

/** Number cells of the comparison files, where a statistic may be undefined. */
final class CsvCells {

  private CsvCells() {}

  /**
   * {@link Numbers#format} of a finite value; an empty field for NaN, the mark of a statistic that
   * is undefined for the data (a confidence interval of one replicate, the SROI of a scenario that
   * spends no more than its baseline), so that the set of rows never depends on the values.
   *
   * @throws IllegalArgumentException for an infinite value, a bug that must not be hidden
   */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("infinite value in a comparison file: " + value);
    }
    return Numbers.format(value);
  }
}
