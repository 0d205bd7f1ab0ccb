package org.activesim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.activesim.io.ScenarioException;
import org.activesim.io.ScenarioLoader;
import org.activesim.output.TimeseriesCsv;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replicates reach the consumer in order, each equal to a single run with seed + r, the same on any
 * thread count; stopping rules and failures end the ensemble. A tiny scenario (2,000 agents, half a
 * year... one year, two weeks of burn-in) keeps each replicate well under a second.
 */
class EnsembleTest {

  static Scenario tiny() {
    String yaml =
        """
        name: ensemble-test
        seed: 1000
        years: 1
        scale: 20
        places:
          - name: Alpha
            population: 30000
            quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2]
            initialGroups: 2
          - name: Beta
            population: 20000
            quintileShares: [0.3, 0.3, 0.2, 0.1, 0.1]
            initialGroups: 1
        calibration:
          burnInWeeks: 2
        outputs:
          charts: false
          recordEveryWeeks: 4
        """;
    try {
      return ScenarioLoader.parse("tiny.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (ScenarioException e) {
      throw new IllegalStateException(e);
    }
  }

  static String timeseries(Recording r) {
    StringBuilder out = new StringBuilder();
    try {
      TimeseriesCsv.write(r, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The timeseries text of every replicate, in the order the consumer saw them. */
  private static List<String> run(Scenario s, StoppingRule rule, int threads, List<Integer> order)
      throws IOException {
    List<String> texts = new ArrayList<>();
    int n =
        Ensemble.run(
            s,
            rule,
            threads,
            (r, recording) -> {
              order.add(r);
              texts.add(timeseries(recording));
            },
            EnsembleProgress.none());
    assertEquals(texts.size(), n);
    return texts;
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 3})
  void replicatesArriveInOrderAndEqualSingleRunsWithSeedPlusR(int threads) throws IOException {
    Scenario s = tiny();
    List<Integer> order = new ArrayList<>();
    List<String> texts = run(s, StoppingRule.fixed(4), threads, order);
    assertEquals(List.of(0, 1, 2, 3), order);
    for (int r : new int[] {0, 3}) {
      try (Simulation sim = Simulation.create(s.withSeed(1000 + r), 1, ProgressListener.none())) {
        assertEquals(timeseries(sim.run(ProgressListener.none())), texts.get(r), "replicate " + r);
      }
    }
    assertNotEquals(texts.get(0), texts.get(1), "replicates differ");
  }

  @Test
  void aRuleStopsTheEnsembleAtTheSameReplicateOnAnyThreadCount() throws IOException {
    List<List<String>> runs = new ArrayList<>();
    for (int threads : new int[] {1, 2, 4}) {
      List<Integer> order = new ArrayList<>();
      StoppingRule stopAtThree =
          new StoppingRule() {
            @Override
            public int minReplicates() {
              return 2;
            }

            @Override
            public int maxReplicates() {
              return 50;
            }

            @Override
            public boolean enough(int completed) {
              assertEquals(completed, order.size(), "asked after the consumer took it");
              return completed == 3;
            }
          };
      runs.add(run(tiny(), stopAtThree, threads, order));
      assertEquals(List.of(0, 1, 2), order, threads + " threads");
    }
    assertEquals(runs.get(0), runs.get(1));
    assertEquals(runs.get(0), runs.get(2));
  }

  @Test
  void aConsumerFailureEndsTheEnsembleAndReachesTheCaller() {
    IOException disk = new IOException("disk full");
    List<Integer> seen = new ArrayList<>();
    IOException thrown =
        assertThrows(
            IOException.class,
            () ->
                Ensemble.run(
                    tiny(),
                    6,
                    2,
                    (r, recording) -> {
                      seen.add(r);
                      if (r == 1) {
                        throw disk;
                      }
                    },
                    EnsembleProgress.none()));
    assertSame(disk, thrown);
    assertEquals(List.of(0, 1), seen);
  }

  @Test
  void progressCountsReplicatesAndEndsAtOne() throws IOException {
    List<double[]> calls = new ArrayList<>();
    Ensemble.run(
        tiny(),
        3,
        2,
        (r, recording) -> {},
        (done, total, fraction) -> calls.add(new double[] {done, total, fraction}));
    double[] last = calls.get(calls.size() - 1);
    assertEquals(3, last[0]);
    assertEquals(3, last[1]);
    assertEquals(1.0, last[2]);
    double previous = 0;
    for (double[] call : calls) {
      assertTrue(call[2] >= previous, "fraction never goes back");
      previous = call[2];
    }
  }

  /**
   * While the consumer dwells on replicate 0, two workers may finish replicates 1 and 2 but must
   * not start replicate 3: at most workers + 1 recordings are ever held. The progress fraction
   * counts the weeks of every replicate started, so it cannot pass 3 of 10 replicates' worth
   * meanwhile.
   */
  @Test
  void workersRunNoFurtherAheadOfTheConsumerThanTheirNumber() throws IOException {
    double[] fraction = new double[1];
    double[] duringReplicate0 = new double[1];
    Ensemble.run(
        tiny(),
        10,
        2,
        (r, recording) -> {
          if (r == 0) {
            try {
              Thread.sleep(1500);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            synchronized (fraction) {
              duringReplicate0[0] = fraction[0];
            }
          }
        },
        (done, total, f) -> {
          synchronized (fraction) {
            fraction[0] = f;
          }
        });
    assertTrue(duringReplicate0[0] <= 0.3 + 1e-12, "fraction " + duringReplicate0[0]);
  }

  @Test
  void argumentsAreChecked() {
    ReplicateConsumer ignore = (r, recording) -> {};
    EnsembleProgress none = EnsembleProgress.none();
    assertThrows(IllegalArgumentException.class, () -> Ensemble.run(tiny(), 0, 1, ignore, none));
    assertThrows(IllegalArgumentException.class, () -> Ensemble.run(tiny(), 2, 0, ignore, none));
  }

  @Test
  void replicateSeedsAreSeedPlusR() {
    assertEquals(1003, ReplicateSeeds.seed(1000, 3));
    assertEquals(Long.MIN_VALUE, ReplicateSeeds.seed(Long.MAX_VALUE, 1), "wraps");
    assertEquals(1002, ReplicateSeeds.scenario(tiny(), 2).seed());
    assertThrows(IllegalArgumentException.class, () -> ReplicateSeeds.seed(1, -1));
  }
}
