package org.activesim.scenario.lever;

import java.util.List;
import java.util.Objects;

/**
 * Influencing policy and practice (ODD 7.10.5): effort per setting drives the county-wide {@code
 * policyAdoption[setting]} stock by Bass diffusion, {@code dA/dt = (p·effort + q·A)(1 − A)}. Each
 * entry books {@code effort × costPerEffortPerYearGbp} a year, so more effort is never free.
 *
 * @param efforts effort and its cost, per setting
 */
public record PolicyInfluence(LeverBasics basics, List<SettingEffort> efforts) implements Lever {

  /**
   * Influence effort in one setting.
   *
   * @param setting a setting of {@code stocks.settings}
   * @param effort influence effort (1 = one dedicated system lead, the unit of Bass p)
   * @param costPerEffortPerYearGbp cost of one unit of effort (one system-lead post) a year
   */
  public record SettingEffort(String setting, double effort, double costPerEffortPerYearGbp) {
    public SettingEffort {
      Objects.requireNonNull(setting, "setting");
      Checks.nonNegative(effort, "effort");
      Checks.nonNegative(costPerEffortPerYearGbp, "costPerEffortPerYearGbp");
    }

    /** Effort 1 at £50,000 per unit of effort a year (ASSUMPTION: one system-lead post). */
    public static SettingEffort defaults(String setting) {
      return new SettingEffort(setting, 1.0, 50_000);
    }
  }

  public PolicyInfluence {
    efforts = List.copyOf(efforts);
    if (efforts.isEmpty()) {
      throw new IllegalArgumentException("policyInfluence needs at least one setting");
    }
  }

  /** Primary care and adult social care at the default effort. */
  public static PolicyInfluence defaults() {
    return new PolicyInfluence(
        LeverBasics.of(LeverType.POLICY_INFLUENCE.key()),
        List.of(SettingEffort.defaults("primaryCare"), SettingEffort.defaults("adultSocialCare")));
  }

  @Override
  public LeverType type() {
    return LeverType.POLICY_INFLUENCE;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.policyInfluence(this);
  }
}
