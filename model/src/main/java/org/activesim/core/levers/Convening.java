package org.activesim.core.levers;

import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Partnership;

/**
 * Partnership at work: convening effort in each targeted place, as a multiple of the baseline
 * convening that holds partnership S steady, feeds the place's S (ODD 7.10.9). Each served place
 * books the effort times the cost of one unit of effort, so doubling the effort doubles the cost.
 */
final class Convening implements LeverRuntime {
  private final LeverContext ctx;
  private final Partnership lever;
  private final int line;
  private final TargetCells cells;

  Convening(LeverContext ctx, Partnership lever, int line) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    this.cells = new TargetCells(ctx.placeNames(), lever.basics().target());
  }

  @Override
  public void week(long week, boolean active) {
    if (!active) {
      return;
    }
    double[] shares = cells.served(ctx.residents());
    double perWeek =
        lever.conveningEffort() * lever.costPerEffortPerPlacePerYearGbp() / Scenario.WEEKS_PER_YEAR;
    for (int p = 0; p < shares.length; p++) {
      if (shares[p] > 0) {
        ctx.stocks().drivers().conveningEffort[p] +=
            lever.conveningEffort() * ctx.stocks().baselineConvening(p);
        ctx.ledger().book(line, p, perWeek);
      }
    }
  }
}
