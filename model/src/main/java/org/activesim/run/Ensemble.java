package org.activesim.run;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.activesim.scenario.Scenario;

/**
 * Monte Carlo ensembles of a scenario: replicate r is the scenario run with root seed {@code seed +
 * r} ({@link ReplicateSeeds}), so replicate r of two scenarios with the same seed shares its random
 * numbers (common random numbers), and {@code activesim run --seed seed+r} repeats it exactly.
 *
 * <p><b>Order.</b> The recordings reach the {@link ReplicateConsumer} strictly in replicate order,
 * on the calling thread, whichever replicate finishes first. Everything a consumer computes from
 * them, and every decision of the {@link StoppingRule}, is therefore the same for any number of
 * threads (STYLE.md: same seed, same bytes, on 1 thread or 16).
 *
 * <p><b>Threads and memory.</b> Replicates run on {@code workers = min(threads, maxReplicates)}
 * threads, each simulation with {@code max(1, threads / workers)} threads inside (one replicate
 * alone gets them all; results do not depend on it). At most {@code workers} replicates are started
 * and not yet consumed: a worker that finishes ahead of the replicate due next waits, its recording
 * held, until the consumer has caught up. So at most {@code workers + 1} recordings are alive at
 * once (the window, plus the one being consumed, whose successor is started before it is consumed
 * to keep the workers busy).
 *
 * <p><b>Stopping.</b> After the consumer has taken n replicates, n from the rule's minimum on, the
 * ensemble stops if n is the maximum or the rule says {@link StoppingRule#enough enough}. Workers
 * run ahead of that decision by up to {@code workers} replicates; those beyond the stopping point
 * are abandoned (a simulation stops at its next weekly progress report) and never reach the
 * consumer. The waste is at most {@code workers} replicates, the price of a decision that depends
 * on replicate order only. (Deciding after whole batches of {@code threads} replicates would waste
 * nothing but make the number of replicates, and so the results, depend on the thread count.)
 *
 * <p>A typical consumer writes the replicate's files and folds it into {@link EnsembleStatistics};
 * a comparison of scenarios runs each with the same seed and pairs replicate r with replicate r.
 */
public final class Ensemble {

  private Ensemble() {}

  /**
   * Runs replicates 0 … n−1 of a scenario and hands each recording to {@code consumer} in order.
   *
   * @param scenario the scenario; replicate r runs it with seed {@code scenario.seed() + r}
   * @param replicates n >= 1
   * @param threads threads in all, >= 1 (the result does not depend on it)
   * @param consumer takes (r, recording) for r = 0, 1, …, n−1, on this thread
   * @param progress told of replicates done and simulated weeks (from any thread, serialised)
   * @throws IOException if the consumer throws it; later replicates are then abandoned
   */
  public static void run(
      Scenario scenario,
      int replicates,
      int threads,
      ReplicateConsumer consumer,
      EnsembleProgress progress)
      throws IOException {
    run(scenario, StoppingRule.fixed(replicates), threads, consumer, progress);
  }

  /**
   * Runs replicates 0, 1, … of a scenario until the rule stops them, handing each recording to
   * {@code consumer} in order; the rule is asked after the consumer has taken each replicate from
   * its minimum on (see {@link StoppingRule}).
   *
   * @param threads threads in all, >= 1 (the result does not depend on it)
   * @return the number of replicates consumed, between the rule's minimum and maximum
   * @throws IOException if the consumer throws it; later replicates are then abandoned
   * @throws RuntimeException a replicate's failure, as thrown by the simulation
   */
  public static int run(
      Scenario scenario,
      StoppingRule rule,
      int threads,
      ReplicateConsumer consumer,
      EnsembleProgress progress)
      throws IOException {
    return run(scenario, rule, threads, consumer, progress, 0);
  }

