package org.activesim.core;

import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import org.activesim.core.ResidentDynamics.ChunkRunner;

/**
 * Runs a phase's chunks on a fixed set of threads: the calling thread and {@code threads − 1}
 * helper threads. Which thread runs a chunk does not matter (each chunk writes only its own slots),
 * so results are the same on any thread count.
 *
 * <p>Who takes which chunk: the chunks are cut into one contiguous part per thread, the caller's
 * first; each thread takes the chunks of its own part in order, then helps with the others' parts,
 * taking from the same counters. So in phase after phase, and week after week, a chunk is mostly
 * run by the same thread, and the residents' bytes, the chunk's lists and its counts stay in that
 * core's cache. When every chunk went to whichever thread asked next, half of them changed core
 * from one phase to the next and had to be fetched from the other core's cache (bench/README,
 * session 8).
 *
 * <p>Handing over: the caller publishes the phase as a {@link Job} and wakes any helper that is
 * parked. A helper that has just finished a job spins for {@value #SPIN_NANOS} ns before it parks:
 * waking a parked thread took about 15 µs a phase on this machine, and a model week runs several
 * parallel phases separated by a few microseconds of serial work, so most handovers now find the
 * helper spinning; the longest serial stretch, the levers (about 0.1 ms at full scale), is left to
 * parking, so that an idle helper does not take a core from the JIT compiler or from other runs for
 * long (bench/README, session 7).
 *
 * <p>Why the caller never waits for a helper that has not started: a full-scale run once hung in a
 * {@code ForkJoinPool}, the caller parked in {@code join} and the pool's only worker parked waiting
 * on a subtask nobody ran (JDK 17.0.15; cf. JDK-8330017). Here a helper never waits on anything but
 * the next job: it drains the counter and returns. The caller, once the counter is drained,
 * abandons the helpers that have not joined the job (so a chunk task that itself runs chunks cannot
 * wait on a helper that is busy with it) and waits only for those already in it, which are
 * finishing their last chunk.
 */
public final class ChunkPool implements ChunkRunner, AutoCloseable {
  private static final int QUEUED = 0;
  private static final int RUNNING = 1;
  private static final int DONE = 2;
  private static final int ABANDONED = 3;

  /**
   * How long an idle helper spins for the next job before it parks (numerical choice: 200 µs, which
   * also covered the levers, made the first run of a JVM slower).
   */
  private static final long SPIN_NANOS = 50_000;

  private final Thread[] helpers;

  /** The latest job published, or null before the first. */
  private volatile Job current;

  private volatile boolean closed;

  /**
   * Ints between two parts' counters: a cache line of 64 bytes, so that a thread taking chunks from
   * its own part does not contend with another taking from the next.
   */
  private static final int PAD = 16;

  /** One {@link #run} call: its chunks, their parts' counters and each helper's part in it. */
  private static final class Job {
    final int count;
    final IntConsumer task;
    final int parts;

    /** Chunks taken so far from part p, at index {@code p · PAD}. */
    final AtomicIntegerArray taken;

    /** Per helper: QUEUED, RUNNING (joined), DONE, or ABANDONED by the caller. */
    final AtomicIntegerArray state;

    volatile Throwable failure;

    Job(int count, IntConsumer task, int helpers) {
      this.count = count;
      this.task = task;
      this.parts = helpers + 1;
      this.taken = new AtomicIntegerArray(parts * PAD);
      this.state = new AtomicIntegerArray(helpers);
    }

    /** First chunk of part p (part {@code parts} is the end). */
    int partStart(int p) {
      return (int) ((long) count * p / parts);
    }

    /** Runs chunks until none is left: part {@code own} first, then the others in turn. */
    void drain(int own) {
      for (int k = 0; k < parts; k++) {
        int p = (own + k) % parts;
        int start = partStart(p);
        int size = partStart(p + 1) - start;
        for (int t = taken.getAndIncrement(p * PAD); t < size; t = taken.getAndIncrement(p * PAD)) {
          task.accept(start + t);
        }
      }
    }

    /** Leaves no chunk to take (after a failure). */
    void stop() {
      for (int p = 0; p < parts; p++) {
        taken.set(p * PAD, count);
      }
    }
  }

  /**
   * @param threads total threads, the caller's included (at least 2)
   */
  public ChunkPool(int threads) {
    if (threads < 2) {
      throw new IllegalArgumentException("a pool needs at least 2 threads: " + threads);
    }
    helpers = new Thread[threads - 1];
    for (int h = 0; h < helpers.length; h++) {
      int me = h;
      helpers[h] = new Thread(() -> help(me), "activesim-chunks-" + (h + 1));
      helpers[h].setDaemon(true); // never keeps the JVM alive after the run
      helpers[h].start();
    }
  }

  @Override
  public void run(int count, IntConsumer task) {
    execute(null, count, task);
  }

  /**
   * Runs {@code serial} on the calling thread while the helpers start on the chunks; then the
   * caller helps with those left. For work that reads nothing the serial part writes.
   */
  @Override
  public void runBeside(Runnable serial, int count, IntConsumer task) {
    execute(serial, count, task);
  }

  private void execute(Runnable serial, int count, IntConsumer task) {
    Job job = new Job(count, task, helpers.length);
    if (count > 1 || serial != null && count > 0) {
      current = job;
      for (Thread helper : helpers) {
        LockSupport.unpark(helper); // a no-op for one spinning, at most a permit for later
      }
    }
    Throwable failure = null;
    try {
      if (serial != null) {
        serial.run();
      }
      job.drain(0);
    } catch (RuntimeException | Error e) {
      failure = e;
      job.stop(); // stop the helpers taking more chunks
    }
    for (int h = 0; h < helpers.length; h++) {
      if (job.state.compareAndSet(h, QUEUED, ABANDONED)) {
        continue; // never joined, and now never will
      }
      while (job.state.get(h) != DONE) {
        Thread.onSpinWait(); // in its last chunk; its writes are visible once it says DONE
      }
    }
    if (failure == null) {
      failure = job.failure;
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

  /** A helper's life: join each job published, spinning briefly between jobs, then parking. */
  private void help(int me) {
    Job done = null;
    while (!closed) {
      Job job = current;
      if (job == null || job == done) {
        job = awaitJob(done);
        if (job == null) {
          continue; // closed, or woken with nothing new
        }
      }
      done = job;
      if (job.state.compareAndSet(me, QUEUED, RUNNING)) {
        try {
          job.drain(me + 1);
        } catch (RuntimeException | Error e) {
          job.failure = e;
          job.stop();
        } finally {
          job.state.set(me, DONE);
        }
      }
    }
  }

  /** The next job after {@code done}: spins for {@link #SPIN_NANOS}, then parks; null if none. */
  private Job awaitJob(Job done) {
    long start = System.nanoTime();
    while (System.nanoTime() - start < SPIN_NANOS) {
      for (int k = 0; k < 64; k++) {
        Job job = current;
        if (job != null && job != done) {
          return job;
        }
        Thread.onSpinWait();
      }
    }
    LockSupport.park(this);
    Job job = current;
    return job != null && job != done ? job : null;
  }

  @Override
  public void close() {
    closed = true;
    for (Thread helper : helpers) {
      LockSupport.unpark(helper);
    }
  }
}
