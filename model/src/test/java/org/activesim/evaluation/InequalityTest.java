package org.activesim.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.activesim.core.Recording;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/** The Q1 − Q5 gap and the slope index of inequality, against fits worked by hand. */
class InequalityTest {

  private static final double TOL = 1e-12;

  private static final double[] SHARES = {0.40, 0.30, 0.28, 0.22, 0.20};

  @Test
  void riditsAreCumulativeMidpoints() {
    assertArrayEquals(
        new double[] {0.1, 0.3, 0.5, 0.7, 0.9},
        Inequality.ridits(new double[] {1, 1, 1, 1, 1}),
        TOL);
    // Populations 1, 2, 3, 2, 2 of 10: midpoints 0.5, 2, 4.5, 7, 9 over 10.
    assertArrayEquals(
        new double[] {0.05, 0.2, 0.45, 0.7, 0.9},
        Inequality.ridits(new double[] {1, 2, 3, 2, 2}),
        TOL);
  }

  @Test
  void equalQuintilesOnALineGiveItsSlope() {
    // MODEL.md §3's gradient 34% ... 20%: 3.5 pp less per 0.2 of rank, −17.5 pp over the range.
    double sii =
        Inequality.slopeIndex(
            new double[] {0.34, 0.305, 0.27, 0.235, 0.20}, new double[] {1, 1, 1, 1, 1});
    assertEquals(-0.175, sii, TOL);
  }

  @Test
  void equalQuintilesOffALineGiveTheLeastSquaresSlope() {
    // x = 0.1 ... 0.9, mean 0.5, Σ(x − 0.5)² = 0.4; slope = Σ(x − 0.5)·y / 0.4.
    double sxy = -0.4 * 0.40 - 0.2 * 0.30 + 0 * 0.28 + 0.2 * 0.22 + 0.4 * 0.20;
    assertEquals(sxy / 0.4, Inequality.slopeIndex(SHARES, new double[] {5, 5, 5, 5, 5}), TOL);
    assertEquals(-0.24, Inequality.slopeIndex(SHARES, new double[] {5, 5, 5, 5, 5}), TOL);
  }

  @Test
  void unequalQuintilesGiveThePopulationWeightedSlope() {
    double[] pops = {1, 2, 3, 2, 2};
    double[] w = {0.1, 0.2, 0.3, 0.2, 0.2};
    double[] x = {0.05, 0.2, 0.45, 0.7, 0.9};
    // Weighted mean of ridits is 0.5 by construction.
    double sxx = 0;
    double sxy = 0;
    for (int q = 0; q < 5; q++) {
      sxx += w[q] * (x[q] - 0.5) * (x[q] - 0.5);
      sxy += w[q] * (x[q] - 0.5) * SHARES[q];
    }
    assertEquals(0.079, sxx, TOL);
    assertEquals(-0.0154, sxy, TOL);
    assertEquals(-0.0154 / 0.079, Inequality.slopeIndex(SHARES, pops), 1e-12);

    // Same as an unweighted fit with each quintile repeated in proportion to its population.
    SimpleRegression replicated = new SimpleRegression();
    for (int q = 0; q < 5; q++) {
      for (int k = 0; k < pops[q]; k++) {
        replicated.addData(x[q], SHARES[q]);
      }
    }
    assertEquals(replicated.getSlope(), Inequality.slopeIndex(SHARES, pops), 1e-12);
  }

  @Test
  void emptyQuintilesTakeNoPart() {
    double[] shares = {Double.NaN, 0.30, 0.28, 0.22, 0.20};
    double[] pops = {0, 1, 1, 1, 1};
    // Ridits 0.125, 0.375, 0.625, 0.875 for the four: mean 0.5, Σ(x − 0.5)² = 0.3125.
    double sxy = -0.375 * 0.30 - 0.125 * 0.28 + 0.125 * 0.22 + 0.375 * 0.20;
    assertEquals(sxy / 0.3125, Inequality.slopeIndex(shares, pops), TOL);
    assertTrue(
        Double.isNaN(Inequality.slopeIndex(shares, new double[] {0, 0, 0, 0, 1})),
        "one quintile has no slope");
    assertThrows(
        IllegalArgumentException.class, () -> Inequality.slopeIndex(shares, new double[] {1, 1}));
  }

  @Test
  void recordingGivesGapAndSlopeInPercentagePoints() {
    Recording.Builder b =
        new Recording.Builder(List.of("A", "B"), List.of("inactive_share", "residents"));
    double[] residents = {100, 200, 300, 200, 200};
    for (int week = 0; week <= 1; week++) {
      b.beginWeek(week);
      for (int q = 0; q < 5; q++) {
        b.set(2, q, 0, SHARES[q] + 0.01 * week);
        b.set(2, q, 1, residents[q]);
        b.set(0, q, 0, 0.3);
        b.set(0, q, 1, 10);
      }
    }
    Recording r = b.build(Map.of());
    assertEquals(20.0, Inequality.gapQ1Q5Pp(r, 1), 1e-9);
    assertEquals(100 * -0.0154 / 0.079, Inequality.slopeIndexPp(r, 0), 1e-9);
    assertEquals(100 * -0.0154 / 0.079, Inequality.slopeIndexPp(r, 1), 1e-9, "a shift is no slope");
    assertEquals(0.0, Inequality.gapQ1Q5Pp(r, 0, 0), TOL);
    assertEquals(0.0, Inequality.slopeIndexPp(r, 0, 0), 1e-9);
    assertTrue(Double.isNaN(Inequality.slopeIndexPp(r, 0, 1)), "place B was not recorded");
  }
}
