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
 */
record Block(String name, Map<String, Field> fields) {

  static Block of(String name, Field... fields) {
    Map<String, Field> byKey = new LinkedHashMap<>();
    for (Field f : fields) {
      if (byKey.put(f.key(), f) != null) {
        throw new IllegalStateException("key listed twice in block " + name + ": " + f.key());
      }
    }
    return new Block(name, Collections.unmodifiableMap(byKey));
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
