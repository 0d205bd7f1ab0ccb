package org.activesim.core.levers;

import java.util.Arrays;
import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.Rates;
import org.activesim.core.Residents;
import org.activesim.scenario.lever.ActiveTravel;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Active travel at work, modelled on Essex Pedal Power (MODEL.md §4, domain-facts §2): bikes are
 * handed out at a steady rate (whole agent bikes, {@link SteadyRate}) to targeted residents without
 * one, in places drawn by the targeting shares. During the loan a holder who misses a week's use
 * loses the bike; after the loan the owner keeps it and stops riding at the after-loan rate.
 * Holders progress in the order they received their bikes.
 */
final class BikeLoans implements LeverRuntime {
  private final LeverContext ctx;
  private final ActiveTravel lever;
  private final int line;
  private final TargetCells cells;
  private final ResidentPicker picker;
  private final long streamKey;
  private final double stopAfterLoan;
  private final SteadyRate rate;

  /** The programme's rollout if the lever is a programme (MODEL.md §5), else null. */
  private final Rollout rollout;

  private int[] holders = new int[256];
  private long[] since = new long[256];
  private int size;

  BikeLoans(LeverContext ctx, ActiveTravel lever, int line) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    this.rollout = ctx.programmes().rollout(line);
    this.cells = new TargetCells(ctx.placeNames(), rollout != null, lever.basics().target());
    this.picker = new ResidentPicker(cells, ctx.residents());
    this.streamKey = RandomStreams.key(lever.name());
    this.rate = new SteadyRate(lever.bikesPerYear(), ctx.scale());
    if (rollout != null) {
      cells.follow(rollout);
    }
    this.stopAfterLoan = Rates.weeklyProbability(lever.annualStopRidingAfterLoan());
  }

  @Override
  public void week(long week, boolean active) {
    if (size == 0 && !active) {
      return;
    }
    UniformRandomProvider rng = ctx.streams().stream(Purpose.LEVERS, streamKey, week);
    ride(week, rng);
    if (!active) {
      return;
    }
    double[] shares = cells.served(ctx.residents());
    int n = rollout == null ? rate.next() : rate.next(rollout.multiplier());
    Residents r = ctx.residents();
    for (int k = 0; k < n; k++) {
      int p = ResidentPicker.place(shares, rng);
      int i = p < 0 ? -1 : picker.pick(p, j -> r.bike[j] == 0 && cells.matchesNow(r, j), rng);
      if (i < 0) {
        continue;
      }
      if (!ctx.affords(line, lever.costPerBikeGbp() * ctx.scale(), "bikes")) {
        return;
      }
      ctx.programmes().enrol(line, i);
      if (rollout != null && rollout.fidelity(p) < 1 && rng.nextDouble() >= rollout.fidelity(p)) {
        // A replica's bike that does not work (fidelity, MODEL.md §5): paid, never ridden.
        ctx.ledger().book(line, p, lever.costPerBikeGbp() * ctx.scale());
        continue;
      }
      r.setBike(i, true);
      r.gotBike(i);
      add(i, week);
      ctx.ledger().book(line, p, lever.costPerBikeGbp() * ctx.scale());
    }
  }

  /** A week of riding for every holder: lapses during the loan, stopping after it. */
  private void ride(long week, UniformRandomProvider rng) {
    Residents r = ctx.residents();
    int kept = 0;
    for (int m = 0; m < size; m++) {
      int i = holders[m];
      boolean onLoan = week - since[m] < lever.loanWeeks();
      double stop = onLoan ? lever.weeklyLapseProbability() : stopAfterLoan;
      if (rng.nextDouble() < stop) {
        r.setBike(i, false);
      } else {
        holders[kept] = i;
        since[kept++] = since[m];
      }
    }
    size = kept;
  }

  private void add(int i, long week) {
    if (size == holders.length) {
      holders = Arrays.copyOf(holders, size * 2);
      since = Arrays.copyOf(since, size * 2);
    }
    holders[size] = i;
    since[size++] = week;
  }
}
