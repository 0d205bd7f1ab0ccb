package org.activesim.core.levers;

import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.AbcdTraining;

/**
 * ABCD training at work: trainees flow into each targeted place's {@code trainedPractitioners}
 * stock (the stock's own turnover takes them out), and their cost is booked in the place trained
 * for. Group formation reads practitioners per 10,000 adults (MODEL.md §4).
 */
final class Training implements LeverRuntime {
  private final LeverContext ctx;
  private final AbcdTraining lever;
  private final int line;
  private final TargetCells cells;

  Training(LeverContext ctx, AbcdTraining lever, int line) {
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
    double perWeek = lever.traineesPerYear() / Scenario.WEEKS_PER_YEAR;
    for (int p = 0; p < shares.length; p++) {
      if (shares[p] > 0) {
        ctx.stocks().drivers().trainingPerWeek[p] += perWeek * shares[p];
        ctx.ledger().book(line, p, perWeek * shares[p] * lever.costPerTraineeGbp());
      }
    }
  }
}
