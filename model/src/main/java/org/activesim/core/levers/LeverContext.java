package org.activesim.core.levers;

import java.util.List;
import org.activesim.core.PersonMoves;
import org.activesim.core.RandomStreams;
import org.activesim.core.Residents;
import org.activesim.core.groups.GroupDynamics;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.core.stocks.SystemStocks;

/**
 * What levers may touch: the residents, the groups, the stock drivers (never the stock values,
 * which only the integrator moves), the ledger and the random streams; the network is read only.
 *
 * @param residents resident state
 * @param network the residents' ties (read only: champions invite their contacts)
 * @param groups community groups and their operations
 * @param stocks the stock-flow layer (drivers and indices)
 * @param stockState the stocks at the start of the week (read only)
 * @param partnership partnership S per place at the start of the week (read only)
 * @param ledger spending ledger
 * @param tallies lever flows since the last record
 * @param streams the run's random streams
 * @param placeNames place names in scenario order
 * @param settings setting names in stock order
 * @param segments segment names in stock order
 * @param scale residents represented by one agent
 * @param programmes the programmes, their rollouts and evaluations (MODEL.md §5)
 * @param people the weekly move of a person with a resident's circumstances (evaluations follow
 *     people, ODD 7.15)
 */
record LeverContext(
    Residents residents,
    FrozenNetwork network,
    GroupDynamics groups,
    SystemStocks stocks,
    double[] stockState,
    double[] partnership,
    Ledger ledger,
    LeverTallies tallies,
    RandomStreams streams,
    List<String> placeNames,
    List<String> settings,
    List<String> segments,
    double scale,
    Programmes programmes,
    PersonMoves people) {

  int places() {
    return placeNames.size();
  }

  /**
   * Whether a programme's budget pays for {@code gbp} more (always true for a lever that is not a
   * programme); reports the first refusal as a decision.
   */
  boolean affords(int line, double gbp, String what) {
    Rollout rollout = programmes.rollout(line);
    if (rollout == null || rollout.budget().affords(gbp)) {
      return true;
    }
    rollout.budgetExhausted(what);
    return false;
  }
}
