package org.activesim.io;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/** Reads one scalar node as a number, integer or string, recording what is wrong with it. */
final class Values {

  /** The scenario name becomes a folder name: no separators, no leading dot, nothing exotic. */
  static final String FOLDER_NAME_REGEX = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

  private static final Pattern FOLDER_NAME = Pattern.compile(FOLDER_NAME_REGEX);

  private Values() {}

  static void expected(Node v, String at, String what, Problems problems) {
    problems.add(v, at, "found " + Scalars.describe(v) + ", expected " + what);
  }

  /** A finite number in range, or null after recording a problem. */
  static Double number(Node v, String at, Range range, Problems problems) {
    if (!Scalars.hasTag(v, Tag.INT) && !Scalars.hasTag(v, Tag.FLOAT)) {
      expected(v, at, "a number", problems);
      return null;
    }
    String text = Scalars.shown(((ScalarNode) v).getValue());
    Double d = Scalars.number((ScalarNode) v);
    if (d == null) {
      problems.add(v, at, "'" + text + "' is not a valid number");
    } else if (!Double.isFinite(d)) {
      problems.add(v, at, "must be a finite number, was " + text);
    } else if (!range.contains(d)) {
      problems.add(v, at, "must be " + range.describe() + ", was " + text);
    } else {
      return d;
    }
    return null;
  }

  /** An integer in range that fits in {@code bits} bits plus sign, or null. */
  static BigInteger integer(Node v, String at, Range range, int bits, Problems problems) {
    if (!Scalars.hasTag(v, Tag.INT)) {
      expected(v, at, "an integer", problems);
      return null;
    }
    String text = Scalars.shown(((ScalarNode) v).getValue());
    BigInteger i = Scalars.integer((ScalarNode) v);
    if (i == null) {
      problems.add(v, at, "'" + text + "' is not a valid integer");
    } else if (!range.contains(i.doubleValue())) {
      problems.add(v, at, "must be " + range.describe() + ", was " + text);
    } else if (i.bitLength() > bits) {
      problems.add(v, at, "must fit in a " + (bits + 1) + "-bit integer, was " + text);
    } else {
      return i;
    }
    return null;
  }

  /** A string of the given kind (TEXT, NAME, FOLDER_NAME or IDENTIFIER), or null. */
  static String string(Node v, String at, Field.Kind kind, Problems problems) {
    if (!Scalars.hasTag(v, Tag.STR)) {
      boolean scalar = v instanceof ScalarNode && !Scalars.isNull(v);
      expected(v, at, scalar ? "text (put it in quotes)" : "text", problems);
      return null;
    }
    String s = ((ScalarNode) v).getValue();
    if (kind == Field.Kind.NAME && s.isBlank()) {
      problems.add(v, at, "must not be blank");
    } else if ((kind == Field.Kind.FOLDER_NAME || kind == Field.Kind.IDENTIFIER)
        && !FOLDER_NAME.matcher(s).matches()) {
      problems.add(
          v,
          at,
          "must be 1 to 100 letters, digits, '-', '_' or '.', starting with a letter or digit"
              + (kind == Field.Kind.FOLDER_NAME
                  ? " (it names the results folder)"
                  : " (it names the lever in the results)")
              + ", was \""
              + Scalars.shown(s)
              + "\"");
    } else {
      return s;
    }
    return null;
  }

  /** A sum to 8 significant digits: enough to see how far from 1, without binary noise. */
  static String formatSum(double sum) {
    return new BigDecimal(sum).round(new MathContext(8)).stripTrailingZeros().toPlainString();
  }
}
