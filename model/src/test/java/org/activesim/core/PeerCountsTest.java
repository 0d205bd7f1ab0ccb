package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activesim.TestScenarios;
import org.activesim.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The burn-in's running peer counts ({@link PeerCounts}) give every resident the peer share a pass
 * over its contacts gives, bit for bit, after every burn-in week's moves: a differential test of
 * the counts against {@link ResidentDynamics#peerUpFloat}, the general float path.
 */
class PeerCountsTest {

  @Test
  void runningCountsGiveThePeerShareOfAFullPassEveryBurnInWeek() throws Exception {
    var scenario =
        ScenarioLoader.load(TestScenarios.scenarios().resolve("essex-ldp.yaml"))
            .withScale(60)
            .withSeed(9);
    long[] compared = {0};
    try (Simulation sim = Simulation.withoutBurnIn(scenario, 2, ProgressListener.none())) {
      Residents r = sim.residents();
      ResidentDynamics dynamics = sim.dynamics();
      sim.burnIn(
          (stage, done, total) -> {
            if (done == total) {
              return; // the scratch is released at the end
            }
            assertTrue(dynamics.countsPeers(), "the burn-in keeps peer counts");
            dynamics.preparePeers(ResidentDynamics.ChunkRunner.sequential()); // the levels now
            for (int i = 0; i < r.count; i++) {
              for (int level = 0; level < 2; level++) {
                double counted = dynamics.peerUp(i, level);
                double full = dynamics.peerUpFloat(i, level);
                if (Double.doubleToRawLongBits(counted) != Double.doubleToRawLongBits(full)) {
                  throw new AssertionError(
                      "burn-in week "
                          + done
                          + ", resident "
                          + i
                          + ", level "
                          + level
                          + ": "
                          + counted
                          + " from the counts, "
                          + full
                          + " from the contacts");
                }
                compared[0]++;
              }
            }
          });
      assertTrue(!dynamics.countsPeers(), "the counts are released after the burn-in");
    }
    assertTrue(compared[0] > 0, "shares compared");
  }
}
