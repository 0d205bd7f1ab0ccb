package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activesim.core.groups.CommunityGroups;
import org.activesim.core.groups.GroupOrigin;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.Contagion;
import org.activesim.scenario.DynamicsSpec;
import org.activesim.scenario.EconomicsSpec;
import org.activesim.scenario.GroupSpec;
import org.activesim.scenario.IntegratorKind;
import org.activesim.scenario.NetworkSpec;
import org.activesim.scenario.OutputSpec;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.StockSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MODEL.md §7.5: network structure matters. Under threshold (complex) contagion a group spreads
 * further on a clustered network than on a rewired random one of the same degree (Centola 2010: 54%
 * against 38% adoption); under simple contagion the random network spreads at least as fast.
 *
 * <p>One village of 2,000 single-adult households, one group seeded as a resident and all their
 * contacts, nobody leaves and nothing dissolves, no outreach: membership spreads through ties only.
 * Clustered: Watts–Strogatz with no rewiring; random: every tie rewired. On the ring the group
 * grows along a front of residents with two member ties, about half a resident a week, so the run
 * lasts 20 years (measured: 43–48% on the ring against under 1% on the random network, which stalls
 * once the seed's contacts have no second member tie in common).
 */
class NetworkStructureTest {
  private static final int ADULTS = 2_000;
  private static final int WEEKS = 1040;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void thresholdContagionSpreadsFurtherOnAClusteredNetwork(long seed) {
    double clustered = finalShare(seed, 0.0, Contagion.THRESHOLD);
    double random = finalShare(seed, 1.0, Contagion.THRESHOLD);
    assertTrue(
        clustered > 0.3 && random < 0.05,
        String.format(
            "threshold: clustered %.3f vs random %.3f (seed %d)", clustered, random, seed));
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void simpleContagionIsNoSlowerOnARandomNetwork(long seed) {
    double clustered = shareAfter(seed, 0.0, Contagion.SIMPLE, 26);
    double random = shareAfter(seed, 1.0, Contagion.SIMPLE, 26);
    assertTrue(
        random >= clustered,
        String.format(
            "simple, week 26: clustered %.3f vs random %.3f (seed %d)", clustered, random, seed));
  }

  private static double finalShare(long seed, double rewiring, Contagion contagion) {
    return shareAfter(seed, rewiring, contagion, WEEKS);
  }

  private static double shareAfter(long seed, double rewiring, Contagion contagion, int weeks) {
    try (Simulation sim =
        Simulation.create(village(seed, rewiring, contagion), 1, ProgressListener.none())) {
      CommunityGroups groups = sim.groups();
      FrozenNetwork net = sim.network();
      int leader = 0;
      int g = groups.create(0, ADULTS, leader, GroupOrigin.ORGANIC, 1.0);
      for (int contact : net.contactsOf(leader)) {
        groups.join(g, contact);
      }
      for (int week = 0; week < weeks; week++) {
        sim.step(week);
      }
      return (double) groups.size(g) / ADULTS;
    }
  }

  private static Scenario village(long seed, double rewiring, Contagion contagion) {
    PopulationSpec p = PopulationSpec.defaults();
    PopulationSpec singles =
        new PopulationSpec(
            0.8,
            p.quintileInactiveShares(),
            p.fairlyActiveShareOfNotInactive(),
            p.ltcShare(),
            p.ltcInactiveOddsRatio(),
            p.ageBandShares(),
            p.ageBandInactiveOddsRatios(),
            p.femaleShare(),
            p.femaleInactiveOddsRatio(),
            new double[] {1, 0, 0, 0},
            p.motivationAlpha(),
            p.motivationBeta());
    GroupSpec d = GroupSpec.defaults();
    GroupSpec spreadOnly =
        new GroupSpec(
            ADULTS,
            ADULTS,
            0,
            1,
            0.99,
            contagion,
            2,
            0,
            0,
            0,
            d.sustainabilityOrganic(),
            0,
            0,
            0,
            d.sustainabilityAdjustWeeks(),
            0);
    return new Scenario(
        "village",
        "",
        seed,
        3,
        1,
        IntegratorKind.EULER,
        singles,
        List.of(
            new PlaceSpec(
                "Village", ADULTS * 10 / 8, new double[] {0, 0, 1, 0, 0}, null, 0.5, 2, 0)),
        new NetworkSpec(6, rewiring, 0, 1, 1, false, 100_000),
        DynamicsSpec.defaults(),
        new CalibrationSpec(0),
        spreadOnly,
        StockSpec.defaults(),
        List.of(),
        EconomicsSpec.defaults(),
        OutputSpec.defaults());
  }
}
