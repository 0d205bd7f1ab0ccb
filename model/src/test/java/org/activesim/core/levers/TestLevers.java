package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.activesim.core.Mechanism;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.activesim.core.WeekObserver;
import org.activesim.output.SummaryCsv;
import org.activesim.output.TimeseriesCsv;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.AbcdTraining;
import org.activesim.scenario.lever.ActiveEnvironment;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.Champions;
import org.activesim.scenario.lever.Evaluation;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverBasics;
import org.activesim.scenario.lever.Microgrants;
import org.activesim.scenario.lever.Partnership;
import org.activesim.scenario.lever.PolicyInfluence;
import org.activesim.scenario.lever.ReferralPathway;
import org.activesim.scenario.lever.SocialMarketing;
import org.activesim.scenario.lever.Targeting;

/**
 * Levers and runs for the lever tests: the nine levers at their defaults, copies with other basics
 * or doses, a run of a scenario, and the CSV text a run writes.
 */
final class TestLevers {
  private TestLevers() {}

  /** The nine levers of MODEL.md §4 at their defaults, one of each type. */
  static List<Lever> allNine() {
    return List.of(
        AbcdTraining.defaults(),
        Microgrants.defaults(),
        Hardwiring.defaults(),
        PolicyInfluence.defaults(),
        ActiveEnvironment.defaults(),
        ActiveTravel.defaults(),
        SocialMarketing.defaults(),
        Partnership.defaults(),
        Champions.defaults());
  }

  /** A copy of any lever with its basics changed (the records have no common wither). */
  static Lever withBasics(Lever lever, UnaryOperator<LeverBasics> change) {
    LeverBasics b = change.apply(lever.basics());
    return lever.accept(
        new Lever.Visitor<Lever>() {
          @Override
          public Lever abcdTraining(AbcdTraining l) {
            return new AbcdTraining(b, l.traineesPerYear(), l.costPerTraineeGbp());
          }

          @Override
          public Lever microgrants(Microgrants l) {
            return new Microgrants(
                b,
                l.grantsPerYear(),
                l.minGrantGbp(),
                l.maxGrantGbp(),
                l.meanGrantGbp(),
                l.sizeConcentration(),
                l.fundingWeeks(),
                l.newGroupShare(),
                l.gbpPerExtraPlace(),
                l.maxExtraPlaces());
          }

          @Override
          public Lever hardwiring(Hardwiring l) {
            return new Hardwiring(b, l.pathways());
          }

          @Override
          public Lever policyInfluence(PolicyInfluence l) {
            return new PolicyInfluence(b, l.efforts());
          }

          @Override
          public Lever activeEnvironment(ActiveEnvironment l) {
            return new ActiveEnvironment(
                b,
                l.capitalPerPlaceGbp(),
                l.buildDelayYears(),
                l.effectRampYears(),
                l.environmentGainPerMillionGbp());
          }

          @Override
          public Lever activeTravel(ActiveTravel l) {
            return new ActiveTravel(
                b,
                l.bikesPerYear(),
                l.costPerBikeGbp(),
                l.loanWeeks(),
                l.weeklyLapseProbability(),
                l.annualStopRidingAfterLoan());
          }

          @Override
          public Lever socialMarketing(SocialMarketing l) {
            return new SocialMarketing(b, l.audiences());
          }

          @Override
          public Lever partnership(Partnership l) {
            return new Partnership(b, l.conveningEffort(), l.costPerEffortPerPlacePerYearGbp());
          }

          @Override
          public Lever champions(Champions l) {
            return new Champions(
                b,
                l.championsPerYear(),
                l.costPerChampionGbp(),
                l.invitationsPerYear(),
                l.acceptShare(),
                l.groupStartsPerYear());
          }

          @Override
          public Lever evaluation(Evaluation l) {
            return new Evaluation(
                b,
                l.programme(),
                l.periodYears(),
                l.budgetPerPeriodGbp(),
                l.costPerFollowUpGbp(),
                l.followUpWeeks(),
                l.deepDives());
          }
        });
  }

  /** Default active travel with another number of bikes a year and targeting. */
  static ActiveTravel bikes(double perYear, Targeting target) {
    ActiveTravel d = ActiveTravel.defaults();
    return new ActiveTravel(
        d.basics().withTarget(target),
        perYear,
        d.costPerBikeGbp(),
        d.loanWeeks(),
        d.weeklyLapseProbability(),
        d.annualStopRidingAfterLoan());
  }

