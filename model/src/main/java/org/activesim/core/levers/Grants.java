package org.activesim.core.levers;

import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.Residents;
import org.activesim.core.groups.CommunityGroups;
import org.activesim.core.groups.GroupOrigin;
import org.activesim.scenario.lever.Microgrants;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/**
 * Microgrants at work (MODEL.md §4). Whole agent grants are awarded at a steady rate ({@link
 * SteadyRate}), so a year's total is exact at any scale without drawing it. Each grant goes to a
 * place drawn by the targeting shares and has a Beta-distributed size (Cheng's sampler, Commons
 * RNG). It starts a new MICROGRANT group led by a targeted resident in no group, or funds an
 * unfunded group whose leader is targeted; if neither can be found the grant is not awarded (and
 * not paid).
 */
final class Grants implements LeverRuntime {
  private final LeverContext ctx;
  private final Microgrants lever;
  private final int line;
  private final TargetCells cells;
  private final ResidentPicker picker;
  private final long streamKey;
  private final SteadyRate rate;

  /** The real grants each awarded agent grant stands for. */
  private final RealUnits grants;

  /** The programme's rollout if the lever is a programme (MODEL.md §5), else null. */
  private final Rollout rollout;

  Grants(LeverContext ctx, Microgrants lever, int line) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    this.rollout = ctx.programmes().rollout(line);
    this.cells = new TargetCells(ctx.placeNames(), rollout != null, lever.basics().target());
    this.picker = new ResidentPicker(cells, ctx.residents());
    this.streamKey = RandomStreams.key(lever.name());
    this.rate = new SteadyRate(lever.grantsPerYear(), ctx.scale());
    this.grants = new RealUnits(ctx.scale());
    if (rollout != null) {
      cells.follow(rollout);
    }
  }

  @Override
  public void week(long week, boolean active) {
    if (!active) {
      return;
    }
    double[] shares = cells.served(ctx.residents());
    int n = rollout == null ? rate.next() : rate.next(rollout.multiplier());
    if (n == 0) {
      return;
    }
    UniformRandomProvider rng = ctx.streams().stream(Purpose.LEVERS, streamKey, week);
    ContinuousSampler size = ChengBetaSampler.of(rng, lever.sizeAlpha(), lever.sizeBeta());
    for (int k = 0; k < n; k++) {
      int p = ResidentPicker.place(shares, rng);
      if (p < 0) {
        return;
      }
      // The agent grant stands for `real` grants, each with its own size: the first sets the
      // agent group's extra places, and the cost is their sum, so spending is no lumpier at
      // scale k than at scale 1 (ODD 7.8).
      int real = grants.peek();
      double gbp = size(size);
      int extra =
          (int) Math.min(lever.maxExtraPlaces(), Math.floor(gbp / lever.gbpPerExtraPlace()));
      for (int j = 1; j < real; j++) {
        gbp += size(size);
      }
      if (!ctx.affords(line, gbp, "grants")) {
        return;
      }
      if (rollout != null && rollout.fidelity(p) < 1 && rng.nextDouble() >= rollout.fidelity(p)) {
        // A replica's grant that does not work (fidelity, MODEL.md §5): paid, no group.
        book(p, gbp);
        continue;
      }
      boolean startNew = rng.nextDouble() < lever.newGroupShare();
      int g = startNew ? -1 : unfundedGroup(p, rng);
      if (g < 0) {
        g = newGroup(p, rng);
      }
      if (g < 0) {
        continue;
      }
      ctx.groups().fund(g, lever.fundingWeeks(), extra);
      if (rollout != null) {
        ctx.groups().groups().tag(g, line); // its members are the programme's participants
      }
      book(p, gbp);
    }
  }

  /** One real grant's size, £. */
  private double size(ContinuousSampler beta) {
    return lever.minGrantGbp() + (lever.maxGrantGbp() - lever.minGrantGbp()) * beta.sample();
  }

  /** Books an agent grant: its real grants' cost and count. */
  private void book(int p, double gbp) {
    ctx.ledger().book(line, p, gbp);
    ctx.tallies().addGrant(p, grants.next());
  }

  private int newGroup(int p, UniformRandomProvider rng) {
    Residents r = ctx.residents();
    int leader = picker.pick(p, i -> r.groupOf[i] == -1 && cells.matchesNow(r, i), rng);
    if (leader < 0) {
      return -1;
    }
    return ctx.groups().found(leader, GroupOrigin.MICROGRANT, ctx.partnership()[p], rng);
  }

  /** A uniformly drawn alive, unfunded group of the place with a targeted leader, or -1. */
  private int unfundedGroup(int p, UniformRandomProvider rng) {
    CommunityGroups groups = ctx.groups().groups();
    Residents r = ctx.residents();
    int chosen = -1;
    int seen = 0;
    for (int g = 0; g < groups.count(); g++) {
      if (groups.alive(g)
          && groups.place(g) == p
          && groups.fundingWeeks(g) == 0
          && groups.leader(g) >= 0
          && cells.matchesNow(r, groups.leader(g))) {
        // Reservoir sampling of one: each candidate kept with probability 1/seen.
        if (rng.nextInt(++seen) == 0) {
          chosen = g;
        }
      }
    }
    return chosen;
  }
}
