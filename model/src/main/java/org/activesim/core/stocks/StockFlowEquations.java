package org.activesim.core.stocks;

/**
 * A system of first-order ODEs {@code dy/dt = f(t, y)} for the stock-flow layer. Two methods, as in
 * Commons Math's {@code FirstOrderDifferentialEquations}: the integrators know nothing else.
 */
public interface StockFlowEquations {

  /** Number of stocks. */
  int dimension();

  /**
   * Writes {@code dy/dt} at time {@code t} (weeks) into {@code yDot}; must not modify {@code y}.
   */
  void derivatives(double t, double[] y, double[] yDot);
}
