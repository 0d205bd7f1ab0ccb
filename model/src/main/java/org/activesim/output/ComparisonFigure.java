package org.activesim.output;

import java.util.List;
import java.util.Optional;
import org.activesim.evaluation.Comparison;
import org.knowm.xchart.internal.chartpart.Chart;

/** One chart of a comparison of scenarios: its file name and how to draw it. */
interface ComparisonFigure {

  /** File name without extension, only {@code [A-Za-z0-9_-]}. */
  String name();

  /**
   * The chart, or empty if the comparison has nothing to show in it (e.g. no scenario besides the
   * baseline).
   *
   * @param places the places of the runs, in scenario order
   */
  Optional<? extends Chart<?, ?>> build(Comparison comparison, List<String> places);
}
