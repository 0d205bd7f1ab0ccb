package org.activesim.core;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Baseline activity shares of every calibration cell (MODEL.md §3 "Initial shares").
 *
 * <p>Inactivity by quintile follows the county gradient (Q1 34% … Q5 20%). A place with sourced
 * shares (e.g. Tendring 30/16/54) shifts the whole gradient on the logit scale until the mix of its
 * quintiles reproduces its own inactive share. Inside a (place, quintile) the odds ratios for age,
 * condition and sex spread the share across cells, again with one logit shift chosen so the mix
 * keeps the (place, quintile) share exactly. The not-inactive split between fairly active and
 * active is the place's own where sourced, else the national one.
 */
public final class TargetShares {

  private static final double LOGIT_BRACKET = 15;
  private static final double SOLVER_ACCURACY = 1e-12;

  private TargetShares() {}

  /**
   * Target shares {inactive, fairly, active} for every cell.
   *
   * @return array indexed by {@link Cells#of}
   */
  public static double[][] compute(PopulationSpec population, List<PlaceSpec> places) {
    double[][] cells = new double[Cells.count(places.size())][];
    double[] nationalInactive = population.quintileInactiveShares();
    for (int p = 0; p < places.size(); p++) {
      PlaceSpec place = places.get(p);
      double[] placeQuintile = placeQuintileInactive(nationalInactive, place);
      double fairlyOfNotInactive =
          place.hasActivityShares()
              ? place.activityShares().fairlyActive() / (1 - place.activityShares().inactive())
              : population.fairlyActiveShareOfNotInactive();
      for (int q = 0; q < PlaceSpec.QUINTILES; q++) {
        fillQuintile(cells, population, p, q, placeQuintile[q], fairlyOfNotInactive);
      }
    }
    return cells;
  }

  /** Inactive share of each quintile in a place: the gradient, shifted to the place's share. */
  static double[] placeQuintileInactive(double[] gradient, PlaceSpec place) {
    double[] out = gradient.clone();
    if (!place.hasActivityShares()) {
      return out;
    }
    double target = place.activityShares().inactive();
    double shift =
        solve(
            delta -> {
              double mix = 0;
              for (int q = 0; q < PlaceSpec.QUINTILES; q++) {
                mix += place.quintileShare(q) * logistic(logit(gradient[q]) + delta);
              }
              return mix - target;
            });
    for (int q = 0; q < PlaceSpec.QUINTILES; q++) {
      out[q] = logistic(logit(gradient[q]) + shift);
    }
    return out;
  }

  private static void fillQuintile(
      double[][] cells,
      PopulationSpec population,
      int place,
      int quintile,
      double inactive,
      double fairlyOfNotInactive) {
    double[] ageShares = population.ageBandShares();
    double[] ageOdds = population.ageBandInactiveOddsRatios();
    double base = logit(inactive);
    DoubleUnaryOperator mixError =
        eps -> {
          double mix = 0;
          for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
            for (int ltc = 0; ltc < 2; ltc++) {
              for (int f = 0; f < 2; f++) {
                mix +=
                    weight(population, ageShares, a, ltc, f)
                        * logistic(base + eps + cellLogOdds(population, ageOdds, a, ltc, f));
              }
            }
          }
          return mix - inactive;
        };
    double eps = solve(mixError);
    for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
      for (int ltc = 0; ltc < 2; ltc++) {
        for (int f = 0; f < 2; f++) {
          double i = logistic(base + eps + cellLogOdds(population, ageOdds, a, ltc, f));
          double fairly = (1 - i) * fairlyOfNotInactive;
          cells[Cells.of(place, quintile, a, ltc, f)] = new double[] {i, fairly, 1 - i - fairly};
        }
      }
    }
  }

  /** Share of a (place, quintile) falling in a cell: attributes are drawn independently. */
  static double weight(PopulationSpec population, double[] ageShares, int a, int ltc, int f) {
    double wl = ltc == 1 ? population.ltcShare() : 1 - population.ltcShare();
    double wf = f == 1 ? population.femaleShare() : 1 - population.femaleShare();
    return ageShares[a] * wl * wf;
  }

  private static double cellLogOdds(
      PopulationSpec population, double[] ageOdds, int a, int ltc, int f) {
    return Math.log(ageOdds[a])
        + ltc * Math.log(population.ltcInactiveOddsRatio())
        + f * Math.log(population.femaleInactiveOddsRatio());
  }

  private static double solve(DoubleUnaryOperator f) {
    return new BrentSolver(SOLVER_ACCURACY)
        .solve(200, f::applyAsDouble, -LOGIT_BRACKET, LOGIT_BRACKET);
  }

  static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
