package org.activesim.output.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.activesim.output.ComparisonWriter;

/** The comparison's charts in the report: its own SVG files, and the spending drawn here. */
final class ComparisonCharts {

  private ComparisonCharts() {}

  static void add(ReportPage page, Path folder, List<String> names, CsvRows economics, int years)
      throws IOException {
    page.heading(2, "Charts");
    page.paragraph(
        "Each scenario keeps its colour in every chart; the baseline is black. The charts use the"
            + " Okabe–Ito palette, readable with the common forms of colour blindness.");
    embed(
        page,
        folder.resolve("inactivity_fan.svg"),
        "Fan chart: the share of adults inactive over time in each scenario, the mean of the"
            + " replicates with a band for its 95% confidence interval.",
        "Inactive share over time. Bands are the intervals of each scenario's own level: two"
            + " bands can overlap although the paired difference is clear (see the tables).");
    embed(
        page,
        folder.resolve("inequality_gap.svg"),
        "The gap in the inactive share between the most and least deprived fifths (Q1 minus Q5,"
            + " percentage points) over time in each scenario, with 95% confidence bands.",
        "Gap between the most and least deprived fifths over time: lower is a narrower gap.");
    embed(
        page,
        folder.resolve("moved_out_of_inactivity.svg"),
        "Bar chart: adults moved out of inactivity by each scenario against the baseline, with"
            + " 95% confidence intervals as error bars.",
        "Adults moved out of inactivity at the end, against the baseline.");
    embed(
        page,
        folder.resolve("cost_effectiveness_plane.svg"),
        "Cost-effectiveness plane: one point per replicate at the active person-years gained"
            + " (across) and the extra cost (up), with each scenario's mean as a diamond.",
        "Cost-effectiveness plane: to the right is more activity, higher up is more cost.");
    spending(page, names, economics, years);
    embed(
        page,
        folder.resolve("inactivity_by_place.svg"),
        "Bar chart: each place's inactive share at the end in each scenario, with 95% confidence"
            + " intervals.",
        "Inactive share at the end, by place. Bars start at zero, so small differences are hard"
            + " to see.");
    List<String> parts = ComparisonWriter.fileNameParts(names);
    for (int s = 1; s < names.size(); s++) {
      embed(
          page,
          folder.resolve("mechanism_heat_map_" + parts.get(s) + ".svg"),
          "Heat map for "
              + names.get(s)
              + ": change in moves up against the baseline by place and deprivation fifth (rows)"
              + " and mechanism (columns); blue is more, vermillion fewer.",
          "Context × mechanism for "
              + names.get(s)
              + ": where, for whom and through what the scenario changed moves up a level.");
    }
    page.paragraph(
        "note",
        "Spending by lever is recorded per run, not per comparison: run a scenario with"
            + " activesim run SCENARIO --report to see it.");
  }

  private static void spending(ReportPage page, List<String> names, CsvRows economics, int years) {
    String id = page.nextFigureId();
    Optional<String> svg = SpendingByYearSvg.draw(id, names, economics, years);
    svg.ifPresent(
        s ->
            page.figure(
                s,
                "Extra spending by year against the baseline (undiscounted), from economics.csv."));
  }

  static void embed(ReportPage page, Path file, String alt, String caption) throws IOException {
    Optional<String> svg = InlineSvg.of(file, page.nextFigureId(), alt);
    if (svg.isPresent()) {
      page.figure(svg.get(), caption);
    }
  }
}
