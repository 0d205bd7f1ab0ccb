package org.activesim.run;

import java.util.List;
import org.activesim.core.Recording;
import org.activesim.io.CalibrationTargets;
import org.activesim.scenario.Scenario;

/**
 * Reads the values of calibration targets from a recording: a metric at the recorded week nearest
 * to {@code round(52 × year)}, for a place or all places, a quintile or all quintiles.
 */
final class TargetReader {

  private TargetReader() {}

  /** Why a target cannot be read from a run of this scenario, or null if it can. */
  static String problem(CalibrationTargets.Point p, Scenario s) {
    int week = week(p);
    if (week > s.weeks()) {
      return "target '"
          + p.label()
          + "' (line "
          + p.line()
          + ") is after the run's "
          + s.years()
          + " years";
    }
    if (week % s.outputs().recordEveryWeeks() != 0) {
      return "target '"
          + p.label()
          + "' (line "
          + p.line()
          + ") falls on week "
          + week
          + ", which is not recorded (outputs.recordEveryWeeks = "
          + s.outputs().recordEveryWeeks()
          + ")";
    }
    if (p.place() != null && s.places().stream().noneMatch(pl -> pl.name().equals(p.place()))) {
      return "target '" + p.label() + "' (line " + p.line() + "): no place named " + p.place();
    }
    return null;
  }

  static int week(CalibrationTargets.Point p) {
    return (int) Math.round(Scenario.WEEKS_PER_YEAR * p.year());
  }

  /** Values of the targets in a recording, in target order. */
  static double[] read(Recording r, List<CalibrationTargets.Point> points) {
    double[] v = new double[points.size()];
    int[] weeks = r.weeks();
    for (int i = 0; i < points.size(); i++) {
      CalibrationTargets.Point p = points.get(i);
      int m = r.metricIndex(p.metric());
      if (m < 0) {
        throw new IllegalArgumentException(
            "target '"
                + p.label()
                + "' (line "
                + p.line()
                + "): no recorded metric '"
                + p.metric()
                + "'; recorded: "
                + String.join(", ", r.metrics()));
      }
      int w = java.util.Arrays.binarySearch(weeks, week(p));
      int place = p.place() == null ? r.allPlaces() : r.places().indexOf(p.place());
      int quintile = p.quintile() == 0 ? Recording.ALL_QUINTILES : p.quintile() - 1;
      v[i] = r.value(w, place, quintile, m);
    }
    return v;
  }
}
