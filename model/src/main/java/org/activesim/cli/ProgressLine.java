package org.activesim.cli;

import java.io.PrintWriter;
import org.activesim.core.ProgressListener;

/**
 * A progress line on standard error for runs longer than a couple of seconds: stage, percentage,
 * elapsed time and an estimate of what is left for the stage. Rewritten in place on a terminal; one
 * line per 10% otherwise (logs, CI).
 */
final class ProgressLine implements ProgressListener, AutoCloseable {
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
    long now = System.nanoTime();
    if (!newStage.equals(stage)) {
      stage = newStage;
      stageStart = now;
      lastDecile = -1;
    }
    if (silent || now - start < QUIET_START_NANOS || total <= 0) {
      return;
    }
    int decile = (int) (10 * done / total);
    if (terminal) {
      if (now - lastPrint >= REFRESH_NANOS || done == total) {
        err.print("\r" + line(done, total, now) + "   ");
        err.flush();
        printedInPlace = true;
        lastPrint = now;
      }
    } else if (decile != lastDecile) {
      err.println(line(done, total, now));
      err.flush();
      lastDecile = decile;
    }
  }

  private String line(long done, long total, long now) {
    double elapsed = (now - start) / 1e9;
    double stageElapsed = (now - stageStart) / 1e9;
    String eta =
        done > 0 && done < total
            ? String.format(" - about %.0f s left", stageElapsed * (total - done) / done)
            : "";
    return String.format(
        "activesim: %s %d/%d (%d%%), %.0f s elapsed%s",
        stage, done, total, 100 * done / total, elapsed, eta);
  }

  @Override
  public void close() {
    if (printedInPlace) {
      err.println();
      err.flush();
    }
  }
}
