package org.activesim.run;

import java.util.Locale;
import org.activesim.core.PopulationSynthesis;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.Scenario;

/**
 * How much heap a run needs, from its number of agents (adults ÷ scale) and the weeks it records,
 * checked against the JVM's maximum before anything starts: a run that cannot fit is refused with
 * what it needs and the {@code --scale} that would fit, instead of an OutOfMemoryError minutes
 * later.
 *
 * <p><b>Calibration</b> (2026-11-26, JDK 17, G1, {@code essex-ldp.yaml}, {@code --threads 1}): the
 * smallest {@code -Xmx} with which a run completes, found by bisection to 8 MiB: one year at scale
 * 4 (300,699 agents) 75 MiB, at scale 2 (601,398 agents) 158 MiB, so about 290 bytes per agent at
 * the peak, while the population and the network are built (temporary edge lists beside the frozen
 * network; a resident holds 154 bytes after build and burn-in, bench/README.md, "Memory per
 * resident"); ten years at scale 10 (120,280 agents, 521 recorded weeks, charts) 73 MiB, so about
 * 40 MiB for the JVM's own needs, the recording and the charts. The estimate is {@link
 * #BYTES_PER_AGENT} per agent (290 with a quarter's margin), {@link #BYTES_PER_PLACE_WEEK} per
 * recorded week and place (the recording's cells and mechanism counts, with margin) and {@link
 * #BASE_BYTES}; it gives 102 MB for that ten-year run (measured 77 MB) and 0.5 GB for Essex at
 * scale 1. An ensemble counts each replicate running at once in full, plus the statistics across
 * replicates (about two recordings).
 */
public final class MemoryEstimate {

  /** Peak heap per agent of one simulation: 290 bytes measured, with a quarter's margin. */
  static final long BYTES_PER_AGENT = 360;

  /** Recording per recorded week and place (the ALL aggregate counts as a place). */
  static final long BYTES_PER_PLACE_WEEK = 8 * 1024;

  /** The JVM's own needs, charts and the run's bookkeeping. */
  static final long BASE_BYTES = 32L * 1024 * 1024;

  private MemoryEstimate() {}

  /** Agents the scenario simulates at its scale. */
  public static long agents(Scenario s) {
    long agents = 0;
    for (PlaceSpec place : s.places()) {
      agents += PopulationSynthesis.agents(place, s.population(), s.scale());
    }
    return agents;
  }

  /** Estimated peak heap, in bytes, of {@code simulations} concurrent simulations of {@code s}. */
  public static long bytesNeeded(Scenario s, int simulations) {
    long recording = recordedWeeks(s) * (s.places().size() + 1L) * BYTES_PER_PLACE_WEEK;
    long statistics = simulations > 1 ? 2 * recording : 0;
    return BASE_BYTES + simulations * (agents(s) * BYTES_PER_AGENT + recording) + statistics;
  }

  private static long recordedWeeks(Scenario s) {
    return s.weeks() / s.outputs().recordEveryWeeks() + 2L;
  }

  /**
   * Refuses a run whose estimate exceeds {@code maxHeapBytes} ({@code Runtime.maxMemory()}).
   *
   * @param simulations simulations that run at once (an ensemble's workers)
   * @throws TooLargeForHeapException with the heap needed and a {@code --scale} that fits
   */
  public static void check(Scenario s, int simulations, long maxHeapBytes)
      throws TooLargeForHeapException {
    long needed = bytesNeeded(s, simulations);
    if (needed <= maxHeapBytes) {
      return;
    }
    StringBuilder message =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "scenario '%s' at scale %s simulates %,d agents%s and needs about %s of heap;"
                    + " this JVM may use %s.",
                s.name(),
                plain(s.scale()),
                agents(s),
                simulations > 1 ? " in each of " + simulations + " replicates at once" : "",
                gigabytes(needed),
                gigabytes(maxHeapBytes)));
    Double fits = scaleThatFits(s, simulations, maxHeapBytes);
    if (fits != null) {
      message.append(" Use --scale ").append(plain(fits)).append(" or larger,");
    } else {
      message.append(" No scale fits in this heap;");
    }
    if (simulations > 1) {
      message.append(" fewer --threads (replicates at once),");
    }
    message
        .append(" or give Java more memory, e.g. ACTIVESIM_JAVA_OPTS=-Xmx")
        .append((long) Math.ceil(needed / 1e9 + 0.5))
        .append("g.");
    throw new TooLargeForHeapException(message.toString());
  }

  /** The smallest whole scale at or above the scenario's that fits, or null if none does. */
  static Double scaleThatFits(Scenario s, int simulations, long maxHeapBytes) {
    long withoutAgents = bytesNeeded(s, simulations) - simulations * agents(s) * BYTES_PER_AGENT;
    long perSimulation = (maxHeapBytes - withoutAgents) / Math.max(1, simulations);
    if (perSimulation < BYTES_PER_AGENT * s.places().size()) {
      return null;
    }
    double adults = agents(s) * s.scale();
    double k = Math.max(Math.ceil(s.scale()), Math.ceil(adults * BYTES_PER_AGENT / perSimulation));
    // Agents are rounded per place; step up until the rounding fits too.
    for (int i = 0; i < 100; i++, k++) {
      if (bytesNeeded(s.withScale(k), simulations) <= maxHeapBytes) {
        return k;
      }
    }
    return null;
  }

  private static String gigabytes(long bytes) {
    return bytes < 1e9
        ? String.format(Locale.ROOT, "%.0f MB", bytes / 1e6)
        : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
