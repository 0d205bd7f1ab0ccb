package org.activesim.core;

import java.util.function.IntConsumer;
import org.activesim.core.ResidentDynamics.ChunkRunner;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.DynamicsSpec;

/**
 * Fits the hazard scales so that a run without levers is stationary (MODEL.md §3 "Baseline
 * calibration").
 *
 * <p>Detailed balance says the expected flow up across each boundary of a cell equals the expected
 * flow down ({@code π0·u0[0] = π1·d0[1]}, {@code π1·u0[1] = π2·d0[2]}). The modifiers (habit,
 * relapse, peers, groups, motivation) make those flows sums over residents, so we solve them
 * numerically on the actual population:
 *
 * <ol>
 *   <li>{@code d0[L]} so that the mean weekly probability of moving down from L equals the sourced
 *       annual down-rate (domain-facts [B]: F→I 11.6%, A→F 4%);
 *   <li>{@code u0[cell, L]} so that, at the cell's target shares, the expected flow up equals the
 *       expected flow down (mean hazards over the residents at each level).
 * </ol>
 *
 * Each is one Newton step on {@code Σ(1 − e^(−scale·modifier))}. Before week 0 the model runs
 * {@code burnInWeeks} of dynamics with these steps every {@code refitEveryWeeks} weeks (the last
 * burn-in week always re-fits), so habit times, group memberships, relapse flags and the sorting of
 * motivated residents settle into the baseline; then the scales are frozen and the levels kept.
 */
final class BaselineCalibration {

  /** Newton iterations on the initial state before burn-in. */
  private static final int INITIAL_ITERATIONS = 30;

  /** Largest factor by which one Newton step may change a scale (damping). */
  private static final double MAX_STEP_FACTOR = 4;

  private final Residents r;
  private final HazardModel h;
  private final ResidentDynamics dynamics;
  private final double[][] targets;
  private final double[] targetDownProbability = new double[3];
  private final int cells;

  /**
   * Per-resident terms of the Newton sums, computed chunk by chunk on the resident phase's threads
   * (the exp work) and then added up in resident order on one thread, so the sums are the same bits
   * as a single sequential pass whatever the thread count. Burn-in scratch only.
   */
  private final double[] termA;

  private final double[] termB;
  private final double[] termC;

  /**
   * A resident's stored down-modifier is a function of a few thousand keys, not a continuous value:
   * {@code (float) (habit(w) × groupDown^member)}, with w capped at the habit table's end ({@link
   * #downKey}). So the Newton steps evaluate their exps once per key rather than once per resident
   * (about 10⁶ a week at full scale): {@link #downValue} holds each key's modifier, the same float
   * {@link ResidentDynamics#storeModifiers} stores, and the tables below its exp terms, computed
   * with the same expressions on the same arguments, hence the same bits.
   */
  private final float[] downValue;

  /** {@code e^(−d0[L]·y)} per key at the current d0 (the down-scale fit). */
  private final double[] downSurvival;

  /** {@code 1 − e^(−d0[L]·y)} per key, after the down-scale fit (the up-scale fit). */
  private final double[] downProbability;

  /** {@code 1 − e^(−K[L]·y)} per key: a relapsing resident's down-probability (K is fixed). */
  private final double[] relapseProbability;

  /** Keys per (level, member) pair: weeks 0..{@link HazardModel#HABIT_TABLE_WEEKS}. */
  private static final int WEEK_KEYS = HazardModel.HABIT_TABLE_WEEKS + 1;

  BaselineCalibration(
      Residents r,
      HazardModel h,
      ResidentDynamics dynamics,
      double[][] targets,
      CalibrationSpec calibration,
      DynamicsSpec spec) {
    this.r = r;
    this.h = h;
    this.dynamics = dynamics;
    this.targets = targets;
    this.cells = targets.length;
    this.termA = new double[r.count];
    this.termB = new double[r.count];
    this.termC = new double[r.count];
    targetDownProbability[1] = Rates.weeklyProbability(spec.annualDownFairlyToInactive());
    targetDownProbability[2] = Rates.weeklyProbability(spec.annualDownActiveToFairly());
    int keys = 4 * WEEK_KEYS;
    this.downValue = new float[keys];
    this.downSurvival = new double[keys];
    this.downProbability = new double[keys];
    this.relapseProbability = new double[keys];
    for (int k = 0; k < keys; k++) {
      int level = k / (2 * WEEK_KEYS) + 1;
      boolean member = (k / WEEK_KEYS) % 2 == 1;
      // ResidentDynamics.downModifier's expression, cast as storeModifiers casts it.
      double m = h.habit(k % WEEK_KEYS);
      downValue[k] = (float) (member ? m * h.groupDown : m);
      relapseProbability[k] = Rates.probability(h.relapseHazard[level] * downValue[k]);
    }
  }

