package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.TestScenarios;
import org.activesim.core.ResidentDynamics.ChunkRunner;
import org.activesim.scenario.NetworkSpec;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The peer share's whole-number path (weights 1, 2, 3, 6 added as ints) gives the float loop's bits
 * for every resident and level: float sums of whole numbers below 2^24 are exact, so the two must
 * agree exactly, not within a tolerance. Champions are set on a third of the residents so that
 * every weight occurs. At scale 10 some contacts are far ties (stored in the network's side table),
 * which the whole-number path reads in another order than the float loop.
 */
class PeerShareTest {

  @ParameterizedTest(name = "scale {0}")
  @ValueSource(ints = {100, 10})
  void wholeNumberWeightsGiveTheFloatLoopsBits(int scale) {
    Scenario s = TestScenarios.essex(scale, 1, 5);
    NetworkSpec n = s.network();
    assertEquals(2.0, n.likeMeWeight(), "the default weights are whole numbers");
    assertEquals(3.0, n.championWeight());
    try (Simulation sim = Simulation.create(s, 1, ProgressListener.none())) {
      Residents r = sim.residents();
      assertTrue(scale > 10 || sim.network().farTieEnds() > 0, "scale 10 has far ties");
      for (int i = 0; i < r.count; i += 3) {
        r.champion[i] = 1;
      }
      ResidentDynamics d = sim.dynamics();
      d.preparePeers(ChunkRunner.sequential());
      int differentShares = 0;
      double first = d.peerUpFloat(0, 0);
      for (int i = 0; i < r.count; i++) {
        for (int level = 0; level < 2; level++) {
          double whole = d.peerUp(i, level);
          assertEquals(
              Double.doubleToRawLongBits(d.peerUpFloat(i, level)),
              Double.doubleToRawLongBits(whole),
              "resident " + i + ", level " + level);
          differentShares += whole != first ? 1 : 0;
        }
      }
      assertTrue(differentShares > r.count / 2, "the shares vary, so the check can fail");
    }
  }
}
