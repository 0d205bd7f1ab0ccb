package org.activesim.scenario;

/**
 * How ties spread group membership (MODEL.md §3: simple contagion by default, Aral &amp; Nicolaides
 * 2017; threshold contagion as an option, Centola 2010).
 */
public enum Contagion {
  /** Every tie to a member is an independent chance to join. */
  SIMPLE,
  /** Joining needs at least {@code threshold} ties to members of the group. */
  THRESHOLD
}
