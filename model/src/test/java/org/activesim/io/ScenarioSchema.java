package org.activesim.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.activesim.scenario.lever.LeverType;

/**
 * The JSON Schema (2020-12) of scenario files, generated from {@link ScenarioFields}: the loader's
 * table of keys is the single source, and {@code scenarios/schema.json} is this generator's output,
 * kept equal by {@code ScenarioSchemaTest}.
 *
 * <p>The schema checks what a schema can: keys (no unknown ones), kinds, ranges, list lengths,
 * allowed words. Checks across keys (shares that sum to 1, an even {@code localDegree}, lever
 * windows inside the horizon, places and settings that exist, grant sizes in order) are the
 * loader's alone. Two things the loader is more lenient about: it accepts choices in any case
 * ({@code RK4}), and the schema's {@code integer} (JSON Schema's definition) accepts {@code 2.0},
 * which the loader refuses.
 */
final class ScenarioSchema {

  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Lists of blocks that may be left empty ({@code levers:} with no value). */
  private static final Set<String> NULLABLE_LISTS = Set.of("levers[]");

  /** Blocks read with another block's keys: a pathway's and an audience's targeting. */
  private static final Map<String, String> SAME_KEYS_AS =
      Map.of(
          "levers[].pathways[].eligible", ScenarioFields.TARGETING.name(),
          "levers[].audiences[].members", ScenarioFields.TARGETING.name());

  private static final String LEVERS = "levers[]";

  private ScenarioSchema() {}

  /** The whole schema document. */
  static ObjectNode generate() {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", DIALECT);
    root.put("title", "ActiveSim scenario");
    root.put(
        "description",
        "Generated from org.activesim.io.ScenarioFields by ScenarioSchemaTest; do not edit by hand."
            + " Checks keys, kinds and ranges; the loader (activesim validate) also checks"
            + " across keys.");
    ObjectNode defs = JSON.createObjectNode();
    block(ScenarioFields.ROOT, root, defs);
    root.set("$defs", defs);
    return root;
  }

