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

/** Membership stays consistent through formation, recruitment, leaving and dissolution. */
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
      sim.run(ProgressListener.none());
      CommunityGroups groups = sim.groups();
      Residents r = sim.residents();
      int[] seen = new int[r.count];
      int alive = 0;
      int dissolved = 0;
      for (int id = 0; id < groups.count(); id++) {
        if (!groups.alive(id)) {
          assertEquals(0, groups.size(id), "a dissolved group has no members");
          dissolved++;
          continue;
        }
        alive++;
        assertTrue(groups.size(id) >= g.minMembers() && groups.size(id) <= groups.capacity(id));
        assertTrue(
            groups.capacity(id) >= g.capacityMin() && groups.capacity(id) <= g.capacityMax());
        boolean leaderIsMember = false;
        for (int slot = 0; slot < groups.size(id); slot++) {
          int i = groups.member(id, slot);
          assertEquals(id, r.groupOf[i], "member points back to its group");
          assertEquals(groups.place(id), r.place[i], "groups recruit in their own place");
          seen[i]++;
          leaderIsMember |= i == groups.leader(id);
        }
        assertTrue(leaderIsMember, "the leader is a member");
      }
      for (int i = 0; i < r.count; i++) {
        assertEquals(r.groupOf[i] >= 0 ? 1 : 0, seen[i], "resident " + i + " in one group at most");
      }
      assertTrue(alive > 0, "groups exist");
      assertTrue(dissolved > 0, "groups dissolve over three years");
    }
  }
}
