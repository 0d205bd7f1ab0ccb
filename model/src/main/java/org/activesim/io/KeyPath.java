package org.activesim.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of a {@link ParameterOverride}'s key path: keys joined by dots, each optionally
 * followed by one selector, {@code [index]} or {@code [key=value]}.
 */
final class KeyPath {

  private static final Pattern SEGMENT =
      Pattern.compile(
          "([A-Za-z][A-Za-z0-9]*)(?:\\[(?:([0-9]{1,9})|([A-Za-z][A-Za-z0-9]*)=([^\\]]+))\\])?");

  private KeyPath() {}

  /** A list selector: by index (key null), or by the value of one of the item's keys (index -1). */
  record Selector(int index, String key, String value) {}

  /** One key and its optional selector; {@code text} as written, for messages. */
  record Segment(String key, Selector selector, String text) {}

  /**
   * The segments of a path.
   *
   * @throws IllegalArgumentException with a message for the user if the path is malformed
   */
  static List<Segment> parse(String path) {
    if (path.isEmpty()) {
      throw new IllegalArgumentException("the key path is empty");
    }
    List<Segment> segments = new ArrayList<>();
    for (String part : path.split("\\.(?![^\\[]*\\])", -1)) {
      Matcher m = SEGMENT.matcher(part);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "'"
                + Scalars.shown(part)
                + "' is not a key with an optional [index] or [key=value], as in"
                + " levers[name=ldpMicrogrants].grantsPerYear");
      }
      Selector selector = null;
      if (m.group(2) != null) {
        selector = new Selector(Integer.parseInt(m.group(2)), null, null);
      } else if (m.group(3) != null) {
        selector = new Selector(-1, m.group(3), m.group(4));
      }
      segments.add(new Segment(m.group(1), selector, part));
    }
    return segments;
  }
}
