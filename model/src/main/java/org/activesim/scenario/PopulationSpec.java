package org.activesim.scenario;

/**
 * County-wide population structure used to synthesise residents (MODEL.md §2 "Residents", §3
 * "Initial shares").
 *
 * @param adultShare share of residents aged 16+ (model population is adults)
 * @param quintileInactiveShares inactive share in each IMD quintile, Q1 first (MODEL.md §3: 34,
 *     30.5, 27, 23.5, 20%)
 * @param fairlyActiveShareOfNotInactive share of the not-inactive who are fairly (not fully)
 *     active, used where a place gives no full split
 * @param ltcShare share of adults with a long-term condition or disability
 * @param ltcInactiveOddsRatio odds ratio of inactivity for adults with a condition (domain-facts
 *     §1: 39.5% vs 20.2%)
 * @param ageBandShares shares of adults aged 16–34, 35–54, 55–74, 75+
 * @param ageBandInactiveOddsRatios odds ratio of inactivity per age band, relative to the mix
 * @param femaleShare share of adults who are women
 * @param femaleInactiveOddsRatio odds ratio of inactivity for women
 * @param householdSizeShares shares of adults living in households of 1, 2, 3 and 4 adults
 * @param motivationAlpha Beta(α, β) distribution of motivation m in [0,1]
 * @param motivationBeta Beta(α, β) distribution of motivation m in [0,1]
 */
public record PopulationSpec(
    double adultShare,
    double[] quintileInactiveShares,
    double fairlyActiveShareOfNotInactive,
    double ltcShare,
    double ltcInactiveOddsRatio,
    double[] ageBandShares,
    double[] ageBandInactiveOddsRatios,
    double femaleShare,
    double femaleInactiveOddsRatio,
    double[] householdSizeShares,
    double motivationAlpha,
    double motivationBeta) {

  /** Age bands 16–34, 35–54, 55–74, 75+ (MODEL.md §2). */
  public static final int AGE_BANDS = 4;

  /** Largest household (MODEL.md §2: households of size 1–4). */
  public static final int MAX_HOUSEHOLD = 4;

  /** Labels of the age bands, in order. */
  public static final String[] AGE_BAND_LABELS = {"16-34", "35-54", "55-74", "75+"};

  public PopulationSpec {
    quintileInactiveShares = checkedCopy(quintileInactiveShares, PlaceSpec.QUINTILES, "quintile");
    ageBandShares = checkedCopy(ageBandShares, AGE_BANDS, "ageBandShares");
    ageBandInactiveOddsRatios = checkedCopy(ageBandInactiveOddsRatios, AGE_BANDS, "ageBandOdds");
    householdSizeShares = checkedCopy(householdSizeShares, MAX_HOUSEHOLD, "householdSizeShares");
  }

  private static double[] checkedCopy(double[] values, int length, String what) {
    if (values == null || values.length != length) {
      throw new IllegalArgumentException(what + " needs " + length + " values");
    }
    return values.clone();
  }

  @Override
  public double[] quintileInactiveShares() {
    return quintileInactiveShares.clone();
  }

  @Override
  public double[] ageBandShares() {
    return ageBandShares.clone();
  }

  @Override
  public double[] ageBandInactiveOddsRatios() {
    return ageBandInactiveOddsRatios.clone();
  }

  @Override
  public double[] householdSizeShares() {
    return householdSizeShares.clone();
  }

  /**
   * Defaults with their evidence (domain-facts [A] and §1):
   *
   * <ul>
   *   <li>adult share 0.80: ASSUMPTION (not in the evidence);
   *   <li>inactive by quintile 34, 30.5, 27, 23.5, 20%: ASSUMPTION, linear between the sourced
   *       extremes (Sport England 2025);
   *   <li>fairly active share of the not-inactive 0.1495: DERIVED, 11.2 / (11.2 + 63.7), Active
   *       Lives 2023-24;
   *   <li>long-term condition share 0.254: DERIVED from 39.5% vs 20.2% inactive and 25.1% overall;
   *       odds ratio 2.58: DERIVED, (39.5/60.5) / (20.2/79.8) (Activity Alliance 2023-24);
   *   <li>age shares and age odds ratios: ASSUMPTION (direction from 75+ active 42.8% vs 63.4%);
   *   <li>women 0.51 and odds ratio 1.15: ASSUMPTION (direction from men 65.6% vs women 60.8%
   *       active, 2021-22);
   *   <li>household sizes and motivation Beta(2, 2): ASSUMPTION.
   * </ul>
   */
  public static PopulationSpec defaults() {
    return new PopulationSpec(
        0.80,
        new double[] {0.34, 0.305, 0.27, 0.235, 0.20},
        0.1495,
        0.254,
        2.58,
        new double[] {0.30, 0.33, 0.28, 0.09},
        new double[] {0.8, 0.9, 1.1, 2.2},
        0.51,
        1.15,
        new double[] {0.16, 0.56, 0.16, 0.12},
        2.0,
        2.0);
  }
}
