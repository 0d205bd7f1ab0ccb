package org.activesim.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The scenario's scale-and-replicate block (MODEL.md §5): one rule per programme, and the budget
 * all the programmes share.
 *
 * @param rules the rules, at most one per programme
 * @param budgetGbp the budget of every programme of the scenario and its evaluations together (£,
 *     +∞ for none): strategies compared under one budget state it here (ODD 7.15). Each rule's own
 *     {@code budgetGbp} still caps its programme within it.
 */
public record ScaleAndReplicateSpec(List<ScaleRule> rules, double budgetGbp) {

  public ScaleAndReplicateSpec {
    rules = List.copyOf(rules);
    if (!(budgetGbp >= 0)) {
      throw new IllegalArgumentException("scaleAndReplicate budgetGbp must be >= 0");
    }
    Set<String> seen = new HashSet<>();
    for (ScaleRule r : rules) {
      if (!seen.add(r.programme())) {
        throw new IllegalArgumentException("two scale rules for programme '" + r.programme() + "'");
      }
    }
  }

  /** Rules without a shared budget. */
  public ScaleAndReplicateSpec(List<ScaleRule> rules) {
    this(rules, Double.POSITIVE_INFINITY);
  }

  /** No programme is scaled or replicated, and no budget is shared. */
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
