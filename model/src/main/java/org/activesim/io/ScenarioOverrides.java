package org.activesim.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.activesim.scenario.Scenario;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A scenario with some values replaced by {@link ParameterOverride}s, at the level of the YAML
 * nodes and before mapping: the replaced values pass the loader's range and cross-key checks like
 * any other, and a value out of range is reported at the line and column of the parameters file
 * that asked for it (the new node carries a mark in that file).
 *
 * <p>A key absent from the scenario file (its default applies) is added, and so is a missing block
 * on the way to it; a list item ({@code levers[...]}, {@code places[...]}) or a list element
 * ({@code quintileInactiveShares[2]}) must exist. Only number and integer keys can be overridden; a
 * value for an integer key is rounded to the nearest integer (sampled designs draw reals).
 */
public final class ScenarioOverrides {

  private ScenarioOverrides() {}

  /** The scenario text with the overrides applied, validated by the loader. */
  public static Scenario load(String sourceName, String yamlText, List<ParameterOverride> overrides)
      throws ScenarioException {
    Objects.requireNonNull(overrides, "overrides");
    String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
    Problems problems = new Problems(sourceName);
    Node root = SafeYaml.compose(sourceName, text, problems).orElse(null);
    if (problems.count() == 0 && root != null) {
      for (ParameterOverride o : overrides) {
        Target t = resolve(root, o, problems, true);
        if (t != null) {
          t.set(valueNode(t.field(), o));
        }
      }
    }
    Scenario scenario = problems.count() == 0 ? ScenarioMapper.map(root, problems) : null;
    problems.throwIfAny();
    return scenario;
  }

  /**
   * Checks that every override's path names a number or integer key of the scenario, without
   * checking the values; problems are reported in the files that ask for them.
   */
  public static void checkPaths(
      String sourceName, String yamlText, List<ParameterOverride> overrides)
      throws ScenarioException {
    String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
    Problems problems = new Problems(sourceName);
    Node root = SafeYaml.compose(sourceName, text, problems).orElse(null);
    if (problems.count() == 0 && root != null) {
      for (ParameterOverride o : overrides) {
        resolve(root, o, problems, true);
      }
    }
    problems.throwIfAny();
  }

