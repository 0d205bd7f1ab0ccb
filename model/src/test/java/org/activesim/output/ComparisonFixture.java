package org.activesim.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.core.ProgressListener;
import org.activesim.core.Simulation;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.ReplicateDigest;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.LeverBasics;
import org.activesim.scenario.lever.LeverType;

/**
 * A real {@link Comparison} for the tests of the comparison files, built once per test JVM (as in
 * {@code evaluation.ComparisonTest}): the shipped Essex baseline at 1:100, two years, three
 * replicate seeds (common random numbers), against a copy of itself ({@link #SAME}) and a large
 * bike scheme whose name has characters that CSV must quote and file names must not contain ({@link
 * #BIKES}).
 */
final class ComparisonFixture {

  static final String BASELINE = "baseline";
  static final String SAME = "same as baseline";
  static final String BIKES = "Bikes, \"big\" / 40k: été";
  static final int REPLICATES = 3;
  static final int YEARS = 2;

  private ComparisonFixture() {}

  /** The comparison: baseline, {@link #SAME}, {@link #BIKES}. */
  static Comparison comparison() {
    return Holder.COMPARISON;
  }

  /** The places of the runs, in scenario order. */
  static List<String> places() {
    return Holder.PLACES;
  }

  /**
   * The same runs under other names, or only the first {@code names.size()} scenarios of them (one
   * name: the baseline alone).
   */
  static Comparison renamed(List<String> names) {
    return new Comparison(
        names,
        Holder.DIGESTS.subList(0, names.size()),
        Collections.nCopies(names.size(), Holder.BASE.economics()));
  }

  private static final class Holder {
    private static final Scenario BASE = TestScenarios.essex(100, YEARS, 11);
    private static final List<String> PLACES = BASE.places().stream().map(PlaceSpec::name).toList();
    private static final List<ReplicateDigest[]> DIGESTS = run();
    private static final Comparison COMPARISON = renamed(List.of(BASELINE, SAME, BIKES));

    private static List<ReplicateDigest[]> run() {
      ActiveTravel d = ActiveTravel.defaults();
      Scenario bikes =
          BASE.withLevers(
              List.of(
                  new ActiveTravel(
                      LeverBasics.of(LeverType.ACTIVE_TRAVEL.key()),
                      40_000,
                      d.costPerBikeGbp(),
                      d.loanWeeks(),
                      d.weeklyLapseProbability(),
                      d.annualStopRidingAfterLoan())));
      List<ReplicateDigest[]> digests = new ArrayList<>();
      for (Scenario s : List.of(BASE, BASE, bikes)) {
        ReplicateDigest[] ds = new ReplicateDigest[REPLICATES];
        for (int r = 0; r < REPLICATES; r++) {
          try (Simulation sim =
              Simulation.create(s.withSeed(s.seed() + r), 1, ProgressListener.none())) {
            ds[r] = ReplicateDigest.of(sim.run(ProgressListener.none()));
          }
        }
        digests.add(ds);
      }
      return List.copyOf(digests);
    }
  }
}
