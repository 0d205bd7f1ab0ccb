package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiFunction;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.core.WeekObserver;
import org.activesim.core.groups.CommunityGroups;
import org.activesim.core.groups.GroupOrigin;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.io.ScenarioException;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The champions lever (ODD 7.10.10) in a town of two places of 12,000 adults each, {@code Served}
 * and {@code Other}, with 40 groups each (many more than Essex's one per 2,500 adults, so that the
 * pool of active members is not the limit) and a one-year burn-in:
 *
 * <ul>
 *   <li>the champions made a year are the dose, exactly, at scale 1 and at scale 10 (in people),
 *       and the ledger holds {@code costPerChampionGbp} for each;
 *   <li>only ACTIVE group members of a served place who match the target, and are not champions
 *       yet, become champions;
 *   <li>with the groups' own recruitment and the champions' group starts switched off, every join
 *       is a champion's invitation: each joiner was in no group and not ACTIVE, is a contact of a
 *       champion of the group it joins, and no group ever holds more than its capacity;
 *   <li>champions who leave their groups start champion-led ones, and none without group starts;
 *   <li>same seed, same bytes on one thread or two.
 * </ul>
 *
 * States are compared with the observer's view: what it sees after week w is the state the levers
 * read at the start of week w + 1.
 */
class ChampionsTest {
  private static final int ACTIVE = ActivityLevel.ACTIVE.ordinal();
  private static final int SERVED = 0;

  @ParameterizedTest(name = "scale {0}")
  @ValueSource(doubles = {1, 10})
  void theChampionsMadeEachYearAreTheDoseAndEachIsPaidFor(double scale) {
    Scenario s = town(scale, "", "championsPerYear: 100, costPerChampionGbp: 500, end: 2");
    double[] madePerYear = new double[3];
    Recording run =
        observe(
            s,
            1,
            (sim, previous) ->
                (week, r) -> {
                  for (int i = 0; i < r.count; i++) {
                    if (r.champion[i] == 1 && previous[i] == 0 && week > 0) {
                      madePerYear[(week - 1) / 52] += scale;
                    }
                    previous[i] = r.champion[i];
                  }
                });
    assertEquals(100, madePerYear[0], "year 1");
    assertEquals(100, madePerYear[1], "year 2");
    assertEquals(0, madePerYear[2], "after the window");
    assertEquals(
        200 * 500, run.summary().get("spend_gbp_total:champions"), 1e-9, "200 champions at £500");
  }

  @Test
  void onlyActiveGroupMembersOfAServedPlaceWhoMatchTheTargetBecomeChampions() {
    Scenario s =
        town(1, "", "championsPerYear: 400, target: {places: [Served], quintiles: [1, 2]}");
    int[] made = {0};
    observeStarts(
        s,
        (r, start, week) -> {
          for (int i = 0; i < r.count; i++) {
            if (r.champion[i] == 1 && start.champion[i] == 0) {
              made[0]++;
              String who = "new champion " + i + " in week " + week;
              assertEquals(ACTIVE, start.level[i], who + " was ACTIVE");
              assertTrue(start.groupOf[i] >= 0, who + " was in a group");
              assertEquals(SERVED, r.place[i], who + " lives in the served place");
              assertTrue(r.quintile[i] <= 1, who + " is in quintile 1 or 2");
            }
          }
        });
    assertTrue(made[0] >= 100, "champions made: " + made[0]);
  }

  @Test
  void invitationsBringInOnlyContactsInNoGroupAndNotActiveAndNeverOverfillAGroup() {
    // No recruitment through ties or outreach, no leaving, no dissolution, hence no formation
    // (it balances dissolution): every join in the run is a champion's invitation.
    String groups =
        "groups: {capacityMin: 10, capacityMax: 12, annualTieJoinProbability: 0,"
            + " outreachJoinsPerYear: 0, annualLeaveProbability: 0,"
            + " annualDissolutionAtZeroSustainability: 0}\n";
    Scenario s =
        town(
            1,
            groups,
            "championsPerYear: 200, invitationsPerYear: 52, acceptShare: 0.5,"
                + " groupStartsPerYear: 0");
    int[] joins = {0};
    int[] full = {0};
    observe(
        s,
        1,
        (sim, unused) -> {
          Snapshot start = new Snapshot(sim.residents().count);
          return (week, r) -> {
            if (week > 0) {
              joins[0] += checkJoins(r, start, sim.network(), week);
              full[0] += checkCapacity(sim.groups());
            }
            start.take(r);
          };
        });
    assertTrue(joins[0] >= 100, "joins by invitation: " + joins[0]);
    assertTrue(full[0] > 0, "some group was full, so capacity was tested");
  }

