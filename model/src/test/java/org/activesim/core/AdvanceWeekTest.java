package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.activesim.TestScenarios;
import org.activesim.scenario.PlaceSpec;
import org.junit.jupiter.api.Test;

/** {@link Simulation#advanceWeek()} steps the same weeks as {@link Simulation#run}. */
class AdvanceWeekTest {
  @Test
  void advancingEveryWeekOfTheHorizonReachesTheStateOfARun() {
    var scenario = TestScenarios.essex(100, 1, 7);
    try (Simulation ran = Simulation.create(scenario, 1, ProgressListener.none());
        Simulation advanced = Simulation.create(scenario, 2, ProgressListener.none())) {
      ran.run(ProgressListener.none());
      for (int w = 0; w < scenario.weeks(); w++) {
        advanced.advanceWeek();
      }
      assertArrayEquals(ran.residents().level, advanced.residents().level);
      assertArrayEquals(weeksInLevel(ran.residents()), weeksInLevel(advanced.residents()));
      assertArrayEquals(ran.residents().groupOf, advanced.residents().groupOf);
    }
  }

  @Test
  void levelCountsKeptFromTheMovesEqualAFreshCount() {
    try (Simulation sim =
        Simulation.create(TestScenarios.essex(100, 2, 3), 2, ProgressListener.none())) {
      for (int w = 0; w < 104; w++) {
        sim.advanceWeek();
      }
      Residents r = sim.residents();
      long[] fresh = new long[r.places() * PlaceSpec.QUINTILES * 3];
      for (int i = 0; i < r.count; i++) {
        fresh[(r.place[i] * PlaceSpec.QUINTILES + r.quintile[i]) * 3 + r.level[i]]++;
      }
      assertArrayEquals(fresh, sim.dynamics().placeQuintileLevels());
      for (int i = 0; i < r.count; i++) { // found from the index, as the moves are counted
        assertEquals(
            r.place[i] * PlaceSpec.QUINTILES + r.quintile[i], sim.dynamics().placeQuintile(i));
      }
    }
  }

  private static int[] weeksInLevel(Residents r) {
    return java.util.stream.IntStream.range(0, r.count).map(r::weeksInLevel).toArray();
  }
}
