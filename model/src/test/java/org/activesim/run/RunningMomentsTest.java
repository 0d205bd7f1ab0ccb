package org.activesim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Welford's moments agree with Commons Math's, and stay accurate far from zero. */
class RunningMomentsTest {

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void agreesWithCommonsMathSummaryStatistics(long seed) {
    UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    int cells = 5;
    RunningMoments moments = new RunningMoments(cells, true);
    SummaryStatistics[] reference = new SummaryStatistics[cells];
    for (int i = 0; i < cells; i++) {
      reference[i] = new SummaryStatistics();
    }
    for (int obs = 0; obs < 200; obs++) {
      for (int i = 0; i < cells; i++) {
        // Cell i skips every (i + 2)-th observation as NaN: counts differ per cell.
        double x = obs % (i + 2) == 0 ? Double.NaN : 100 * i + rng.nextDouble() * (i + 1);
        moments.add(i, x);
        if (!Double.isNaN(x)) {
          reference[i].addValue(x);
        }
      }
    }
    for (int i = 0; i < cells; i++) {
      assertEquals(reference[i].getN(), moments.count(i), "seed " + seed + ", cell " + i);
      assertEquals(reference[i].getMean(), moments.mean(i), 1e-12 * (1 + 100 * i));
      assertEquals(reference[i].getVariance(), moments.variance(i), 1e-12);
    }
  }

  /**
   * Near 1e9 the textbook sum of squares, (Σx² − n·mean²) / (n − 1), cancels every digit of a
   * variance of 1e-4; Welford's update agrees with the exact variance of the same doubles.
   */
  @Test
  void isStableFarFromZero() {
    double[] xs = {1e9 + 0.01, 1e9 + 0.02, 1e9 + 0.03};
    RunningMoments moments = new RunningMoments(1, true);
    double sum = 0;
    double sumOfSquares = 0;
    for (double x : xs) {
      moments.add(0, x);
      sum += x;
      sumOfSquares += x * x;
    }
    double exact = exactVariance(xs);
    assertEquals(1e-4, exact, 1e-8, "the doubles are 1e9 + 0.01 k to about 1e-7");
    assertEquals(exact, moments.variance(0), 1e-12 * exact);
    double textbook = (sumOfSquares - sum * sum / xs.length) / (xs.length - 1);
    assertTrue(Math.abs(textbook - exact) > 1e-5, "the naive formula fails here: " + textbook);
  }

  private static double exactVariance(double[] xs) {
    BigDecimal sum = BigDecimal.ZERO;
    for (double x : xs) {
      sum = sum.add(new BigDecimal(x));
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(xs.length), MathContext.DECIMAL128);
    BigDecimal squares = BigDecimal.ZERO;
    for (double x : xs) {
      BigDecimal d = new BigDecimal(x).subtract(mean);
      squares = squares.add(d.multiply(d));
    }
    return squares.divide(BigDecimal.valueOf(xs.length - 1), MathContext.DECIMAL128).doubleValue();
  }

  @Test
  void noObservationsNoMeanAndOneObservationNoVariance() {
    RunningMoments moments = new RunningMoments(2, true);
    moments.add(1, 3.5);
    assertTrue(Double.isNaN(moments.mean(0)));
    assertEquals(3.5, moments.mean(1));
    assertTrue(Double.isNaN(moments.variance(1)));
    RunningMoments meansOnly = new RunningMoments(1, false);
    meansOnly.add(0, 1);
    assertThrows(IllegalStateException.class, () -> meansOnly.variance(0));
  }
}
