package org.activesim.core.groups;

import java.util.Arrays;
import org.activesim.core.PopulationSynthesis;
import org.activesim.core.RandomStreams;
import org.activesim.core.ResidentDynamics.ChunkRunner;
import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.core.network.NetworkBuilder;
import org.activesim.scenario.Scenario;

/**
 * Test fixture: the group life of a scenario's population and network, without levers or residents'
 * moves; no practitioners, partnership 0.2 and equal assets in every place, the scenario's groups
 * and residentDraws.
 */
final class GroupLife {
  final Residents r;
  final FrozenNetwork network;
  final GroupDynamics dynamics;
  final double[] practitioners;
  final double[] partnership;

  GroupLife(Scenario s, double groupsPerPlace) {
    RandomStreams streams = new RandomStreams(s.seed());
    r = PopulationSynthesis.synthesise(s, streams);
    network =
        NetworkBuilder.build(
            r,
            s.network(),
            s.population().householdSizeShares(),
            Simulation.neighbourhoodAgents(s),
            streams);
    int places = r.places();
    double[] adults = new double[places];
    for (int p = 0; p < places; p++) {
      adults[p] = r.placeSize(p);
    }
    double[] initialGroups = filled(places, groupsPerPlace);
    practitioners = filled(places, 0);
    partnership = filled(places, 0.2);
    dynamics =
        new GroupDynamics(
            r,
            network,
            s.groups(),
            streams,
            initialGroups,
            adults,
            practitioners,
            partnership,
            filled(places, 1),
            0,
            s.residentDraws());
    dynamics.seedInitialGroups(initialGroups, partnership);
  }

  /** One GROUPS phase on the given runner. */
  void week(long week, ChunkRunner runner) {
    dynamics.week(week, practitioners, partnership, runner);
  }

  /** Residents in a group now. */
  int members() {
    int n = 0;
    for (int g : r.groupOf) {
      n += g >= 0 ? 1 : 0;
    }
    return n;
  }

  static double[] filled(int n, double value) {
    double[] a = new double[n];
    Arrays.fill(a, value);
    return a;
  }
}
