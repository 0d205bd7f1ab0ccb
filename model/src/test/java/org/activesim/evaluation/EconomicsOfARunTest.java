package org.activesim.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.TestScenarios;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.EconomicsSpec;
import org.activesim.scenario.OutputSpec;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * The evaluation reads real runs as the core meant them: the shipped Essex baseline and LDP
 * scenarios, three years at scale 100, the same seed. Person-years summed over the years equal the
 * run's own summary ({@code person_years_*}, counted by {@code core.RunTotals} week by week), the
 * costs equal the ledger's total, and a run recorded every 4 weeks (which divides the year) gives
 * the same costs per year and person-years within 1% (its state is sampled, not counted, between
 * rows).
 */
@TestInstance(Lifecycle.PER_CLASS)
class EconomicsOfARunTest {
  private static final double SCALE = 100;
  private static final int YEARS = 3;
  private static final long SEED = 11;

  private Recording baseline;
  private Recording ldp;
  private Recording ldpEvery4;

  @BeforeAll
  void runBaselineAndLdp() throws Exception {
    Scenario base = TestScenarios.essex(SCALE, YEARS, SEED);
    Scenario withLevers =
        ScenarioLoader.load(TestScenarios.scenarios().resolve("essex-ldp.yaml"))
            .withScale(SCALE)
            .withYears(YEARS)
            .withSeed(SEED);
    baseline = run(base);
    ldp = run(withLevers);
    ldpEvery4 = run(everyFourWeeks(withLevers));
  }

  private static Recording run(Scenario s) {
    try (Simulation sim = Simulation.create(s, 1, ProgressListener.none())) {
      return sim.run(ProgressListener.none());
    }
  }

  private static Scenario everyFourWeeks(Scenario s) {
    return new Scenario(
        s.name(),
        s.description(),
        s.seed(),
        s.years(),
        s.scale(),
        s.integrator(),
        s.population(),
        s.places(),
        s.network(),
        s.dynamics(),
        s.calibration(),
        s.groups(),
        s.stocks(),
        s.levers(),
        s.economics(),
        new OutputSpec(4, false));
  }

  private static void assertClose(double expected, double actual, double relative, String what) {
    assertEquals(expected, actual, relative * Math.max(1, Math.abs(expected)), what);
  }

  @Test
  void personYearsAndCostsAreTheRunsOwnTotals() {
    for (Recording r : new Recording[] {baseline, ldp}) {
      YearlyTotals t = YearlyTotals.of(r);
      assertEquals(YEARS, t.years());
      String[] keys = {
        "person_years_inactive", "person_years_fairly_active", "person_years_active"
      };
      for (ActivityLevel level : ActivityLevel.values()) {
        double sum = 0;
        for (int y = 0; y < YEARS; y++) {
          sum += t.personYears(level, y);
        }
        assertClose(r.summary().get(keys[level.ordinal()]), sum, 1e-9, keys[level.ordinal()]);
      }
      double spend = 0;
      for (int y = 0; y < YEARS; y++) {
        spend += t.spendGbp(y);
      }
      assertClose(r.summary().get("spend_gbp_total"), spend, 1e-9, "spend_gbp_total");
    }
  }

  @Test
  void theLdpCostsWhatItsLedgerSaysAndIsValued() {
    EconomicsTable t = Economics.compute(ldp, baseline, EconomicsSpec.defaults());
    assertClose(ldp.summary().get("spend_gbp_total"), t.costGbp(), 1e-9, "cost");
    assertTrue(t.costGbp() > 0, "the LDP spends");
    assertTrue(t.presentCostGbp() < t.costGbp(), "later years are discounted");
    assertEquals(t.presentSocialValueGbp() / t.presentCostGbp(), t.sroi());
  }

  @Test
  void recordingEveryFourWeeksKeepsTheYears() {
    EconomicsTable weekly = Economics.compute(ldp, baseline, EconomicsSpec.defaults());
    EconomicsTable coarse = Economics.compute(ldpEvery4, baseline, EconomicsSpec.defaults());
    YearlyTotals a = YearlyTotals.of(ldp);
    YearlyTotals b = YearlyTotals.of(ldpEvery4);
    for (int y = 0; y < YEARS; y++) {
      assertClose(weekly.years().get(y).costGbp(), coarse.years().get(y).costGbp(), 1e-9, "cost");
      for (ActivityLevel level : ActivityLevel.values()) {
        assertClose(a.personYears(level, y), b.personYears(level, y), 0.01, level + " " + y);
      }
    }
  }
}
