package org.activesim.output;

import java.util.Optional;
import org.activesim.core.Recording;
import org.knowm.xchart.internal.chartpart.Chart;

/** One chart: its file name and how to draw it from a recording. */
interface Figure {

  /** File name without extension. */
  String name();

  /**
   * The chart (a line chart over the years of the run, or a bar chart), or empty if the recording
   * lacks the metrics it needs.
   */
  Optional<? extends Chart<?, ?>> build(Recording recording);
}