  /**
   * Goes on with an ensemble whose replicates 0 … first−1 the consumer has already taken (in an
   * earlier, interrupted process: {@code run --resume}): runs replicates first, first+1, … exactly
   * as an uninterrupted ensemble would have, and returns at once if the first ones were already
   * enough.
   *
   * @param first replicates already consumed, >= 0
   * @return the number of replicates consumed in all, first included
   */
  public static int run(
      Scenario scenario,
      StoppingRule rule,
      int threads,
      ReplicateConsumer consumer,
      EnsembleProgress progress,
      int first)
      throws IOException {
    int min = rule.minReplicates();
    int max = rule.maxReplicates();
    if (min < 1 || max < min) {
      throw new IllegalArgumentException(
          "need 1 <= min <= max replicates, got " + min + ", " + max);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    if (first < 0 || first > max) {
      throw new IllegalArgumentException("first replicate " + first + " outside 0.." + max);
    }
    if (first == max || (first > 0 && first >= min && rule.enough(first))) {
      return first;
    }
    int workers = Math.min(threads, max - first);
    int simThreads = Math.max(1, threads / workers);
    Tracker tracker = new Tracker(scenario, rule.projected(first), progress);
    ExecutorService pool = Executors.newFixedThreadPool(workers, daemonThreads());
    ArrayDeque<Future<Recording>> window = new ArrayDeque<>();
    try {
      int started = first;
      while (started < max && window.size() < workers) {
        window.addLast(pool.submit(replicate(scenario, started++, simThreads, tracker)));
      }
      int done = first;
      while (!window.isEmpty()) {
        Recording recording = join(window.removeFirst());
        if (started < max) {
          window.addLast(pool.submit(replicate(scenario, started++, simThreads, tracker)));
        }
        consumer.accept(done, recording);
        done++;
        boolean stop = done == max || (done >= min && rule.enough(done));
        tracker.consumed(done, stop ? done : Math.max(done + 1, rule.projected(done)));
        if (stop) {
          return done;
        }
      }
      throw new AssertionError("the window emptied before the maximum was reached");
    } finally {
      tracker.abandon();
      pool.shutdownNow();
      awaitQuietly(pool);
    }
  }

  private static Callable<Recording> replicate(
      Scenario scenario, int replicate, int simThreads, Tracker tracker) {
    Scenario replicateScenario = ReplicateSeeds.scenario(scenario, replicate);
    return () -> {
      ProgressListener weeks = tracker.listener();
      try (Simulation sim = Simulation.create(replicateScenario, simThreads, weeks)) {
        return sim.run(weeks);
      }
    };
  }

  private static Recording join(Future<Recording> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a replicate", e);
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

  /** Daemon workers: an abandoned replicate must never keep the JVM alive. */
  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread t = new Thread(task, "activesim-replicate-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** Waits for abandoned replicates to notice, so they do not compete with what comes next. */
  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Progress over the ensemble, in simulated weeks (burn-in and horizon) of all replicates, and the
   * switch that abandons replicates no longer needed. Cosmetic apart from the switch; it never
   * touches a result.
   */
  private static final class Tracker {
    private final EnsembleProgress out;
    private final double weeksPerReplicate;
    private volatile boolean abandoned;
    private long weeks;
    private int done;
    private int total;

    Tracker(Scenario scenario, int total, EnsembleProgress out) {
      this.out = out;
      this.total = total;
      this.weeksPerReplicate =
          Math.max(1, scenario.calibration().burnInWeeks() + (long) scenario.weeks());
    }

    /** A replicate's listener: counts its weeks and stops it once abandoned. */
    ProgressListener listener() {
      return (stage, stageDone, stageTotal) -> {
        if (abandoned) {
          throw new CancellationException("replicate no longer needed");
        }
        // The weekly stages report once per week; the building stages are not weeks.
        if (stage.equals("burn-in") || stage.equals("simulating")) {
          week();
        }
      };
    }

    private synchronized void week() {
      weeks++;
      report();
    }

    synchronized void consumed(int replicatesDone, int replicatesPlanned) {
      done = replicatesDone;
      total = replicatesPlanned;
      report();
    }

    private void report() {
      // All weeks simulated is not done: the last replicates are still to be consumed.
      double cap = done < total ? 0.99 : 1.0;
      out.replicates(done, total, Math.min(cap, weeks / (total * weeksPerReplicate)));
    }

    void abandon() {
      abandoned = true;
    }
  }
}
