package org.activesim.core.stocks;

/** Explicit (forward) Euler. TODO(helper): implement and test. */
public final class EulerIntegrator implements Integrator {
  @Override
  public void step(StockFlowEquations equations, double t, double[] y, double h) {
    double[] yDot = new double[y.length];
    equations.derivatives(t, y, yDot);
    for (int i = 0; i < y.length; i++) {
      y[i] += h * yDot[i];
    }
  }

  @Override
  public int order() {
    return 1;
  }
}
