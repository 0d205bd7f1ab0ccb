package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.core.Metrics;
import org.activesim.core.Recording;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverBasics;
import org.activesim.scenario.lever.LeverType;
import org.activesim.scenario.lever.Microgrants;
import org.activesim.scenario.lever.ReferralPathway;
import org.activesim.scenario.lever.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

/**
 * The spending ledger (MODEL.md §4: "every lever books its spending, week by week, to its own
 * ledger line"). All nine levers run in the window [year 1, year 2) of a three-year run, each with
 * a fixed running cost of £100 a week so that every week of the window books something:
 *
 * <ul>
 *   <li>the recording's spending cube, summed over weeks and slots, equals the summary's {@code
 *       spend_gbp_total:<lever>}, and the levers together equal {@code spend_gbp_total};
 *   <li>each week, {@code spend_gbp} and {@code spend_gbp:<lever>} (per place and ALL) are the sums
 *       of the cube;
 *   <li>no lever spends outside its window. A recorded week w holds the spending of the steps since
 *       the previous record, here step w − 1, so the window is the rows w = 53..104. One exception
 *       is by design ({@code LeverRuntime}: deliveries in progress carry on after a lever stops
 *       taking new people): residents referred in the window's last step enrol in the next, and
 *       their enrolment is booked then; that must be exactly the enrolments of that step times the
 *       cost per enrolment, and nothing later;
 *   <li>grants and bikes handed out over the window are exactly the yearly number × one year: whole
 *       agent units are due at a steady rate, and the window's total is a whole number of them.
 * </ul>
 *
 * Sums are compared with a relative tolerance of 1e-9: they are the same pounds added in another
 * order.
 */
@TestInstance(Lifecycle.PER_CLASS)
class LedgerTest {
  private static final long SEED = 17;
  private static final double SCALE = 40;
  private static final int YEARS = 3;
  private static final Window WINDOW = new Window(1, 2);
  private static final double FIXED_PER_YEAR = 5_200;

  /**
   * 400 grants and 400 bikes a year: ten agent units in the one-year window at scale 40 (the
   * defaults, 60 and 500, are 1.5 and 12.5), so the window's total is a whole number of agents.
   */
  private static final double UNITS_PER_YEAR = 400;

  private List<Lever> levers;
  private Recording run;

  @BeforeAll
  void runAllNineInAWindow() {
    levers = new ArrayList<>();
    for (Lever lever : TestLevers.allNine()) {
      if (lever instanceof Microgrants m) {
        lever =
            new Microgrants(
                m.basics(),
                UNITS_PER_YEAR,
                m.minGrantGbp(),
                m.maxGrantGbp(),
                m.meanGrantGbp(),
                m.sizeConcentration(),
                m.fundingWeeks(),
                m.newGroupShare(),
                m.gbpPerExtraPlace(),
                m.maxExtraPlaces());
      } else if (lever instanceof ActiveTravel t) {
        lever = TestLevers.bikes(UNITS_PER_YEAR, t.basics().target());
      }
      levers.add(
          TestLevers.withBasics(
              lever, b -> new LeverBasics(b.name(), true, WINDOW, b.target(), FIXED_PER_YEAR)));
    }
    Scenario s = TestScenarios.essex(SCALE, YEARS, SEED).withLevers(levers);
    run = TestLevers.run(s, 2);
    assertEquals(levers.stream().map(Lever::name).toList(), run.levers());
  }

  private double cube(int weekIndex, int line) {
    double sum = 0;
    for (int slot = 0; slot <= run.allPlaces(); slot++) {
      sum += run.spend(weekIndex, line, slot);
    }
    return sum;
  }

