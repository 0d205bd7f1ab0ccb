package org.activesim.core.stocks;

/**
 * Classical fourth-order Runge–Kutta method: four evaluations of {@code f} per step, local error
 * O(h^5), global error O(h^4) (Kutta 1901). Butcher tableau (J. C. Butcher, <i>Numerical Methods
 * for Ordinary Differential Equations</i>, 3rd ed., Wiley 2016, ch. 2; Hairer, Nørsett &amp;
 * Wanner, <i>Solving Ordinary Differential Equations I</i>, 2nd ed., §II.1):
 *
 * <pre>
 *   0   |
 *   1/2 | 1/2
 *   1/2 | 0    1/2
 *   1   | 0    0    1
 *   ----+--------------------
 *       | 1/6  1/3  1/3  1/6
 * </pre>
 *
 * <p>The same tableau as Commons Math's {@code ClassicalRungeKuttaIntegrator}, which the tests
 * compare against. Stage vectors are allocated per call, so an instance holds no state and can be
 * shared between threads.
 */
public final class RungeKutta4Integrator implements Integrator {
  @Override
  public void step(StockFlowEquations equations, double t, double[] y, double h) {
    int n = y.length;
    double[] k1 = new double[n];
    double[] k2 = new double[n];
    double[] k3 = new double[n];
    double[] k4 = new double[n];
    // Stage states go into a separate array: y must stay the step's start value until the end.
    double[] stage = new double[n];
    double halfH = 0.5 * h;

    equations.derivatives(t, y, k1);
    for (int i = 0; i < n; i++) {
      stage[i] = y[i] + halfH * k1[i];
    }
    equations.derivatives(t + halfH, stage, k2);
    for (int i = 0; i < n; i++) {
      stage[i] = y[i] + halfH * k2[i];
    }
    equations.derivatives(t + halfH, stage, k3);
    for (int i = 0; i < n; i++) {
      stage[i] = y[i] + h * k3[i];
    }
    equations.derivatives(t + h, stage, k4);

    double sixthH = h / 6.0;
    for (int i = 0; i < n; i++) {
      y[i] += sixthH * (k1[i] + 2.0 * (k2[i] + k3[i]) + k4[i]);
    }
  }

  @Override
  public int order() {
    return 4;
  }
}
