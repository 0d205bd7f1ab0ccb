package org.activesim.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.activesim.evaluation.Outcome;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A sensitivity {@code --params} file: the parameters to vary, the outcomes to analyse and,
 * optionally, the baseline scenario that outcomes relative to a baseline are measured against.
 *
 * @param baseline the {@code baseline} file resolved against the params file's folder, or null
 * @param outcomes outcomes by their {@code comparison.csv} names
 * @param parameters the parameters in file order
 */
public record SensitivityPlan(
    Path baseline, List<Outcome> outcomes, List<PlannedParameter> parameters) {

  public SensitivityPlan {
    outcomes = List.copyOf(outcomes);
    parameters = List.copyOf(parameters);
  }

  /** Reads and checks a params file; every problem is reported with its position. */
  public static SensitivityPlan load(Path file) throws ScenarioException {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    Problems problems = new Problems(name);
    Node root = StudyFiles.root(file, problems).orElse(null);
    SensitivityPlan plan = null;
    if (root != null) {
      BlockReader r = new BlockReader(StudyFiles.SENSITIVITY, root, "", problems);
      r.string("description", "");
      String baseline = r.string("baseline", null);
      List<Outcome> outcomes = outcomes(r, problems);
      List<PlannedParameter> parameters = StudyFiles.parameters(r, name, problems);
      Path base = null;
      if (baseline != null) {
        Path dir = file.toAbsolutePath().getParent();
        base = dir == null ? Path.of(baseline) : dir.resolve(baseline).normalize();
      }
      plan = new SensitivityPlan(base, outcomes, parameters);
    }
    problems.throwIfAny();
    return plan;
  }

  private static List<Outcome> outcomes(BlockReader r, Problems problems) {
    List<String> names = r.names("outcomes", List.of());
    List<Node> items = r.listItems("outcomes");
    List<String> labels = Arrays.stream(Outcome.values()).map(Outcome::label).toList();
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      int k = labels.indexOf(names.get(i));
      if (k >= 0 && !outcomes.contains(Outcome.values()[k])) {
        outcomes.add(Outcome.values()[k]);
        continue;
      }
      String message =
          k >= 0
              ? "listed twice"
              : Suggestions.closest(names.get(i), labels)
                  .map(s -> "unknown outcome (did you mean '" + s + "'?)")
                  .orElse("unknown outcome; expected one of: " + String.join(", ", labels));
      problems.add(items.get(i), r.path("outcomes") + "[" + i + "]", message);
    }
    return outcomes;
  }
}
