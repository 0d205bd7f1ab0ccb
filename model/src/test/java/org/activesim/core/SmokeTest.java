package org.activesim.core;

import org.activesim.TestScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmokeTest {
  @ParameterizedTest
  @ValueSource(longs = {2, 3, 4, 5})
  void runs(long seed) {
    var scenario = TestScenarios.essex(10, 8, seed);
    try (Simulation sim = Simulation.create(scenario, 2, ProgressListener.none())) {
      Recording rec = sim.run(ProgressListener.none());
      var s = rec.summary();
      System.out.printf(
          "seed %d all %.3f q1 %.3f q2 %.3f q3 %.3f q4 %.3f q5 %.3f start %.4f q1 %.4f q5 %.4f groups %.0f->%.0f%n",
          seed,
          s.get("inactive_share_change_pp"),
          s.get("inactive_share_q1_change_pp"),
          s.get("inactive_share_q2_change_pp"),
          s.get("inactive_share_q3_change_pp"),
          s.get("inactive_share_q4_change_pp"),
          s.get("inactive_share_q5_change_pp"),
          s.get("inactive_share_start"),
          s.get("inactive_share_q1_start"),
          s.get("inactive_share_q5_start"),
          s.get("groups_start"),
          s.get("groups_end"));
    }
  }
}
