package org.activesim.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scenario's scale-and-replicate block (MODEL.md §5): one rule per programme.
 *
 * @param rules the rules, at most one per programme
 */
public record ScaleAndReplicateSpec(List<ScaleRule> rules) {

  public ScaleAndReplicateSpec {
    rules = List.copyOf(rules);
    Set<String> seen = new HashSet<>();
    for (ScaleRule r : rules) {
      if (!seen.add(r.programme())) {
        throw new IllegalArgumentException("two scale rules for programme '" + r.programme() + "'");
      }
    }
  }

  /** No programme is scaled or replicated. */
  public static ScaleAndReplicateSpec none() {
    return new ScaleAndReplicateSpec(List.of());
  }

  /** The rule of a programme, or null. */
  public ScaleRule rule(String programme) {
    for (ScaleRule r : rules) {
      if (r.programme().equals(programme)) {
        return r;
      }
    }
    return null;
  }
}
