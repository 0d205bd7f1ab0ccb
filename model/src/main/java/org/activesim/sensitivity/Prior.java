package org.activesim.sensitivity;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;

/**
 * What is believed about one parameter: a distribution on a bounded range. Designs are built in the
 * unit hypercube and mapped through {@link #quantile} (the inverse CDF), so every method samples
 * the same belief. A normal belief is truncated to its range so that OAT and Morris, which use the
 * ends of the unit interval, stay finite.
 */
public sealed interface Prior {

  /** Smallest value. */
  double min();

  /** Largest value. */
  double max();

  /** The value at cumulative probability u in [0, 1]. */
  double quantile(double u);

  /** Uniform on [min, max]. */
  record Uniform(double min, double max) implements Prior {
    public Uniform {
      checkRange(min, max);
    }

    @Override
    public double quantile(double u) {
      return u >= 1 ? max : min + u * (max - min);
    }
  }

  /** Triangular on [min, max] with its peak at mode. */
  record Triangular(double min, double mode, double max) implements Prior {
    public Triangular {
      checkRange(min, max);
      if (!(mode >= min && mode <= max)) {
        throw new IllegalArgumentException("mode must be in [min, max], was " + mode);
      }
    }

    @Override
    public double quantile(double u) {
      return new TriangularDistribution(min, mode, max).inverseCumulativeProbability(u);
    }
  }

  /** Normal(mean, sd) truncated to [min, max]. */
  record TruncatedNormal(double mean, double sd, double min, double max) implements Prior {
    public TruncatedNormal {
      checkRange(min, max);
      if (!(sd > 0) || !Double.isFinite(sd) || !Double.isFinite(mean)) {
        throw new IllegalArgumentException("need a finite mean and sd > 0");
      }
    }

    @Override
    public double quantile(double u) {
      // The random generator is never used for quantiles; null keeps Commons Math from seeding one.
      NormalDistribution n =
          new NormalDistribution(
              null, mean, sd, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
      double lo = n.cumulativeProbability(min);
      double hi = n.cumulativeProbability(max);
      double v = n.inverseCumulativeProbability(lo + u * (hi - lo));
      return Math.min(max, Math.max(min, v));
    }
  }

  private static void checkRange(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
      throw new IllegalArgumentException("need finite min < max, was [" + min + ", " + max + "]");
    }
  }
}
