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
  REPLICATED
}
