package org.activesim.scenario;

/**
 * How residents' weekly trials draw their random numbers (model/ODD.md 7.7): the resident phase's
 * moves, and the GROUPS phase's joins through ties and departures. Both give every trial its
 * probability, independently; they differ in which uniforms are drawn, so the same seed gives
 * different (equally likely) runs.
 */
public enum ResidentDraws {
  /**
   * Uniforms only for the residents whose cached bound of the move probability a uniform could fall
   * below, found by skip-ahead sampling, and geometric skips between the groups' joins and
   * departures: the default, several times faster at full scale.
   */
  SKIP_AHEAD,
  /**
   * One uniform per resident per week, in resident order, and per exposed non-member and member in
   * GROUPS: the earlier scheme, kept as the reference whose bytes the pre-tuning digests pin
   * ({@code TunedKernelGoldenTest}).
   */
  EVERY_RESIDENT
}
