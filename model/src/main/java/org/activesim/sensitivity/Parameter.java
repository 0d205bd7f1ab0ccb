package org.activesim.sensitivity;

import java.util.Objects;

/**
 * One uncertain input of a sensitivity analysis or calibration.
 *
 * @param name how results name it (for ActiveSim, the scenario key path)
 * @param prior its distribution on a bounded range
 */
public record Parameter(String name, Prior prior) {
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(prior, "prior");
  }

  /** The parameter's value at cumulative probability u. */
  public double value(double u) {
    return prior.quantile(u);
  }
}
