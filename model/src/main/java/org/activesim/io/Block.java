package org.activesim.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known keys of one YAML mapping, in document order.
 *
 * @param name the block's key in the scenario ({@code ""} for the root), for the reference table
 * @param fields its keys
 * @param replaced former keys that older scenarios may still use, each with what replaced it and
 *     how to convert the value; still unknown, but refused with that hint rather than a bare
 *     "unknown key"
 */
record Block(String name, Map<String, Field> fields, Map<String, String> replaced) {

  static Block of(String name, Field... fields) {
    Map<String, Field> byKey = new LinkedHashMap<>();
    for (Field f : fields) {
      if (byKey.put(f.key(), f) != null) {
        throw new IllegalStateException("key listed twice in block " + name + ": " + f.key());
      }
    }
    return new Block(name, Collections.unmodifiableMap(byKey), Map.of());
  }

  /** This block with a former key and the hint the loader gives when a scenario still uses it. */
  Block replacing(String formerKey, String hint) {
    if (fields.containsKey(formerKey)) {
      throw new IllegalStateException(formerKey + " is still a key of block " + name);
    }
    Map<String, String> all = new LinkedHashMap<>(replaced);
    all.put(formerKey, hint);
    return new Block(name, fields, Collections.unmodifiableMap(all));
  }

  List<String> keys() {
    return List.copyOf(fields.keySet());
  }

  /** The field of a key the loader asks for; a mismatch is a bug in the loader, not the file. */
  Field field(String key, Field.Kind... kinds) {
    Field f = fields.get(key);
    if (f == null) {
      throw new IllegalStateException("no key " + key + " in block " + name);
    }
    for (Field.Kind k : kinds) {
      if (f.kind() == k) {
        return f;
      }
    }
    throw new IllegalStateException(name + "." + key + " is " + f.kind());
  }
}
