package org.activesim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activesim.run.ScaleAdvice;
import org.activesim.scenario.Scenario;

/**
 * Prints where the scenarios' scale matters ({@link ScaleAdvice}) to the command's error stream,
 * each note once with the scenarios it concerns.
 */
final class ScaleNotes {
  private ScaleNotes() {}

  static void print(List<Scenario> scenarios, PrintWriter err) {
    Map<String, List<String>> concerned = new LinkedHashMap<>();
    for (Scenario s : scenarios) {
      for (String note : ScaleAdvice.notes(s)) {
        concerned.computeIfAbsent(note, n -> new ArrayList<>()).add(s.name());
      }
    }
    concerned.forEach(
        (note, names) ->
            err.println(
                "activesim: note: "
                    + String.join(", ", names)
                    + ": "
                    + note
                    + " (model/ODD.md 7.8)"));
    err.flush();
  }
}
