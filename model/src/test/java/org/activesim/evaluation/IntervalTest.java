package org.activesim.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void tIntervalMatchesHandArithmetic() {
    // mean 2.5, sd sqrt(5/3) = 1.290994, t(0.975, 3) = 3.182446: half-width 2.054260.
    Interval i = Interval.of(new double[] {1, 2, 3, 4});
    assertEquals(4, i.n());
    assertEquals(2.5, i.mean(), 1e-12);
    assertEquals(2.5 - 2.054260, i.low(), 1e-6);
    assertEquals(2.5 + 2.054260, i.high(), 1e-6);
    assertEquals(2.054260, i.halfWidth(), 1e-6);
  }

  @Test
  void oneReplicateHasNoIntervalAndNoSpreadCollapsesIt() {
    Interval one = Interval.of(new double[] {3});
    assertEquals(3, one.mean());
    assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.high()));
    Interval flat = Interval.of(new double[] {0.25, 0.25, 0.25});
    assertEquals(0.25, flat.low());
    assertEquals(0.25, flat.high());
  }

  @Test
  void identicalPairsDifferByExactlyZeroAndShowNoBenefit() {
    double[] x = {0.3, 0.31, 0.29, 0.305};
    Interval d = Interval.pairedDifference(x, x.clone());
    assertEquals(0.0, d.mean());
    assertEquals(0.0, d.low());
    assertEquals(0.0, d.high());
    assertEquals(0.0, Interval.probabilityOfBenefit(Interval.differences(x, x), false));
  }

  @Test
  void probabilityOfBenefitCountsTheBeneficialDirectionOnly() {
    double[] d = {-1, -2, 0, 3};
    assertEquals(0.5, Interval.probabilityOfBenefit(d, false));
    assertEquals(0.25, Interval.probabilityOfBenefit(d, true));
  }

  @Test
  void pairsMustHaveTheSameReplicates() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Interval.pairedDifference(new double[2], new double[3]));
  }
}
