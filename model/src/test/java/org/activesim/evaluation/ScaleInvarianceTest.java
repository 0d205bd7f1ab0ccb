package org.activesim.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.activesim.TestScenarios;
import org.activesim.core.ProgressListener;
import org.activesim.core.Simulation;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * People, not agents (ODD 7.8): a shipped scenario run at scale 1 and at scale 10 must give the
 * same spending per lever and the same people moved out of inactivity, up to Monte Carlo noise.
 *
 * <p>To fit the suite, the county is shrunk tenfold (every place's population and initial groups ×
 * 0.1; the levers' doses are kept), so that scale 1 has as many agents as the shipped scenarios at
 * their default scale 10, and scale 10 ten times fewer: the same ratio as the full-size comparison
 * in {@code bench/README.md}. Each scale runs {@link #REPLICATES} paired replicates against the
 * shrunk baseline (common random numbers within a scale), with a 104-week burn-in.
 *
 * <p>Tolerances: a lever's mean spending agrees within 5% (10% for evaluations), or within three
 * standard errors of the difference where the spending is random; people moved out of inactivity
 * agree within three standard errors of the difference of the two scales' paired means.
 */
class ScaleInvarianceTest {
  private static final int REPLICATES = 4;
  private static final double SHRINK = 0.1;
  private static final double COARSE = 10;
  private static final int YEARS = 10;

  /** The shrunk baseline's digests at each scale, run once for every scenario. */
  private static final Map<Double, ReplicateDigest[]> BASELINES = new ConcurrentHashMap<>();

  /**
   * The LDP as delivered (every lever type) and the scale-and-replicate strategies (programmes,
   * evaluations and a shared budget). Each single-lever file is the baseline plus one of the LDP's
   * lever types; the full-size check in {@code bench/README.md} runs every shipped scenario.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "essex-ldp.yaml",
        "scale/pilot-then-scale.yaml",
        "scale/scale-without-evaluation.yaml",
        "scale/targeted-by-need.yaml",
        "scale/universal-from-day-one.yaml"
      })
  void spendingAndPeopleMovedDoNotDependOnTheScale(String file) {
    Comparison fine = compare(file, 1);
    Comparison coarse = compare(file, COARSE);
    List<String> levers = fine.levers(1);
    for (int k = 0; k < levers.size(); k++) {
      Interval a = fine.spending(1, k);
      Interval b = coarse.spending(1, k);
      double tolerance = levers.get(k).startsWith("evaluation") ? 0.10 : 0.05;
      double gap = Math.abs(a.mean() - b.mean());
      double allowed = Math.max(tolerance * a.mean(), 3 * standardErrorOfDifference(a, b));
      System.out.printf(
          "[scale invariance] %s %s: spending £%,.0f at scale 1, £%,.0f at scale %.0f%n",
          file, levers.get(k), a.mean(), b.mean(), COARSE);
      assertTrue(gap <= allowed + 1e-6, levers.get(k) + ": " + a + " against " + b);
    }
    Interval a = fine.difference(1, Outcome.MOVED_OUT_OF_INACTIVITY);
    Interval b = coarse.difference(1, Outcome.MOVED_OUT_OF_INACTIVITY);
    System.out.printf(
        "[scale invariance] %s moved out of inactivity: %.0f (%.0f to %.0f) at scale 1, %.0f (%.0f"
            + " to %.0f) at scale %.0f%n",
        file, a.mean(), a.low(), a.high(), b.mean(), b.low(), b.high(), COARSE);
    assertTrue(
        Math.abs(a.mean() - b.mean()) <= 3 * standardErrorOfDifference(a, b),
        "moved out of inactivity: " + a + " at scale 1 against " + b);
  }

  /** The standard error of the difference of two means from their 95% t intervals. */
  private static double standardErrorOfDifference(Interval a, Interval b) {
    double t = Interval.tQuantile(REPLICATES - 1);
    double sa = (a.high() - a.low()) / 2 / t;
    double sb = (b.high() - b.low()) / 2 / t;
    return Math.sqrt(sa * sa + sb * sb);
  }

  /** The shrunk baseline and scenario over the same seeds at one scale. */
  private static Comparison compare(String file, double scale) {
    Scenario baseline = shrunk("baseline.yaml", scale);
    Scenario scenario = shrunk(file, scale);
    List<ReplicateDigest[]> digests =
        List.of(BASELINES.computeIfAbsent(scale, k -> replicates(baseline)), replicates(scenario));
    return new Comparison(
        List.of("baseline", file), digests, List.of(baseline.economics(), scenario.economics()));
  }

  private static ReplicateDigest[] replicates(Scenario s) {
    return IntStream.range(0, REPLICATES)
        .parallel()
        .mapToObj(r -> run(s.withSeed(s.seed() + r)))
        .toArray(ReplicateDigest[]::new);
  }

  private static ReplicateDigest run(Scenario s) {
    try (Simulation sim = Simulation.create(s, 1, ProgressListener.none())) {
      return ReplicateDigest.of(sim.run(ProgressListener.none()));
    }
  }

  /** A shipped scenario shrunk {@link #SHRINK}-fold, with a 104-week burn-in. */
  private static Scenario shrunk(String file, double scale) {
    Scenario s =
        TestScenarios.shrunkWithDoses(TestScenarios.shipped(file, scale, YEARS, 20190205), SHRINK);
    return s.withCalibration(new CalibrationSpec(104));
  }
}
