package org.activesim.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A YAML document as the JSON a schema validator checks, with the tags the loader resolves (YAML
 * 1.2 Core schema, as {@link SafeYaml}): so the schema and the loader see the same values. The
 * editors' YAML language server also reads YAML 1.2.
 */
final class YamlJson {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private YamlJson() {}

  /** The document's JSON; an empty document is JSON null. */
  static JsonNode of(String yaml) {
    LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).build();
    return new Compose(settings).composeString(yaml).map(YamlJson::json).orElse(NODES.nullNode());
  }

  private static JsonNode json(Node node) {
    if (node instanceof MappingNode m) {
      ObjectNode o = NODES.objectNode();
      for (NodeTuple t : m.getValue()) {
        o.set(((ScalarNode) t.getKeyNode()).getValue(), json(t.getValueNode()));
      }
      return o;
    }
    if (node instanceof SequenceNode seq) {
      ArrayNode a = NODES.arrayNode();
      seq.getValue().forEach(n -> a.add(json(n)));
      return a;
    }
    ScalarNode s = (ScalarNode) node;
    Tag tag = s.getTag();
    if (Tag.NULL.equals(tag)) {
      return NODES.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return NODES.booleanNode(Boolean.TRUE.equals(Scalars.bool(s)));
    }
    if (Tag.INT.equals(tag)) {
      return NODES.numberNode(Scalars.integer(s));
    }
    if (Tag.FLOAT.equals(tag)) {
      Double d = Scalars.number(s);
      return Double.isFinite(d)
          ? NODES.numberNode(new BigDecimal(s.getValue()))
          : NODES.textNode(s.getValue());
    }
    return NODES.textNode(s.getValue());
  }
}