  private static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
  }

  @Test
  void ledgerTotalsAreTheSumsOfWhatEachLeverSpent() {
    double all = 0;
    for (int line = 0; line < run.levers().size(); line++) {
      double lever = 0;
      for (int w = 0; w < run.weekCount(); w++) {
        lever += cube(w, line);
      }
      String name = run.levers().get(line);
      assertTrue(lever > 0, name + " spent nothing");
      assertClose(lever, run.summary().get("spend_gbp_total:" + name), "total of " + name);
      all += lever;
    }
    assertClose(all, run.summary().get("spend_gbp_total"), "spend_gbp_total");
  }

  @Test
  void weeklySpendingMetricsAreTheSumsOfTheLedger() {
    int spendAll = run.metricIndex(Metrics.SPEND);
    for (int w = 0; w < run.weekCount(); w++) {
      double allLevers = 0;
      for (int line = 0; line < run.levers().size(); line++) {
        int metric = run.metricIndex(Metrics.spendOf(run.levers().get(line)));
        for (int p = 0; p < run.allPlaces(); p++) {
          assertEquals(
              run.spend(w, line, p),
              run.value(w, p, 5, metric),
              "spend_gbp:" + run.levers().get(line) + " in place " + p + " at week " + run.week(w));
        }
        double lever = cube(w, line);
        assertClose(lever, run.value(w, run.allPlaces(), 5, metric), "lever at ALL, week " + w);
        allLevers += lever;
      }
      assertClose(allLevers, run.value(w, run.allPlaces(), 5, spendAll), "spend_gbp ALL, " + w);
      for (int p = 0; p < run.allPlaces(); p++) {
        double place = 0;
        for (int line = 0; line < run.levers().size(); line++) {
          place += run.spend(w, line, p);
        }
        assertClose(place, run.value(w, p, 5, spendAll), "spend_gbp in place " + p + ", " + w);
      }
    }
  }

  @Test
  void noLeverSpendsOutsideItsWindow() {
    int start = WINDOW.startWeek();
    int end = WINDOW.endWeek();
    assertEquals(52, start);
    assertEquals(104, end);
    for (int line = 0; line < levers.size(); line++) {
      Lever lever = levers.get(line);
      for (int w = 1; w < run.weekCount(); w++) {
        int step = run.week(w) - 1; // the row of week w holds step w - 1
        double spent = cube(w, line);
        String what = lever.name() + " at step " + step + " (recorded week " + run.week(w) + ")";
        if (step >= start && step < end) {
          assertTrue(spent >= FIXED_PER_YEAR / 52 - 1e-9, what + " books its running cost");
        } else if (step == end && lever.type() == LeverType.HARDWIRING) {
          assertClose(enrolmentCost((Hardwiring) lever, w), spent, what + ": enrolments only");
        } else {
          assertEquals(0.0, spent, what + " is outside the window");
        }
      }
    }
  }

  /** Enrolments of a recorded week, in residents represented, times each setting's cost. */
  private double enrolmentCost(Hardwiring lever, int weekIndex) {
    double gbp = 0;
    for (ReferralPathway p : lever.pathways()) {
      double enrolled =
          run.value(
              weekIndex,
              run.allPlaces(),
              5,
              run.metricIndex(Metrics.referralFlow("enrolled", p.setting())));
      gbp += enrolled * p.costPerEnrolmentGbp();
    }
    return gbp;
  }

  @Test
  void grantsAndBikesOverTheWindowAreTheYearlyNumberTimesItsLength() {
    double years = WINDOW.end() - WINDOW.start();
    double expected = UNITS_PER_YEAR * years;
    double fixed = FIXED_PER_YEAR * years;

    double grants = TestLevers.sum(TestLevers.series(run, run.allPlaces(), Metrics.GRANTS_AWARDED));
    assertEquals(expected, grants, "grants awarded in the window (seed " + SEED + ")");
    int g = run.levers().indexOf(LeverType.MICROGRANTS.key());
    Microgrants m = (Microgrants) levers.get(g);
    double meanGrant = (total(g) - fixed) / grants;
    assertTrue(
        meanGrant >= m.minGrantGbp() && meanGrant <= m.maxGrantGbp(),
        "mean grant £" + meanGrant + " outside [" + m.minGrantGbp() + ", " + m.maxGrantGbp() + "]");

    int b = run.levers().indexOf(LeverType.ACTIVE_TRAVEL.key());
    ActiveTravel t = (ActiveTravel) levers.get(b);
    double bikes = (total(b) - fixed) / t.costPerBikeGbp(); // real bikes: £ / £ a bike
    assertEquals(expected, bikes, 1e-6, "bikes handed out in the window (seed " + SEED + ")");
  }

  private double total(int line) {
    double sum = 0;
    for (int w = 0; w < run.weekCount(); w++) {
      sum += cube(w, line);
    }
    return sum;
  }
}
