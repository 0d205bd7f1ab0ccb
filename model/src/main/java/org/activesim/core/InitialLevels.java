package org.activesim.core;

import org.activesim.core.RandomStreams.Purpose;
import org.activesim.scenario.DynamicsSpec;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Assigns week-0 activity levels, habit time and entry direction so that each cell reproduces its
 * target shares and the population starts close to its own stationary state (MODEL.md §3).
 *
 * <p>Motivation multiplies a resident's up-hazards by {@code X = exp(b_mot (m - 0.5))}. In a
 * birth–death chain I ⇄ F ⇄ A the stationary shares of a resident are proportional to {@code (1,
 * aX, abX²)} with {@code a = u_I/d_F}, {@code b = u_F/d_A}. We choose (a, b) per cell so that the
 * cell's average reproduces its targets, then draw each resident's level from its own stationary
 * shares: motivated residents start more active, as they would be after years of the dynamics.
 * Habit time is drawn from the geometric sojourn of the cell's mean exit rate. The burn-in then
 * fine-tunes what this closed form leaves out (habit, relapse, peers, groups).
 */
public final class InitialLevels {

  /** Habit time cap: log(1 + w/26) barely changes past a century of weeks. */
  static final int MAX_INITIAL_WEEKS = 5200;

  private static final int FIXED_POINT_ITERATIONS = 500;

  private InitialLevels() {}

  /** Fills level, weeksInLevel and enteredUp of every resident. */
  public static void assign(
      Residents r, double[][] targets, DynamicsSpec dynamics, RandomStreams streams) {
    int cells = targets.length;
    int[][] members = CellMembers.of(r, cells);
    double hF = Rates.weeklyProbability(dynamics.annualDownFairlyToInactive());
    double hA = Rates.weeklyProbability(dynamics.annualDownActiveToFairly());
    for (int c = 0; c < cells; c++) {
      if (members[c].length == 0) {
        continue;
      }
      double[] x = new double[members[c].length];
      for (int k = 0; k < x.length; k++) {
        x[k] = Math.exp(dynamics.bMotivation() * (r.motivation[members[c][k]] - 0.5));
      }
      double[] ab = solveRatios(targets[c], x);
      UniformRandomProvider rng = streams.stream(Purpose.INITIAL_LEVELS, c);
      for (int k = 0; k < x.length; k++) {
        int i = members[c][k];
        double f = ab[0] * x[k];
        double a = f * ab[1] * x[k];
        double u = rng.nextDouble() * (1 + f + a);
        int level = u < 1 ? 0 : u < 1 + f ? 1 : 2;
        r.level[i] = (byte) level;
        drawHabit(r, i, level, targets[c], hF, hA, rng);
      }
    }
  }

  /**
   * Solves {@code mean(π_F) = F}, {@code mean(π_A) = A} for (a, b) by the fixed point {@code a = F
   * / mean(X π_I)}, {@code b = A / (a mean(X² π_I))}: each step is exact given π_I.
   */
  static double[] solveRatios(double[] target, double[] x) {
    double a = target[1] / target[0];
    double b = target[2] / target[1];
    for (int it = 0; it < FIXED_POINT_ITERATIONS; it++) {
      double sx = 0;
      double sxx = 0;
      for (double xi : x) {
        double pi = 1 / (1 + a * xi + a * b * xi * xi);
        sx += xi * pi;
        sxx += xi * xi * pi;
      }
      double na = target[1] * x.length / sx;
      double nb = target[2] * x.length / (na * sxx);
      boolean done = Math.abs(na - a) < 1e-13 * a && Math.abs(nb - b) < 1e-13 * b;
      a = na;
      b = nb;
      if (done) {
        break;
      }
    }
    return new double[] {a, b};
  }

  private static void drawHabit(
      Residents r, int i, int level, double[] pi, double hF, double hA, UniformRandomProvider rng) {
    double upIntoF = pi[1] * hF; // stationary flow I→F equals F→I
    double downIntoF = pi[2] * hA; // and A→F equals F→A
    double exit =
        switch (level) {
          case 0 -> upIntoF / pi[0];
          case 1 -> hF + downIntoF / pi[1];
          default -> hA;
        };
    double u = rng.nextDouble();
    long w = (long) Math.floor(Math.log1p(-u) / Math.log1p(-Math.min(exit, 0.999)));
    r.setWeeksInLevel(i, (int) Math.min(w, MAX_INITIAL_WEEKS));
    boolean up = level == 2 || (level == 1 && rng.nextDouble() < upIntoF / (upIntoF + downIntoF));
    r.enteredUp[i] = (byte) (up ? 1 : 0);
  }
}
