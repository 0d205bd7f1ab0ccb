package org.activesim.sensitivity;

import java.util.List;

/**
 * The points at which a model is to be run, in the unit hypercube (one column per parameter), and
 * their values in parameter units. Estimators take the model's outputs in the same row order.
 *
 * @param parameters the parameters, in column order
 * @param unitPoints points[row][parameter] in [0, 1]
 */
public record Design(List<Parameter> parameters, double[][] unitPoints) {

  public Design {
    parameters = List.copyOf(parameters);
    for (double[] p : unitPoints) {
      if (p.length != parameters.size()) {
        throw new IllegalArgumentException("every point needs one coordinate per parameter");
      }
    }
  }

  public int size() {
    return unitPoints.length;
  }

  /** The values of point {@code row}, in parameter units. */
  public double[] values(int row) {
    double[] u = unitPoints[row];
    double[] v = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      v[i] = parameters.get(i).value(u[i]);
    }
    return v;
  }

  /** Coordinate of a point in the unit cube. */
  public double unit(int row, int parameter) {
    return unitPoints[row][parameter];
  }
}
