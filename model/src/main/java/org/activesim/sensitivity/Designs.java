package org.activesim.sensitivity;

import java.util.List;
import org.apache.commons.rng.core.source64.SplitMix64;

/** The design of a method, sized by its sample count. */
public final class Designs {

  private Designs() {}

  /**
   * @param samples Morris trajectories or Sobol base samples N; ignored by OAT
   * @param seed draws of the Morris trajectories (OAT and Sobol designs are deterministic)
   */
  public static Design of(Method method, List<Parameter> parameters, int samples, long seed) {
    return switch (method) {
      case OAT -> OneAtATime.design(parameters);
      case MORRIS ->
          Morris.design(parameters, samples, Morris.DEFAULT_LEVELS, new SplitMix64(seed));
      case SOBOL -> Sobol.design(parameters, samples);
    };
  }
}
