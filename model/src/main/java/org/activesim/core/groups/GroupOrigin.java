package org.activesim.core.groups;

/** How a community group came about (MODEL.md §2 "Community groups"). */
public enum GroupOrigin {
  /** Formed by residents with an ABCD-trained practitioner's help: citizen-led. */
  ABCD,
  /** Started by a microgrant. */
  MICROGRANT,
  /** Formed without any lever. */
  ORGANIC,
  /** Replicated from a programme elsewhere (scale and replicate, MODEL.md §5). */
  REPLICATED,
  /** Started and led by a community champion: citizen-led (ODD 7.10.10). */
  CHAMPION;

  private static final GroupOrigin[] BY_ORDINAL = values();

  /** The constant of an ordinal, without the array copy of {@code values()} (weekly loop). */
  public static GroupOrigin of(int ordinal) {
    return BY_ORDINAL[ordinal];
  }
}
