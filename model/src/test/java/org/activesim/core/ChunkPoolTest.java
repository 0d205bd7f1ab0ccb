package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The resident phases' thread pool: every chunk once, failures passed on, no waits that hang. */
class ChunkPoolTest {

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3})
  void everyChunkRunsExactlyOnce(int threads) {
    try (ChunkPool pool = new ChunkPool(threads)) {
      for (int count : new int[] {0, 1, 2, 3, 7, 294}) {
        AtomicIntegerArray runs = new AtomicIntegerArray(count);
        pool.run(count, runs::incrementAndGet);
        int[] once = new int[count];
        Arrays.fill(once, 1);
        int[] seen = new int[count];
        for (int c = 0; c < count; c++) {
          seen[c] = runs.get(c);
        }
        assertArrayEquals(once, seen, "count " + count);
      }
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3})
  void aFailingChunkIsReportedAndThePoolGoesOn(int threads) {
    try (ChunkPool pool = new ChunkPool(threads)) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  pool.run(
                      100,
                      c -> {
                        if (c == 57) {
                          throw new IllegalStateException("chunk 57");
                        }
                      }));
      assertEquals("chunk 57", e.getMessage());
      AtomicLong sum = new AtomicLong();
      pool.run(100, sum::addAndGet);
      assertEquals(99 * 100 / 2, sum.get());
    }
  }

  /**
   * Beside a serial part: the part runs once, on the calling thread, every chunk runs once, and the
   * helpers start on the chunks while it runs (a part that waits for a chunk to start would
   * otherwise wait forever); on one thread, the part then the chunks.
   */
  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 3})
  void chunksRunBesideASerialPart(int threads) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          ChunkPool pool = threads > 1 ? new ChunkPool(threads) : null;
          ResidentDynamics.ChunkRunner runner =
              pool != null ? pool : ResidentDynamics.ChunkRunner.sequential();
          try {
            for (int count : new int[] {0, 1, 2, 7, 294}) {
              AtomicIntegerArray runs = new AtomicIntegerArray(count);
              AtomicLong serialRuns = new AtomicLong();
              Thread caller = Thread.currentThread();
              runner.runBeside(
                  () -> {
                    assertEquals(caller, Thread.currentThread(), "the part runs on the caller");
                    serialRuns.incrementAndGet();
                    if (threads > 1 && count > 0) {
                      while (started(runs) == 0) {
                        Thread.onSpinWait(); // a helper starts without the caller
                      }
                    } else {
                      assertEquals(0, started(runs), "one thread: the part first");
                    }
                  },
                  count,
                  runs::incrementAndGet);
              assertEquals(1, serialRuns.get(), "count " + count);
              for (int c = 0; c < count; c++) {
                assertEquals(1, runs.get(c), "chunk " + c + " of " + count);
              }
            }
            IllegalStateException e =
                assertThrows(
                    IllegalStateException.class,
                    () ->
                        runner.runBeside(
                            () -> {
                              throw new IllegalStateException("the part");
                            },
                            50,
                            c -> {}));
            assertEquals("the part", e.getMessage());
            AtomicLong sum = new AtomicLong();
            runner.runBeside(() -> {}, 100, sum::addAndGet);
            assertEquals(99 * 100 / 2, sum.get(), "the pool goes on");
          } finally {
            if (pool != null) {
              pool.close();
            }
          }
        });
  }

  private static int started(AtomicIntegerArray runs) {
    int n = 0;
    for (int c = 0; c < runs.length(); c++) {
      n += runs.get(c);
    }
    return n;
  }

  /** A chunk task that runs chunks itself must not wait on a helper that is busy with it. */
  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3})
  void nestedRunsFinish(int threads) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          try (ChunkPool pool = new ChunkPool(threads)) {
            AtomicLong inner = new AtomicLong();
            pool.run(8, c -> pool.run(16, k -> inner.incrementAndGet()));
            assertEquals(8 * 16, inner.get());
          }
        });
  }

  /**
   * Many short phases, as a long run makes (about 10 a week, 780 weeks): the earlier fork-join
   * runner hung once in such a run; this one must finish them all.
   */
  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 3})
  void manyShortPhasesAllFinish(int threads) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          try (ChunkPool pool = new ChunkPool(threads)) {
            AtomicLong total = new AtomicLong();
            for (int phase = 0; phase < 50_000; phase++) {
              pool.run(1 + phase % 5, c -> total.incrementAndGet());
            }
            long expected = 0;
            for (int phase = 0; phase < 50_000; phase++) {
              expected += 1 + phase % 5;
            }
            assertEquals(expected, total.get());
          }
        });
  }
}
