package org.activesim.io;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads YAML scalars by their resolved tag (Core schema). Values come from untrusted text and may
 * carry an explicit standard tag that contradicts them ({@code !!int abc}), so every parse here
 * answers {@code null} instead of throwing.
 */
final class Scalars {

  private static final Pattern DECIMAL_INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL_INT = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX_INT = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern DECIMAL_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");
  private static final int SHOWN_CHARS = 40;

  /** Longer integers are certainly out of range; not parsing them keeps huge inputs cheap. */
  private static final int MAX_INTEGER_CHARS = 100;

  private Scalars() {}

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  static boolean hasTag(Node node, Tag tag) {
    return node instanceof ScalarNode && tag.equals(node.getTag());
  }

  /** The scalar's text, or null for a list or mapping. */
  static String text(Node node) {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  /** An INT-tagged scalar as an integer of any size, or null. */
  static BigInteger integer(ScalarNode node) {
    String v = node.getValue();
    if (v.length() > MAX_INTEGER_CHARS && DECIMAL_INT.matcher(v).matches()) {
      BigInteger huge = BigInteger.TEN.pow(MAX_INTEGER_CHARS);
      return v.startsWith("-") ? huge.negate() : huge;
    }
    try {
      if (DECIMAL_INT.matcher(v).matches()) {
        return new BigInteger(v.startsWith("+") ? v.substring(1) : v);
      }
      if (OCTAL_INT.matcher(v).matches()) {
        return new BigInteger(v.substring(2), 8);
      }
      if (HEX_INT.matcher(v).matches()) {
        return new BigInteger(v.substring(2), 16);
      }
    } catch (NumberFormatException e) {
      return null; // unreachable after the patterns, kept so no input can escape as an exception
    }
    return null;
  }

  /** An INT- or FLOAT-tagged scalar as a double (possibly NaN or infinite), or null. */
  static Double number(ScalarNode node) {
    if (Tag.INT.equals(node.getTag())) {
      BigInteger i = integer(node);
      return i == null ? null : i.doubleValue();
    }
    String v = node.getValue();
    if (INFINITY.matcher(v).matches()) {
      return v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (NAN.matcher(v).matches()) {
      return Double.NaN;
    }
    if (DECIMAL_FLOAT.matcher(v).matches()) {
      return Double.parseDouble(v);
    }
    return null;
  }

  /** A BOOL-tagged scalar, or null. */
  static Boolean bool(ScalarNode node) {
    return switch (node.getValue().toLowerCase(Locale.ROOT)) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> null;
    };
  }

  /** What the user wrote, in words, for "found …, expected …" messages. */
  static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (!(node instanceof ScalarNode s)) {
      return "an unsupported value";
    }
    Tag tag = s.getTag();
    if (Tag.NULL.equals(tag)) {
      return "no value";
    }
    if (Tag.INT.equals(tag)) {
      return "the integer " + shown(s.getValue());
    }
    if (Tag.FLOAT.equals(tag)) {
      return "the number " + shown(s.getValue());
    }
    if (Tag.BOOL.equals(tag)) {
      return "the boolean " + shown(s.getValue());
    }
    if (Tag.STR.equals(tag)) {
      return "the string \"" + shown(s.getValue()) + "\"";
    }
    if (Tag.ENV_TAG.equals(tag)) {
      return "the environment reference " + shown(s.getValue()) + " (not expanded)";
    }
    return "a value tagged " + tag.getValue();
  }

  /** Long or multi-line values are cut so that a message stays on one line. */
  static String shown(String value) {
    String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
    return oneLine.length() <= SHOWN_CHARS ? oneLine : oneLine.substring(0, SHOWN_CHARS) + "…";
  }
}
