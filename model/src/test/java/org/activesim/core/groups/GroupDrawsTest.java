package org.activesim.core.groups;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.TestScenarios;
import org.activesim.core.Rates;
import org.activesim.core.ResidentDynamics.ChunkRunner;
import org.activesim.core.Residents;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.scenario.Contagion;
import org.activesim.scenario.GroupSpec;
import org.activesim.scenario.ResidentDraws;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 6: under {@code residentDraws: skip_ahead} recruitment fires members' ties one by one and
 * leaving skips between leavers ({@link GroupDynamics}); under {@code every_resident} each exposed
 * resident and each member draws a uniform. Either way every week's joins and departures must
 * follow the rule: a non-member of the group's place with k ties to its members joins with
 * probability {@code 1 − (1 − q)^k}, a member leaves with the weekly leaving probability. Each test
 * computes, every week and from the state at its start, the expected count and its binomial
 * variance, and holds the observed total over all places and weeks within 4 standard errors. One
 * group per place, so no two groups compete for a resident; nothing else changes membership
 * (outreach, dissolution and formation off). Mutants that fire ties at 0.9 q, or skip between
 * leavers at 0.9 times the leaving probability, fail at z = −15.5 and z = −5.0 (checked by hand).
 *
 * <p>The third test runs the default group life (formation, dissolution, outreach, capacity) for
 * 300 weeks both ways on the same populations, and holds the mean paired difference in groups and
 * members (weeks 100–300) plus two standard errors within 5%. Group life does not read activity
 * levels (people join for social reasons), so this isolates the groups from the residents' moves,
 * whose run-level equivalence ({@code ResidentDrawsTest}) cannot resolve a 5% difference in
 * members: the end-of-run count varies by about 22% between seeds.
 */
class GroupDrawsTest {
  private static final int WEEKS = 30;
  private static final int SEEDS = 20;

  @ParameterizedTest
  @EnumSource(ResidentDraws.class)
  void joinsThroughTiesFollowTheRule(ResidentDraws draws) {
    // Capacity above any place's residents, so room never binds; annual tie probability 0.8.
    GroupSpec spec = spec(40_000, 0.002, 3, 0.8, 0);
    World w = new World(spec, draws, 5, 1);
    double q = Rates.weeklyProbability(spec.annualTieJoinProbability());
    double expected = 0;
    double variance = 0;
    long observed = 0;
    for (int week = 0; week < WEEKS; week++) {
      int[] ties = w.tiesToMembers();
      for (int k : ties) {
        if (k > 0) {
          double p = 1 - Math.pow(1 - q, k);
          expected += p;
          variance += p * (1 - p);
        }
      }
      int before = w.members();
      w.week(week);
      observed += w.members() - before;
    }
    CommunityGroups groups = w.dynamics.groups();
    for (int g = 0; g < groups.count(); g++) {
      assertTrue(groups.size(g) < groups.capacity(g), "room never ran out in group " + g);
    }
    assertFollowsTheRule(draws + ": joins through ties", observed, expected, variance, 4000);
  }

  @ParameterizedTest
  @EnumSource(ResidentDraws.class)
  void departuresFollowTheRule(ResidentDraws draws) {
    // Full groups that nobody joins (no ties fire, no outreach); one member keeps a group alive.
    GroupSpec spec = spec(1000, 1.0, 1, 0, 0.8);
    World w = new World(spec, draws, 6, 1);
    double leave = Rates.weeklyProbability(spec.annualLeaveProbability());
    double expected = 0;
    double variance = 0;
    long observed = 0;
    for (int week = 0; week < WEEKS; week++) {
      int before = w.members();
      expected += before * leave;
      variance += before * leave * (1 - leave);
      w.week(week);
      observed += before - w.members();
    }
    assertFollowsTheRule(draws + ": departures", observed, expected, variance, 2000);
  }

