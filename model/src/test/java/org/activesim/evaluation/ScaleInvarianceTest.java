package org.activesim.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.activesim.TestScenarios;
import org.activesim.core.ProgressListener;
import org.activesim.core.Simulation;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.PlaceSpec;
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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"essex-ldp.yaml"})
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
    List<Scenario> scenarios = List.of(shrunk("baseline.yaml", scale), shrunk(file, scale));
    List<ReplicateDigest[]> digests = new ArrayList<>();
    for (Scenario s : scenarios) {
      digests.add(
          IntStream.range(0, REPLICATES)
              .parallel()
              .mapToObj(r -> run(s.withSeed(s.seed() + r)))
              .toArray(ReplicateDigest[]::new));
    }
    return new Comparison(
        List.of("baseline", file), digests, scenarios.stream().map(Scenario::economics).toList());
  }

  private static ReplicateDigest run(Scenario s) {
    try (Simulation sim = Simulation.create(s, 1, ProgressListener.none())) {
      return ReplicateDigest.of(sim.run(ProgressListener.none()));
    }
  }

  /** A shipped scenario with every place's population and initial groups × {@link #SHRINK}. */
  private static Scenario shrunk(String file, double scale) {
    Scenario s = TestScenarios.shipped(file, scale, YEARS, 20190205);
    List<PlaceSpec> places = new ArrayList<>();
    for (PlaceSpec p : s.places()) {
      places.add(
          new PlaceSpec(
              p.name(),
              (int) Math.round(p.population() * SHRINK),
              p.quintileShares(),
              p.activityShares(),
              p.environmentScore(),
              p.assetsPer1000(),
              (int) Math.round(p.initialGroups() * SHRINK)));
    }
    return new Scenario(
        s.name(),
        s.description(),
        s.seed(),
        s.years(),
        s.scale(),
        s.integrator(),
        s.residentDraws(),
        s.population(),
        places,
        s.network(),
        s.dynamics(),
        new CalibrationSpec(104),
        s.groups(),
        s.stocks(),
        s.levers(),
        s.scaleAndReplicate(),
        s.economics(),
        s.outputs());
  }
}
