package org.activesim.core.levers;

import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.SocialMarketing;

/**
 * Social marketing at work: in campaign weeks (the first {@code campaignWeeksPerYear} weeks of each
 * year of the window) each audience's reach feeds its segment's awareness stock (MODEL.md §4); two
 * campaigns on one segment reach {@code 1 − (1 − a)(1 − b)}. Campaign costs are county-wide. The
 * places served are fixed at the first active week; residents elsewhere are not in its audience.
 */
final class Campaigns implements LeverRuntime {
  private final LeverContext ctx;
  private final SocialMarketing lever;
  private final int line;
  private final int[] segment;
  private final TargetCells cells;

  /** Set when the served places are first fixed; {@link LeverSet} then refreshes segments. */
  boolean started;

  Campaigns(LeverContext ctx, SocialMarketing lever, int line) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    this.segment = new int[lever.audiences().size()];
    for (int k = 0; k < segment.length; k++) {
      segment[k] = ctx.segments().indexOf(lever.audiences().get(k).segment());
    }
    this.cells = new TargetCells(ctx.placeNames(), lever.basics().target());
  }

  SocialMarketing lever() {
    return lever;
  }

  /** Whether the campaign reaches a place (every targeted place until it first runs). */
  boolean serves(int place) {
    return !cells.servedFixed() || cells.served(ctx.residents())[place] > 0;
  }

  @Override
  public void week(long week, boolean active) {
    if (!active) {
      return;
    }
    if (!cells.servedFixed()) {
      cells.served(ctx.residents()); // places served: fixed at the first active week
      started = true;
    }
    long weekOfYear = (week - lever.basics().window().startWeek()) % Scenario.WEEKS_PER_YEAR;
    double[] reach = ctx.stocks().drivers().reachPerWeek;
    for (int k = 0; k < segment.length; k++) {
      SocialMarketing.Audience a = lever.audiences().get(k);
      if (weekOfYear < a.campaignWeeksPerYear()) {
        reach[segment[k]] = 1 - (1 - reach[segment[k]]) * (1 - a.reachPerWeek());
        ctx.ledger().book(line, ctx.ledger().county(), a.costPerCampaignWeekGbp());
      }
    }
  }
}