  /**
   * Champions who leave their groups start champion-led ones, led by themselves; with {@code
   * groupStartsPerYear: 0} none is started.
   */
  @Test
  void aChampionInNoGroupStartsAChampionLedGroup() {
    String leaving = "groups: {annualLeaveProbability: 0.9}\n";
    int[] led = new int[2];
    double[] rates = {0, 4};
    for (int k = 0; k < 2; k++) {
      Scenario s =
          town(1, leaving, "championsPerYear: 200, groupStartsPerYear: " + rates[k] + ", end: 2");
      int run = k;
      observe(
          s,
          1,
          (sim, unused) ->
              (week, r) -> {
                CommunityGroups groups = sim.groups();
                int n = 0;
                for (int g = 0; g < groups.count(); g++) {
                  if (groups.origin(g) == GroupOrigin.CHAMPION) {
                    n++;
                  }
                }
                led[run] = Math.max(led[run], n);
              });
    }
    assertEquals(0, led[0], "no champion-led group without group starts");
    assertTrue(led[1] >= 20, "champion-led groups started: " + led[1]);
  }

  @Test
  void sameSeedSameBytesOnOneThreadOrTwo() {
    Scenario s = town(1, "", "championsPerYear: 400, invitationsPerYear: 24, end: 2");
    Recording one = TestLevers.run(s, 1);
    Recording two = TestLevers.run(s, 2);
    assertEquals(TestLevers.timeseries(one), TestLevers.timeseries(two), "timeseries.csv");
    assertEquals(TestLevers.summary(one), TestLevers.summary(two), "summary.csv");
  }

  /** Joins of the week: each from no group and below ACTIVE, to a group of a champion contact. */
  private static int checkJoins(Residents r, Snapshot start, FrozenNetwork network, int week) {
    int joins = 0;
    for (int i = 0; i < r.count; i++) {
      if (r.groupOf[i] < 0 || r.groupOf[i] == start.groupOf[i]) {
        continue;
      }
      joins++;
      String who = "joiner " + i + " in week " + week;
      assertEquals(-1, start.groupOf[i], who + " was in no group");
      assertTrue(start.level[i] != ACTIVE, who + " was not ACTIVE");
      boolean invited = false;
      for (int j : network.contactsOf(i)) {
        invited |= start.champion[j] == 1 && start.groupOf[j] == r.groupOf[i];
      }
      assertTrue(invited, who + " has a champion of its group among its contacts");
    }
    return joins;
  }

  /** Groups at capacity now; fails if one holds more. */
  private static int checkCapacity(CommunityGroups groups) {
    int full = 0;
    for (int g = 0; g < groups.count(); g++) {
      assertTrue(groups.size(g) <= groups.capacity(g), "group " + g + " over capacity");
      full += groups.alive(g) && groups.size(g) == groups.capacity(g) ? 1 : 0;
    }
    return full;
  }

  /** A town of two places with a champions lever given as YAML flow keys. */
  static Scenario town(double scale, String groups, String lever) {
    String yaml =
        """
        name: town
        seed: 11
        years: 3
        scale: %s
        calibration: {burnInWeeks: 52}
        places:
          - {name: Served, population: 15000, quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2], \
        initialGroups: 40}
          - {name: Other, population: 15000, quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2], \
        initialGroups: 40}
        %slevers:
          - {type: champions, %s}
        """
            .formatted(
                scale,
                groups,
                lever.contains("target") ? lever : lever + ", target: {places: [Served]}");
    try {
      return ScenarioLoader.parse("town.yaml", yaml);
    } catch (ScenarioException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs with an observer made for the simulation (and a scratch byte per resident). */
  private static Recording observe(
      Scenario s, int threads, BiFunction<Simulation, byte[], WeekObserver> make) {
    try (Simulation sim = Simulation.create(s, threads, ProgressListener.none())) {
      return sim.run(ProgressListener.none(), make.apply(sim, new byte[sim.residents().count]));
    }
  }

  /** Runs, handing a check each week's state with the state at the start of that week. */
  private static void observeStarts(Scenario s, WeekCheck check) {
    observe(
        s,
        1,
        (sim, unused) -> {
          Snapshot start = new Snapshot(sim.residents().count);
          return (week, r) -> {
            if (week > 0) {
              check.check(r, start, week);
            }
            start.take(r);
          };
        });
  }

  @FunctionalInterface
  private interface WeekCheck {
    void check(Residents now, Snapshot start, int week);
  }

  /** Levels, groups and champion flags as the levers read them at the start of a week. */
  private static final class Snapshot {
    final byte[] level;
    final int[] groupOf;
    final byte[] champion;

    Snapshot(int n) {
      level = new byte[n];
      groupOf = new int[n];
      champion = new byte[n];
    }

    void take(Residents r) {
      System.arraycopy(r.level, 0, level, 0, r.count);
      System.arraycopy(r.groupOf, 0, groupOf, 0, r.count);
      System.arraycopy(r.champion, 0, champion, 0, r.count);
    }
  }
}
