package org.activesim.core.levers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.Residents;
import org.activesim.scenario.ScaleRule;
import org.activesim.scenario.lever.Evaluation;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Monitor and evaluate at work (MODEL.md §5): a matched-cohort evaluation of one programme.
 *
 * <p>Every participant who is inactive when the programme reaches them is paired with a comparison
 * resident drawn from the same calibration cell (place, quintile, age band, condition, sex) who is
 * inactive and has never taken part. {@code followUpWeeks} later the pair's outcome is observed:
 * whether each of the two has moved out of inactivity. At the end of each evaluation period, in
 * each place where the programme runs, the evaluator follows up as many of the pairs of people that
 * matured since its last report as the budget buys, without replacement, and books that many
 * follow-ups: an agent pair stands for about k pairs of people ({@link FollowedCohort}), so the
 * spending and the precision of the evidence do not depend on the scale (ODD 7.8). It reports the
 * difference in the share moved out, with the Agresti–Caffo adjustment (one success and one failure
 * added to each arm; Agresti and Caffo 2000) so that the standard error is never zero. The
 * simulator evaluates its own programmes as a real evaluator would, and can be fooled by noise and
 * by who takes part.
 */
final class Evaluator implements LeverRuntime {
  /** Draws before a participant counts as having no comparison resident available. */
  private static final int ATTEMPTS = 64;

  private final LeverContext ctx;
  private final Evaluation lever;
  private final int line;
  private final Rollout rollout;
  private final byte[] participant;
  private final int[][] cellMembers;
  private final long streamKey;

  /** The pairs waiting for their follow-up, as pairs of people. */
  private final FollowedCohort cohort;

  /**
   * Matured pairs per place: {@code treatedOut << 1 | comparisonOut}, in the order they matured.
   */
  private final byte[][] matured;

  private final int[] maturedCount;

  /** Index of the first pair of each place not yet reported on. */
  private final int[] reportedTo;

  private long week;
  private long rngWeek = Long.MIN_VALUE;
  private UniformRandomProvider rng;

  /** People among the participants for whom no comparison resident was found. */
  private double unmatched;

