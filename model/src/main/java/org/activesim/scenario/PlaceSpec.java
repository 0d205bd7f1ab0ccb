package org.activesim.scenario;

import java.util.Objects;

/**
 * A district or neighbourhood (MODEL.md §2 "Places").
 *
 * @param name unique place name
 * @param population usual residents, all ages (Census 2021 where sourced); adults are {@code
 *     population × PopulationSpec.adultShare}
 * @param quintileShares share of residents in each IMD quintile, Q1 (most deprived) first; sums to
 *     1
 * @param activityShares observed activity shares of the place's adults, or {@code null} to derive
 *     them from the quintile mix and the county gradient
 * @param environmentScore E in [0,1]: access to safe, welcoming spaces to be active
 * @param assetsPer1000 community venues and associations per 1,000 adults
 * @param initialGroups community groups running at week 0
 */
public record PlaceSpec(
    String name,
    int population,
    double[] quintileShares,
    ActivityShares activityShares,
    double environmentScore,
    double assetsPer1000,
    int initialGroups) {

  /** Number of IMD quintiles (Q1 most deprived … Q5 least). */
  public static final int QUINTILES = 5;

  public PlaceSpec {
    Objects.requireNonNull(name, "name");
    quintileShares = quintileShares.clone();
    if (quintileShares.length != QUINTILES) {
      throw new IllegalArgumentException("quintileShares needs 5 values");
    }
    double sum = 0;
    for (double s : quintileShares) {
      if (!(s >= 0 && s <= 1)) {
        throw new IllegalArgumentException("quintile shares must lie in [0,1]");
      }
      sum += s;
    }
    if (Math.abs(sum - 1) > ActivityShares.SUM_TOLERANCE) {
      throw new IllegalArgumentException("quintile shares must sum to 1, sum was " + sum);
    }
    if (population < 1) {
      throw new IllegalArgumentException("population must be >= 1");
    }
  }

  /** Defensive copy: records expose arrays, so hand out copies only. */
  @Override
  public double[] quintileShares() {
    return quintileShares.clone();
  }

  /** Share of the place's residents in quintile q (0 = Q1). */
  public double quintileShare(int q) {
    return quintileShares[q];
  }

  /** Whether the place has sourced activity shares that override the derived ones. */
  public boolean hasActivityShares() {
    return activityShares != null;
  }
}
