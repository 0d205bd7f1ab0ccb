package org.activesim.scenario.lever;

import java.util.List;
import java.util.Objects;

/**
 * Social marketing (ODD 7.10.8): campaigns reach audiences, feeding the {@code awareness[segment]}
 * stock, {@code dW/dt = reach·(1 − W) − W/τ}; residents in an audience carry {@code b_aware·W}. A
 * campaign runs for the first {@code campaignWeeksPerYear} weeks of each year of the lever's
 * window. Campaigns are priced by the people they reach, so a larger reach is never free.
 *
 * @param audiences who is reached, how hard, and at what cost
 */
public record SocialMarketing(LeverBasics basics, List<Audience> audiences) implements Lever {

  /**
   * One audience.
   *
   * @param segment a segment of {@code stocks.segments} (its awareness stock)
   * @param members who belongs to the segment (also filtered by the lever's own target)
   * @param reachPerWeek share of the segment reached each campaign week
   * @param campaignWeeksPerYear campaign weeks a year
   * @param costPerPersonReachedGbp cost of reaching one person once: a campaign week costs {@code
   *     reachPerWeek × the audience's adults (real people) × this}
   */
  public record Audience(
      String segment,
      Targeting members,
      double reachPerWeek,
      int campaignWeeksPerYear,
      double costPerPersonReachedGbp) {
    public Audience {
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(members, "members");
      Checks.share(reachPerWeek, "reachPerWeek");
      if (campaignWeeksPerYear < 0 || campaignWeeksPerYear > 52) {
        throw new IllegalArgumentException("campaignWeeksPerYear must be in 0..52");
      }
      Checks.nonNegative(costPerPersonReachedGbp, "costPerPersonReachedGbp");
    }

    /**
     * Everyone, 5% reached a campaign week, 8 weeks a year (ASSUMPTION; the reach claimed for This
     * Girl Can is large but self-reported, ODD section 10 [6]), at £0.166 a person reached: DERIVED
     * from £10,000 a campaign week (ASSUMPTION) at 5% reach of Essex's 1,202,795 adults (1,503,494
     * residents [2] × adult share 0.8), £10,000 / 60,140 ≈ £0.166.
     */
    public static Audience defaults(String segment) {
      return new Audience(segment, Targeting.everyone(), 0.05, 8, 0.166);
    }
  }

  public SocialMarketing {
    audiences = List.copyOf(audiences);
    if (audiences.isEmpty()) {
      throw new IllegalArgumentException("socialMarketing needs at least one audience");
    }
  }

  /** One campaign to everyone. */
  public static SocialMarketing defaults() {
    return new SocialMarketing(
        LeverBasics.of(LeverType.SOCIAL_MARKETING.key()), List.of(Audience.defaults("everyone")));
  }

  @Override
  public LeverType type() {
    return LeverType.SOCIAL_MARKETING;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.socialMarketing(this);
  }
}
