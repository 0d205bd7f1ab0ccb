package org.activesim.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.activesim.TestScenarios;
import org.activesim.core.Mechanism;
import org.activesim.core.ProgressListener;
import org.activesim.core.Recording;
import org.activesim.core.Simulation;
import org.junit.jupiter.api.Test;

class MechanismRatesTest {

  @Test
  void ratesArePerThousandResidentsPerYear() {
    Recording.Builder b = new Recording.Builder(List.of("Town"), List.of("residents"));
    b.setContextResidents(0, 0, 1, 1, 2000);
    b.setContextResidents(0, 4, 3, 0, 500);
    b.beginWeek(0);
    b.beginWeek(52);
    b.addMechanism(0, 0, 1, 1, Mechanism.GROUP, 30);
    b.addMechanism(0, 4, 3, 0, Mechanism.PEER, 4);
    b.beginWeek(104);
    b.addMechanism(0, 0, 1, 1, Mechanism.GROUP, 10);
    double[] rates = MechanismRates.of(b.build(Map.of()));
    // 40 moves over two years in 2,000 residents: 10 per 1,000 a year.
    assertEquals(10.0, rates[MechanismRates.index(0, 0, 1, 1, Mechanism.GROUP)], 1e-12);
    // 4 moves over two years in 500 residents: 4 per 1,000 a year.
    assertEquals(4.0, rates[MechanismRates.index(0, 4, 3, 0, Mechanism.PEER)], 1e-12);
    assertEquals(0.0, rates[MechanismRates.index(0, 2, 0, 0, Mechanism.PEER)]);
  }

  @Test
  void contextPopulationsAddUpToTheResidents() {
    try (Simulation sim =
        Simulation.create(TestScenarios.essex(100, 1, 3), 1, ProgressListener.none())) {
      Recording rec = sim.run(ProgressListener.none());
      double sum = 0;
      for (int p = 0; p < rec.places().size(); p++) {
        for (int q = 0; q < 5; q++) {
          for (int a = 0; a < 4; a++) {
            for (int c = 0; c < 2; c++) {
              sum += rec.contextResidents(p, q, a, c);
            }
          }
        }
      }
      double residents =
          rec.value(0, rec.allPlaces(), Recording.ALL_QUINTILES, rec.metricIndex("residents"));
      assertEquals(residents, sum, 1e-6);
    }
  }
}
