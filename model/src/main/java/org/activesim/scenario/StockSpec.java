package org.activesim.scenario;

import java.util.List;

/**
 * System-level stocks of the stock-flow layer (MODEL.md §2 "System stocks"). Levers (next issue)
 * add inflows; here are their initial values and their own decay.
 *
 * @param initialPractitionersPer10k ABCD-trained practitioners per 10,000 adults at week 0
 * @param annualPractitionerTurnover annual share of practitioners who leave
 * @param initialPartnership partnership S in [0,1] at week 0
 * @param partnershipDecayWeeks time constant of S decaying without convening effort
 * @param settings system settings into which activity can be hardwired (county-wide adoption A)
 * @param initialPolicyAdoption A at week 0, one value per setting
 * @param bassInnovation Bass p, per year (adoption per unit of influence effort)
 * @param bassImitation Bass q, per year (adoption from adopters)
 * @param segments social-marketing audience segments (awareness W per segment)
 * @param awarenessDecayWeeks τ of awareness decay (MODEL.md §4: about 13 weeks)
 */
public record StockSpec(
    double initialPractitionersPer10k,
    double annualPractitionerTurnover,
    double initialPartnership,
    double partnershipDecayWeeks,
    List<String> settings,
    double[] initialPolicyAdoption,
    double bassInnovation,
    double bassImitation,
    List<String> segments,
    double awarenessDecayWeeks) {

  public StockSpec {
    settings = List.copyOf(settings);
    segments = List.copyOf(segments);
    initialPolicyAdoption = initialPolicyAdoption.clone();
    if (settings.size() > 100) {
      throw new IllegalArgumentException("at most 100 settings");
    }
    if (initialPolicyAdoption.length != settings.size()) {
      throw new IllegalArgumentException("one initial adoption per setting");
    }
  }

  @Override
  public double[] initialPolicyAdoption() {
    return initialPolicyAdoption.clone();
  }

  /**
   * No practitioners before the LDP (ASSUMPTION); turnover 15%/yr (MODEL.md §4, ASSUMPTION);
   * partnership 0.2 decaying over 52 weeks (ASSUMPTION); settings of MODEL.md §4 with no adoption
   * at week 0; Bass p = 0.03, q = 0.38 (ASSUMPTION: common textbook averages); awareness τ = 13
   * weeks (MODEL.md §4).
   */
  public static StockSpec defaults() {
    return new StockSpec(
        0.0,
        0.15,
        0.2,
        52,
        List.of("primaryCare", "adultSocialCare", "youthJustice"),
        new double[] {0, 0, 0},
        0.03,
        0.38,
        List.of("everyone"),
        13);
  }
}
