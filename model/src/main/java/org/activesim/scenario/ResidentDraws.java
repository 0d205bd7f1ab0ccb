package org.activesim.scenario;

/**
 * How the resident phase draws its random numbers (model/ODD.md 7.7). Both give every resident its
 * move with the same probability, independently; they differ in which uniforms are drawn, so the
 * same seed gives different (equally likely) runs.
 */
public enum ResidentDraws {
  /**
   * Uniforms only for the residents whose cached bound of the move probability a uniform could fall
   * below, found by skip-ahead sampling: the default, several times faster at full scale.
   */
  SKIP_AHEAD,
  /**
   * One uniform per resident per week, in resident order: the earlier scheme, kept as the reference
   * whose bytes the pre-tuning digests pin ({@code TunedKernelGoldenTest}).
   */
  EVERY_RESIDENT
}
