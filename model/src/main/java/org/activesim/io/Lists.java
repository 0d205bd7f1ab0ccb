package org.activesim.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activesim.scenario.ActivityShares;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads YAML lists: of numbers (optionally shares summing to 1), of integers, of names, of blocks.
 */
final class Lists {

  private Lists() {}

  /** Whether {@code v} is a list whose number of entries is in {@code count}; records if not. */
  static boolean checkList(Node v, String at, Range count, Problems problems) {
    if (!(v instanceof SequenceNode seq)) {
      Values.expected(v, at, "a list", problems);
      return false;
    }
    int n = seq.getValue().size();
    if (!count.contains(n)) {
      problems.add(v, at, "number of entries must be " + count.describe() + ", was " + n);
      return false;
    }
    return true;
  }

  /** Numbers of a NUMBERS or SHARES field, or null; every bad entry is reported. */
  static double[] numbers(Node v, String at, Field f, Problems problems) {
    if (!(v instanceof SequenceNode seq)) {
      String what = f.length() >= 0 ? "a list of " + f.length() + " numbers" : "a list of numbers";
      Values.expected(v, at, what, problems);
      return null;
    }
    int before = problems.count();
    List<Node> items = seq.getValue();
    if (f.length() >= 0 && items.size() != f.length()) {
      problems.add(v, at, "needs " + f.length() + " numbers, found " + items.size());
    }
    double[] values = new double[items.size()];
    double sum = 0;
    for (int i = 0; i < items.size(); i++) {
      Double d = Values.number(items.get(i), at + "[" + i + "]", f.range(), problems);
      values[i] = d == null ? Double.NaN : d;
      sum += values[i];
    }
    if (problems.count() > before) {
      return null;
    }
    if (f.kind() == Field.Kind.SHARES && Math.abs(sum - 1) > ActivityShares.SUM_TOLERANCE) {
      problems.add(v, at, "shares must sum to 1 (within 1e-6), sum is " + Values.formatSum(sum));
      return null;
    }
    return values;
  }

  /**
   * Integers of an INTEGERS field, each in the field's range, or null; every bad entry is reported.
   */
  static List<Integer> integers(Node v, String at, Range range, Problems problems) {
    if (!(v instanceof SequenceNode seq)) {
      Values.expected(v, at, "a list of integers", problems);
      return null;
    }
    int before = problems.count();
    List<Integer> values = new ArrayList<>();
    List<Node> items = seq.getValue();
    for (int i = 0; i < items.size(); i++) {
      BigInteger b =
          Values.integer(items.get(i), at + "[" + i + "]", range, Integer.SIZE - 1, problems);
      if (b != null) {
        values.add(b.intValue());
      }
    }
    return problems.count() > before ? null : values;
  }

  /** Distinct non-blank names, or null. */
  static List<String> names(Node v, String at, Range count, Problems problems) {
    if (!checkList(v, at, count, problems)) {
      return null;
    }
    int before = problems.count();
    Map<String, Node> seen = new HashMap<>();
    List<String> names = new ArrayList<>();
    List<Node> items = ((SequenceNode) v).getValue();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String itemPath = at + "[" + i + "]";
      String name = Values.string(item, itemPath, Field.Kind.NAME, problems);
      if (name == null) {
        continue;
      }
      Node first = seen.putIfAbsent(name, item);
      if (first != null) {
        problems.add(
            item,
            itemPath,
            "duplicate name '"
                + Scalars.shown(name)
                + "' (first at line "
                + BlockReader.line(first)
                + ")");
      }
      names.add(name);
    }
    return problems.count() > before ? null : names;
  }
}
