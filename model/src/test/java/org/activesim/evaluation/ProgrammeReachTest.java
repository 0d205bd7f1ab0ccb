package org.activesim.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.activesim.TestScenarios;
import org.activesim.core.Decision;
import org.activesim.core.Metrics;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a comparison keeps of programmes: each replicate's reach (scaled at all, places running at
 * the end) read from hand-built recordings, summed and averaged over replicates by {@link
 * Comparison}, and the rollout of replicate 0 only.
 */
class ProgrammeReachTest {

  private static final String P = "referrals";
  private static final String Q = "bikes";

  /** A real digest of a small run without programmes, to copy with programme fields set. */
  private static ReplicateDigest plain;

  /** The same run digested without keeping its rollout. */
  private static ReplicateDigest withoutRollout;

  @BeforeAll
  static void run() {
    Scenario s = TestScenarios.essex(100, 1, 11);
    try (Simulation sim = Simulation.create(s, 1, ProgressListener.none())) {
      Recording r = sim.run(ProgressListener.none());
      plain = ReplicateDigest.of(r, true);
      withoutRollout = ReplicateDigest.of(r);
    }
  }

  /**
   * Three places, three recorded weeks: P pilots in A, is planned then replicated in B and
   * decommissioned in C by the end; Q is planned in A only at the end.
   */
  private static Recording recording(boolean withScale) {
    List<String> metrics =
        List.of("inactive_share", Metrics.programmeStateOf(P), Metrics.programmeStateOf(Q));
    Recording.Builder b = new Recording.Builder(List.of("A", "B", "C"), metrics);
    double[][] p = {{2, 2, 2}, {0, 1, 3}, {0, 3, 4}};
    double[][] q = {{0, 0, 1}, {0, 0, 0}, {0, 0, 0}};
    for (int w = 0; w < 3; w++) {
      b.beginWeek(w * 4);
      for (int place = 0; place < 3; place++) {
        b.set(place, Recording.ALL_QUINTILES, 1, p[place][w]);
        b.set(place, Recording.ALL_QUINTILES, 2, q[place][w]);
      }
    }
    b.addDecision(new Decision(0, P, "A", Decision.Kind.PILOT, Double.NaN, Double.NaN, "pilot"));
    if (withScale) {
      b.addDecision(new Decision(4, P, "A", Decision.Kind.SCALE, 2.5, 1.96, "strong evidence"));
    }
    b.addDecision(new Decision(4, P, "B", Decision.Kind.REPLICATE, Double.NaN, 1.96, "next"));
    return b.build(Map.of());
  }

  @Test
  void aRolloutReadsEveryProgrammesStatesAndDecisions() {
    ProgrammeRollout rollout = ProgrammeRollout.of(recording(true));
    assertEquals(List.of(P, Q), rollout.programmes());
    assertEquals(List.of("A", "B", "C"), rollout.places());
    assertArrayEquals(new int[] {0, 4, 8}, rollout.weeks());
    assertArrayEquals(new double[] {0, 1, 3}, rollout.state(0, 1));
    assertEquals(3, rollout.decisions().size());
  }

  @Test
  void reachCountsPilotsAndReplicasAtTheEndAndAnyScaleDecision() {
    // P: pilot in A and replica in B run at the end; C was decommissioned. Q is only planned.
    assertEquals(
        List.of(new ProgrammeReach(P, true, 2), new ProgrammeReach(Q, false, 0)),
        ProgrammeRollout.of(recording(true)).reach());
    assertEquals(
        new ProgrammeReach(P, false, 2), ProgrammeRollout.of(recording(false)).reach().get(0));
  }

  @Test
  void aRunWithoutProgrammesHasAnEmptyRolloutAndNoReach() {
    assertTrue(plain.programmes().isEmpty());
    assertTrue(plain.rollout().isEmpty());
    assertTrue(withoutRollout.rollout() == null);
  }

  private static ReplicateDigest with(List<ProgrammeReach> reach, ProgrammeRollout rollout) {
    ReplicateDigest d = plain;
    return new ReplicateDigest(
        d.summary(),
        d.weeks(),
        d.inactiveShare(),
        d.gapPp(),
        d.yearly(),
        d.slopeIndexPpEnd(),
        d.mechanismRates(),
        d.placeInactiveShareEnd(),
        reach,
        rollout);
  }

  @Test
  void aComparisonCountsScaledReplicatesAndAveragesPlacesRunning() {
    ProgrammeRollout first = ProgrammeRollout.of(recording(true));
    ProgrammeRollout other = ProgrammeRollout.of(recording(false));
    ReplicateDigest[] base = {with(List.of(), null), with(List.of(), null), with(List.of(), null)};
    ReplicateDigest[] scaled = {
      with(List.of(new ProgrammeReach(P, true, 2)), first),
      with(List.of(new ProgrammeReach(P, false, 1)), other),
      with(List.of(new ProgrammeReach(P, true, 3)), other)
    };
    var spec = TestScenarios.essex(100, 1, 11).economics();
    Comparison c =
        new Comparison(List.of("base", "scale"), List.of(base, scaled), List.of(spec, spec));
    assertEquals(List.of(), c.programmes(0));
    assertTrue(c.rollout(0).isEmpty());
    assertEquals(List.of(P), c.programmes(1));
    assertEquals(2, c.replicatesScaled(1, 0));
    Interval running = c.placesRunningEnd(1, 0);
    assertEquals(2.0, running.mean(), 1e-12);
    assertEquals(3, running.n());
    // Replicates ran it in 2, 1 and 3 places: the range a count stays inside.
    assertEquals(1.0, c.placesRunningEndRange(1, 0)[0]);
    assertEquals(3.0, c.placesRunningEndRange(1, 0)[1]);
    // Only replicate 0's rollout is kept: the other replicates' are ignored.
    assertTrue(c.rollout(1).orElseThrow() == first);
  }

  @Test
  void replicatesWithOtherProgrammesCannotBeCompared() {
    ReplicateDigest[] odd = {
      with(List.of(new ProgrammeReach(P, true, 2)), null),
      with(List.of(new ProgrammeReach(Q, true, 2)), null)
    };
    var spec = TestScenarios.essex(100, 1, 11).economics();
    assertThrows(
        IllegalArgumentException.class,
        () -> new Comparison(List.of("scale"), List.<ReplicateDigest[]>of(odd), List.of(spec)));
  }
}
