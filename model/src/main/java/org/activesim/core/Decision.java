package org.activesim.core;

import java.util.Objects;

/**
 * One monitor-and-evaluate or scale-and-replicate decision about a programme in a place (MODEL.md
 * §5), as written to {@code decisions.csv}.
 *
 * @param week the week of the decision
 * @param programme the programme's lever name
 * @param place the place
 * @param kind what was decided
 * @param evidence the place's evidence (z) when decided; NaN before any evaluation
 * @param threshold the rule's evidence threshold; NaN without a rule
 * @param reason why, in words
 */
public record Decision(
    int week,
    String programme,
    String place,
    Kind kind,
    double evidence,
    double threshold,
    String reason) {

  /** The decisions of {@code decisions.csv}. */
  public enum Kind {
    /** The programme starts as a pilot in a place. */
    PILOT("pilot"),
    /** An evaluation period's follow-up added to the place's evidence. */
    EVALUATE("evaluate"),
    /** The place's programme earned its spread: the programme scales from here. */
    SCALE("scale"),
    /** The programme is replicated into a new place (it starts after the adaptation delay). */
    REPLICATE("replicate"),
    /** Weak evidence ended the programme in a place. */
    DECOMMISSION("decommission"),
    /** A replication or evaluation the rule wanted was refused by a capacity or budget limit. */
    CAPACITY_BLOCKED("capacity-blocked");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The label in {@code decisions.csv}. */
    public String label() {
      return label;
    }

    /** The kind with this label, or null. */
    public static Kind ofLabel(String label) {
      for (Kind k : values()) {
        if (k.label.equals(label)) {
          return k;
        }
      }
      return null;
    }
  }

  public Decision {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
  }
}
