package org.activesim.output;

import java.util.Optional;
import org.activesim.core.Recording;
import org.knowm.xchart.XYChart;

/** One chart: its file name and how to draw it from a recording. */
interface Figure {

  /** File name without extension. */
  String name();

  /** The chart, or empty if the recording lacks the metrics it needs. */
  Optional<XYChart> build(Recording recording);
}
