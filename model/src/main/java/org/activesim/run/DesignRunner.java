package org.activesim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.activesim.scenario.Scenario;

/**
 * Runs every point of a design R times: replicate r of every point with seed {@code seed + r}
 * (common random numbers across points, as {@link Ensemble} does across scenarios), each run
 * single-threaded and digested on its worker as soon as it ends, so that only digests are kept.
 * Runs are spread over the threads point × replicate; the digests come back indexed [point][r], so
 * the result is the same on any number of threads.
 */
final class DesignRunner {

  private DesignRunner() {}

  static <T> List<List<T>> run(
      List<Scenario> points,
      int replicates,
      int threads,
      Function<Recording, T> digest,
      EnsembleProgress progress) {
    int total = points.size() * replicates;
    AtomicInteger done = new AtomicInteger();
    List<Callable<T>> tasks = new ArrayList<>();
    for (Scenario point : points) {
      for (int r = 0; r < replicates; r++) {
        Scenario s = ReplicateSeeds.scenario(point, r);
        tasks.add(
            () -> {
              ProgressListener quiet = (stage, stageDone, stageTotal) -> {};
              T d;
              try (Simulation sim = Simulation.create(s, 1, quiet)) {
                d = digest.apply(sim.run(quiet));
              }
              int n = done.incrementAndGet();
              synchronized (progress) {
                progress.replicates(n, total, n / (double) total);
              }
              return d;
            });
      }
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, Math.min(threads, total)),
            task -> {
              Thread t = new Thread(task, "activesim-design");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<T>> futures = pool.invokeAll(tasks);
      List<List<T>> result = new ArrayList<>();
      for (int p = 0; p < points.size(); p++) {
        List<T> row = new ArrayList<>();
        for (int r = 0; r < replicates; r++) {
          row.add(join(futures.get(p * replicates + r)));
        }
        result.add(row);
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running a design", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T join(Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