  /** Pretty JSON with two-space indents and {@code \n}, ending in a newline. */
  static String text(JsonNode schema) {
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return JSON.writer(pretty).writeValueAsString(schema) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void block(Block b, ObjectNode into, ObjectNode defs) {
    into.put("type", "object");
    into.put("additionalProperties", false);
    ArrayNode required = JSON.createArrayNode();
    ObjectNode properties = JSON.createObjectNode();
    for (Field f : b.fields().values()) {
      if (f.required()) {
        required.add(f.key());
      }
      properties.set(f.key(), field(b, f, defs));
    }
    if (!required.isEmpty()) {
      into.set("required", required);
    }
    into.set("properties", properties);
  }

  private static ObjectNode field(Block parent, Field f, ObjectNode defs) {
    ObjectNode s = JSON.createObjectNode();
    switch (f.kind()) {
      case NUMBER -> number(s, f.range(), "number");
      case INTEGER -> number(s, within(f.range(), Integer.MIN_VALUE, Integer.MAX_VALUE), "integer");
      case LONG -> number(s, within(f.range(), Long.MIN_VALUE, Long.MAX_VALUE), "integer");
      case BOOLEAN -> s.put("type", "boolean");
      case TEXT -> s.put("type", "string");
      case NAME -> name(s);
      case FOLDER_NAME, IDENTIFIER -> {
        s.put("type", "string");
        s.put("pattern", "^" + Values.FOLDER_NAME_REGEX + "$");
      }
      case CHOICE -> s.set("enum", words(f.choices()));
      case NUMBERS, SHARES -> {
        s.put("type", "array");
        number(s.putObject("items"), f.range(), "number");
        if (f.length() >= 0) {
          s.put("minItems", f.length());
          s.put("maxItems", f.length());
        }
        if (f.kind() == Field.Kind.SHARES) {
          s.put("description", "shares that sum to 1 (within 1e-6)");
        }
      }
      case INTEGERS -> {
        s.put("type", "array");
        number(
            s.putObject("items"),
            within(f.range(), Integer.MIN_VALUE, Integer.MAX_VALUE),
            "integer");
      }
      case NAMES -> {
        s.put("type", "array");
        ObjectNode item = s.putObject("items");
        if (f.choices().isEmpty()) {
          name(item);
        } else {
          item.set("enum", words(f.choices()));
        }
        s.put("uniqueItems", true);
        count(s, f.range());
      }
      case BLOCK -> {
        ArrayNode any = s.putArray("anyOf");
        any.addObject().put("type", "null");
        any.addObject().put("$ref", ref(parent, f, defs));
      }
      case BLOCKS -> {
        String path = childPath(parent, f);
        s.set(
            "type",
            NULLABLE_LISTS.contains(path) ? words(List.of("array", "null")) : string("array"));
        s.putObject("items").put("$ref", ref(parent, f, defs));
        count(s, f.range());
      }
    }
    return s;
  }

  private static void name(ObjectNode s) {
    s.put("type", "string");
    s.put("pattern", "\\S");
  }

  private static void number(ObjectNode s, Range r, String type) {
    s.put("type", type);
    if (r.min() != Double.NEGATIVE_INFINITY) {
      s.set(r.minOpen() ? "exclusiveMinimum" : "minimum", value(r.min()));
    }
    if (r.max() != Double.POSITIVE_INFINITY) {
      s.set(r.maxOpen() ? "exclusiveMaximum" : "maximum", value(r.max()));
    }
  }

  /** A count range (of list entries) as minItems / maxItems. */
  private static void count(ObjectNode s, Range r) {
    if (r.min() > 0) {
      s.put("minItems", (long) Math.ceil(r.minOpen() ? r.min() + 1 : r.min()));
    }
    if (r.max() != Double.POSITIVE_INFINITY) {
      s.put("maxItems", (long) Math.floor(r.maxOpen() ? r.max() - 1 : r.max()));
    }
  }

  private static JsonNode value(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 0x1p63) {
      return JSON.getNodeFactory().numberNode((long) v);
    }
    if (v == Math.rint(v)) {
      // +-2^63: Long.MAX_VALUE is not a double; write the exact long bound.
      return JSON.getNodeFactory().numberNode(v > 0 ? Long.MAX_VALUE : Long.MIN_VALUE);
    }
    return JSON.getNodeFactory().numberNode(v);
  }

  private static ArrayNode words(List<String> words) {
    ArrayNode a = JSON.createArrayNode();
    words.forEach(a::add);
    return a;
  }

  /** The range cut to what the loader's integer type holds. */
  private static Range within(Range r, double lo, double hi) {
    boolean raiseMin = lo > r.min();
    boolean lowerMax = hi < r.max();
    return new Range(
        raiseMin ? lo : r.min(),
        !raiseMin && r.minOpen(),
        lowerMax ? hi : r.max(),
        !lowerMax && r.maxOpen());
  }

  private static JsonNode string(String s) {
    return JSON.getNodeFactory().textNode(s);
  }

  /** The key path of a nested block or list of blocks, with lever types folded into "levers[]". */
  static String childPath(Block parent, Field f) {
    String base = parent.name().replaceAll("\\[type=[^\\]]*\\]", "[]");
    return (base.isEmpty() ? "" : base + ".")
        + f.key()
        + (f.kind() == Field.Kind.BLOCKS ? "[]" : "");
  }

  /** Adds the definition of a nested block (once) and returns its reference. */
  private static String ref(Block parent, Field f, ObjectNode defs) {
    String path = childPath(parent, f);
    String name = defName(path.equals(LEVERS) ? LEVERS : childBlock(path).name());
    if (!defs.has(name)) {
      ObjectNode def = defs.putObject(name);
      if (path.equals(LEVERS)) {
        levers(def, defs);
      } else {
        block(childBlock(path), def, defs);
      }
    }
    return "#/$defs/" + name;
  }

  /** The block read at a key path; a key the loader reads with no block is a bug here. */
  static Block childBlock(String path) {
    String name = SAME_KEYS_AS.getOrDefault(path, path);
    for (Block b : ScenarioFields.ALL) {
      if (b.name().equals(name)) {
        return b;
      }
    }
    throw new IllegalStateException(
        "no block in ScenarioFields.ALL for the key path "
            + path
            + "; add it there (or to ScenarioSchema.SAME_KEYS_AS if it reuses another's keys)");
  }

