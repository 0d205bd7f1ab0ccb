package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.TestScenarios;
import org.activesim.core.ResidentDynamics.ChunkRunner;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.ResidentDraws;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each week, under either scheme of draws, residents move up and down as often as the rule's
 * probabilities say (ODD 7.1), given the state: before every resident phase the test adds up every
 * resident's {@code P_up} and {@code min(P_down, 1 − P_up)} from the full hazards (the peer share
 * read from the network, no bounds, no thinning), then counts the phase's moves. The differences
 * summed over the weeks are a martingale with variance {@code Σ P (1 − P)}, so each total must lie
 * within four standard errors of its expectation: a bias of 3% in the moves up fails. It tests
 * thinning, the cached bounds and skip-ahead together, against the rule itself.
 */
class MoveProbabilityTest {
  private static final int WEEKS = 150;

  @ParameterizedTest
  @EnumSource(ResidentDraws.class)
  void movesHappenAsOftenAsTheRulesProbabilitiesSay(ResidentDraws draws) throws Exception {
    var scenario =
        ScenarioLoader.load(TestScenarios.scenarios().resolve("essex-ldp.yaml"))
            .withScale(20)
            .withYears(1)
            .withSeed(13)
            .withResidentDraws(draws);
    try (Simulation sim = Simulation.create(scenario, 1, ProgressListener.none())) {
      Residents r = sim.residents();
      ResidentDynamics dynamics = sim.dynamics();
      HazardModel h = sim.hazards();
      ChunkRunner runner = ChunkRunner.sequential();
      int cells = r.places() * PlaceSpec.QUINTILES;
      double expectedUp = 0;
      double varianceUp = 0;
      double expectedDown = 0;
      double varianceDown = 0;
      long up = 0;
      long down = 0;
      for (int week = 0; week < WEEKS; week++) {
        dynamics.preparePeers(runner);
        for (int i = 0; i < r.count; i++) {
          int level = r.level[i];
          double pUp = 0;
          if (level < 2) {
            double hazard =
                h.upScale(r.cell[i], level)
                    * dynamics.upModifier(i, level, dynamics.peerUp(i, level));
            pUp = Rates.probability(hazard);
          }
          double pDown = 0;
          if (level > 0) {
            double hazard = dynamics.downScale(i, level) * dynamics.downModifier(i);
            pDown = Math.min(Rates.probability(hazard), 1 - pUp);
          }
          expectedUp += pUp;
          varianceUp += pUp * (1 - pUp);
          expectedDown += pDown;
          varianceDown += pDown * (1 - pDown);
        }
        dynamics.step(week, runner);
        long[] movedUp = new long[cells];
        long[] movedDown = new long[cells];
        dynamics.commit(movedUp, movedDown, runner);
        for (int k = 0; k < cells; k++) {
          up += movedUp[k];
          down += movedDown[k];
        }
      }
      double zUp = (up - expectedUp) / Math.sqrt(varianceUp);
      double zDown = (down - expectedDown) / Math.sqrt(varianceDown);
      String report =
          String.format(
              "%s: %d moves up (%.1f expected, z %.2f), %d down (%.1f expected, z %.2f)",
              draws, up, expectedUp, zUp, down, expectedDown, zDown);
      System.out.println("[move probability] " + report);
      assertTrue(Math.abs(zUp) < 4 && Math.abs(zDown) < 4, report);
    }
  }
}
