package org.activesim.core.levers;

import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.PolicyInfluence;

/**
 * Policy influence at work: effort per setting drives the county-wide policy adoption stock by Bass
 * diffusion (ODD 7.10.5). Each entry books its effort times the cost of one unit of effort, to the
 * county slot, so doubling the effort doubles the cost.
 */
final class PolicyEffort implements LeverRuntime {
  private final LeverContext ctx;
  private final PolicyInfluence lever;
  private final int line;
  private final int[] setting;

  PolicyEffort(LeverContext ctx, PolicyInfluence lever, int line) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    this.setting = new int[lever.efforts().size()];
    for (int k = 0; k < setting.length; k++) {
      setting[k] = ctx.settings().indexOf(lever.efforts().get(k).setting());
    }
  }

  @Override
  public void week(long week, boolean active) {
    if (!active) {
      return;
    }
    for (int k = 0; k < setting.length; k++) {
      PolicyInfluence.SettingEffort e = lever.efforts().get(k);
      ctx.stocks().drivers().policyEffort[setting[k]] += e.effort();
      double perWeek = e.effort() * e.costPerEffortPerYearGbp() / Scenario.WEEKS_PER_YEAR;
      ctx.ledger().book(line, ctx.ledger().county(), perWeek);
    }
  }
}
