package org.activesim.evaluation;

import static org.activesim.evaluation.EvaluationRecordings.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.activesim.core.Recording;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.EconomicsSpec;
import org.junit.jupiter.api.Test;

/**
 * Every number of the economics against arithmetic done by hand, on a two-year pair of runs of
 * 10,000 residents:
 *
 * <ul>
 *   <li>baseline: 60% active, 12% fairly active both years, no spending;
 *   <li>scenario: year 0 61% active, 12% fairly active, £1,000 a week; year 1 62% active, 13%
 *       fairly active, £500 a week.
 * </ul>
 *
 * So year 0 adds 100 person-years active and costs £52,000; year 1 adds 200 person-years active and
 * 100 fairly active and costs £26,000. Valued with the default rates and attribution 0.8,
 * displacement 0.1 (so that both adjustments are exercised). Relative tolerance 1e-9: the model
 * sums 52 weekly pieces where the hand sum multiplies.
 */
class EconomicsTest {

  private static final double[] BASE_YEAR = {0.60, 0.12, 10_000, 0};
  private static final Recording BASELINE = run(1, BASE_YEAR, BASE_YEAR);
  private static final Recording SCENARIO =
      run(1, new double[] {0.61, 0.12, 10_000, 1_000}, new double[] {0.62, 0.13, 10_000, 500});

