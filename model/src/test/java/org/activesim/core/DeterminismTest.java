package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.activesim.TestScenarios;
import org.activesim.scenario.DynamicsSpec;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Same scenario and seed, same numbers, on any number of threads; another seed, other numbers. */
class DeterminismTest {

  private static Recording run(Scenario s, int threads) {
    try (Simulation sim = Simulation.create(s, threads, ProgressListener.none())) {
      return sim.run(ProgressListener.none());
    }
  }

  private static double[] all(Recording r) {
    double[] out = new double[0];
    for (String m : r.metrics()) {
      for (int p = 0; p <= r.allPlaces(); p++) {
        for (int q = 0; q <= Recording.ALL_QUINTILES; q++) {
          double[] series = r.series(p, q, m);
          int from = out.length;
          out = Arrays.copyOf(out, from + series.length);
          System.arraycopy(series, 0, out, from, series.length);
        }
      }
    }
    return out;
  }

  @Test
  void threadCountDoesNotChangeTheResult() {
    Scenario s = TestScenarios.essex(40, 2, 5);
    Recording one = run(s, 1);
    Recording three = run(s, 3);
    assertArrayEquals(all(one), all(three));
    assertEquals(one.summary(), three.summary());
  }

  @Test
  void anotherSeedGivesAnotherRun() {
    Recording a = run(TestScenarios.essex(40, 2, 5), 2);
    Recording b = run(TestScenarios.essex(40, 2, 6), 2);
    assertFalse(Arrays.equals(all(a), all(b)));
  }

  /**
   * Common random numbers: population and network come from their own streams, so changing a
   * dynamics parameter leaves them exactly as they were (the basis of paired comparisons).
   */
  @Test
  void dynamicsParametersDoNotShiftThePopulationOrNetworkStreams() {
    Scenario base = TestScenarios.essex(40, 1, 9);
    DynamicsSpec d = base.dynamics();
    Scenario other =
        base.withDynamics(
            new DynamicsSpec(
                d.annualDownFairlyToInactive(),
                d.annualDownActiveToFairly(),
                d.bPeer() * 2,
                d.bGroup(),
                d.cGroup(),
                d.bReferral(),
                d.bEnvironment(),
                d.bTravel(),
                d.bAwareness(),
                d.bMotivation(),
                d.bHabit(),
                d.habitScaleWeeks(),
                d.relapseWindowWeeks(),
                d.relapseShare()));
    RandomStreams streams = new RandomStreams(9);
    Residents a = PopulationSynthesis.synthesise(base, streams);
    Residents b = PopulationSynthesis.synthesise(other, new RandomStreams(9));
    assertArrayEquals(a.cell, b.cell);
    assertArrayEquals(a.motivation, b.motivation);
    try (Simulation x = Simulation.create(base, 1, ProgressListener.none());
        Simulation y = Simulation.create(other, 1, ProgressListener.none())) {
      assertEquals(x.network().size(), y.network().size());
      for (int i = 0; i < x.network().size(); i++) {
        assertArrayEquals(x.network().contactsOf(i), y.network().contactsOf(i));
      }
    }
  }
}