  /** The key of a resident at level 1 or 2: level, group membership and capped habit weeks. */
  private int downKey(int i, int level) {
    int member = r.groupOf[i] >= 0 ? 1 : 0;
    return ((level - 1) * 2 + member) * WEEK_KEYS
        + Math.min(r.weeksInLevel(i), HazardModel.HABIT_TABLE_WEEKS);
  }

  /** Fills a per-key table from the current scale of each key's level, chunk by chunk. */
  private void fillDownTable(ChunkRunner runner, double[] table, boolean survival) {
    inChunks(
        runner,
        table.length,
        k -> {
          double d0 = h.d0[k / (2 * WEEK_KEYS) + 1];
          table[k] = survival ? Math.exp(-d0 * downValue[k]) : Rates.probability(d0 * downValue[k]);
        });
  }

  /** Initial guesses from detailed balance on the targets, then Newton on the initial state. */
  void initialise(ChunkRunner runner) {
    measurePeerReference(h.peerRef);
    h.d0[1] = -Math.log1p(-targetDownProbability[1]);
    h.d0[2] = -Math.log1p(-targetDownProbability[2]);
    for (int c = 0; c < cells; c++) {
      double[] pi = targets[c];
      h.u0[c * 2] = pi[1] * targetDownProbability[1] / pi[0];
      h.u0[c * 2 + 1] = pi[2] * targetDownProbability[2] / pi[1];
    }
    dynamics.storeModifiers(runner);
    for (int it = 0; it < INITIAL_ITERATIONS; it++) {
      newtonStep(runner);
    }
  }

  /**
   * Start of a burn-in week: stores every resident's modifiers and takes one Newton step; the
   * caller then draws transitions from the stored modifiers.
   */
  void prepareWeek(ChunkRunner runner) {
    dynamics.storeModifiers(runner);
    newtonStep(runner);
  }

  /**
   * Ends the burn-in: re-measures peerUp_ref at the calibrated baseline and rescales u0 so that
   * every hazard is unchanged ({@code u0 · e^(−b·ref)} is what the dynamics use).
   */
  void finish() {
    double[] ref = new double[3];
    measurePeerReference(ref);
    double b = h.spec.bPeer();
    for (int level = 0; level < 2; level++) {
      double factor = Math.exp(b * (ref[level] - h.peerRef[level]));
      for (int c = 0; c < cells; c++) {
        h.u0[c * 2 + level] *= factor;
      }
      h.peerRef[level] = ref[level];
    }
    dynamics.forgetMoveBounds(); // u0 and the peer references changed
  }

  private void measurePeerReference(double[] ref) {
    double[] sum = new double[3];
    long[] n = new long[3];
    dynamics.preparePeers(ChunkRunner.sequential());
    for (int i = 0; i < r.count; i++) {
      int level = r.level[i];
      if (level < 2) {
        sum[level] += dynamics.peerUp(i, level);
        n[level]++;
      }
    }
    for (int level = 0; level < 2; level++) {
      ref[level] = n[level] > 0 ? sum[level] / n[level] : 0;
    }
  }

  private void newtonStep(ChunkRunner runner) {
    fitDownScales(runner);
    fitUpScales(runner);
    dynamics.scalesChanged(); // the next week's move-bound thresholds cover any rise
  }

  /** Runs a per-resident task over every chunk of residents. */
  private void perResident(ChunkRunner runner, IntConsumer task) {
    inChunks(runner, r.count, task);
  }