  Evaluator(
      LeverContext ctx,
      Evaluation lever,
      int line,
      Rollout rollout,
      byte[] participant,
      int[][] cellMembers) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    this.rollout = rollout;
    this.participant = participant;
    this.cellMembers = cellMembers;
    this.streamKey = RandomStreams.key(lever.name());
    this.cohort = new FollowedCohort(ctx.scale());
    int places = ctx.places();
    this.matured = new byte[places][16];
    this.maturedCount = new int[places];
    this.reportedTo = new int[places];
  }

  Evaluation lever() {
    return lever;
  }

  /** Start of a week: the pairs due mature (state as committed at the end of last week). */
  void startWeek(long w) {
    this.week = w;
    cohort.mature(w, ctx.residents(), this::matured);
  }

  private void matured(int p, int outcome) {
    if (maturedCount[p] == matured[p].length) {
      matured[p] = Arrays.copyOf(matured[p], matured[p].length * 2);
    }
    matured[p][maturedCount[p]++] = (byte) outcome;
  }

  /**
   * End of the levers' week: the followed people other than the agents make this week's moves, on
   * the evaluation's own stream (nothing is drawn at scale 1).
   */
  void stepPeople(long w) {
    cohort.step(
        ctx.residents(), ctx.people(), ctx.streams().stream(Purpose.EVALUATION, streamKey, w));
  }

  /** A new participant of the programme: paired with a comparison resident if inactive. */
  void enrol(int i) {
    Residents r = ctx.residents();
    if (r.level[i] != 0 || week < lever.basics().window().startWeek()) {
      return;
    }
    UniformRandomProvider g = rng();
    int[] pool = cellMembers[r.cell[i]];
    for (int a = 0; a < ATTEMPTS; a++) {
      int j = pool[g.nextInt(pool.length)];
      if (j != i && r.level[j] == 0 && participant[j] == 0) {
        cohort.push(i, j, (int) week + lever.followUpWeeks());
        return;
      }
    }
    unmatched += ctx.scale();
  }

  private UniformRandomProvider rng() {
    if (rngWeek != week) {
      rng = ctx.streams().stream(Purpose.LEVERS, streamKey, week);
      rngWeek = week;
    }
    return rng;
  }

  @Override
  public void week(long w, boolean active) {
    int from = lever.basics().window().startWeek();
    if (active && (w - from + 1) % lever.periodWeeks() == 0) {
      report(w);
    }
  }

  /** End of a period: one report per place where the programme runs, within the evaluators. */
  private void report(long w) {
    ScaleRule rule = rollout.rule();
    int capacity = rule == null ? ScaleRule.UNLIMITED : rule.evaluators();
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < ctx.places(); p++) {
      if (rollout.runs(p)) {
        order.add(p);
      }
    }
    order.sort(Comparator.comparingInt(rollout::startWeek)); // stable: ties in scenario order
    int done = 0;
    for (int p : order) {
      Evaluation.DeepDive dive = deepDive(p, w);
      int from = dive != null ? 0 : reportedTo[p];
      int available = maturedCount[p] - from;
      if (available == 0) {
        continue;
      }
      if (done >= capacity) {
        rollout.evaluationBlocked(
            p, "evaluators: " + capacity + " places a period already evaluated");
        continue;
      }
      double budget = lever.budgetPerPeriodGbp() + (dive != null ? dive.budgetGbp() : 0);
      double cost = lever.costPerFollowUpGbp();
      double remaining = rollout.budget().remaining();
      long affordable = (long) Math.floor(Math.min(budget, remaining) / cost);
      int n = (int) Math.min(available, affordable);
      if (n < 1) {
        rollout.evaluationBlocked(p, "budget: no follow-up affordable this period");
        continue;
      }
      reportedTo[p] = maturedCount[p];
      done++;
      follow(p, from, available, n, dive != null);
      ctx.ledger().book(line, p, n * cost);
    }
  }

  /** The deep dive of a place falling in the period that ends in week {@code w}, or null. */
  private Evaluation.DeepDive deepDive(int p, long w) {
    for (Evaluation.DeepDive d : lever.deepDives()) {
      int at = (int) Math.round(d.year() * 52);
      if (ctx.placeNames().get(p).equals(d.place()) && at > w - lever.periodWeeks() && at <= w) {
        return d;
      }
    }
    return null;
  }

  /** Follows up n of the place's pairs from {@code from} on, and reports. */
  private void follow(int p, int from, int available, int n, boolean deepDive) {
    UniformRandomProvider g = rng();
    int[] index = new int[available];
    for (int k = 0; k < available; k++) {
      index[k] = from + k;
    }
    int treatedOut = 0;
    int comparisonOut = 0;
    int onlyTreated = 0;
    int onlyComparison = 0;
    for (int k = 0; k < n; k++) {
      // Partial Fisher–Yates: the first n of a uniform permutation, without replacement.
      int pick = k + g.nextInt(available - k);
      int tmp = index[k];
      index[k] = index[pick];
      index[pick] = tmp;
      byte o = matured[p][index[k]];
      treatedOut += (o >> 1) & 1;
      comparisonOut += o & 1;
      onlyTreated += o == 2 ? 1 : 0;
      onlyComparison += o == 1 ? 1 : 0;
    }
    // Paired difference of proportions (the pairs are matched, so their outcomes are correlated),
    // with half a pair added to each cell of the 2×2 table so that the standard error is never
    // zero (Agresti and Min 2005).
    double b = onlyTreated + 0.5;
    double c = onlyComparison + 0.5;
    double m = n + 2.0;
    double estimate = (b - c) / m;
    double se = Math.sqrt(b + c - (b - c) * (b - c) / m) / m;
    if (deepDive) {
      rollout.evidence().replace(p, estimate, se);
    } else {
      rollout.evidence().add(p, estimate, se);
    }
    rollout.evaluated(
        p,
        String.format(
                Locale.ROOT,
                "%s%d of %d pairs followed up: %.1f%% of participants and %.1f%% of comparisons moved"
                    + " out of inactivity (difference %+.1f pp, SE %.1f pp)",
                deepDive ? "deep dive: " : "",
                n,
                available,
                100.0 * treatedOut / n,
                100.0 * comparisonOut / n,
                100 * estimate,
                100 * se)
            + (unmatched > 0
                ? String.format(
                    Locale.ROOT,
                    "; %.0f inactive participants so far had no comparison resident",
                    unmatched)
                : ""));
  }
}
