package org.activesim.core.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.TestScenarios;
import org.activesim.core.ProgressListener;
import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.scenario.Contagion;
import org.activesim.scenario.GroupSpec;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Membership stays consistent through formation, recruitment, leaving and dissolution, every week:
 * members point back to their group, live in its place and belong to one group; a group's count of
 * ties is its members' degrees summed (recruitment's walk stops by it).
 */
class GroupInvariantsTest {

  @ParameterizedTest
  @EnumSource(Contagion.class)
  void membershipIsConsistentAfterYearsOfGroupLife(Contagion contagion) {
    GroupSpec g = GroupSpec.defaults();
    Scenario s =
        TestScenarios.essex(20, 3, 17)
            .withGroups(
                new GroupSpec(
                    g.capacityMin(),
                    g.capacityMax(),
                    g.initialFill(),
                    g.minMembers(),
                    g.annualTieJoinProbability(),
                    contagion,
                    g.threshold(),
                    g.outreachJoinsPerYear(),
                    g.annualLeaveProbability(),
                    g.annualDissolutionAtZeroSustainability(),
                    g.sustainabilityOrganic(),
                    g.sustainabilityCitizenLedBonus(),
                    g.sustainabilityFundedBonus(),
                    g.sustainabilityPartnershipEffect(),
                    g.sustainabilityAdjustWeeks(),
                    g.practitionerFormationEffect()));
    try (Simulation sim = Simulation.create(s, 1, ProgressListener.none())) {
      int[] weeks = {0};
      sim.run(
          ProgressListener.none(),
          (week, residents) -> {
            assertConsistent(sim, g, week);
            weeks[0]++;
          });
      assertEquals(3 * 52 + 1, weeks[0], "every week checked");
      int dissolved = 0;
      for (int id = 0; id < sim.groups().count(); id++) {
        dissolved += sim.groups().alive(id) ? 0 : 1;
      }
      assertTrue(dissolved > 0, "groups dissolve over three years");
    }
  }

  private static void assertConsistent(Simulation sim, GroupSpec g, int week) {
    CommunityGroups groups = sim.groups();
    Residents r = sim.residents();
    int[] seen = new int[r.count];
    int alive = 0;
    for (int id = 0; id < groups.count(); id++) {
      if (!groups.alive(id)) {
        assertEquals(0, groups.size(id), "a dissolved group has no members");
        assertEquals(0, groups.ties(id), "nor ties");
        continue;
      }
      alive++;
      assertTrue(groups.size(id) >= g.minMembers() && groups.size(id) <= groups.capacity(id));
      assertTrue(groups.capacity(id) >= g.capacityMin() && groups.capacity(id) <= g.capacityMax());
      boolean leaderIsMember = false;
      int ties = 0;
      for (int slot = 0; slot < groups.size(id); slot++) {
        int i = groups.member(id, slot);
        assertEquals(id, r.groupOf[i], "member points back to its group");
        assertEquals(groups.place(id), r.place[i], "groups recruit in their own place");
        seen[i]++;
        leaderIsMember |= i == groups.leader(id);
        ties += sim.network().degree(i);
      }
      assertTrue(leaderIsMember, "the leader is a member");
      assertEquals(ties, groups.ties(id), "group " + id + "'s ties, week " + week);
    }
    for (int i = 0; i < r.count; i++) {
      assertEquals(r.groupOf[i] >= 0 ? 1 : 0, seen[i], "resident " + i + " in one group at most");
    }
    assertTrue(alive > 0, "groups exist");
  }
}
