package org.activesim.core.stocks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedStepsTest {

  /** Records the time of each Euler step (one evaluation per step); {@code dy/dt = 1}. */
  private static final class Clock implements StockFlowEquations {
    final List<Double> times = new ArrayList<>();

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public void derivatives(double t, double[] y, double[] yDot) {
      times.add(t);
      yDot[0] = 1;
    }
  }

  @Test
  void stepsStartAtT0PlusIH() {
    Clock clock = new Clock();
    double[] y = {0};
    // 0.1 is not a binary fraction: a running sum t += h would drift (0.1 + 0.1 + 0.1 != 0.3).
    FixedSteps.advance(new EulerIntegrator(), clock, 5, y, 0.1, 30);

    assertEquals(30, clock.times.size());
    for (int i = 0; i < 30; i++) {
      assertEquals(5 + i * 0.1, clock.times.get(i), 0.0);
    }
    assertEquals(3, y[0], 1e-12);
  }

  @Test
  void zeroStepsLeavesYAlone() {
    Clock clock = new Clock();
    double[] y = {0.5};
    FixedSteps.advance(new RungeKutta4Integrator(), clock, 0, y, 1, 0);
    assertArrayEquals(new double[] {0.5}, y, 0.0);
    assertEquals(List.of(), clock.times);
  }

  @Test
  void rejectsNegativeSteps() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FixedSteps.advance(new EulerIntegrator(), new Clock(), 0, new double[] {0}, 1, -1));
  }
}
