package org.activesim.output;

import java.util.List;
import java.util.Optional;
import org.activesim.evaluation.Comparison;
import org.knowm.xchart.XYChart;

/**
 * {@code inequality_gap}: the inactivity gap between the most and least deprived fifths of areas
 * (Q1 − Q5, percentage points) over time, per scenario, mean over replicates and 95% confidence
 * band ({@link ScenarioFan}). Lower is fairer.
 */
final class InequalityGapChart implements ComparisonFigure {

  @Override
  public String name() {
    return "inequality_gap";
  }

  @Override
  public Optional<XYChart> build(Comparison comparison, List<String> places) {
    return ScenarioFan.build(
        comparison,
        "Inactivity gap between the most and least deprived fifths",
        "Gap in adults inactive, Q1 − Q5 (percentage points)",
        Comparison::gapPp,
        1);
  }
}
