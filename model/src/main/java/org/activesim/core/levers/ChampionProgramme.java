package org.activesim.core.levers;

import org.activesim.core.Mechanism;
import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.Residents;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.lever.Champions;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Champions at work (MODEL.md §4, "people like me"): after the week's moves are committed, each
 * targeted resident (in a place served) whose move into ACTIVE was credited to their group (the
 * mechanism attribution of {@code ResidentDynamics.mechanism}) becomes a champion with the lever's
 * share; support is booked per new champion in their place. Champions weigh more in their contacts'
 * peer share from the next week on (the resident phase reads start-of-week state).
 */
final class ChampionProgramme {
  private final LeverContext ctx;
  private final Champions lever;
  private final int line;
  private final TargetCells cells;

  ChampionProgramme(LeverContext ctx, Champions lever, int line) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    this.cells = new TargetCells(ctx.placeNames(), lever.basics().target());
  }

  Champions lever() {
    return lever;
  }

  /** Considers one committed upward move. */
  void consider(int i, Mechanism m, UniformRandomProvider rng) {
    Residents r = ctx.residents();
    double[] shares = cells.served(r); // fixed at the first week the lever runs
    if (m != Mechanism.GROUP
        || shares[r.place[i]] <= 0
        || r.level[i] != ActivityLevel.ACTIVE.ordinal()
        || r.champion[i] == 1
        || !cells.matchesNow(r, i)) {
      return;
    }
    if (rng.nextDouble() < lever.shareOfGroupMovers()) {
      r.setChampion(i, true);
      ctx.ledger().book(line, r.place[i], lever.costPerChampionGbp() * ctx.scale());
    }
  }

  /** The week's champion stream. */
  UniformRandomProvider stream(long week) {
    return ctx.streams().stream(Purpose.CHAMPIONS, RandomStreams.key(lever.name()), week);
  }
}
