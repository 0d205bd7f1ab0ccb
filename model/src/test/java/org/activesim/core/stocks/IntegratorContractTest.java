package org.activesim.core.stocks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.activesim.scenario.IntegratorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What {@link Integrator} promises beyond accuracy: factory, in-place update, statelessness. */
class IntegratorContractTest {

  @Test
  void ofReturnsTheNamedIntegrator() {
    Integrator euler = Integrator.of(IntegratorKind.EULER);
    Integrator rk4 = Integrator.of(IntegratorKind.RK4);
    assertInstanceOf(EulerIntegrator.class, euler);
    assertEquals(1, euler.order());
    assertInstanceOf(RungeKutta4Integrator.class, rk4);
    assertEquals(4, rk4.order());
  }

  /**
   * Records every call to {@code derivatives}, and checks at each call that the caller's {@code y}
   * still holds the start-of-step state: an integrator that accumulated stages into {@code y} would
   * be evaluating {@code f} at the wrong points.
   */
  private static final class Spy implements StockFlowEquations {
    final StockFlowEquations inner = TestSystems.SeasonalActivity.DEFAULT;
    final double[] callersY;
    final double[] start;
    final List<Double> times = new ArrayList<>();

    Spy(double[] callersY) {
      this.callersY = callersY;
      this.start = callersY.clone();
    }

    @Override
    public int dimension() {
      return inner.dimension();
    }

    @Override
    public void derivatives(double t, double[] y, double[] yDot) {
      times.add(t);
      assertEquals(3, y.length);
      assertEquals(3, yDot.length);
      assertNotSame(y, yDot, "state and derivative arrays must not alias");
      assertNotSame(callersY, yDot, "the caller's y must not be used as scratch");
      assertArrayEquals(start, callersY, 0.0, "y changed before the last stage");
      inner.derivatives(t, y, yDot);
    }
  }

  @ParameterizedTest
  @EnumSource(IntegratorKind.class)
  void stepEvaluatesAtStageTimesAndWritesOnlyY(IntegratorKind kind) {
    double t = 3;
    double h = 0.5;
    double[] y = TestSystems.SeasonalActivity.INITIAL.clone();
    Spy spy = new Spy(y);

    Integrator.of(kind).step(spy, t, y, h);

    // Abscissae c_i of each tableau (Butcher): Euler {0}, classical RK4 {0, 1/2, 1/2, 1}.
    List<Double> expectedTimes =
        kind == IntegratorKind.EULER ? List.of(3.0) : List.of(3.0, 3.25, 3.25, 3.5);
    assertEquals(expectedTimes, spy.times);
    double[] expected = TestSystems.SeasonalActivity.INITIAL.clone();
    Integrator.of(kind).step(TestSystems.SeasonalActivity.DEFAULT, t, expected, h);
    assertArrayEquals(expected, y, 0.0, "the spy must not change the result");
  }

  /** Runge–Kutta methods conserve linear invariants (here I + M + A = 1) up to rounding. */
  @ParameterizedTest
  @EnumSource(IntegratorKind.class)
  void conservesTotalPopulation(IntegratorKind kind) {
    double[] y =
        TestSystems.solve(
            Integrator.of(kind),
            TestSystems.SeasonalActivity.DEFAULT,
            0,
            TestSystems.SeasonalActivity.INITIAL,
            0.25,
            208);
    assertEquals(1, y[0] + y[1] + y[2], 1e-13);
  }

  /**
   * One shared instance, stepped from many threads on different states, gives bit-for-bit what a
   * fresh instance per state gives sequentially.
   */
  @ParameterizedTest
  @EnumSource(IntegratorKind.class)
  void sharedInstanceIsThreadSafe(IntegratorKind kind) throws Exception {
    Integrator shared = Integrator.of(kind);
    int runs = 16;
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<double[]>> futures = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        double[] y0 = initial(i);
        futures.add(pool.submit(() -> run(shared, y0)));
      }
      for (int i = 0; i < runs; i++) {
        assertArrayEquals(run(Integrator.of(kind), initial(i)), futures.get(i).get(), 0.0);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static double[] initial(int i) {
    double active = 0.01 + 0.01 * i;
    return new double[] {0.95 - active, 0.05, active};
  }

  private static double[] run(Integrator integrator, double[] y0) {
    return TestSystems.solve(integrator, TestSystems.SeasonalActivity.DEFAULT, 0, y0, 0.125, 416);
  }
}