  /** Runs a task for every index below n, in chunks of {@link ResidentDynamics#CHUNK}. */
  private static void inChunks(ChunkRunner runner, int n, IntConsumer task) {
    int chunks = (n + ResidentDynamics.CHUNK - 1) / ResidentDynamics.CHUNK;
    runner.run(
        chunks,
        c -> {
          int to = Math.min(n, (c + 1) * ResidentDynamics.CHUNK);
          for (int i = c * ResidentDynamics.CHUNK; i < to; i++) {
            task.accept(i);
          }
        });
  }

  private void fitDownScales(ChunkRunner runner) {
    // termA: the resident's weekly down-probability; termB: its derivative in d0 (0 if relapsing).
    fillDownTable(runner, downSurvival, true);
    perResident(
        runner,
        i -> {
          int level = r.level[i];
          if (level == 0) {
            return;
          }
          int k = downKey(i, level);
          if (h.recentlyUp(r.enteredUp[i], r.weeksInLevel(i))) {
            termA[i] = relapseProbability[k];
            termB[i] = 0;
          } else {
            double e = downSurvival[k];
            termA[i] = 1 - e;
            termB[i] = downValue[k] * e;
          }
        });
    double[] f = new double[3];
    double[] df = new double[3];
    long[] n = new long[3];
    for (int i = 0; i < r.count; i++) {
      int level = r.level[i];
      if (level == 0) {
        continue;
      }
      n[level]++;
      f[level] += termA[i];
      df[level] += termB[i]; // adding 0 for a relapsing resident leaves the sum's bits unchanged
    }
    for (int level = 1; level < 3; level++) {
      if (n[level] > 0 && df[level] > 0) {
        double target = n[level] * targetDownProbability[level];
        h.d0[level] = damped(h.d0[level], h.d0[level] + (target - f[level]) / df[level]);
      }
    }
  }

  /**
   * Detailed balance in intensive form, {@code π_L · mean P_up(L) = π_{L+1} · mean P_down(L+1)},
   * with the cell's target shares π and the means over the cell's residents now at each level. The
   * frozen chain then has the targets as its equilibrium and keeps its own restoring force;
   * sampling noise in the counts is not chased.
   */
  private void fitUpScales(ChunkRunner runner) {
    // termA: down-probability (levels 1, 2); termB, termC: up-probability and its derivative in
    // u0 (levels 0, 1).
    fillDownTable(runner, downProbability, false);
    perResident(
        runner,
        i -> {
          int level = r.level[i];
          if (level > 0) {
            int k = downKey(i, level);
            termA[i] =
                h.recentlyUp(r.enteredUp[i], r.weeksInLevel(i))
                    ? relapseProbability[k]
                    : downProbability[k];
          }
          if (level < 2) {
            double x = dynamics.upModifier[i];
            double e = Math.exp(-h.u0[r.cell[i] * 2 + level] * x);
            termB[i] = 1 - e;
            termC[i] = x * e;
          }
        });
    double[] down = new double[cells * 2];
    double[] g = new double[cells * 2];
    double[] dg = new double[cells * 2];
    long[] count = new long[cells * 3];
    for (int i = 0; i < r.count; i++) {
      int c = r.cell[i];
      int level = r.level[i];
      count[c * 3 + level]++;
      if (level > 0) {
        down[c * 2 + level - 1] += termA[i];
      }
      if (level < 2) {
        g[c * 2 + level] += termB[i];
        dg[c * 2 + level] += termC[i];
      }
    }
    for (int c = 0; c < cells; c++) {
      double[] pi = targets[c];
      for (int level = 0; level < 2; level++) {
        int k = c * 2 + level;
        long here = count[c * 3 + level];
        long above = count[c * 3 + level + 1];
        if (dg[k] <= 0 || above == 0 || pi[level] <= 0) {
          continue; // no residents to average over: keep the previous scale
        }
        double meanDown = down[k] / above;
        double wanted = here * meanDown * pi[level + 1] / pi[level];
        h.u0[k] = damped(h.u0[k], h.u0[k] + (wanted - g[k]) / dg[k]);
      }
    }
  }

  private static double damped(double old, double proposed) {
    return Math.max(old / MAX_STEP_FACTOR, Math.min(old * MAX_STEP_FACTOR, proposed));
  }
}
