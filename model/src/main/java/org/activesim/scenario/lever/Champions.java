package org.activesim.scenario.lever;

/**
 * Connecting and empowering, "people like me" (MODEL.md §4): group members whose move into the
 * ACTIVE level was credited to their group by the mechanism attribution become champions with
 * probability {@code shareOfGroupMovers}. A champion weighs {@code network.championWeight}
 * (w_champion, MODEL.md §3) in contacts' peer share {@code peerUp}; a champion who becomes inactive
 * stops being one.
 *
 * @param shareOfGroupMovers share of group-made movers into ACTIVE who become champions
 * @param costPerChampionGbp support cost per new champion
 */
public record Champions(LeverBasics basics, double shareOfGroupMovers, double costPerChampionGbp)
    implements Lever {

  public Champions {
    Checks.share(shareOfGroupMovers, "shareOfGroupMovers");
    Checks.nonNegative(costPerChampionGbp, "costPerChampionGbp");
  }

  /** 10% become champions (ASSUMPTION); £100 support per champion (ASSUMPTION). */
  public static Champions defaults() {
    return new Champions(LeverBasics.of(LeverType.CHAMPIONS.key()), 0.1, 100);
  }

  @Override
  public LeverType type() {
    return LeverType.CHAMPIONS;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.champions(this);
  }
}
