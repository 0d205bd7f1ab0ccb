package org.activesim.cli;

import java.io.PrintWriter;
import org.activesim.core.ProgressListener;
import org.activesim.run.EnsembleProgress;

/**
 * A progress line on standard error for runs longer than a couple of seconds: stage, percentage,
 * elapsed time and an estimate of what is left for the stage. Rewritten in place on a terminal; one
 * line per 10% otherwise (logs, CI). An ensemble's line counts replicates done out of those planned
 * ({@code replicates 3/8 done (41%)}); its percentage and estimate count the weeks of replicates
 * still running too.
 */
final class ProgressLine implements ProgressListener, EnsembleProgress, AutoCloseable {
  private static final long QUIET_START_NANOS = 2_000_000_000L;
  private static final long REFRESH_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final boolean silent;
  private final boolean terminal = System.console() != null;
  private final long start = System.nanoTime();
  private String stage = "";
  private long stageStart = start;
  private long lastPrint;
  private int lastDecile = -1;
  private boolean printedInPlace;

  ProgressLine(PrintWriter err, boolean silent) {
    this.err = err;
    this.silent = silent;
  }

  @Override
  public void progress(String newStage, long done, long total) {
    if (total <= 0) {
      enter(newStage, System.nanoTime());
      return;
    }
    show(newStage, newStage + " " + done + "/" + total, (double) done / total, 100 * done / total);
  }

  @Override
  public void replicates(int done, int total, double fraction) {
    show(
        "replicates",
        "replicates " + done + "/" + total + " done",
        fraction,
        (long) Math.floor(100 * fraction));
  }

  /** Starts timing a new stage (the estimate of what is left is per stage). */
  private void enter(String newStage, long now) {
    if (!newStage.equals(stage)) {
      stage = newStage;
      stageStart = now;
      lastDecile = -1;
    }
  }

  private void show(String newStage, String what, double fraction, long percent) {
    long now = System.nanoTime();
    enter(newStage, now);
    if (silent || now - start < QUIET_START_NANOS) {
      return;
    }
    int decile = (int) (10 * fraction);
    boolean finished = fraction >= 1;
    if (terminal) {
      if (now - lastPrint >= REFRESH_NANOS || finished) {
        err.print("\r" + line(what, fraction, percent, now) + "   ");
        err.flush();
        printedInPlace = true;
        lastPrint = now;
      }
    } else if (decile != lastDecile) {
      err.println(line(what, fraction, percent, now));
      err.flush();
      lastDecile = decile;
    }
  }

  private String line(String what, double fraction, long percent, long now) {
    double elapsed = (now - start) / 1e9;
    double stageElapsed = (now - stageStart) / 1e9;
    String eta =
        fraction > 0 && fraction < 1
            ? String.format(" - about %.0f s left", stageElapsed * (1 - fraction) / fraction)
            : "";
    return String.format("activesim: %s (%d%%), %.0f s elapsed%s", what, percent, elapsed, eta);
  }

  @Override
  public void close() {
    if (printedInPlace) {
      err.println();
      err.flush();
    }
  }
}
