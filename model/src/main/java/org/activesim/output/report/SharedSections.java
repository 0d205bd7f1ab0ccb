package org.activesim.output.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.activesim.output.ManifestReader;

/** The sections every report has: how to read it, assumptions and evidence, provenance. */
final class SharedSections {

  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./=:+,@%-]+");

  private SharedSections() {}

  /** "How to read this": what the intervals do and do not cover. */
  static void howToRead(ReportPage page, int replicates, boolean comparison) {
    page.heading(2, "How to read this");
    List<String> items = new ArrayList<>();
    if (replicates > 1) {
      items.add(
          "Each number is the mean of "
              + replicates
              + " replicates: runs of the same simulated population with different random numbers."
              + " The 95% confidence interval (95% CI) is the range the mean would fall in 95 times"
              + " out of 100 if the replicates were drawn again.");
      items.add(
          "An interval that includes zero means that, with this many replicates, the model cannot"
              + " tell the change from chance. More replicates narrow the interval.");
    } else {
      items.add(
          "This is one run: one possible future of the scenario. Its numbers carry chance variation"
              + " that a single run cannot measure. Running replicates (--replicates) gives"
              + " intervals; comparing with a baseline (activesim compare) gives the effect of the"
              + " levers.");
    }
    if (comparison) {
      items.add(
          "Differences are paired: replicate r of each scenario shares its random numbers with"
              + " replicate r of the baseline, so the noise they share cancels and the interval of"
              + " a difference is much narrower than those of the two levels.");
      items.add(
          "Chance of benefit is the share of replicates in which the scenario did better than its"
              + " baseline replicate. It is a frequency, not a probability that the programme works,"
              + " and says nothing of how large the benefit is.");
    }
    items.add(
        "The intervals cover the model's own randomness only. They do not cover the assumptions"
            + " listed below: a different assumption can move the results by more than the"
            + " interval. activesim sensitivity shows which assumptions matter most.");
    items.add(
        "People counts are adults represented by the simulated agents; money is in pounds,"
            + " undiscounted for costs, present values for WELLBYs and social value.");
    page.list(items);
  }

  /**
   * "Assumptions and evidence" for the scenario files given (name, path). Values of a later file
   * that the first file has with the same value and comment are not repeated.
   */
  static void assumptions(ReportPage page, List<String> names, List<Path> files)
      throws IOException {
    page.heading(2, "Assumptions and evidence");
    page.paragraph(
        "Every value the scenario file marks ASSUMPTION, with its value and the note beside it;"
            + " then the values whose comment cites a source ([n] is section n of the evidence"
            + " notes in model/ODD.md, [A] to [F] their tables; DERIVED values are computed from"
            + " sourced figures). Read from the copy of the scenario file kept in the result"
            + " folder.");
    Set<ScenarioNotes.Value> first = new HashSet<>();
    Set<String> firstNotes = new HashSet<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      ScenarioNotes notes = ScenarioNotes.parse(Files.readString(file, StandardCharsets.UTF_8));
      List<ScenarioNotes.Value> values = notes.values();
      List<String> general = notes.notes().stream().filter(n -> n.contains("ASSUMPTION")).toList();
      int repeated = 0;
      if (i == 0) {
        first.addAll(values);
        firstNotes.addAll(general);
      } else {
        List<ScenarioNotes.Value> own = values.stream().filter(v -> !first.contains(v)).toList();
        repeated = values.size() - own.size();
        values = own;
        general = general.stream().filter(n -> !firstNotes.contains(n)).toList();
      }
      page.heading(3, "Scenario " + names.get(i) + " (" + file.getFileName() + ")");
      if (i > 0) {
        page.paragraph(
            "note",
            repeated
                + " commented values as in "
                + names.get(0)
                + " are not repeated; those below are new or different.");
      }
      List<List<String>> assumed = new ArrayList<>();
      List<List<String>> sourced = new ArrayList<>();
      for (ScenarioNotes.Value v : values) {
        if (v.isAssumption()) {
          assumed.add(List.of(v.path(), v.value(), v.comment()));
        } else if (v.isSourced()) {
          sourced.add(List.of(v.path(), v.value(), v.comment()));
        }
      }
      page.table(
          assumed.size() + " values marked ASSUMPTION",
          List.of("Key", "Value", "Note in the scenario file"),
          assumed);
      if (!general.isEmpty()) {
        page.paragraph("Assumptions stated in the file's comments:");
        page.list(general);
      }
      page.table(
          sourced.size() + " values with a source", List.of("Key", "Value", "Source"), sourced);
    }
  }

  /** "Provenance": what made the folder and the command that makes it again. */
  static void provenance(ReportPage page, ManifestReader.Content m, List<List<String>> inputs) {
    page.heading(2, "Provenance");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("Scenario", orUnknown(m.scenarioName())));
    rows.add(List.of("Scenario SHA-256", m.scenarioSha256()));
    rows.add(List.of("Seed", Long.toString(m.seed())));
    rows.add(
        List.of(
            "Replicates",
            m.replicates() == 0 ? "1 (a single run)" : Integer.toString(m.replicates())));
    rows.add(List.of("Adults per agent (scale)", Figures.fixed(m.scale(), 0)));
    rows.add(List.of("Years simulated", Integer.toString(m.years())));
    rows.add(List.of("ActiveSim version", m.activesimVersion()));
    rows.add(List.of("Git commit", orUnknown(m.gitCommit())));
    rows.add(List.of("Run finished (UTC)", orUnknown(m.finishedAt())));
    page.table("How this result was made (from manifest.json)", List.of("Item", "Value"), rows);
    if (!inputs.isEmpty()) {
      page.table("Scenario files", List.of("Scenario", "Role", "File", "SHA-256"), inputs);
    }
    page.paragraph("The one command that makes this result again, byte for byte:");
    page.raw("<pre><code>" + HtmlText.escape(commandLine(m.command())) + "</code></pre>\n");
    page.paragraph(
        "note",
        "Add --out DIR to choose the folder and --report to write this page. activesim verify"
            + " RESULT_DIR checks every file against manifest.json and runs the result again.");
  }

  private static String orUnknown(String s) {
    return s == null || s.isBlank() ? "unknown" : s;
  }

  /** The command as one line a POSIX shell runs as given. */
  static String commandLine(List<String> args) {
    List<String> quoted = new ArrayList<>();
    for (String a : args) {
      quoted.add(SHELL_SAFE.matcher(a).matches() ? a : "'" + a.replace("'", "'\\''") + "'");
    }
    return String.join(" ", quoted);
  }
}
