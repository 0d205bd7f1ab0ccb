package org.activesim.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The one number format of every CSV the simulator writes. */
final class Numbers {

  /** Decimals kept: shares are meaningful to about 1e-6, counts are integers. */
  static final int DECIMALS = 6;

  private Numbers() {}

  /**
   * Formats a finite value with at most six decimals, trailing zeros stripped and never in exponent
   * notation ({@code 0.30000000000000004 → 0.3}, {@code 1e-9 → 0}, {@code 1503494.0 → 1503494}).
   *
   * <p>Rounds the exact binary value ({@code new BigDecimal(double)}), not {@link Double#toString}:
   * the latter's digits changed in JDK 19 (JDK-4511638), so the same double could print differently
   * on two JVMs. {@code BigDecimal} is also locale-free, unlike {@code String.format} and {@code
   * DecimalFormat}.
   *
   * @throws IllegalArgumentException for NaN or infinity, which callers must skip or reject
   */
  static String format(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    BigDecimal rounded =
        new BigDecimal(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    // BigDecimal has no negative zero, so -1e-9 also prints as "0".
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }
}
