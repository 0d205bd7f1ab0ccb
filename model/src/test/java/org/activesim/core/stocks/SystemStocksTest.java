package org.activesim.core.stocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.scenario.StockSpec;
import org.junit.jupiter.api.Test;

/** The system stocks are stationary without levers and follow their equations with drivers. */
class SystemStocksTest {
  private final StockSpec spec = StockSpec.defaults();
  private final SystemStocks stocks = new SystemStocks(spec, 2);
  private final double[] y =
      stocks.initialState(spec, new double[] {100_000, 50_000}, new double[] {0.4, 0.6});

  @Test
  void withoutLeversEveryStockIsAtRest() {
    double[] yDot = new double[stocks.dimension()];
    stocks.derivatives(0, y, yDot);
    for (int i = 0; i < yDot.length; i++) {
      assertEquals(0, yDot[i], 1e-15, "stock " + i);
    }
    assertEquals(spec.initialPartnership(), y[stocks.partnership(1)]);
    assertEquals(0.6, y[stocks.environment(1)]);
  }

  @Test
  void awarenessRelaxesToReachOverReachPlusDecay() {
    stocks.drivers().reachPerWeek[0] = 0.2;
    double[] state = y.clone();
    for (int week = 0; week < 400; week++) {
      Integrator.of(org.activesim.scenario.IntegratorKind.RK4).step(stocks, week, state, 1);
    }
    double expected = 0.2 / (0.2 + 1 / spec.awarenessDecayWeeks());
    assertEquals(expected, state[stocks.awareness(0)], 1e-9);
  }

  @Test
  void trainingFeedsPractitionersWhoTurnOver() {
    stocks.drivers().trainingPerWeek[0] = 1.0;
    double[] state = y.clone();
    for (int week = 0; week < 52 * 150; week++) {
      Integrator.of(org.activesim.scenario.IntegratorKind.RK4).step(stocks, week, state, 1);
    }
    double turnover = -Math.log1p(-spec.annualPractitionerTurnover()) / 52;
    assertEquals(1.0 / turnover, state[stocks.practitioners(0)], 1e-3, "inflow / outflow rate");
    assertEquals(0, state[stocks.practitioners(1)], 1e-12, "the other place has no training");
  }

  @Test
  void policyEffortDrivesAdoptionUpMonotonically() {
    stocks.drivers().policyEffort[1] = 1;
    double[] state = y.clone();
    double previous = 0;
    for (int week = 0; week < 104; week++) {
      Integrator.of(org.activesim.scenario.IntegratorKind.EULER).step(stocks, week, state, 1);
      double a = state[stocks.policyAdoption(1)];
      assertTrue(a > previous && a < 1, "adoption rises within (0,1)");
      previous = a;
    }
    assertEquals(0, state[stocks.policyAdoption(0)], 0, "settings without effort stay at 0");
  }
}
