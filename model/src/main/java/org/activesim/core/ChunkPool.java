package org.activesim.core;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntConsumer;
import org.activesim.core.ResidentDynamics.ChunkRunner;

/**
 * Runs a phase's chunks on a fixed set of threads: the calling thread and {@code threads − 1}
 * helpers take chunk numbers from one counter until none are left. Which thread runs a chunk does
 * not matter (each chunk writes only its own slots), so results are the same on any thread count.
 *
 * <p>Why not a {@code ForkJoinPool} with a parallel stream, as before: a full-scale run once hung
 * there, the caller parked in {@code join} and the pool's only worker parked waiting on a subtask
 * nobody ran (JDK 17.0.15; cf. JDK-8330017). Here a helper never waits on anything: it drains the
 * counter and returns. The caller, once the counter is drained, abandons helper tasks that have not
 * started (so a chunk task that itself runs chunks cannot wait on a helper that is busy with it)
 * and waits only for those already running, which are finishing their last chunk.
 */
public final class ChunkPool implements ChunkRunner, AutoCloseable {
  private static final int QUEUED = 0;
  private static final int RUNNING = 1;
  private static final int ABANDONED = 2;

  private final ExecutorService helpers;
  private final int helperCount;

  /**
   * @param threads total threads, the caller's included (at least 2)
   */
  public ChunkPool(int threads) {
    if (threads < 2) {
      throw new IllegalArgumentException("a pool needs at least 2 threads: " + threads);
    }
    this.helperCount = threads - 1;
    AtomicInteger number = new AtomicInteger();
    this.helpers =
        Executors.newFixedThreadPool(
            helperCount,
            r -> {
              Thread t = new Thread(r, "activesim-chunks-" + number.incrementAndGet());
              t.setDaemon(true); // never keeps the JVM alive after the run
              return t;
            });
  }

  @Override
  public void run(int count, IntConsumer task) {
    AtomicInteger next = new AtomicInteger();
    int started = Math.max(0, Math.min(helperCount, count - 1));
    // Per helper task: QUEUED until a helper thread claims it (RUNNING), or ABANDONED by the
    // caller once every chunk is taken; an abandoned task returns at once whenever it is reached.
    AtomicIntegerArray state = new AtomicIntegerArray(started);
    Future<?>[] helping = new Future<?>[started];
    for (int h = 0; h < started; h++) {
      int me = h;
      helping[h] =
          helpers.submit(
              () -> {
                if (state.compareAndSet(me, QUEUED, RUNNING)) {
                  drain(next, count, task);
                }
              });
    }
    Throwable failure = null;
    try {
      drain(next, count, task);
    } catch (RuntimeException | Error e) {
      failure = e;
      next.set(count); // stop the helpers taking more chunks
    }
    for (int h = 0; h < started; h++) {
      if (state.compareAndSet(h, QUEUED, ABANDONED)) {
        continue; // never started, and now never will
      }
      try {
        helping[h].get(); // running: wait for its last chunk, so its writes are visible here
      } catch (ExecutionException e) {
        failure = failure == null ? e.getCause() : failure;
        next.set(count);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure = failure == null ? e : failure;
      }
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    if (failure != null) {
      throw new IllegalStateException("a chunk task failed", failure);
    }
  }

  private static void drain(AtomicInteger next, int count, IntConsumer task) {
    for (int c = next.getAndIncrement(); c < count; c = next.getAndIncrement()) {
      task.accept(c);
    }
  }

  @Override
  public void close() {
    helpers.shutdownNow();
  }
}
