package org.activesim.core.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.activesim.core.ProgressListener;

/**
 * Replicates of a {@link ReferralTrial}: replicate r runs with root seed {@code seed + r} (seed of
 * the trial's scenario), so an ensemble of R replicates is the first R of any longer one, and the
 * same seeds at every evaluation give common random numbers for the calibration.
 *
 * <p>Threading: replicates run on a fixed pool of {@code min(threads, R)} workers, each simulation
 * given the threads left over ({@code threads / workers}, at least 1); results are collected in
 * replicate order, never completion order. Every replicate's draws depend on its seed only, so the
 * ensemble is identical on any thread count (STYLE.md: "Same seed, same bytes, on 1 thread or 16").
 */
public final class TrialEnsemble {

  private TrialEnsemble() {}

  /**
   * Runs R replicates of the trial.
   *
   * @param replicates R >= 1
   * @param threads threads in all, >= 1 (the result does not depend on it)
   * @param progress told of simulated weeks over all replicates (any thread; calls are serialised)
   * @throws TrialException if a replicate cannot be run as designed
   */
  public static EnsembleOutcome run(
      ReferralTrial trial, int replicates, int threads, ProgressListener progress) {
    if (replicates < 1) {
      throw new IllegalArgumentException("replicates must be >= 1, was " + replicates);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    int workers = Math.min(threads, replicates);
    int simThreads = Math.max(1, threads / workers);
    long seed = trial.scenario().seed();
    WeekCounter counter = new WeekCounter(trial, replicates, progress);
    if (workers == 1) {
      List<TrialOutcome> out = new ArrayList<>();
      for (int r = 0; r < replicates; r++) {
        out.add(trial.run(seed + r, simThreads, counter));
      }
      return new EnsembleOutcome(out);
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<TrialOutcome>> futures = new ArrayList<>();
      for (int r = 0; r < replicates; r++) {
        long replicateSeed = seed + r;
        futures.add(pool.submit(() -> trial.run(replicateSeed, simThreads, counter)));
      }
      List<TrialOutcome> out = new ArrayList<>();
      for (Future<TrialOutcome> f : futures) {
        out.add(join(f));
      }
      return new EnsembleOutcome(out);
    } finally {
      pool.shutdownNow();
    }
  }

  private static TrialOutcome join(Future<TrialOutcome> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a trial replicate", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Progress over the ensemble: every week of burn-in or follow-up of any replicate is one unit.
   * Cosmetic only; it never touches the results.
   */
  private static final class WeekCounter implements ProgressListener {
    private final ProgressListener out;
    private final long total;
    private long done;

    WeekCounter(ReferralTrial trial, int replicates, ProgressListener out) {
      this.out = out;
      int burnIn = trial.scenario().calibration().burnInWeeks();
      this.total = (long) replicates * (burnIn + trial.followUpWeeks());
    }

    @Override
    public synchronized void progress(String stage, long stageDone, long stageTotal) {
      // Weekly stages report done = 1..total once each; building stages are not weeks.
      if (stage.equals("burn-in") || stage.equals("trial follow-up")) {
        done = Math.min(total, done + 1);
        out.progress("trial replicates (burn-in and follow-up weeks)", done, total);
      }
    }
  }
}
