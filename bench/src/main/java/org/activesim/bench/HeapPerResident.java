package org.activesim.bench;

import java.lang.management.ManagementFactory;
import org.activesim.core.ProgressListener;
import org.activesim.core.Simulation;
import org.activesim.io.ScenarioException;
import org.activesim.scenario.Scenario;

/**
 * Memory per resident in the steady state (issue 6 target: 64 bytes, the frozen network included):
 * builds and burns in the benchmark scenario, runs 26 weeks, then reports the heap in use after
 * garbage collection, and waits so that {@code jmap -histo:live PID} can take the exact live total
 * (the heap-in-use figure also counts G1's partly filled regions, about 20 MB more at full scale).
 *
 * <pre>
 * java -Xmx8g -cp bench/target/benchmarks.jar org.activesim.bench.HeapPerResident \
 *     scenarios/essex-ldp.yaml 1 30
 * </pre>
 *
 * Arguments: scenario file, scale, seconds to wait for {@code jmap} (default 0).
 */
public final class HeapPerResident {
  private HeapPerResident() {}

  public static void main(String[] args) throws ScenarioException, InterruptedException {
    if (args.length < 2) {
      System.err.println("usage: HeapPerResident SCENARIO SCALE [SECONDS_TO_WAIT]");
      System.exit(2);
    }
    Scenario scenario = BenchSimulation.scenario(args[0], args[1]);
    long before = heapInUse();
    try (Simulation sim = Simulation.create(scenario, 2, ProgressListener.none())) {
      for (int week = 0; week < 26; week++) {
        sim.advanceWeek();
      }
      long after = heapInUse();
      int n = sim.residents().count;
      System.out.printf(
          "%s scale %s: %,d residents; heap in use after GC %.1f MB, %.1f bytes per resident%n",
          args[0], args[1], n, (after - before) / 1e6, (double) (after - before) / n);
      long wait = args.length > 2 ? Long.parseLong(args[2]) : 0;
      if (wait > 0) {
        System.out.printf(
            "for the live total: jmap -histo:live %d | tail -1   (waiting %d s)%n",
            ProcessHandle.current().pid(), wait);
        Thread.sleep(wait * 1000);
      }
    }
  }

  private static long heapInUse() {
    for (int k = 0; k < 4; k++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
