package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activesim.core.Mechanism;
import org.activesim.evaluation.Comparison;
import org.activesim.evaluation.MechanismRates;
import org.activesim.evaluation.Outcome;
import org.activesim.scenario.PopulationSpec;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** What the comparison charts draw (that they encode is {@link ComparisonWriterTest}'s job). */
class ComparisonChartsTest {

  private static final Comparison COMPARISON = ComparisonFixture.comparison();
  private static final List<String> PLACES = ComparisonFixture.places();

  /** The series a reader sees in the legend. */
  private static List<String> legend(XYChart chart) {
    return chart.getSeriesCollection().stream()
        .filter(XYSeries::isShowInLegend)
        .map(XYSeries::getName)
        .toList();
  }

  @Test
  void fanHasAMeanLinePerScenarioInPercentAndHiddenBands() {
    XYChart chart = new InactivityFanChart().build(COMPARISON, PLACES).orElseThrow();
    assertEquals(COMPARISON.scenarios(), legend(chart));
    XYSeries bikes = chart.getSeries(ComparisonFixture.BIKES);
    int last = COMPARISON.weeks().length - 1;
    assertEquals(100 * COMPARISON.inactiveShare(2, last).mean(), bikes.getYData()[last], 1e-12);
    assertEquals(COMPARISON.weeks()[last] / 52.0, bikes.getXData()[last], 1e-12);
    long bands =
        chart.getSeriesCollection().stream()
            .filter(
                s ->
                    s.getXYSeriesRenderStyle().orElse(null)
                        == XYSeries.XYSeriesRenderStyle.PolygonArea)
            .count();
    assertEquals(COMPARISON.scenarios().size(), bands);
  }

  @Test
  void gapChartDrawsTheGapInPercentagePoints() {
    XYChart chart = new InequalityGapChart().build(COMPARISON, PLACES).orElseThrow();
    assertEquals(COMPARISON.scenarios(), legend(chart));
    double[] y = chart.getSeries(ComparisonFixture.BASELINE).getYData();
    assertEquals(COMPARISON.gapPp(0, 0).mean(), y[0], 1e-12);
  }

  @Test
  void movedOutBarsAreTheDifferencesOfEachScenarioButTheBaseline() {
    CategoryChart chart = new MovedOutOfInactivityChart().build(COMPARISON, PLACES).orElseThrow();
    List<String> others = COMPARISON.scenarios().subList(1, 3);
    assertEquals(others, chart.getSeriesCollection().stream().map(s -> s.getName()).toList());
    var bikes = chart.getSeries(ComparisonFixture.BIKES);
    assertEquals(others, List.copyOf(bikes.getXData()));
    double expected = COMPARISON.difference(2, Outcome.MOVED_OUT_OF_INACTIVITY).mean();
    assertEquals(expected, bikes.getYData()[1], 1e-12);
    assertEquals(
        COMPARISON.difference(2, Outcome.MOVED_OUT_OF_INACTIVITY).halfWidth(),
        bikes.getExtraValues()[1],
        1e-12);
  }

  @Test
  void planePlotsEveryRunAndTheMean() {
    XYChart chart = new CostEffectivenessPlaneChart().build(COMPARISON, PLACES).orElseThrow();
    XYSeries runs = chart.getSeries(ComparisonFixture.BIKES + " (each run)");
    assertArrayEquals(COMPARISON.personYearsActiveGained(2), runs.getXData());
    assertArrayEquals(COMPARISON.incrementalCostGbp(2), runs.getYData());
    XYSeries mean = chart.getSeries(ComparisonFixture.BIKES + " (mean)");
    assertEquals(
        COMPARISON.level(2, Outcome.TOTAL_COST_GBP).mean()
            - COMPARISON.level(0, Outcome.TOTAL_COST_GBP).mean(),
        mean.getYData()[0],
        1e-6);
  }

  @Test
  void inactivityByPlaceHasABarPerScenarioInEachPlaceWithItsCi() {
    CategoryChart chart =
        new InactivityByPlaceComparisonChart().build(COMPARISON, PLACES).orElseThrow();
    assertEquals(
        COMPARISON.scenarios(),
        chart.getSeriesCollection().stream().map(s -> s.getName()).toList());
    var bikes = chart.getSeries(ComparisonFixture.BIKES);
    assertEquals(PLACES, List.copyOf(bikes.getXData()));
    int last = PLACES.size() - 1;
    var end = COMPARISON.placeInactiveShareEnd(2, last);
    assertEquals(100 * end.mean(), bikes.getYData()[last], 1e-12);
    assertEquals(100 * end.halfWidth(), bikes.getExtraValues()[last], 1e-12);
    assertTrue(end.mean() > 0 && end.mean() < 1);
    // A copy of the baseline (same seeds) ends the same in every place.
    for (int p = 0; p < PLACES.size(); p++) {
      assertEquals(COMPARISON.placeInactiveShareEnd(0, p), COMPARISON.placeInactiveShareEnd(1, p));
    }
    assertTrue(
        new InactivityByPlaceComparisonChart()
            .build(ComparisonFixture.renamed(List.of("baseline")), PLACES)
            .isPresent(),
        "levels need no second scenario");
  }

  @Test
  void chartsAgainstTheBaselineNeedAnotherScenario() {
    Comparison alone = ComparisonFixture.renamed(List.of("baseline"));
    assertTrue(new MovedOutOfInactivityChart().build(alone, PLACES).isEmpty());
    assertTrue(new CostEffectivenessPlaneChart().build(alone, PLACES).isEmpty());
    assertTrue(new InactivityFanChart().build(alone, PLACES).isPresent());
    assertThrows(IllegalArgumentException.class, () -> new MechanismHeatMapChart(0, "baseline"));
  }

  @Test
  void heatMapCellsSumTheContextDifferencesOfARow() {
    MechanismHeatMapChart figure = new MechanismHeatMapChart(2, "bikes");
    assertEquals("mechanism_heat_map_bikes", figure.name());
    int place = PLACES.size() - 1;
    double sum = 0;
    for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
      for (int c = 0; c < 2; c++) {
        sum +=
            COMPARISON
                .rateDifference(2, MechanismRates.index(place, 2, a, c, Mechanism.TRAVEL))
                .mean();
      }
    }
    assertEquals(sum, figure.summedDifference(COMPARISON, place, 2, Mechanism.TRAVEL), 1e-12);
    HeatMapChart chart = figure.build(COMPARISON, PLACES).orElseThrow();
    var series = chart.getHeatMapSeries();
    assertEquals(PLACES.size() * Quintiles.COUNT, series.getYData().size());
    assertEquals(PLACES.get(0) + " Q1", series.getYData().get(series.getYData().size() - 1));
    assertEquals(Mechanism.COUNT, series.getXData().size());
    assertFalse(series.getHeatData().isEmpty());
    assertEquals(-series.getMin(), series.getMax(), "symmetric about 0");
  }

  @Test
  void heatMapOfAScenarioThatChangesNothingIsBlank() {
    HeatMapChart chart =
        new MechanismHeatMapChart(1, "same").build(COMPARISON, PLACES).orElseThrow();
    assertEquals(1, chart.getHeatMapSeries().getHeatData().size(), "one white cell");
    assertFalse(chart.getStyler().isShowValue());
  }

  @Test
  void legendEndsAreRoundNumbers() {
    assertEquals(1, MechanismHeatMapChart.niceCeiling(0));
    assertEquals(20, MechanismHeatMapChart.niceCeiling(16.67), 1e-12);
    assertEquals(0.5, MechanismHeatMapChart.niceCeiling(0.31), 1e-12);
    assertEquals(100, MechanismHeatMapChart.niceCeiling(100), 1e-12);
    assertEquals(1000, MechanismHeatMapChart.niceCeiling(501), 1e-12);
  }
}
