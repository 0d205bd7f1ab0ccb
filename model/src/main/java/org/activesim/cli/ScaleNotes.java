package org.activesim.cli;

import java.io.PrintWriter;
import org.activesim.run.ScaleAdvice;
import org.activesim.scenario.Scenario;

/** Prints where a scenario's scale matters ({@link ScaleAdvice}) to the command's error stream. */
final class ScaleNotes {
  private ScaleNotes() {}

  static void print(Scenario scenario, PrintWriter err) {
    for (String note : ScaleAdvice.notes(scenario)) {
      err.println("activesim: note: " + scenario.name() + ": " + note + " (model/ODD.md 7.8)");
    }
    err.flush();
  }
}
