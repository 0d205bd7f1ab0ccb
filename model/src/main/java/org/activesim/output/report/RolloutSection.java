package org.activesim.output.report;

import static org.activesim.output.report.CsvRows.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activesim.output.ComparisonWriter;
import org.activesim.output.ProgrammeReachCsv;

/**
 * The comparison report's programme rollout (MODEL.md §5): how often each scale-and-replicate
 * programme scaled and how far it reached over every replicate ({@code programme_reach.csv}), and
 * the rollout timeline of replicate 0 of each scenario with programmes. Left out when no scenario
 * has a programme (or the folder predates {@code programme_reach.csv}).
 */
final class RolloutSection {

  private RolloutSection() {}

  static void add(ReportPage page, Path folder, List<String> names, long seed) throws IOException {
    CsvRows reach = CsvRows.read(folder.resolve(ProgrammeReachCsv.FILE_NAME));
    if (reach.rows().isEmpty()) {
      return;
    }
    page.heading(2, "Programme rollout");
    page.paragraph(
        "Where the scale-and-replicate programmes ran, over every replicate: in how many"
            + " replicates the programme scaled at all (at least one scale decision), and in how"
            + " many places it ran, as pilot or replica, at the end (mean, and the fewest to the"
            + " most over the replicates).");
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> r : reach.rows()) {
      rows.add(
          List.of(
              r.get("scenario"),
              r.get("programme"),
              r.get("replicates_scaled") + " of " + r.get("replicates"),
              placesRunning(r)));
    }
    page.table(
        "Programmes over all replicates",
        List.of(
            "Scenario",
            "Programme",
            "Replicates in which it scaled",
            "Places running at the end, mean (95% CI)"),
        rows);
    List<String> parts = ComparisonWriter.fileNameParts(names);
    for (int s = 0; s < names.size(); s++) {
      if (reach.find("scenario", names.get(s)).isEmpty()) {
        continue;
      }
      ComparisonCharts.embed(
          page,
          folder.resolve(ComparisonWriter.rolloutTimelineName(s, parts.get(s)) + ".svg"),
          "Timeline for "
              + names.get(s)
              + ": one row per programme and place, a bar for each spell as pilot, planned"
              + " (adapting), replica or decommissioned.",
          "Rollout of "
              + names.get(s)
              + " in replicate 0 (seed "
              + seed
              + ") only: one realisation; other replicates may scale at other times, or not at"
              + " all (see the table). Its decisions are in "
              + ComparisonWriter.decisionsFileName(s, parts.get(s))
              + ".");
    }
  }

  private static String placesRunning(Map<String, String> r) {
    double mean = number(r, "places_running_end_mean");
    if (!Double.isFinite(mean)) {
      return Figures.UNDEFINED;
    }
    String text = Figures.fixed(mean, 1);
    // A count of places: the replicates' range, not a t interval that can leave [0, places].
    double low = number(r, "places_running_end_min");
    double high = number(r, "places_running_end_max");
    if (Double.isFinite(low) && Double.isFinite(high)) {
      text += " (replicates " + Figures.range(Figures.fixed(low, 0), Figures.fixed(high, 0)) + ")";
    }
    return text + " of " + r.get("places");
  }
}