  /**
   * The scenario text with each overridden value's text replaced in place, so that comments and
   * layout survive (a calibrated scenario file). Each key must be written in the file; the result
   * is validated by loading it.
   */
  public static String rewrite(
      String sourceName, String yamlText, List<ParameterOverride> overrides)
      throws ScenarioException {
    boolean bom = yamlText.startsWith("\uFEFF");
    String text = bom ? yamlText.substring(1) : yamlText;
    Problems problems = new Problems(sourceName);
    Node root = SafeYaml.compose(sourceName, text, problems).orElse(null);
    List<int[]> spans = new ArrayList<>();
    List<String> replacements = new ArrayList<>();
    if (problems.count() == 0 && root != null) {
      for (ParameterOverride o : overrides) {
        Target t = resolve(root, o, problems, false);
        if (t == null) {
          continue;
        }
        Node old = t.current();
        if (!(old instanceof ScalarNode) || old.getEndMark().isEmpty()) {
          problems.addIn(
              o.file(),
              o.line(),
              o.column(),
              o.keyPath(),
              "the scenario file must give this key a value to be rewritten");
          continue;
        }
        int start = text.offsetByCodePoints(0, old.getStartMark().get().getIndex());
        int end = text.offsetByCodePoints(0, old.getEndMark().get().getIndex());
        spans.add(new int[] {start, end});
        replacements.add(
            numberText(t.field().kind() == Field.Kind.NUMBER ? o.value() : Math.rint(o.value())));
      }
    }
    problems.throwIfAny();
    StringBuilder sb = new StringBuilder(text);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      order.add(i);
    }
    // Right to left, so that earlier offsets stay valid.
    order.sort(Comparator.comparingInt((Integer i) -> spans.get(i)[0]).reversed());
    for (int i : order) {
      sb.replace(spans.get(i)[0], spans.get(i)[1], replacements.get(i));
    }
    String result = (bom ? "\uFEFF" : "") + sb;
    ScenarioLoader.parse(sourceName, result);
    return result;
  }

  /** The shortest decimal that reads back as the same double, without an exponent. */
  public static String numberText(double v) {
    return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  /** Where an override goes: the field, and how to read and replace the node there. */
  private interface Target {
    Field field();

    Node current();

    void set(Node value);
  }

  private static ScalarNode valueNode(Field field, ParameterOverride o) {
    Optional<Mark> at =
        Optional.of(new Mark(o.file(), 0, o.line() - 1, o.column() - 1, new int[0], 0));
    boolean integral = field.kind() == Field.Kind.INTEGER || field.kind() == Field.Kind.LONG;
    double v = integral ? Math.rint(o.value()) : o.value();
    String text = Double.isFinite(v) ? numberText(v) : (v > 0 ? ".inf" : v < 0 ? "-.inf" : ".nan");
    return new ScalarNode(
        integral && Double.isFinite(v) ? Tag.INT : Tag.FLOAT,
        true,
        text,
        ScalarStyle.PLAIN,
        at,
        at);
  }

  /**
   * Walks the key path from the root, adding absent blocks if {@code create}; null after recording
   * a problem at the override's position.
   */
  private static Target resolve(Node root, ParameterOverride o, Problems problems, boolean create) {
    List<KeyPath.Segment> segments;
    try {
      segments = KeyPath.parse(o.keyPath());
    } catch (IllegalArgumentException e) {
      problems.addIn(o.file(), o.line(), o.column(), o.keyPath(), e.getMessage());
      return null;
    }
    Walk walk = new Walk(o, problems);
    Node node = root;
    Block block = ScenarioFields.ROOT;
    for (int i = 0; i < segments.size(); i++) {
      KeyPath.Segment seg = segments.get(i);
      if (!(node instanceof MappingNode mapping)) {
        return walk.fail(seg, "found " + Scalars.describe(node) + ", expected a mapping");
      }
      Field f = block.fields().get(seg.key());
      if (f == null) {
        String replaced = block.replaced().get(seg.key());
        String hint =
            replaced != null
                ? ": " + replaced
                : Suggestions.closest(seg.key(), block.keys())
                    .map(s -> " (did you mean '" + s + "'?)")
                    .orElse("; expected one of: " + String.join(", ", block.keys()));
        return walk.fail(seg, "no key '" + seg.key() + "' here" + hint);
      }
      boolean last = i == segments.size() - 1;
      if (last) {
        return walk.leaf(mapping, f, seg);
      }
      switch (f.kind()) {
        case BLOCK -> {
          if (seg.selector() != null) {
            return walk.fail(seg, "'" + seg.key() + "' is a block, not a list");
          }
          node = child(mapping, f.key(), create);
          if (node == null) {
            return walk.fail(seg, "the scenario has no '" + seg.key() + "' block");
          }
          block = childBlock(block, f.key(), false);
        }
        case BLOCKS -> {
          Node list = value(mapping, f.key());
          if (!(list instanceof SequenceNode seq)) {
            return walk.fail(seg, "the scenario has no '" + seg.key() + "' list");
          }
          if (seg.selector() == null) {
            return walk.fail(seg, "select an item: " + seg.key() + "[0] or " + seg.key() + "[k=v]");
          }
          node = walk.select(seq, seg, seg.key().equals("levers"));
          if (node == null) {
            return null;
          }
          block =
              seg.key().equals("levers")
                  ? leverBlock(node, walk, seg)
                  : childBlock(block, f.key(), true);
          if (block == null) {
            return null;
          }
        }
        default -> {
          return walk.fail(seg, "'" + seg.key() + "' is a value, not a block");
        }
      }
    }
    throw new IllegalStateException("a key path has at least one segment");
  }

  private static Block leverBlock(Node lever, Walk walk, KeyPath.Segment seg) {
    String type = Scalars.text(value((MappingNode) lever, "type"));
    for (org.activesim.scenario.lever.LeverType t :
        org.activesim.scenario.lever.LeverType.values()) {
      if (t.key().equalsIgnoreCase(type == null ? "" : type)) {
        return ScenarioFields.lever(t);
      }
    }
    walk.fail(seg, "the selected lever has no known type");
    return null;
  }

  /** The block read under {@code key} of {@code parent}: named like {@code levers[].pathways[]}. */
  private static Block childBlock(Block parent, String key, boolean list) {
    String base = parent.name().startsWith("levers[type=") ? "levers[]" : parent.name();
    String name = (base.isEmpty() ? "" : base + ".") + key + (list ? "[]" : "");
    for (Block b : ScenarioFields.ALL) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new IllegalStateException("no block named " + name);
  }

  static Node value(MappingNode mapping, String key) {
    for (NodeTuple t : mapping.getValue()) {
      if (key.equals(Scalars.text(t.getKeyNode()))) {
        return t.getValueNode();
      }
    }
    return null;
  }

  /** The mapping under {@code key}, added (empty) if absent or empty and {@code create}. */
  private static Node child(MappingNode mapping, String key, boolean create) {
    Node v = value(mapping, key);
    if (v != null && !Scalars.isNull(v)) {
      return v;
    }
    if (!create) {
      return null;
    }
    MappingNode empty = new MappingNode(Tag.MAP, new ArrayList<>(), FlowStyle.BLOCK);
    put(mapping, key, empty);
    return empty;
  }

  private static void put(MappingNode mapping, String key, Node value) {
    List<NodeTuple> tuples = new ArrayList<>();
    boolean replaced = false;
    for (NodeTuple t : mapping.getValue()) {
      if (!replaced && key.equals(Scalars.text(t.getKeyNode()))) {
        tuples.add(new NodeTuple(t.getKeyNode(), value));
        replaced = true;
      } else {
        tuples.add(t);
      }
    }
    if (!replaced) {
      tuples.add(new NodeTuple(new ScalarNode(Tag.STR, key, ScalarStyle.PLAIN), value));
    }
    mapping.setValue(tuples);
  }

  /** The steps of one resolution, reporting at the override's position. */
  private static final class Walk {
    private final ParameterOverride o;
    private final Problems problems;

    Walk(ParameterOverride o, Problems problems) {
      this.o = o;
      this.problems = problems;
    }

    Target fail(KeyPath.Segment seg, String message) {
      problems.addIn(
          o.file(), o.line(), o.column(), o.keyPath(), "at '" + seg.text() + "': " + message);
      return null;
    }

    Node select(SequenceNode seq, KeyPath.Segment seg, boolean levers) {
      List<Node> items = seq.getValue();
      KeyPath.Selector sel = seg.selector();
      if (sel.index() >= 0) {
        if (sel.index() >= items.size()) {
          fail(seg, "index " + sel.index() + " but the list has " + items.size() + " items");
          return null;
        }
        return items.get(sel.index());
      }
      List<Node> matches = new ArrayList<>();
      for (Node item : items) {
        if (item instanceof MappingNode m) {
          String v = Scalars.text(value(m, sel.key()));
          if (v == null && levers && sel.key().equals("name")) {
            v = Scalars.text(value(m, "type")); // an unnamed lever is named after its type
          }
          if (sel.value().equals(v)) {
            matches.add(item);
          }
        }
      }
      if (matches.size() != 1) {
        fail(
            seg,
            matches.isEmpty()
                ? "no item with " + sel.key() + " = " + sel.value()
                : matches.size()
                    + " items with "
                    + sel.key()
                    + " = "
                    + sel.value()
                    + "; use an index");
        return null;
      }
      return matches.get(0);
    }

    Target leaf(MappingNode mapping, Field f, KeyPath.Segment seg) {
      switch (f.kind()) {
        case NUMBER, INTEGER, LONG -> {
          if (seg.selector() != null) {
            return fail(seg, "'" + seg.key() + "' is a single value, not a list");
          }
          return new Target() {
            @Override
            public Field field() {
              return f;
            }

            @Override
            public Node current() {
              return value(mapping, f.key());
            }

            @Override
            public void set(Node v) {
              put(mapping, f.key(), v);
            }
          };
        }
        case NUMBERS, SHARES -> {
          KeyPath.Selector sel = seg.selector();
          if (sel == null || sel.index() < 0) {
            return fail(seg, "'" + seg.key() + "' is a list: select an element, e.g. [0]");
          }
          Node list = value(mapping, f.key());
          if (!(list instanceof SequenceNode seq) || sel.index() >= seq.getValue().size()) {
            return fail(seg, "the scenario file must give '" + seg.key() + "' with that element");
          }
          Field element = new Field(f.key(), Field.Kind.NUMBER, f.range(), 0, false, List.of());
          return new Target() {
            @Override
            public Field field() {
              return element;
            }

            @Override
            public Node current() {
              return seq.getValue().get(sel.index());
            }

            @Override
            public void set(Node v) {
              seq.getValue().set(sel.index(), v);
            }
          };
        }
        default -> {
          return fail(seg, "'" + seg.key() + "' is not a number (" + describe(f.kind()) + ")");
        }
      }
    }
  }

  private static String describe(Field.Kind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
