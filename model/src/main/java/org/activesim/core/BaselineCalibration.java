package org.activesim.core;

import java.util.function.IntConsumer;
import org.activesim.core.ResidentDynamics.ChunkRunner;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.DynamicsSpec;
import org.activesim.scenario.PlaceSpec;

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
   * Per-resident parts of the Newton sums, computed chunk by chunk on the resident phase's threads
   * in one pass (the exp work), then added up in resident order, each sum by one thread, so the
   * sums are the same bits as a single sequential pass whatever the thread count. Burn-in scratch
   * only. {@code downKeys}: for a resident at level 1 or 2, its {@link #downKey}, plus {@link
   * #RELAPSING} if it is in its relapse window. {@code upProbability}, {@code upSlope}: for a
   * resident at level 0 or 1, its up-probability and that probability's derivative in {@code u0}.
   */
  private final char[] downKeys;

  private final double[] upProbability;
  private final double[] upSlope;

  /**
   * The down-scale fit's terms, laid out per chunk of residents: first the chunk's residents at
   * level 1 in resident order ({@code fairlyCount[c]} of them), then those at level 2, from the
   * chunk's first index; each a down-probability and its derivative in {@code d0}.
   */
  private final double[] downTerm;

  private final double[] downSlope;
  private final int[] fairlyCount;
  private final int[] activeCount;

  /**
   * Start of each (place, quintile) block of residents ({@link WeekMoves#placeQuintileStarts}): a
   * cell's residents all lie in one block, so the up-scale sums of different blocks are independent
   * and each block's are added in resident order by one task.
   */
  private final int[] blockStart;

  /** Flag bit of {@link #downKeys}: the resident is in its relapse window. */
  private static final char RELAPSING = 0x8000;

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
    this.blockStart = WeekMoves.placeQuintileStarts(r, r.places() * PlaceSpec.QUINTILES);
    this.downKeys = new char[r.count];
    this.upProbability = new double[r.count];
    this.upSlope = new double[r.count];
    this.downTerm = new double[r.count];
    this.downSlope = new double[r.count];
    int chunks = (r.count + ResidentDynamics.CHUNK - 1) / ResidentDynamics.CHUNK;
    this.fairlyCount = new int[chunks];
    this.activeCount = new int[chunks];
    targetDownProbability[1] = Rates.weeklyProbability(spec.annualDownFairlyToInactive());
    targetDownProbability[2] = Rates.weeklyProbability(spec.annualDownActiveToFairly());
    int keys = 4 * WEEK_KEYS;
    if (keys > RELAPSING) {
      throw new IllegalStateException("down keys must stay below the relapse flag: " + keys);
    }
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

  /**
   * One Newton step on {@code d0}, then on {@code u0}. The per-resident parts come first, in one
   * parallel pass over the chunks ({@link #chunkTerms}); then each fit adds them up.
   */
  private void newtonStep(ChunkRunner runner) {
    fillDownTable(runner, downSurvival, true);
    runner.run(fairlyCount.length, this::chunkTerms);
    fitDownScales();
    fitUpScales(runner);
    dynamics.scalesChanged(); // the next week's move-bound thresholds cover any rise
  }

  /**
   * Chunk c's per-resident parts: the down keys, the up terms (the exp work: they depend on {@code
   * u0} only, which the down step does not change) and the down terms at the current {@code d0},
   * laid out by level ({@link #downTerm}).
   */
  private void chunkTerms(int c) {
    int from = c * ResidentDynamics.CHUNK;
    int to = Math.min(r.count, from + ResidentDynamics.CHUNK);
    int fairly = 0;
    for (int i = from; i < to; i++) {
      fairly += r.level[i] == 1 ? 1 : 0;
    }
    int nextFairly = from;
    int nextActive = from + fairly;
    for (int i = from; i < to; i++) {
      int level = r.level[i];
      if (level > 0) {
        int key = downKey(i, level);
        boolean relapsing = h.recentlyUp(r.enteredUp[i], r.weeksInLevel(i));
        downKeys[i] = (char) (relapsing ? key | RELAPSING : key);
        int slot = level == 1 ? nextFairly++ : nextActive++;
        if (relapsing) {
          downTerm[slot] = relapseProbability[key];
          downSlope[slot] = 0; // the relapse hazard does not depend on d0
        } else {
          double e = downSurvival[key];
          downTerm[slot] = 1 - e;
          downSlope[slot] = downValue[key] * e;
        }
      }
      if (level < 2) {
        double x = dynamics.upModifier[i];
        double e = Math.exp(-h.u0[r.cell[i] * 2 + level] * x);
        upProbability[i] = 1 - e;
        upSlope[i] = x * e;
      }
    }
    fairlyCount[c] = fairly;
    activeCount[c] = nextActive - from - fairly;
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

  /**
   * The down-scales: the mean weekly down-probability of each level on its target, with its
   * derivative in {@code d0}. Each level's terms are added in resident order, as the sums' bits
   * require: chunk by chunk, the level's run of the chunk's terms. The two levels' runs are walked
   * side by side, so the four sums are independent chains (a relapsing resident's slope is 0, and
   * adding 0.0 leaves these non-negative sums' bits unchanged).
   */
  private void fitDownScales() {
    double f1 = 0;
    double f2 = 0;
    double df1 = 0;
    double df2 = 0;
    long n1 = 0;
    long n2 = 0;
    for (int c = 0; c < fairlyCount.length; c++) {
      int a = c * ResidentDynamics.CHUNK;
      int aEnd = a + fairlyCount[c];
      int b = aEnd;
      int bEnd = b + activeCount[c];
      n1 += fairlyCount[c];
      n2 += activeCount[c];
      for (; a < aEnd && b < bEnd; a++, b++) {
        f1 += downTerm[a];
        df1 += downSlope[a];
        f2 += downTerm[b];
        df2 += downSlope[b];
      }
      for (; a < aEnd; a++) {
        f1 += downTerm[a];
        df1 += downSlope[a];
      }
      for (; b < bEnd; b++) {
        f2 += downTerm[b];
        df2 += downSlope[b];
      }
    }
    double[] f = {0, f1, f2};
    double[] df = {0, df1, df2};
    long[] n = {0, n1, n2};
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
    fillDownTable(runner, downProbability, false); // at the d0 just fitted
    double[] down = new double[cells * 2];
    double[] g = new double[cells * 2];
    double[] dg = new double[cells * 2];
    long[] count = new long[cells * 3];
    runner.run(
        blockStart.length,
        block -> {
          int to = block + 1 < blockStart.length ? blockStart[block + 1] : r.count;
          for (int i = blockStart[block]; i < to; i++) {
            int c = r.cell[i];
            int level = r.level[i];
            count[c * 3 + level]++;
            if (level > 0) {
              int key = downKeys[i];
              down[c * 2 + level - 1] +=
                  key >= RELAPSING ? relapseProbability[key - RELAPSING] : downProbability[key];
            }
            if (level < 2) {
              g[c * 2 + level] += upProbability[i];
              dg[c * 2 + level] += upSlope[i];
            }
          }
        });
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
