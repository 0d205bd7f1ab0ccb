package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.activesim.TestScenarios;
import org.activesim.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The packed peer bytes the residents keep as levels and champion flags change ({@link
 * Residents#setLevel}, {@link Residents#setChampion}) equal a fresh pack of the arrays ({@link
 * Residents#packPeerBytes}): after random setter calls, after every burn-in week, and after every
 * week of a run with every lever on, which covers the writes made by COMMIT (levels; a champion who
 * becomes inactive) and by the champion programme. A week that packed afresh hid any miss; now a
 * stale byte would change what a resident's contacts see.
 */
class PeerBytesTest {

  @Test
  void randomSettersKeepTheBytes() {
    Residents r = new Residents(new int[] {0, 70, 130});
    byte[] classes = new byte[r.count];
    SplittableRandom random = new SplittableRandom(8);
    for (int i = 0; i < r.count; i++) {
      classes[i] = (byte) random.nextInt(32);
      r.level[i] = (byte) random.nextInt(3);
    }
    r.packPeerBytes(classes, 0, r.count);
    for (int step = 0; step < 20_000; step++) {
      int i = random.nextInt(r.count);
      if (random.nextBoolean()) {
        r.setLevel(i, random.nextInt(3));
      } else {
        r.setChampion(i, random.nextBoolean());
      }
      if (step % 89 == 0) {
        assertBytesMatchArrays(r, classes, "step " + step);
      }
    }
    assertBytesMatchArrays(r, classes, "the end");
  }

  @Test
  void theBurnInAndARunKeepTheBytesEveryWeek() throws Exception {
    var scenario =
        ScenarioLoader.load(TestScenarios.scenarios().resolve("essex-ldp.yaml"))
            .withScale(40)
            .withYears(3)
            .withSeed(21);
    long[] burnInWeeks = {0};
    int[] weeks = {0};
    long[] levelsChanged = {0};
    long[] championsSeen = {0};
    try (Simulation sim = Simulation.withoutBurnIn(scenario, 2, ProgressListener.none())) {
      Residents r = sim.residents();
      byte[] classes = sim.network().likeClasses();
      sim.burnIn(
          (stage, done, total) -> {
            assertBytesMatchArrays(r, classes, "burn-in week " + done);
            burnInWeeks[0]++;
          });
      int made = 0;
      for (int i = 0; i < r.count; i += 7) { // fairly active champions, some of whom will lapse
        if (r.level[i] == 1) {
          r.setChampion(i, true);
          made++;
        }
      }
      assertTrue(made > 100, "champions made: " + made);
      byte[] before = r.level.clone();
      sim.run(
          ProgressListener.none(),
          (week, residents) -> {
            assertBytesMatchArrays(residents, classes, "week " + week);
            for (int p = 0; p < residents.places(); p++) {
              championsSeen[0] += residents.champions(p);
            }
            weeks[0]++;
          });
      for (int i = 0; i < r.count; i++) {
        levelsChanged[0] += r.level[i] != before[i] ? 1 : 0;
      }
    }
    assertEquals(scenario.calibration().burnInWeeks(), burnInWeeks[0], "every burn-in week seen");
    assertEquals(3 * 52 + 1, weeks[0], "every week observed");
    assertTrue(levelsChanged[0] > 1000, "levels changed: " + levelsChanged[0]);
    assertTrue(championsSeen[0] > 0, "the run has champions");
  }

  private static void assertBytesMatchArrays(Residents r, byte[] classes, String when) {
    for (int i = 0; i < r.count; i++) {
      int packed = r.level[i] | r.champion[i] << 2 | classes[i] << 3;
      if (r.peerByte[i] != (byte) packed) {
        throw new AssertionError(
            when + ", resident " + i + ": peer byte " + r.peerByte[i] + ", arrays " + packed);
      }
    }
  }
}
