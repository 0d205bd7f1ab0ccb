package org.activesim.scenario.lever;

import java.util.List;
import java.util.Objects;

/**
 * Social marketing (MODEL.md §4): campaigns reach audiences, feeding the {@code awareness[segment]}
 * stock, {@code dW/dt = reach·(1 − W) − W/τ}; residents in an audience carry {@code b_aware·W}. A
 * campaign runs for the first {@code campaignWeeksPerYear} weeks of each year of the lever's
 * window.
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
   * @param costPerCampaignWeekGbp cost of one campaign week
   */
  public record Audience(
      String segment,
      Targeting members,
      double reachPerWeek,
      int campaignWeeksPerYear,
      double costPerCampaignWeekGbp) {
    public Audience {
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(members, "members");
      Checks.share(reachPerWeek, "reachPerWeek");
      if (campaignWeeksPerYear < 0 || campaignWeeksPerYear > 52) {
        throw new IllegalArgumentException("campaignWeeksPerYear must be in 0..52");
      }
      Checks.nonNegative(costPerCampaignWeekGbp, "costPerCampaignWeekGbp");
    }

    /**
     * Everyone, 5% reached a campaign week, 8 weeks a year, £10,000 a week (all ASSUMPTION; reach
     * claimed for This Girl Can is large but self-reported, domain-facts §6).
     */
    public static Audience defaults(String segment) {
      return new Audience(segment, Targeting.everyone(), 0.05, 8, 10_000);
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
