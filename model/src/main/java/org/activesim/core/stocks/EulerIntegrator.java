package org.activesim.core.stocks;

/**
 * Explicit (forward) Euler, {@code y += h f(t, y)}: one evaluation of {@code f} per step, global
 * error O(h). It is the one-stage Runge–Kutta method (Butcher, <i>Numerical Methods for Ordinary
 * Differential Equations</i>, 3rd ed., Wiley 2016, ch. 2). The scenario default (MODEL.md §2); use
 * {@link RungeKutta4Integrator} when the step-size error matters. The derivative array is allocated
 * per call, so an instance holds no state and can be shared between threads.
 */
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