  /**
   * A total of independent trials within 4 standard errors of its expectation, with enough expected
   * events for the check to bite.
   */
  private static void assertFollowsTheRule(
      String what, long observed, double expected, double variance, double enough) {
    assertTrue(expected > enough, what + ": too few expected to test, " + expected);
    double z = (observed - expected) / Math.sqrt(variance);
    assertTrue(
        Math.abs(z) < 4, what + ": " + observed + ", expected " + expected + " (z = " + z + ")");
  }

  @Test
  void longRunGroupsAndMembersAreTheSameEitherWay() {
    SummaryStatistics members = new SummaryStatistics();
    SummaryStatistics groups = new SummaryStatistics();
    SummaryStatistics referenceMembers = new SummaryStatistics();
    SummaryStatistics referenceGroups = new SummaryStatistics();
    for (long seed = 1; seed <= SEEDS; seed++) {
      double[] reference = longRun(ResidentDraws.EVERY_RESIDENT, seed);
      double[] skipping = longRun(ResidentDraws.SKIP_AHEAD, seed);
      referenceGroups.addValue(reference[0]);
      referenceMembers.addValue(reference[1]);
      groups.addValue(skipping[0] - reference[0]);
      members.addValue(skipping[1] - reference[1]);
    }
    assertEquivalent("groups alive", groups, referenceGroups.getMean());
    assertEquivalent("members", members, referenceMembers.getMean());
  }

  private static void assertEquivalent(String what, SummaryStatistics difference, double mean) {
    double standardError = difference.getStandardDeviation() / Math.sqrt(difference.getN());
    String report =
        String.format(
            "%s: mean paired difference %.3g (standard error %.3g), reference mean %.4g",
            what, difference.getMean(), standardError, mean);
    System.out.println("[group draws] " + report);
    assertTrue(Math.abs(difference.getMean()) + 2 * standardError <= 0.05 * mean, report);
  }

  /** Mean groups alive and members over weeks 100–300 of the default group life. */
  private static double[] longRun(ResidentDraws draws, long seed) {
    World w = new World(GroupSpec.defaults(), draws, seed, 30);
    double groups = 0;
    double members = 0;
    for (int week = 0; week < 300; week++) {
      w.week(week);
      if (week >= 100) {
        groups += w.dynamics.groups().aliveCount() / 200.0;
        members += w.members() / 200.0;
      }
    }
    return new double[] {groups, members};
  }

  /**
   * Fixed capacity; no outreach; no dissolution (zero rate at any sustainability), hence no
   * formation either (its constant balances dissolution).
   */
  private static GroupSpec spec(
      int capacity, double fill, int minMembers, double annualTieJoin, double annualLeave) {
    return new GroupSpec(
        capacity,
        capacity,
        fill,
        minMembers,
        annualTieJoin,
        Contagion.SIMPLE,
        2,
        0,
        annualLeave,
        0,
        0.6,
        0.15,
        0.2,
        0.2,
        26,
        0.5);
  }

  /** Group life on a small population (scale 20), without levers or residents' moves. */
  private static final class World {
    final GroupLife life;
    final Residents r;
    final FrozenNetwork network;
    final GroupDynamics dynamics;

    World(GroupSpec spec, ResidentDraws draws, long seed, double groupsPerPlace) {
      life =
          new GroupLife(
              TestScenarios.essex(20, 1, seed).withGroups(spec).withResidentDraws(draws),
              groupsPerPlace);
      r = life.r;
      network = life.network;
      dynamics = life.dynamics;
    }

    void week(long week) {
      life.week(week, ChunkRunner.sequential());
    }

    int members() {
      return life.members();
    }

    /** Each resident's ties to the members of a group of its place, if it is in no group. */
    int[] tiesToMembers() {
      CommunityGroups groups = dynamics.groups();
      int[] ties = new int[r.count];
      for (int g = 0; g < groups.count(); g++) {
        for (int slot = 0; groups.alive(g) && slot < groups.size(g); slot++) {
          int j = groups.member(g, slot);
          for (int k = network.rowStart(j); k < network.rowEnd(j); k++) {
            int i = network.contact(j, k);
            if (r.groupOf[i] == -1 && r.place[i] == groups.place(g)) {
              ties[i]++;
            }
          }
        }
      }
      return ties;
    }
  }
}
