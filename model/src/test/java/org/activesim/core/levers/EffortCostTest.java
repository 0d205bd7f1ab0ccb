package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.core.Recording;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverBasics;
import org.activesim.scenario.lever.Partnership;
import org.activesim.scenario.lever.PolicyInfluence;
import org.activesim.scenario.lever.PolicyInfluence.SettingEffort;
import org.activesim.scenario.lever.SocialMarketing;
import org.activesim.scenario.lever.SocialMarketing.Audience;
import org.activesim.scenario.lever.Targeting;
import org.activesim.scenario.lever.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * Effort costs money (ODD 7.10.5, 7.10.8, 7.10.9, 7.10.11): the three levers whose dose is an
 * effort book a cost that follows it. Partnership's convening effort, policy influence's effort per
 * setting and social marketing's reach run together on the Essex baseline for one year (a short
 * burn-in: mechanics, not validation), at effort E and at 2E with the same seed:
 *
 * <ul>
 *   <li>each lever's ledger line doubles, and equals its formula: effort × cost per unit of effort
 *       × served places for partnership, Σ effort × cost per unit of effort for policy influence;
 *   <li>social marketing books people reached, not agents: the same lever at scale 10 and scale 20
 *       books what {@code campaign weeks × reach × the audience's real adults × cost per person}
 *       gives from the scenario's populations, within the rounding of agent counts.
 * </ul>
 *
 * The audience is chosen by place and quintile only, whose agent counts are fixed by rounding (ODD
 * 5.1), not drawn: each matched (place, quintile) count is off its real adults / k by under 1.5
 * agents (half an agent from rounding the place's agents, under one from the largest remainder), so
 * the audience is off by under {@code 1.5 · k} people per matched pair, 120 people at scale 20 for
 * the four pairs here, about 0.1% of its 104,676 adults.
 */
@TestInstance(Lifecycle.PER_CLASS)
class EffortCostTest {
  private static final long SEED = 23;
  private static final int YEARS = 1;
  private static final int BURN_IN_WEEKS = 8;
  private static final Window WINDOW = new Window(0, 1);
  private static final List<String> PLACES = List.of("Tendring", "Harlow");
  private static final List<Integer> QUINTILES = List.of(1, 2);
  private static final double CONVENING_EFFORT = 1.5;
  private static final double PRIMARY_CARE_EFFORT = 0.5;
  private static final double SOCIAL_CARE_EFFORT = 1.0;
  private static final double REACH_PER_WEEK = 0.04;
  private static final int CAMPAIGN_WEEKS = 8;

  /** Relative tolerance for the same pounds added in another order. */
  private static final double SAME_POUNDS = 1e-9;

  private Recording once;
  private Recording twice;
  private Recording scale10;

  @BeforeAll
  void runAtEffortAndTwiceTheEffort() {
    once = TestLevers.run(scenario(20, 1), 2);
    twice = TestLevers.run(scenario(20, 2), 2);
    scale10 = TestLevers.run(scenario(10, 1), 2);
  }

  /** The Essex baseline with the three levers at {@code times} their effort. */
  private static Scenario scenario(double scale, double times) {
    Scenario s =
        TestScenarios.essex(scale, YEARS, SEED).withCalibration(new CalibrationSpec(BURN_IN_WEEKS));
    return s.withLevers(levers(times));
  }

  private static List<Lever> levers(double times) {
    Partnership p = Partnership.defaults();
    PolicyInfluence policy = PolicyInfluence.defaults();
    double perEffort = SettingEffort.defaults("x").costPerEffortPerYearGbp();
    Audience a = Audience.defaults("everyone");
    Targeting quintiles =
        new Targeting(
            List.of(),
            QUINTILES,
            List.of(),
            Targeting.Condition.ANY,
            Targeting.Sex.ANY,
            List.of(),
            Targeting.Priority.POPULATION,
            0);
    return List.of(
        new Partnership(
            basics(p.name(), Targeting.everyone().withPlaces(PLACES)),
            times * CONVENING_EFFORT,
            p.costPerEffortPerPlacePerYearGbp()),
        new PolicyInfluence(
            basics(policy.name(), Targeting.everyone()),
            List.of(
                new SettingEffort("primaryCare", times * PRIMARY_CARE_EFFORT, perEffort),
                new SettingEffort("adultSocialCare", times * SOCIAL_CARE_EFFORT, perEffort))),
        new SocialMarketing(
            basics("socialMarketing", Targeting.everyone().withPlaces(PLACES)),
            List.of(
                new Audience(
                    a.segment(),
                    quintiles,
                    times * REACH_PER_WEEK,
                    CAMPAIGN_WEEKS,
                    a.costPerPersonReachedGbp()))));
  }

  private static LeverBasics basics(String name, Targeting target) {
    return new LeverBasics(name, true, WINDOW, target, 0);
  }

  private static double line(Recording r, String lever) {
    return r.summary().get("spend_gbp_total:" + lever);
  }

  @Test
  void doublingTheEffortDoublesEachLeversLedgerLine() {
    for (String lever : List.of("partnership", "policyInfluence", "socialMarketing")) {
      double e = line(once, lever);
      double e2 = line(twice, lever);
      assertTrue(e > 0, lever + " booked nothing");
      assertEquals(2 * e, e2, SAME_POUNDS * e2, lever + ": £" + e + " at E, £" + e2 + " at 2E");
    }
  }

  @Test
  void partnershipAndPolicyInfluenceBookEffortTimesTheCostOfOneUnit() {
    double years = WINDOW.end() - WINDOW.start();
    double partnership =
        CONVENING_EFFORT
            * Partnership.defaults().costPerEffortPerPlacePerYearGbp()
            * PLACES.size()
            * years;
    assertEquals(partnership, line(once, "partnership"), SAME_POUNDS * partnership);
    double policy =
        (PRIMARY_CARE_EFFORT + SOCIAL_CARE_EFFORT)
            * SettingEffort.defaults("x").costPerEffortPerYearGbp()
            * years;
    assertEquals(policy, line(once, "policyInfluence"), SAME_POUNDS * policy);
  }

  @Test
  void socialMarketingBooksPeopleReachedAtAnyScale() {
    Scenario s = scenario(20, 1);
    double adults = 0;
    int pairs = 0;
    for (PlaceSpec p : s.places()) {
      if (PLACES.contains(p.name())) {
        for (int q : QUINTILES) {
          adults += p.population() * s.population().adultShare() * p.quintileShares()[q - 1];
          pairs++;
        }
      }
    }
    double perPerson =
        CAMPAIGN_WEEKS * REACH_PER_WEEK * Audience.defaults("x").costPerPersonReachedGbp();
    double expected = perPerson * adults;
    double booked20 = line(once, "socialMarketing");
    double booked10 = line(scale10, "socialMarketing");
    double bound20 = perPerson * 1.5 * 20 * pairs;
    double bound10 = perPerson * 1.5 * 10 * pairs;
    String what =
        String.format(
            "real adults %.1f: £%.2f expected, £%.2f booked at scale 10, £%.2f at scale 20",
            adults, expected, booked10, booked20);
    assertEquals(expected, booked20, bound20, what);
    assertEquals(expected, booked10, bound10, what);
    assertEquals(booked10, booked20, bound10 + bound20, what);
  }
}
