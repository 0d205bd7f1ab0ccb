package org.activesim.scenario;

/**
 * The social network (MODEL.md §2 "Social network").
 *
 * @param localDegree mean degree of the small-world local ties inside a place (Watts–Strogatz k,
 *     even)
 * @param rewiring Watts–Strogatz rewiring probability
 * @param crossPlaceTieShare extra ties to residents of other places, as a share of residents
 * @param likeMeWeight weight of a contact in the same quintile and age band ("people like me")
 * @param championWeight weight of a contact who is a community champion
 * @param homogeneousMixing replace the network by a complete graph within each place (mean-field
 *     checks only)
 */
public record NetworkSpec(
    int localDegree,
    double rewiring,
    double crossPlaceTieShare,
    double likeMeWeight,
    double championWeight,
    boolean homogeneousMixing) {

  public NetworkSpec {
    if (localDegree < 0 || localDegree % 2 != 0) {
      throw new IllegalArgumentException("localDegree must be an even number >= 0");
    }
  }

  /**
   * MODEL.md §2: Watts–Strogatz mean degree 8, rewiring 0.1; w_like = 2 and w_champion = 3
   * (ASSUMPTION); 5% cross-place ties (ASSUMPTION: "a small share").
   */
  public static NetworkSpec defaults() {
    return new NetworkSpec(8, 0.1, 0.05, 2.0, 3.0, false);
  }
}
