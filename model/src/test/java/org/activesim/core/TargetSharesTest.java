package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Closed-form checks of the initial shares (MODEL.md §3 "Initial shares"). */
class TargetSharesTest {
  private final Scenario essex = TestScenarios.essex(10, 1, 1);
  private final PopulationSpec population = essex.population();
  private final double[][] cells = TargetShares.compute(population, essex.places());

  /** Mix of a place's cells, weighted as synthesis draws them. */
  private double[] placeMix(int p) {
    double[] mix = new double[3];
    PlaceSpec place = essex.places().get(p);
    for (int cell = 0; cell < cells.length; cell++) {
      if (Cells.place(cell) != p) {
        continue;
      }
      double w =
          place.quintileShare(Cells.quintile(cell))
              * TargetShares.weight(
                  population,
                  population.ageBandShares(),
                  Cells.ageBand(cell),
                  Cells.ltc(cell),
                  Cells.female(cell));
      for (int l = 0; l < 3; l++) {
        mix[l] += w * cells[cell][l];
      }
    }
    return mix;
  }

  @Test
  void aPlaceWithSourcedSharesReproducesThemExactly() {
    int tendring = 2;
    assertEquals("Tendring", essex.places().get(tendring).name());
    double[] mix = placeMix(tendring);
    assertEquals(0.30, mix[0], 1e-9, "inactive (Active Lives, Tendring)");
    assertEquals(0.16, mix[1], 1e-9, "fairly active");
    assertEquals(0.54, mix[2], 1e-9, "active");
  }

  @Test
  void aPlaceWithoutSharesFollowsTheQuintileGradient() {
    int colchester = 1;
    double[] quintiles =
        TargetShares.placeQuintileInactive(
            population.quintileInactiveShares(), essex.places().get(colchester));
    assertEquals(List.of(0.34, 0.305, 0.27, 0.235, 0.20), List.of(box(quintiles)));
    double expected = 0;
    for (int q = 0; q < 5; q++) {
      expected += essex.places().get(colchester).quintileShare(q) * quintiles[q];
    }
    assertEquals(expected, placeMix(colchester)[0], 1e-9);
  }

  @Test
  void conditionRaisesTheOddsOfInactivityByTheSourcedRatio() {
    int without = Cells.of(0, 2, 1, 0, 0);
    int with = Cells.of(0, 2, 1, 1, 0);
    double odds = odds(cells[with][0]) / odds(cells[without][0]);
    assertEquals(population.ltcInactiveOddsRatio(), odds, 1e-9);
  }

  @Test
  void sharesOfEveryCellSumToOne() {
    for (double[] cell : cells) {
      assertEquals(1.0, cell[0] + cell[1] + cell[2], 1e-12);
    }
  }

  private static double odds(double p) {
    return p / (1 - p);
  }

  private static Double[] box(double[] v) {
    Double[] out = new Double[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = Math.round(v[i] * 1e12) / 1e12;
    }
    return out;
  }
}