  private static String defName(String path) {
    return path.replace("[]", "").replace('.', '-');
  }

  /** A lever: its {@code type} chooses the block of keys the rest is checked against. */
  private static void levers(ObjectNode def, ObjectNode defs) {
    def.put("type", "object");
    def.putArray("required").add("type");
    def.putObject("properties")
        .putObject("type")
        .set("enum", words(ScenarioFields.leverTypeKeys()));
    ArrayNode all = def.putArray("allOf");
    for (LeverType t : LeverType.values()) {
      String name = "lever-" + t.key();
      ObjectNode lever = defs.putObject(name);
      block(ScenarioFields.lever(t), lever, defs);
      ((ObjectNode) lever.get("properties")).putObject("type").put("const", t.key());
      ObjectNode branch = all.addObject();
      ObjectNode condition = branch.putObject("if");
      condition.putObject("properties").putObject("type").put("const", t.key());
      condition.putArray("required").add("type");
      branch.putObject("then").put("$ref", "#/$defs/" + name);
    }
  }

  /**
   * Every key path the loader accepts, e.g. {@code places[].quintileShares} and {@code
   * levers[][type=microgrants].grantsPerYear}, for messages that say which keys are missing.
   */
  static Set<String> loaderKeys() {
    Set<String> keys = new TreeSet<>();
    loaderKeys(ScenarioFields.ROOT, "", keys);
    return keys;
  }

  private static void loaderKeys(Block b, String prefix, Set<String> keys) {
    for (Field f : b.fields().values()) {
      String key = prefix + f.key();
      keys.add(key);
      if (f.kind() != Field.Kind.BLOCK && f.kind() != Field.Kind.BLOCKS) {
        continue;
      }
      String suffix = f.kind() == Field.Kind.BLOCKS ? "[]" : "";
      String path = childPath(b, f);
      if (path.equals(LEVERS)) {
        keys.add(key + "[].type");
        for (LeverType t : LeverType.values()) {
          loaderKeys(ScenarioFields.lever(t), key + "[][type=" + t.key() + "].", keys);
        }
      } else {
        loaderKeys(childBlock(path), key + suffix + ".", keys);
      }
    }
  }

  /** Every key path a schema document declares, in the notation of {@link #loaderKeys()}. */
  static Set<String> schemaKeys(JsonNode schema) {
    Set<String> keys = new TreeSet<>();
    schemaKeys(schema, schema, "", keys, 0);
    return keys;
  }

  private static void schemaKeys(
      JsonNode doc, JsonNode s, String prefix, Set<String> keys, int depth) {
    if (depth > 50 || s == null || !s.isObject()) {
      return;
    }
    JsonNode ref = s.get("$ref");
    if (ref != null && ref.asText().startsWith("#/")) {
      schemaKeys(doc, doc.at(ref.asText().substring(1)), prefix, keys, depth + 1);
    }
    JsonNode properties = s.get("properties");
    if (properties != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        keys.add(prefix + e.getKey());
        schemaKeys(doc, e.getValue(), prefix + e.getKey() + ".", keys, depth + 1);
      }
    }
    for (String combinator : List.of("anyOf", "oneOf", "allOf")) {
      JsonNode list = s.get(combinator);
      if (list != null) {
        for (JsonNode branch : list) {
          JsonNode type = branch.at("/if/properties/type/const");
          String branchPrefix = prefix;
          if (!type.isMissingNode() && prefix.endsWith("].")) {
            branchPrefix =
                prefix.substring(0, prefix.length() - 1) + "[type=" + type.asText() + "].";
          }
          schemaKeys(
              doc, branch.has("then") ? branch.get("then") : branch, branchPrefix, keys, depth + 1);
        }
      }
    }
    JsonNode items = s.get("items");
    if (items != null && items.isObject() && (items.has("$ref") || items.has("properties"))) {
      schemaKeys(doc, items, prefix.substring(0, prefix.length() - 1) + "[].", keys, depth + 1);
    }
  }
}
