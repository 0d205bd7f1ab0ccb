package org.activesim.io;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Typed, position-aware reading of one YAML mapping against its {@link Block}.
 *
 * <p>Every accessor returns the default when the key is absent, and also when the value is wrong,
 * after recording a problem; reading then goes on, so one pass finds every problem. Unknown,
 * duplicate and missing required keys are checked once, on construction.
 */
final class BlockReader {

  private final Block block;
  private final Node node;
  private final String path;
  private final Problems problems;
  private final int problemsAtStart;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  /**
   * @param node the mapping, or {@code null} if the block is absent (all defaults)
   * @param path key path of the block, {@code ""} for the root
   */
  BlockReader(Block block, Node node, String path, Problems problems) {
    this.block = block;
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.problemsAtStart = problems.count();
    if (node instanceof MappingNode mapping) {
      readKeys(mapping);
    } else if (node != null) {
      problems.add(node, path, "found " + Scalars.describe(node) + ", expected a mapping");
    }
  }

  private void readKeys(MappingNode mapping) {
    Map<String, Node> firstSeen = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      String key = Scalars.text(keyNode);
      if (key == null) {
        problems.add(keyNode, path, "found " + Scalars.describe(keyNode) + " as a key");
        continue;
      }
      Node first = firstSeen.putIfAbsent(key, keyNode);
      String keyPath = path(Scalars.shown(key));
      if (first != null) {
        problems.add(keyNode, keyPath, "duplicate key (first at line " + line(first) + ")");
      } else if (!block.fields().containsKey(key)) {
        problems.add(keyNode, keyPath, unknownKey(key));
      } else {
        entries.put(key, tuple);
      }
    }
    for (Field f : block.fields().values()) {
      if (f.required() && !entries.containsKey(f.key())) {
        problems.add(mapping, path, "missing required key '" + f.key() + "'");
      }
    }
  }

  private String unknownKey(String key) {
    String replaced = block.replaced().get(key);
    if (replaced != null) {
      return "no longer a key: " + replaced;
    }
    return Suggestions.closest(key, block.keys())
        .map(s -> "unknown key (did you mean '" + s + "'?)")
        .orElse("unknown key; expected one of: " + String.join(", ", block.keys()));
  }

  String path() {
    return path;
  }

  String path(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Whether nothing was wrong so far in this block; cross-key checks only make sense then. */
  boolean clean() {
    return problems.count() == problemsAtStart;
  }

  boolean has(String key) {
    return entries.containsKey(key);
  }

  /** Records a problem found by a check across keys, at the key's value (or the block). */
  void problem(String key, String message) {
    NodeTuple t = entries.get(key);
    if (t != null) {
      problems.add(t.getValueNode(), path(key), message);
    } else {
      blockProblem(message);
    }
  }

  /** Records a problem that concerns the block as a whole, at the block's position. */
  void blockProblem(String message) {
    if (node != null) {
      problems.add(node, path, message);
    } else {
      problems.add(1, 1, path, message);
    }
  }

  /**
   * Builds the record if nothing in this block (or below it) was wrong; the constructor's own
   * checks should then never fire, but if one does it becomes a problem at the block.
   */
  <T> T build(Supplier<T> constructor, T fallback) {
    if (problems.count() > problemsAtStart) {
      return fallback;
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      blockProblem(e.getMessage() == null ? "invalid block" : e.getMessage());
      return fallback;
    }
  }

  double number(String key, double fallback) {
    Field f = block.field(key, Field.Kind.NUMBER);
    Node v = valueNode(key);
    Double d = v == null ? null : Values.number(v, path(key), f.range(), problems);
    return d == null ? fallback : d;
  }

  int integer(String key, int fallback) {
    Field f = block.field(key, Field.Kind.INTEGER);
    Node v = valueNode(key);
    BigInteger i =
        v == null ? null : Values.integer(v, path(key), f.range(), Integer.SIZE - 1, problems);
    return i == null ? fallback : i.intValue();
  }

  long longInteger(String key, long fallback) {
    Field f = block.field(key, Field.Kind.LONG);
    Node v = valueNode(key);
    BigInteger i =
        v == null ? null : Values.integer(v, path(key), f.range(), Long.SIZE - 1, problems);
    return i == null ? fallback : i.longValue();
  }

  boolean bool(String key, boolean fallback) {
    block.field(key, Field.Kind.BOOLEAN);
    Node v = valueNode(key);
    if (v == null) {
      return fallback;
    }
    Boolean b = Scalars.hasTag(v, Tag.BOOL) ? Scalars.bool((ScalarNode) v) : null;
    if (b == null) {
      Values.expected(v, path(key), "true or false", problems);
      return fallback;
    }
    return b;
  }

  String string(String key, String fallback) {
    Field f =
        block.field(
            key, Field.Kind.TEXT, Field.Kind.NAME, Field.Kind.FOLDER_NAME, Field.Kind.IDENTIFIER);
    Node v = valueNode(key);
    String s = v == null ? null : Values.string(v, path(key), f.kind(), problems);
    return s == null ? fallback : s;
  }

  <E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
    block.field(key, Field.Kind.CHOICE);
    Node v = valueNode(key);
    if (v == null) {
      return fallback;
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(e.name().toLowerCase(Locale.ROOT));
    }
    String text = Scalars.hasTag(v, Tag.STR) ? ((ScalarNode) v).getValue() : null;
    int index = text == null ? -1 : allowed.indexOf(text.toLowerCase(Locale.ROOT));
    if (index >= 0) {
      return type.getEnumConstants()[index];
    }
    String hint =
        text == null
            ? ""
            : Suggestions.closest(text, allowed)
                .map(s -> " (did you mean '" + s + "'?)")
                .orElse("");
    Values.expected(v, path(key), "one of " + String.join(", ", allowed) + hint, problems);
    return fallback;
  }

  double[] numbers(String key, double[] fallback) {
    Field f = block.field(key, Field.Kind.NUMBERS, Field.Kind.SHARES);
    Node v = valueNode(key);
    if (v == null) {
      return fallback;
    }
    double[] values = Lists.numbers(v, path(key), f, problems);
    return values == null ? fallback : values;
  }

  List<Integer> integers(String key, List<Integer> fallback) {
    Field f = block.field(key, Field.Kind.INTEGERS);
    Node v = valueNode(key);
    List<Integer> values = v == null ? null : Lists.integers(v, path(key), f.range(), problems);
    return values == null ? fallback : values;
  }

  List<String> names(String key, List<String> fallback) {
    Field f = block.field(key, Field.Kind.NAMES);
    Node v = valueNode(key);
    List<String> names = v == null ? null : Lists.names(v, path(key), f.range(), problems);
    return names == null ? fallback : names;
  }

  /** A nested block; absent or empty ({@code key:} with no value) means all defaults. */
  BlockReader block(String key, Block spec) {
    block.field(key, Field.Kind.BLOCK);
    Node v = valueNode(key);
    return new BlockReader(spec, Scalars.isNull(v) ? null : v, path(key), problems);
  }

  /** A list of blocks; empty if absent or wrong. */
  List<BlockReader> blocks(String key, Block spec) {
    Field f = block.field(key, Field.Kind.BLOCKS);
    Node v = valueNode(key);
    List<BlockReader> readers = new ArrayList<>();
    if (v == null || !Lists.checkList(v, path(key), f.range(), problems)) {
      return readers;
    }
    List<Node> items = ((SequenceNode) v).getValue();
    for (int i = 0; i < items.size(); i++) {
      // A null item is reported by the constructor as "found no value, expected a mapping".
      readers.add(new BlockReader(spec, items.get(i), path(key) + "[" + i + "]", problems));
    }
    return readers;
  }

  /**
   * The items of a list of mappings whose keys depend on their content (levers, by their {@code
   * type}), to be read by the caller; empty if absent, empty ({@code key:} with no value) or wrong.
   */
  List<Node> items(String key) {
    Field f = block.field(key, Field.Kind.BLOCKS);
    Node v = valueNode(key);
    if (v == null || Scalars.isNull(v) || !Lists.checkList(v, path(key), f.range(), problems)) {
      return List.of();
    }
    return ((SequenceNode) v).getValue();
  }

  /** The items of a list-valued key, for positions of problems with single entries; or empty. */
  List<Node> listItems(String key) {
    return valueNode(key) instanceof SequenceNode seq ? seq.getValue() : List.of();
  }

  /** The value node of a key, for positions of cross-key problems; null if absent. */
  Node valueNode(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? null : t.getValueNode();
  }

  static int line(Node n) {
    return n.getStartMark().map(m -> m.getLine() + 1).orElse(0);
  }
}