  /**
   * A default pathway with another contact rate, funded coverage and pathway length (every other
   * field at its default).
   */
  static ReferralPathway pathway(
      String setting, double annualContactRate, double fundedCoverage, int pathwayWeeks) {
    ReferralPathway d = ReferralPathway.defaults(setting);
    return new ReferralPathway(
        d.setting(),
        d.eligible(),
        annualContactRate,
        d.maxReferralProbability(),
        fundedCoverage,
        d.enrolShare(),
        d.siloLoss(),
        d.weeksToEngage(),
        d.engageShare(),
        d.weeksToAdherence(),
        d.sixMonthDropout(),
        d.adherentDropoutFactor(),
        pathwayWeeks,
        d.costPerEnrolmentGbp());
  }

  /** Runs a scenario to its horizon. */
  static Recording run(Scenario s, int threads) {
    return run(s, threads, WeekObserver.none());
  }

  /** Runs a scenario to its horizon, showing every week to an observer. */
  static Recording run(Scenario s, int threads, WeekObserver observer) {
    try (Simulation sim = Simulation.create(s, threads, ProgressListener.none())) {
      return sim.run(ProgressListener.none(), observer);
    }
  }

  /** The text of {@code timeseries.csv}. */
  static String timeseries(Recording r) {
    StringBuilder out = new StringBuilder();
    try {
      TimeseriesCsv.write(r, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The text of {@code summary.csv}. */
  static String summary(Recording r) {
    StringBuilder out = new StringBuilder();
    try {
      SummaryCsv.write(r, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Upward moves credited to a mechanism over the whole run, every place and context. */
  static double credited(Recording r, Mechanism m) {
    double sum = 0;
    for (int w = 0; w < r.weekCount(); w++) {
      for (int p = 0; p < r.allPlaces(); p++) {
        sum += credited(r, w, p, m);
      }
    }
    return sum;
  }

  /** Upward moves credited to a mechanism in a recorded week and place, every context. */
  static double credited(Recording r, int weekIndex, int place, Mechanism m) {
    double sum = 0;
    for (int q = 0; q < PlaceSpec.QUINTILES; q++) {
      for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
        for (int c = 0; c < 2; c++) {
          sum += r.mechanismTransitions(weekIndex, place, q, a, c, m);
        }
      }
    }
    return sum;
  }

  /** A metric's all-quintiles series in a place (or {@link Recording#allPlaces()}). */
  static double[] series(Recording r, int place, String metric) {
    return r.series(place, Recording.ALL_QUINTILES, metric);
  }

  /** Sum of a series. */
  static double sum(double[] xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s;
  }

  /** Mean of a series. */
  static double mean(double[] xs) {
    return sum(xs) / xs.length;
  }

  /** Mean of the last 52 weeks of a weekly series. */
  static double lastYearMean(double[] weekly) {
    return Arrays.stream(weekly, weekly.length - 52, weekly.length).average().orElseThrow();
  }

  /**
   * A dose-response check over paired seeds: {@code inactive[d][s]} is the inactive share at dose
   * {@code doses[d]} with seed {@code seeds[s]}; each step up in dose must not raise it by more
   * than three standard errors of the mean paired change.
   */
  static void assertNoRiseInInactivity(
      String unit, double[] doses, long[] seeds, double[][] inactive) {
    for (int d = 1; d < doses.length; d++) {
      double[] diff = new double[seeds.length];
      for (int s = 0; s < seeds.length; s++) {
        diff[s] = inactive[d][s] - inactive[d - 1][s];
      }
      double mean = mean(diff);
      double ss = 0;
      for (double x : diff) {
        ss += (x - mean) * (x - mean);
      }
      double se = Math.sqrt(ss / (diff.length - 1)) / Math.sqrt(diff.length);
      assertTrue(
          mean <= 3 * se,
          String.format(
              "%.0f → %.0f %s a year: mean paired change in inactive share %.6f, SE %.6f;"
                  + " per seed %s and %s (seeds %s)",
              doses[d - 1],
              doses[d],
              unit,
              mean,
              se,
              Arrays.toString(inactive[d - 1]),
              Arrays.toString(inactive[d]),
              Arrays.toString(seeds)));
    }
  }
}
