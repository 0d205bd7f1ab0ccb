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
 * @param homogeneousMixing peers are the whole place instead of network contacts (mean-field checks
 *     only)
 * @param neighbourhoodSize residents per neighbourhood inside which local ties are generated
 */
public record NetworkSpec(
    int localDegree,
    double rewiring,
    double crossPlaceTieShare,
    double likeMeWeight,
    double championWeight,
    boolean homogeneousMixing,
    int neighbourhoodSize) {

  public NetworkSpec {
    if (localDegree < 0 || localDegree % 2 != 0) {
      throw new IllegalArgumentException("localDegree must be an even number >= 0");
    }
    if (neighbourhoodSize < 1) {
      throw new IllegalArgumentException("neighbourhoodSize must be >= 1");
    }
  }

  /**
   * MODEL.md §2: Watts–Strogatz mean degree 8, rewiring 0.1; w_like = 2 and w_champion = 3
   * (ASSUMPTION); 5% cross-place ties (ASSUMPTION: "a small share"); neighbourhoods of 10,000
   * adults, about an electoral ward (ASSUMPTION).
   */
  public static NetworkSpec defaults() {
    return new NetworkSpec(8, 0.1, 0.05, 2.0, 3.0, false, 10_000);
  }
}
