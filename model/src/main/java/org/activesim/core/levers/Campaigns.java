package org.activesim.core.levers;

import org.activesim.core.Cells;
import org.activesim.core.Residents;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.SocialMarketing;

/**
 * Social marketing at work: in campaign weeks (the first {@code campaignWeeksPerYear} weeks of each
 * year of the window) each audience's reach feeds its segment's awareness stock (ODD 7.10.8); two
 * campaigns on one segment reach {@code 1 − (1 − a)(1 − b)}. The places served are fixed at the
 * first active week; residents elsewhere are not in its audience.
 *
 * <p>Campaigns are priced by the people they reach: each campaign week an audience books {@code
 * reachPerWeek × its adults × costPerPersonReachedGbp} to the county slot. Its adults are counted
 * in real people (agents × scale, ODD 7.8), so the booking is the same at any scale apart from the
 * rounding of agent counts, and doubling the reach doubles the cost.
 */
final class Campaigns implements LeverRuntime {
  private final LeverContext ctx;
  private final SocialMarketing lever;
  private final int line;
  private final int[] segment;
  private final TargetCells cells;

  /** Per audience, the cells matching both the lever's target and the audience's members. */
  private final TargetCells[] audiences;

  /** Per audience, its adults in the places served (real people); set with the places. */
  private double[] people;

  /** Set when the served places are first fixed; {@link LeverSet} then refreshes segments. */
  boolean started;

  Campaigns(LeverContext ctx, SocialMarketing lever, int line) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    int n = lever.audiences().size();
    this.segment = new int[n];
    this.audiences = new TargetCells[n];
    for (int k = 0; k < n; k++) {
      SocialMarketing.Audience a = lever.audiences().get(k);
      segment[k] = ctx.segments().indexOf(a.segment());
      audiences[k] = new TargetCells(ctx.placeNames(), lever.basics().target(), a.members());
    }
    this.cells = new TargetCells(ctx.placeNames(), lever.basics().target());
  }

  SocialMarketing lever() {
    return lever;
  }

  /**
   * Whether a cell's residents are in audience k: the cell matches the lever's target and the
   * audience's members, in a place the campaign serves (every targeted place until it first runs).
   */
  boolean inAudience(int k, int cell) {
    return audiences[k].matches(cell) && serves(Cells.place(cell));
  }

  private boolean serves(int place) {
    return !cells.servedFixed() || cells.served(ctx.residents())[place] > 0;
  }

  @Override
  public void week(long week, boolean active) {
    if (!active) {
      return;
    }
    if (!cells.servedFixed()) {
      cells.served(ctx.residents()); // places served: fixed at the first active week
      people = audiencePeople();
      started = true;
    }
    long weekOfYear = (week - lever.basics().window().startWeek()) % Scenario.WEEKS_PER_YEAR;
    double[] reach = ctx.stocks().drivers().reachPerWeek;
    for (int k = 0; k < segment.length; k++) {
      SocialMarketing.Audience a = lever.audiences().get(k);
      if (weekOfYear < a.campaignWeeksPerYear()) {
        reach[segment[k]] = 1 - (1 - reach[segment[k]]) * (1 - a.reachPerWeek());
        double reached = a.reachPerWeek() * people[k];
        ctx.ledger().book(line, ctx.ledger().county(), reached * a.costPerPersonReachedGbp());
      }
    }
  }

  /**
   * Each audience's adults in real people: its agents times the scale. Cells and places served are
   * fixed for the run, so they are counted once.
   */
  private double[] audiencePeople() {
    Residents r = ctx.residents();
    int[] agents = new int[Cells.count(ctx.places())];
    for (int i = 0; i < r.count; i++) {
      agents[r.cell[i]]++;
    }
    double[] out = new double[segment.length];
    for (int k = 0; k < segment.length; k++) {
      long n = 0;
      for (int c = 0; c < agents.length; c++) {
        if (inAudience(k, c)) {
          n += agents[c];
        }
      }
      out[k] = n * ctx.scale();
    }
    return out;
  }
}
