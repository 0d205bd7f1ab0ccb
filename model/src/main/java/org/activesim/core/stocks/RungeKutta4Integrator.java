package org.activesim.core.stocks;

/** Classical fourth-order Runge–Kutta. TODO(helper): implement and test. */
public final class RungeKutta4Integrator implements Integrator {
  @Override
  public void step(StockFlowEquations equations, double t, double[] y, double h) {
    throw new UnsupportedOperationException("not yet");
  }

  @Override
  public int order() {
    return 4;
  }
}
