package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.activesim.TestScenarios;
import org.activesim.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The per-place counts of bikes in use, champions and referral stages that the residents keep as
 * their flags are set ({@link Residents#setBike} and the like) equal a count over the flags
 * themselves: after random setter calls, and every week of a run with every lever on, which also
 * covers the writes made by the levers and by COMMIT (a champion who becomes inactive; the test
 * makes some fairly active residents champions, so that some do within the run).
 */
class LeverFlagCountsTest {

  @Test
  void randomSettersKeepTheCounts() {
    Residents r = new Residents(new int[] {0, 40, 100, 130});
    SplittableRandom random = new SplittableRandom(4);
    for (int step = 0; step < 20_000; step++) {
      int i = random.nextInt(r.count);
      switch (random.nextInt(4)) {
        case 0 -> r.setBike(i, random.nextBoolean());
        case 1 -> r.setChampion(i, random.nextBoolean());
        case 2 -> r.setReferral(i, random.nextInt(5), random.nextInt(3));
        default -> r.setReferralStage(i, random.nextInt(5));
      }
      if (step % 97 == 0) {
        assertCountsMatchFlags(r, 3);
      }
    }
    assertCountsMatchFlags(r, 3);
  }

  @Test
  void aRunKeepsTheCountsEveryWeek() throws Exception {
    var scenario =
        ScenarioLoader.load(TestScenarios.scenarios().resolve("essex-ldp.yaml"))
            .withScale(40)
            .withYears(3)
            .withSeed(12);
    int[] weeks = {0};
    long[] flagged = {0};
    try (Simulation sim = Simulation.create(scenario, 2, ProgressListener.none())) {
      int settings = scenario.stocks().settings().size();
      Residents r = sim.residents();
      int[] madeChampions = {0};
      for (int i = 0; i < r.count; i += 7) { // fairly active champions, some of whom will lapse
        if (r.level[i] == 1) {
          r.setChampion(i, true);
          madeChampions[0]++;
        }
      }
      assertTrue(madeChampions[0] > 100, "champions made: " + madeChampions[0]);
      sim.run(
          ProgressListener.none(),
          (week, residents) -> {
            assertCountsMatchFlags(residents, settings);
            for (int p = 0; p < residents.places(); p++) {
              flagged[0] += residents.bikesInUse(p) + residents.champions(p);
            }
            weeks[0]++;
          });
    }
    assertEquals(3 * 52 + 1, weeks[0], "every week observed");
    assertTrue(flagged[0] > 0, "the run hands out bikes and makes champions");
  }

  private static void assertCountsMatchFlags(Residents r, int settings) {
    int places = r.places();
    int[] bikes = new int[places];
    int[] champions = new int[places];
    int[][][] referrals = new int[5][settings][places];
    for (int i = 0; i < r.count; i++) {
      bikes[r.place[i]] += r.bike[i];
      champions[r.place[i]] += r.champion[i];
      referrals[r.referralStage[i]][r.referralSetting[i]][r.place[i]]++;
    }
    for (int p = 0; p < places; p++) {
      assertEquals(bikes[p], r.bikesInUse(p), "bikes in place " + p);
      assertEquals(champions[p], r.champions(p), "champions in place " + p);
      for (int stage = 1; stage <= 4; stage++) {
        for (int s = 0; s < settings; s++) {
          assertEquals(
              referrals[stage][s][p],
              r.referrals(stage, s, p),
              "stage " + stage + ", setting " + s + ", place " + p);
        }
      }
    }
  }
}
