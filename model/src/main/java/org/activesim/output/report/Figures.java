package org.activesim.output.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers in words a leader reads: rounded to what the model can say, with thousands separators, a
 * true minus sign, and always the same characters whatever the machine's locale.
 */
final class Figures {

  /** A dash for a value that is undefined (an empty CSV cell). */
  static final String UNDEFINED = "–";

  private static final String MINUS = "\u2212";

  private Figures() {}

  /** {@code x} with {@code decimals} decimals and thousands separators, e.g. {@code −1,234.5}. */
  static String fixed(double x, int decimals) {
    if (!Double.isFinite(x)) {
      return UNDEFINED;
    }
    DecimalFormat f =
        new DecimalFormat(
            decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
            DecimalFormatSymbols.getInstance(Locale.UK));
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    String s = f.format(x);
    if (s.matches("-0(\\.0+)?")) {
      s = s.substring(1);
    }
    return s.replace("-", MINUS);
  }

  /** {@code x} rounded to two significant figures (whole numbers at least): "about" numbers. */
  static String about(double x) {
    if (!Double.isFinite(x)) {
      return UNDEFINED;
    }
    if (Math.abs(x) < 100) {
      return fixed(x, 0);
    }
    double rounded =
        new BigDecimal(x).round(new MathContext(2, RoundingMode.HALF_EVEN)).doubleValue();
    return fixed(rounded, 0);
  }

  /** A share as a percentage with one decimal: {@code 0.2551 → 25.5%}. */
  static String percent(double share) {
    return Double.isFinite(share) ? fixed(100 * share, 1) + "%" : UNDEFINED;
  }

  /** A difference of shares in percentage points with two decimals, signed. */
  static String pointsFromShare(double share) {
    return signed(100 * share, 2);
  }

  /** {@code x} with a sign (+ or −) and {@code decimals} decimals. */
  static String signed(double x, int decimals) {
    String s = fixed(x, decimals);
    return Double.isFinite(x) && !s.startsWith(MINUS) && !isZero(s) ? "+" + s : s;
  }

  private static boolean isZero(String s) {
    return s.matches("0(\\.0+)?");
  }

  /** Pounds, whole: {@code £9,459,780}. */
  static String pounds(double x) {
    return Double.isFinite(x) ? (x < 0 ? MINUS : "") + "£" + fixed(Math.abs(x), 0) : UNDEFINED;
  }

  /** Pounds to three significant figures in words: {@code £9.46 million}. */
  static String poundsInWords(double x) {
    if (!Double.isFinite(x)) {
      return UNDEFINED;
    }
    double a = Math.abs(x);
    String sign = x < 0 ? MINUS : "";
    if (a >= 1e6) {
      return sign + "£" + significant(a / 1e6) + " million";
    }
    if (a >= 1e4) {
      return sign + "£" + fixed(new BigDecimal(a).round(new MathContext(3)).doubleValue(), 0);
    }
    return sign + "£" + fixed(a, 0);
  }

  private static String significant(double x) {
    BigDecimal b = new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_EVEN));
    return fixed(b.doubleValue(), Math.max(0, b.scale()));
  }

  /** "a to b", each formatted the same way as the estimate. */
  static String range(String low, String high) {
    return low + " to " + high;
  }
}
