package org.activesim.core.levers;

import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.ActiveEnvironment;

/**
 * Active environments at work: capital is spent evenly over the window in each targeted place, and
 * the place's environment score E rises by {@code capital/£1m × gain} spread evenly over the ramp
 * that starts {@code buildDelayYears} after the window opens (MODEL.md §4: "effects modest and
 * slow"). E never exceeds 1.
 */
final class EnvironmentWorks implements LeverRuntime {
  private final LeverContext ctx;
  private final ActiveEnvironment lever;
  private final int line;
  private final TargetCells cells;
  private final int rampStart;
  private final int rampWeeks;

  EnvironmentWorks(LeverContext ctx, ActiveEnvironment lever, int line) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    this.cells = new TargetCells(ctx.placeNames(), lever.basics().target());
    int start = lever.basics().window().startWeek();
    this.rampStart = start + (int) Math.round(lever.buildDelayYears() * Scenario.WEEKS_PER_YEAR);
    this.rampWeeks =
        Math.max(1, (int) Math.round(lever.effectRampYears() * Scenario.WEEKS_PER_YEAR));
  }

  @Override
  public void week(long week, boolean active) {
    if (active) {
      cells.served(ctx.residents());
    }
    if (!cells.servedFixed()) {
      return;
    }
    double[] shares = cells.served(ctx.residents());
    var window = lever.basics().window();
    int windowWeeks = window.endWeek() - window.startWeek();
    double gainPerWeek =
        lever.capitalPerPlaceGbp() / 1e6 * lever.environmentGainPerMillionGbp() / rampWeeks;
    boolean ramping = week >= rampStart && week < rampStart + rampWeeks;
    for (int p = 0; p < shares.length; p++) {
      if (shares[p] <= 0) {
        continue;
      }
      if (active) {
        ctx.ledger().book(line, p, lever.capitalPerPlaceGbp() / windowWeeks);
      }
      if (ramping) {
        double e =
            ctx.stockState()[ctx.stocks().environment(p)]
                + ctx.stocks().drivers().environmentGainPerWeek[p];
        ctx.stocks().drivers().environmentGainPerWeek[p] +=
            Math.max(0, Math.min(gainPerWeek, 1 - e));
      }
    }
  }
}
