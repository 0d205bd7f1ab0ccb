package org.activesim.scenario.lever;

import java.util.List;

/**
 * Hardwiring physical activity into system settings (MODEL.md §4): each setting refers eligible
 * residents into an enrol → engage → adhere pathway ({@link ReferralPathway}); engaged and adherent
 * residents get {@code b_ref}. The referral effect is calibrated by an in-model trial to exercise
 * referral RR 1.16 (Pavey et al. 2011, domain-facts §6).
 *
 * @param pathways one pathway per setting, each naming a setting of {@code stocks.settings}
 */
public record Hardwiring(LeverBasics basics, List<ReferralPathway> pathways) implements Lever {

  public Hardwiring {
    pathways = List.copyOf(pathways);
    if (pathways.isEmpty()) {
      throw new IllegalArgumentException("hardwiring needs at least one setting pathway");
    }
  }

  /** Primary care and adult social care with default pathways (Essex: "Reconnect", §2). */
  public static Hardwiring defaults() {
    return new Hardwiring(
        LeverBasics.of(LeverType.HARDWIRING.key()),
        List.of(
            ReferralPathway.defaults("primaryCare"), ReferralPathway.defaults("adultSocialCare")));
  }

  @Override
  public LeverType type() {
    return LeverType.HARDWIRING;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.hardwiring(this);
  }
}
