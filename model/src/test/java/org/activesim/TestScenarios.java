package org.activesim;

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

/** Scenarios built in code for tests (the same places as scenarios/baseline.yaml). */
public final class TestScenarios {
  private TestScenarios() {}

  /** Essex as in scenarios/baseline.yaml, at a given scale and horizon. */
  public static Scenario essex(double scale, int years, long seed) {
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
        "essex-test",
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
