package org.activesim.scenario.lever;

/**
 * Microgrants (MODEL.md §4): each grant either starts a new community group led by a targeted
 * resident or funds an existing unfunded group in a targeted place, for {@code fundingWeeks}. A
 * funded group has higher sustainability ({@code groups.sustainabilityFundedBonus}) and extra
 * capacity bought by the grant: {@code min(maxExtraPlaces, size / gbpPerExtraPlace)}.
 *
 * <p>Grant sizes follow a Beta distribution scaled to [{@code minGrantGbp}, {@code maxGrantGbp}]
 * with mean {@code meanGrantGbp} and concentration α + β = {@code sizeConcentration}.
 *
 * @param grantsPerYear grants awarded a year (real grants; at scale k one agent grant stands for k)
 * @param minGrantGbp smallest grant
 * @param maxGrantGbp largest grant
 * @param meanGrantGbp mean grant
 * @param sizeConcentration α + β of the Beta size distribution (larger = sizes nearer the mean)
 * @param fundingWeeks weeks a grant funds its group
 * @param newGroupShare share of grants that start a new group (the rest fund existing groups)
 * @param gbpPerExtraPlace grant money that buys one extra participant place
 * @param maxExtraPlaces most extra places one grant can add
 */
public record Microgrants(
    LeverBasics basics,
    double grantsPerYear,
    double minGrantGbp,
    double maxGrantGbp,
    double meanGrantGbp,
    double sizeConcentration,
    int fundingWeeks,
    double newGroupShare,
    double gbpPerExtraPlace,
    int maxExtraPlaces)
    implements Lever {

  public Microgrants {
    Checks.nonNegative(grantsPerYear, "grantsPerYear");
    Checks.nonNegative(minGrantGbp, "minGrantGbp");
    if (!(minGrantGbp < meanGrantGbp && meanGrantGbp < maxGrantGbp)) {
      throw new IllegalArgumentException(
          "microgrants need minGrantGbp < meanGrantGbp < maxGrantGbp, were "
              + minGrantGbp
              + ", "
              + meanGrantGbp
              + ", "
              + maxGrantGbp);
    }
    if (!(sizeConcentration > 0)) {
      throw new IllegalArgumentException("sizeConcentration must be > 0");
    }
    if (fundingWeeks < 1) {
      throw new IllegalArgumentException("fundingWeeks must be >= 1");
    }
    Checks.share(newGroupShare, "newGroupShare");
    if (!(gbpPerExtraPlace > 0)) {
      throw new IllegalArgumentException("gbpPerExtraPlace must be > 0");
    }
    if (maxExtraPlaces < 0) {
      throw new IllegalArgumentException("maxExtraPlaces must be >= 0");
    }
  }

  /**
   * Sizes £50–£2,500 with mean £1,650 (£200,000 for 121 projects, ELDP microgrants, domain-facts §2
   * [D]); 60 grants a year (DERIVED: 121 grants spread over about two years, the duration an
   * ASSUMPTION [D]); 52 weeks of funding (MODEL.md §4); half start new groups (ASSUMPTION); one
   * extra place per £236 (the cost per inactive person engaged, Get Healthy Get Into Sport,
   * domain-facts §6), at most 10 (ASSUMPTION); concentration 4 (ASSUMPTION).
   */
  public static Microgrants defaults() {
    return new Microgrants(
        LeverBasics.of(LeverType.MICROGRANTS.key()), 60, 50, 2500, 1650, 4, 52, 0.5, 236, 10);
  }

  /** Beta shape α of the grant-size distribution on [0, 1]. */
  public double sizeAlpha() {
    return sizeConcentration * (meanGrantGbp - minGrantGbp) / (maxGrantGbp - minGrantGbp);
  }

  /** Beta shape β of the grant-size distribution on [0, 1]. */
  public double sizeBeta() {
    return sizeConcentration - sizeAlpha();
  }

  @Override
  public LeverType type() {
    return LeverType.MICROGRANTS;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.microgrants(this);
  }
}
