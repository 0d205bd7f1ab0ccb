package org.activesim.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Green Book discounting against values worked by hand. */
class DiscountingTest {

  private static final double TOL = 1e-12;

  @Test
  void yearZeroIsNotDiscounted() {
    assertEquals(1.0, Discounting.factor(0.035, 0));
    assertEquals(1.0, Discounting.factor(0.015, 0));
  }

  @Test
  void factorsAreOneOverOnePlusRToTheYear() {
    assertEquals(1 / 1.035, Discounting.factor(0.035, 1), TOL);
    assertEquals(1 / (1.035 * 1.035), Discounting.factor(0.035, 2), TOL);
    assertEquals(1 / (1.015 * 1.015 * 1.015), Discounting.factor(0.015, 3), TOL);
    // Year 10, to four places: 1.035^-10 = 0.7089, 1.015^-10 = 0.8617.
    assertEquals(0.7089, Discounting.factor(0.035, 10), 5e-5);
    assertEquals(0.8617, Discounting.factor(0.015, 10), 5e-5);
    assertEquals(1.0, Discounting.factor(0, 7));
  }

  @Test
  void presentValueSumsTheDiscountedYears() {
    double pv = Discounting.presentValue(new double[] {100, 100, 100}, 0.035);
    assertEquals(100 + 100 / 1.035 + 100 / (1.035 * 1.035), pv, 1e-9);
    assertEquals(289.96942752, pv, 1e-8);
    assertEquals(0.0, Discounting.presentValue(new double[0], 0.035));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Discounting.factor(0.035, -1));
    assertThrows(IllegalArgumentException.class, () -> Discounting.factor(-1, 1));
    assertThrows(IllegalArgumentException.class, () -> Discounting.factor(Double.NaN, 1));
  }
}