  private static final EconomicsSpec SPEC =
      new EconomicsSpec(
          0.19, 0.09, 13_000, 300, 0.645, 70_000, 1.0 / 7, 0.035, 0.015, 0.8, 0.1, 4.38);

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
  }

  @Test
  void eachYearMatchesHandArithmetic() {
    EconomicsTable t = Economics.compute(SCENARIO, BASELINE, SPEC);
    assertEquals(2, t.years().size());

    EconomicsYear y0 = t.years().get(0);
    assertEquals(0, y0.year());
    assertClose(52_000, y0.costGbp(), "cost 0");
    assertClose(100, y0.extraPersonYearsActive(), "active 0");
    assertClose(0, y0.extraPersonYearsFairlyActive(), "fairly 0");
    assertClose(100 * 0.19, y0.wellbys(), "WELLBYs 0");
    assertClose(19 * 13_000, y0.wellbeingValueGbp(), "wellbeing 0");
    assertClose(100 * 300, y0.healthSavingsGbp(), "savings 0");
    assertClose((247_000 + 30_000) * 0.8 * 0.9, y0.socialValueGbp(), "social 0");
    assertClose(19.0 / 7, y0.qalys(), "QALYs 0");
    assertClose(19.0 / 7 * 70_000, y0.qalyValueGbp(), "QALY value 0");
    assertEquals(1.0, y0.costDiscountFactor());
    assertEquals(1.0, y0.healthDiscountFactor());
    assertClose(52_000, y0.presentCostGbp(), "present cost 0");

    EconomicsYear y1 = t.years().get(1);
    assertClose(26_000, y1.costGbp(), "cost 1");
    assertClose(200, y1.extraPersonYearsActive(), "active 1");
    assertClose(100, y1.extraPersonYearsFairlyActive(), "fairly 1");
    double wellbys1 = 200 * 0.19 + 100 * 0.09; // 47
    assertClose(wellbys1, y1.wellbys(), "WELLBYs 1");
    assertClose(47 * 13_000, y1.wellbeingValueGbp(), "wellbeing 1");
    double savings1 = (200 + 100 * 0.645) * 300; // 79,350
    assertClose(savings1, y1.healthSavingsGbp(), "savings 1");
    assertClose((611_000 + 79_350) * 0.72, y1.socialValueGbp(), "social 1");
    assertClose(47.0 / 7, y1.qalys(), "QALYs 1");
    assertClose(47.0 / 7 * 70_000, y1.qalyValueGbp(), "QALY value 1");
    assertClose(1 / 1.035, y1.costDiscountFactor(), "cost factor 1");
    assertClose(1 / 1.015, y1.healthDiscountFactor(), "health factor 1");
    assertClose(26_000 / 1.035, y1.presentCostGbp(), "present cost 1");
    assertClose(611_000 / 1.015, y1.presentWellbeingValueGbp(), "present wellbeing 1");
    assertClose(79_350 / 1.035, y1.presentHealthSavingsGbp(), "present savings 1 (cost rate)");
    assertClose(
        (611_000 / 1.015 + 79_350 / 1.035) * 0.72, y1.presentSocialValueGbp(), "present social 1");
  }

  @Test
  void totalsMatchHandArithmetic() {
    EconomicsTable t = Economics.compute(SCENARIO, BASELINE, SPEC);
    double pvCost = 52_000 + 26_000 / 1.035;
    double pvWellbeing = 247_000 + 611_000 / 1.015;
    double pvSavings = 30_000 + 79_350 / 1.035;
    double pvSocial = (pvWellbeing + pvSavings) * 0.8 * 0.9;

    assertClose(78_000, t.costGbp(), "cost");
    assertClose(pvCost, t.presentCostGbp(), "present cost");
    assertClose(300, t.extraPersonYearsActive(), "person-years active");
    assertClose(100, t.extraPersonYearsFairlyActive(), "person-years fairly active");
    assertClose(19 + 47, t.wellbys(), "WELLBYs");
    assertClose(19 + 47 / 1.015, t.presentWellbys(), "present WELLBYs");
    assertClose(247_000 + 611_000, t.wellbeingValueGbp(), "wellbeing");
    assertClose(pvWellbeing, t.presentWellbeingValueGbp(), "present wellbeing");
    assertClose(30_000 + 79_350, t.healthSavingsGbp(), "savings");
    assertClose(pvSavings, t.presentHealthSavingsGbp(), "present savings");
    assertClose((858_000 + 109_350) * 0.72, t.socialValueGbp(), "social value");
    assertClose(pvSocial, t.presentSocialValueGbp(), "present social value");
    assertClose(pvSocial / pvCost, t.sroi(), "SROI");
    assertEquals(8.9218, t.sroi(), 5e-5, "SROI, to four places");
    assertClose(pvSocial - pvCost, t.netPresentSocialValueGbp(), "NPSV");
    assertClose(66.0 / 7, t.qalys(), "QALYs");
    assertClose(19.0 / 7 + 47.0 / 7 / 1.015, t.presentQalys(), "present QALYs");
    assertClose(66.0 / 7 * 70_000, t.qalyValueGbp(), "QALY value");
    assertClose(190_000 + 470_000 / 1.015, t.presentQalyValueGbp(), "present QALY value");
    // 2 points more active at the end of 10,000: 200 people; 300 extra active person-years.
    assertClose(200, t.extraActiveResidentsAtEnd(), "extra active at the end");
    assertClose(78_000.0 / 200, t.costPerPersonMadeActiveGbp(), "cost per person made active");
    assertClose(78_000.0 / 300, t.costPerExtraActivePersonYearGbp(), "cost per person-year");
    assertEquals(4.38, t.sroiBenchmark());
  }

  @Test
  void qalysAreNotPartOfTheSocialValue() {
    EconomicsSpec noQalyValue =
        new EconomicsSpec(0.19, 0.09, 13_000, 300, 0.645, 0, 1.0 / 7, 0.035, 0.015, 0.8, 0.1, 4.38);
    EconomicsTable with = Economics.compute(SCENARIO, BASELINE, SPEC);
    EconomicsTable without = Economics.compute(SCENARIO, BASELINE, noQalyValue);
    assertEquals(with.presentSocialValueGbp(), without.presentSocialValueGbp());
    assertEquals(0.0, without.qalyValueGbp());
  }

  @Test
  void identicalRunsGiveExactlyZeroAndNoRatio() {
    Recording twin =
        run(1, new double[] {0.61, 0.12, 10_000, 1_000}, new double[] {0.62, 0.13, 10_000, 500});
    EconomicsTable t = Economics.compute(SCENARIO, twin, SPEC);
    for (EconomicsYear y : t.years()) {
      assertEquals(0.0, y.costGbp());
      assertEquals(0.0, y.extraPersonYearsActive());
      assertEquals(0.0, y.extraPersonYearsFairlyActive());
      assertEquals(0.0, y.wellbys());
      assertEquals(0.0, y.socialValueGbp());
      assertEquals(0.0, y.qalys());
    }
    assertEquals(0.0, t.presentCostGbp());
    assertEquals(0.0, t.presentSocialValueGbp());
    assertEquals(0.0, t.netPresentSocialValueGbp());
    assertEquals(0.0, t.extraActiveResidentsAtEnd());
    assertTrue(Double.isNaN(t.sroi()), "no cost, no SROI");
    assertTrue(Double.isNaN(t.costPerPersonMadeActiveGbp()));
    assertTrue(Double.isNaN(t.costPerExtraActivePersonYearGbp()));
  }

  @Test
  void coarserRecordingGivesTheSameYearsWhenItDividesTheYear() {
    EconomicsTable weekly = Economics.compute(SCENARIO, BASELINE, SPEC);
    Recording every4 =
        run(4, new double[] {0.61, 0.12, 10_000, 1_000}, new double[] {0.62, 0.13, 10_000, 500});
    assertEquals(27, every4.weekCount(), "weeks 0, 4, ..., 104");
    // The baseline may be recorded on another grid.
    EconomicsTable coarse = Economics.compute(every4, BASELINE, SPEC);
    for (int y = 0; y < 2; y++) {
      EconomicsYear a = weekly.years().get(y);
      EconomicsYear b = coarse.years().get(y);
      assertClose(a.costGbp(), b.costGbp(), "cost " + y);
      assertClose(a.extraPersonYearsActive(), b.extraPersonYearsActive(), "active " + y);
      assertClose(a.extraPersonYearsFairlyActive(), b.extraPersonYearsFairlyActive(), "fairly");
    }
    assertClose(weekly.sroi(), coarse.sroi(), "SROI");
  }

  @Test
  void rowsThatStraddleAYearAreSplitByWeeks() {
    // Every 8 weeks: the row at week 56 stands for steps 48..55, half in each year. Its spending
    // (4 × £1,000 + 4 × £500 = £6,000) is split £3,000 / £3,000; the total is kept.
    Recording every8 =
        run(8, new double[] {0.61, 0.12, 10_000, 1_000}, new double[] {0.62, 0.13, 10_000, 500});
    YearlyTotals t = YearlyTotals.of(every8);
    assertClose(48_000 + 3_000, t.spendGbp(0), "year 0");
    assertClose(3_000 + 24_000, t.spendGbp(1), "year 1");
    // Its state (year 1's) stands for all 8 weeks: 4 weeks of year 0 at 62% active.
    assertClose((48 * 6_100 + 4 * 6_200) / 52.0, t.personYears(ActivityLevel.ACTIVE, 0), "PY");
  }

  @Test
  void horizonsMustAgree() {
    Recording threeYears = run(1, BASE_YEAR, BASE_YEAR, BASE_YEAR);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Economics.compute(SCENARIO, threeYears, SPEC));
    assertTrue(e.getMessage().contains("week 104") && e.getMessage().contains("week 156"));
  }

  @Test
  void missingMetricsAreNamed() {
    Recording.Builder b =
        new Recording.Builder(List.of("Town"), List.of("inactive_share", "residents"));
    b.beginWeek(0);
    b.beginWeek(1);
    Recording bare = b.build(Map.of());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> YearlyTotals.of(bare));
    assertEquals("the recording has no metric fairly_active_share", e.getMessage());
  }
}
