package org.activesim.output;

import java.util.List;
import java.util.Optional;
import org.activesim.evaluation.Comparison;
import org.knowm.xchart.XYChart;

/**
 * {@code inactivity_fan}: the county's inactive share over time, per scenario, mean over replicates
 * and 95% confidence band ({@link ScenarioFan}).
 */
final class InactivityFanChart implements ComparisonFigure {

  @Override
  public String name() {
    return "inactivity_fan";
  }

  @Override
  public Optional<XYChart> build(Comparison comparison, List<String> places) {
    return ScenarioFan.build(
        comparison,
        "Physical inactivity by scenario",
        "Adults inactive (%)",
        Comparison::inactiveShare,
        100);
  }
}
