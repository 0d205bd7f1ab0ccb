package org.activesim.core.groups;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.activesim.TestScenarios;
import org.activesim.core.ChunkPool;
import org.activesim.core.ResidentDynamics.ChunkRunner;
import org.activesim.core.Residents;
import org.activesim.scenario.Contagion;
import org.activesim.scenario.GroupSpec;
import org.activesim.scenario.ResidentDraws;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The GROUPS phase on a parallel runner (places' life and recruitment as parallel tasks) gives the
 * groups and the join reports of the sequential runner, and the reports of recruitment's joins come
 * in the one-thread order: ascending group id, each group's in join order. That order is checked
 * against the groups themselves (a group's new members sit in its last slots, in join order), not
 * against the merge that produces it, so a wrong merge fails here on any runner.
 */
class ParallelGroupsTest {
  private static final int WEEKS = 40;
  private static final double GROUPS_PER_PLACE = 30;

  /**
   * Group life faster than the defaults (more outreach, leaving and dissolution, lower
   * sustainability), so that within a few dozen weeks new groups form in every place and their ids
   * interleave with older groups of other places: only then can a wrong merge order show.
   */
  private static final GroupSpec BUSY =
      new GroupSpec(
          10, 30, 0.6, 3, 0.2, Contagion.SIMPLE, 2, 26, 0.6, 0.9, 0.2, 0.15, 0.2, 0.2, 26, 0.5);

  /** A report to the join listener: week, programme tag, resident, the resident's group. */
  private record Report(long week, boolean inGroupsPhase, int tag, int resident, int group) {}

  /** Group life on its own copy of a small population, with a recording join listener. */
  private static final class Run implements CommunityGroups.JoinListener {
    final GroupLife life;
    final Residents r;
    final GroupDynamics dynamics;
    final List<Report> reports = new ArrayList<>();
    long week;
    boolean inGroupsPhase;

    Run(Scenario s) {
      life = new GroupLife(s, GROUPS_PER_PLACE);
      r = life.r;
      dynamics = life.dynamics;
      dynamics.groups().onJoin(this);
    }

    @Override
    public void joined(int tag, int resident) {
      reports.add(new Report(week, inGroupsPhase, tag, resident, r.groupOf[resident]));
    }

    /** Weeks of group life; before each, a lever's stand-in tags every third untagged group. */
    void live(ChunkRunner runner) {
      CommunityGroups groups = dynamics.groups();
      for (week = 0; week < WEEKS; week++) {
        for (int g = 0; g < groups.count(); g += 3) {
          if (groups.alive(g) && groups.tag(g) < 0) {
            groups.tag(g, groups.place(g));
          }
        }
        inGroupsPhase = true;
        life.week(week, runner);
        inGroupsPhase = false;
        assertReportsInJoinOrder(week);
      }
    }

    /** This week's GROUPS reports: by ascending group, each group's new members in slot order. */
    private void assertReportsInJoinOrder(long w) {
      CommunityGroups groups = dynamics.groups();
      List<Report> thisWeek =
          reports.stream().filter(x -> x.week() == w && x.inGroupsPhase()).toList();
      int from = 0;
      while (from < thisWeek.size()) {
        int g = thisWeek.get(from).group();
        int to = from;
        while (to < thisWeek.size() && thisWeek.get(to).group() == g) {
          to++;
        }
        int joined = to - from;
        for (int k = 0; k < joined; k++) {
          Report x = thisWeek.get(from + k);
          assertEquals(groups.tag(g), x.tag(), "week " + w + ": tag of group " + g);
          assertEquals(
              groups.member(g, groups.size(g) - joined + k),
              x.resident(),
              "week " + w + ": group " + g + "'s joins in join order");
        }
        if (to < thisWeek.size()) {
          assertTrue(thisWeek.get(to).group() > g, "week " + w + ": reports by ascending group id");
        }
        from = to;
      }
    }
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @CsvSource({"11, SKIP_AHEAD", "12, EVERY_RESIDENT"})
  void parallelRunnerGivesTheSequentialGroupsAndJoinReports(long seed, ResidentDraws draws) {
    Scenario s = TestScenarios.essex(20, 1, seed).withGroups(BUSY).withResidentDraws(draws);
    Run sequential = new Run(s);
    sequential.live(ChunkRunner.sequential());
    Run parallel = new Run(s);
    try (ChunkPool pool = new ChunkPool(3)) { // as Simulation runs more than one thread
      parallel.live(pool);
    }

    CommunityGroups a = sequential.dynamics.groups();
    CommunityGroups b = parallel.dynamics.groups();
    assertEquals(a.count(), b.count(), "groups ever created, seed " + seed);
    assertEquals(a.aliveCount(), b.aliveCount(), "groups alive, seed " + seed);
    assertEquals(
        IntStream.range(0, b.count()).filter(b::alive).count(),
        b.aliveCount(),
        "the alive count, kept by parallel tasks, counts the alive groups");
    assertArrayEquals(sequential.r.groupOf, parallel.r.groupOf, "memberships, seed " + seed);
    for (int g = 0; g < a.count(); g++) {
      assertEquals(a.alive(g), b.alive(g), "group " + g);
      assertEquals(a.leader(g), b.leader(g), "leader of group " + g);
      assertEquals(a.sustainability(g), b.sustainability(g), "sustainability of group " + g);
    }
    assertEquals(sequential.reports, parallel.reports, "join reports, seed " + seed);
    assertTrue(
        weeksOutOfPlaceOrder(sequential) > 0,
        "seed " + seed + ": some week's reports mix places out of place order (else idle)");
  }

  /**
   * Weeks in which reports in group-id order are not in place order: merging the places' reports
   * place by place (or in any order but by group id) would change the sequence there.
   */
  private static long weeksOutOfPlaceOrder(Run run) {
    CommunityGroups groups = run.dynamics.groups();
    return IntStream.range(0, WEEKS)
        .filter(
            w -> {
              int[] places =
                  run.reports.stream()
                      .filter(x -> x.week() == w && x.inGroupsPhase())
                      .mapToInt(x -> groups.place(x.group()))
                      .toArray();
              int[] sorted = places.clone();
              Arrays.sort(sorted);
              return !Arrays.equals(places, sorted);
            })
        .count();
  }
}
