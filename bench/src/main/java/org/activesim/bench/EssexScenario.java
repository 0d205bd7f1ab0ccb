package org.activesim.bench;

import java.util.List;
import org.activesim.scenario.ActivityShares;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.DynamicsSpec;
import org.activesim.scenario.GroupSpec;
import org.activesim.scenario.IntegratorKind;
import org.activesim.scenario.NetworkSpec;
import org.activesim.scenario.OutputSpec;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.StockSpec;

/**
 * The Essex scenario built in code, copied from the model's test fixture {@code
 * org.activesim.TestScenarios} (the same places as {@code scenarios/baseline.yaml}) so that the
 * benchmarks do not depend on model test classes. Keep the two in step if the places change.
 */
final class EssexScenario {
  private EssexScenario() {}

  /** Essex at a given scale (residents per agent), horizon and seed. */
  static Scenario essex(double scale, int years, long seed) {
    List<PlaceSpec> places =
        List.of(
            place("Basildon", 187_600, new double[] {0.25, 0.20, 0.20, 0.18, 0.17}, null, 60),
            place("Colchester", 192_700, new double[] {0.08, 0.17, 0.25, 0.25, 0.25}, null, 60),
            place(
                "Tendring",
                148_100,
                new double[] {0.35, 0.25, 0.20, 0.12, 0.08},
                new ActivityShares(0.30, 0.16, 0.54),
                45),
            place("Harlow", 93_300, new double[] {0.15, 0.30, 0.25, 0.20, 0.10}, null, 30),
            place(
                "Rest of Essex", 881_794, new double[] {0.03, 0.12, 0.20, 0.30, 0.35}, null, 280));
    return new Scenario(
        "essex-bench",
        "",
        seed,
        years,
        scale,
        IntegratorKind.EULER,
        PopulationSpec.defaults(),
        places,
        NetworkSpec.defaults(),
        DynamicsSpec.defaults(),
        CalibrationSpec.defaults(),
        GroupSpec.defaults(),
        StockSpec.defaults(),
        OutputSpec.defaults());
  }

  private static PlaceSpec place(
      String name, int population, double[] quintiles, ActivityShares shares, int groups) {
    return new PlaceSpec(name, population, quintiles, shares, 0.5, 2.0, groups);
  }
}
