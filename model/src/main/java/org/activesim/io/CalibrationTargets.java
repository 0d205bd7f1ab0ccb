package org.activesim.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A calibration {@code --targets} file: the parameters to fit (with bounds) and the observations
 * the model is fitted to, each with its uncertainty.
 *
 * @param parameters parameters to fit, in file order; bounds are {@code min} and {@code max}
 * @param points the observations, a series expanded into one point per year
 */
public record CalibrationTargets(List<PlannedParameter> parameters, List<Point> points) {

  public CalibrationTargets {
    parameters = List.copyOf(parameters);
    points = List.copyOf(points);
  }

  /**
   * One observation: a recorded metric (as in {@code timeseries.csv}) at a time after the
   * scenario's week 0, for all places or one, for all quintiles or one.
   *
   * @param metric e.g. {@code inactive_share}
   * @param place a place name, or null for all places
   * @param quintile 1 (most deprived) to 5, or 0 for all quintiles
   * @param year years after week 0 (week = round(52 × year))
   * @param value the observed value
   * @param sd its standard deviation (the weight is 1 / sd²)
   * @param line the line of the target in the file, for messages
   */
  public record Point(
      String metric, String place, int quintile, double year, double value, double sd, int line) {

    /** A readable label: {@code inactive_share Q1 year 8}. */
    public String label() {
      return metric
          + (place == null ? "" : " " + place)
          + (quintile == 0 ? "" : " Q" + quintile)
          + " year "
          + Range.format(year);
    }
  }

  /** Reads and checks a targets file; every problem is reported with its position. */
  public static CalibrationTargets load(Path file) throws ScenarioException {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    Problems problems = new Problems(name);
    Node root = StudyFiles.root(file, problems).orElse(null);
    CalibrationTargets targets = null;
    if (root != null) {
      BlockReader r = new BlockReader(StudyFiles.CALIBRATION, root, "", problems);
      r.string("description", "");
      List<PlannedParameter> parameters = StudyFiles.parameters(r, name, problems);
      List<Point> points = new ArrayList<>();
      for (BlockReader t : r.blocks("targets", StudyFiles.TARGET)) {
        points.addAll(points(t));
      }
      targets = new CalibrationTargets(parameters, points);
    }
    problems.throwIfAny();
    return targets;
  }

  private static List<Point> points(BlockReader t) {
    String metric = t.string("metric", "");
    String place = t.string("place", null);
    int quintile = t.integer("quintile", 0);
    double sd = t.number("sd", 1);
    t.string("source", "");
    int line = t.valueNode("metric") == null ? 1 : BlockReader.line(t.valueNode("metric"));
    boolean single = t.has("year") || t.has("value");
    boolean series = t.has("years") || t.has("values");
    if (single == series) {
      t.blockProblem("give either 'year' and 'value' or 'years' and 'values'");
      return List.of();
    }
    double[] years;
    double[] values;
    if (single) {
      if (!t.has("year") || !t.has("value")) {
        t.blockProblem("a single target needs both 'year' and 'value'");
        return List.of();
      }
      years = new double[] {t.number("year", 0)};
      values = new double[] {t.number("value", 0)};
    } else {
      years = t.numbers("years", new double[0]);
      values = t.numbers("values", new double[0]);
      if (t.clean() && years.length != values.length) {
        t.problem("values", "needs one value per year (" + years.length + ")");
        return List.of();
      }
    }
    if (!t.clean()) {
      return List.of();
    }
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < years.length; i++) {
      points.add(new Point(metric, place, quintile, years[i], values[i], sd, line));
    }
    return points;
  }
}
