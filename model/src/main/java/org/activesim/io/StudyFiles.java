package org.activesim.io;

import static org.activesim.io.Field.blocks;
import static org.activesim.io.Field.choice;
import static org.activesim.io.Field.integer;
import static org.activesim.io.Field.name;
import static org.activesim.io.Field.names;
import static org.activesim.io.Field.number;
import static org.activesim.io.Field.numbers;
import static org.activesim.io.Field.text;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activesim.sensitivity.Parameter;
import org.activesim.sensitivity.Prior;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The keys of the files that drive a study of a scenario — a sensitivity {@code --params} file and
 * a calibration {@code --targets} file — and the reading of their shared {@code parameters} list.
 * Read like scenarios: composed safely ({@link SafeYaml}), every problem with its line and column.
 */
final class StudyFiles {

  private StudyFiles() {}

  /** How a parameter's value is believed to be distributed over [min, max]. */
  enum Distribution {
    UNIFORM,
    TRIANGULAR,
    NORMAL
  }

  static final Block PARAMETER =
      Block.of(
          "parameters[]",
          text("path").asRequired(),
          number("min", Range.ANY).asRequired(),
          number("max", Range.ANY).asRequired(),
          choice("distribution", Distribution.class),
          number("mode", Range.ANY),
          number("mean", Range.ANY),
          number("sd", Range.greaterThan(0)),
          text("note"));

  static final Block SENSITIVITY =
      Block.of(
          "",
          text("description"),
          text("baseline"),
          names("outcomes", Range.atLeast(1)).asRequired(),
          blocks("parameters", Range.closed(1, 100)).asRequired());

  static final Block TARGET =
      Block.of(
          "targets[]",
          text("metric").asRequired(),
          name("place"),
          integer("quintile", Range.closed(1, 5)),
          number("year", Range.closed(0, ScenarioFields.MAX_YEARS)),
          number("value", Range.ANY),
          numbers("years", -1, Range.closed(0, ScenarioFields.MAX_YEARS)),
          numbers("values", -1, Range.ANY),
          number("sd", Range.greaterThan(0)).asRequired(),
          text("source"));

  static final Block CALIBRATION =
      Block.of(
          "",
          text("description"),
          blocks("parameters", Range.closed(1, 20)).asRequired(),
          blocks("targets", Range.atLeast(1)).asRequired());

  /** The root node of a study file, or empty with problems recorded. */
  static Optional<Node> root(Path file, Problems problems) throws ScenarioException {
    byte[] bytes = ScenarioLoader.readBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Optional<Node> root = SafeYaml.compose(file.toString(), text, problems);
    if (root.isEmpty() && problems.count() == 0) {
      problems.add(1, 1, "", "the document is empty");
    }
    return root;
  }

  /** The parameters list; entries with problems are left out. */
  static List<PlannedParameter> parameters(BlockReader root, String file, Problems problems) {
    List<PlannedParameter> list = new ArrayList<>();
    for (BlockReader r : root.blocks("parameters", PARAMETER)) {
      String path = r.string("path", "");
      double min = r.number("min", 0);
      double max = r.number("max", 1);
      Distribution d = r.choice("distribution", Distribution.class, Distribution.UNIFORM);
      if (!r.clean()) {
        continue;
      }
      if (!(max > min)) {
        r.problem("max", "must be greater than min (" + Range.format(min) + ")");
        continue;
      }
      Prior prior = prior(r, d, min, max);
      if (prior == null) {
        continue;
      }
      list.add(
          new PlannedParameter(
              new Parameter(path, prior),
              override(path, (min + max) / 2, r.valueNode("path"), file),
              override(path, min, r.valueNode("min"), file),
              override(path, max, r.valueNode("max"), file)));
    }
    return list;
  }

  private static Prior prior(BlockReader r, Distribution d, double min, double max) {
    switch (d) {
      case UNIFORM -> {
        for (String k : List.of("mode", "mean", "sd")) {
          if (r.has(k)) {
            r.problem(k, "a uniform distribution takes only min and max");
            return null;
          }
        }
        return new Prior.Uniform(min, max);
      }
      case TRIANGULAR -> {
        if (!r.has("mode")) {
          r.blockProblem("a triangular distribution needs 'mode'");
          return null;
        }
        double mode = r.number("mode", min);
        if (!(mode >= min && mode <= max)) {
          r.problem("mode", "must be in [min, max]");
          return null;
        }
        return new Prior.Triangular(min, mode, max);
      }
      case NORMAL -> {
        if (!r.has("mean") || !r.has("sd")) {
          r.blockProblem("a normal distribution needs 'mean' and 'sd' (truncated to [min, max])");
          return null;
        }
        return new Prior.TruncatedNormal(r.number("mean", 0), r.number("sd", 1), min, max);
      }
    }
    throw new IllegalStateException("unknown distribution " + d);
  }

  static ParameterOverride override(String path, double value, Node at, String file) {
    int line = at == null ? 1 : at.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    int column = at == null ? 1 : at.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
    return new ParameterOverride(path, value, file, line, column);
  }
}
