package org.activesim.output.report;

import static org.activesim.output.report.CsvRows.number;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.activesim.output.ManifestReader;

/**
 * The report of a run folder, single or ensemble ({@code activesim run}), built from its files
 * only: {@code summary.csv}, {@code mechanisms.csv}, {@code decisions.csv}, {@code scenario.yaml}
 * and the SVG files in {@code charts/}. A run has no counterfactual, so the report describes the
 * run's own change and says so.
 */
final class RunReport {

  /** The charts of a run, in the order shown, with their alt text and caption. */
  private static final List<String[]> CHARTS =
      List.of(
          new String[] {
            "inactivity_overall_and_by_quintile",
            "Line chart: the share of adults inactive over time, all places and in each"
                + " deprivation fifth (Q1 most deprived to Q5 least).",
            "Inactive share over time, overall and by deprivation fifth: the distance between the"
                + " Q1 and Q5 lines is the gap."
          },
          new String[] {
            "inactivity_by_place",
            "Line chart: the share of adults inactive over time in each place.",
            "Inactive share over time, by place."
          },
          new String[] {
            "spending_by_lever",
            "Line chart: cumulative pounds spent by each lever since week 0.",
            "Spending by lever, cumulative."
          },
          new String[] {
            "rollout_timeline",
            "Timeline: where each programme ran and when, one row per programme and place, bars"
                + " coloured by state (pilot, planned, replica, decommissioned).",
            "Rollout timeline of the programmes (scale and replicate)."
          },
          new String[] {
            "evidence",
            "Line chart: each place's evidence (pooled z) over time, with the rule's threshold as a"
                + " dashed line.",
            "Evidence gathered by the evaluations, against the threshold for scaling."
          },
          new String[] {
            "referral_funnel",
            "Bar chart: residents entering each referral stage over the run, per setting.",
            "Referral funnel: referred, enrolled, engaged, adherent."
          },
          new String[] {
            "groups_by_origin",
            "Line chart: community groups alive by origin over time.",
            "Community groups by origin (ABCD, microgrant, organic, replicated)."
          },
          new String[] {
            "groups_and_members",
            "Line chart: community groups and their members as a share of residents over time.",
            "Community groups and members."
          },
          new String[] {
            "practitioners",
            "Line chart: ABCD-trained practitioners over time, all places and each place.",
            "Trained practitioners."
          });

  private static final List<String> MECHANISMS =
      List.of(
          "baseline",
          "peer",
          "group",
          "referral",
          "environment",
          "travel",
          "awareness",
          "motivation");

  private final Path folder;
  private final ManifestReader.Content manifest;
  private final CsvRows summary;
  private final boolean ensemble;
  private final String name;

  private RunReport(Path folder, ManifestReader.Content manifest) throws IOException {
    this.folder = folder;
    this.manifest = manifest;
    this.summary = CsvRows.read(folder.resolve("summary.csv"));
    this.ensemble = manifest.replicates() > 0;
    this.name = manifest.scenarioName() == null ? "scenario" : manifest.scenarioName();
  }

  static String render(Path folder, ManifestReader.Content manifest) throws IOException {
    return new RunReport(folder, manifest).page().html();
  }

  /** A summary value: the value of a single run, the mean of an ensemble. */
  private double value(String metric) {
    return number(summary.find("metric", metric).orElse(Map.of()), ensemble ? "mean" : "value");
  }

  private String withInterval(String metric, ComparisonReport.Fmt fmt) {
    Optional<Map<String, String>> row = summary.find("metric", metric);
    double v = value(metric);
    if (!ensemble || row.isEmpty() || !Double.isFinite(number(row.get(), "ci_low"))) {
      return fmt.of(v);
    }
    return fmt.of(v)
        + " ("
        + Figures.range(fmt.of(number(row.get(), "ci_low")), fmt.of(number(row.get(), "ci_high")))
        + ")";
  }

  private ReportPage page() throws IOException {
    ReportPage page = new ReportPage("What happens in scenario " + name);
    page.paragraph("headline", headline());
    page.paragraph(
        "note",
        "This describes the run's own change over time, not the effect of its levers: it has"
            + " no counterfactual. To see what the levers add, compare the scenario with a"
            + " baseline (activesim compare BASELINE SCENARIO --report).");
    int replicates = ensemble ? manifest.replicates() : 1;
    SharedSections.howToRead(page, replicates, false);
    inactivity(page);
    spending(page);
    charts(page);
    decisions(page);
    mechanisms(page);
    SharedSections.assumptions(page, List.of(name), List.of(folder.resolve("scenario.yaml")));
    SharedSections.provenance(page, manifest, List.of());
    return page;
  }

  String headline() {
    String change = withInterval("inactive_share_change_pp", x -> Figures.signed(x, 2));
    return "Over "
        + manifest.years()
        + " simulated years"
        + (ensemble ? " (mean of " + manifest.replicates() + " replicates)" : "")
        + ", the share of adults who are inactive goes from "
        + Figures.percent(value("inactive_share_start"))
        + " to "
        + withInterval("inactive_share_end", Figures::percent)
        + ", a change of "
        + change
        + " percentage points; the gap between the most and least deprived fifths goes from "
        + Figures.fixed(value("inequality_gap_q1_q5_pp_start"), 1)
        + " to "
        + Figures.fixed(value("inequality_gap_q1_q5_pp_end"), 1)
        + " points.";
  }

  private void inactivity(ReportPage page) {
    page.heading(2, "Inactivity over the run");
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        row(
            "All adults",
            "inactive_share_start",
            "inactive_share_end",
            "inactive_share_change_pp"));
    for (int q = 1; q <= 5; q++) {
      String label = "Q" + q + (q == 1 ? " (most deprived)" : q == 5 ? " (least deprived)" : "");
      rows.add(
          row(
              label,
              "inactive_share_q" + q + "_start",
              "inactive_share_q" + q + "_end",
              "inactive_share_q" + q + "_change_pp"));
    }
    page.table(
        "Share of adults inactive" + (ensemble ? ", mean (95% CI)" : ""),
        List.of("Who", "At the start", "At the end", "Change (points)"),
        rows);
    List<List<String>> more = new ArrayList<>();
    more.add(
        List.of(
            "Gap most vs least deprived fifth (points)",
            Figures.fixed(value("inequality_gap_q1_q5_pp_start"), 2),
            withInterval("inequality_gap_q1_q5_pp_end", x -> Figures.fixed(x, 2))));
    more.add(
        List.of(
            "Community groups",
            Figures.fixed(value("groups_start"), 0),
            withInterval("groups_end", x -> Figures.fixed(x, 0))));
    more.add(
        List.of(
            "Adults in a group",
            Figures.fixed(value("group_members_start"), 0),
            withInterval("group_members_end", x -> Figures.fixed(x, 0))));
    page.table("Inequality and community groups", List.of("", "At the start", "At the end"), more);
  }

  private List<String> row(String label, String start, String end, String change) {
    return List.of(
        label,
        Figures.percent(value(start)),
        withInterval(end, Figures::percent),
        withInterval(change, x -> Figures.signed(x, 2)));
  }

  private void spending(ReportPage page) {
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> r : summary.rows()) {
      String metric = r.get("metric");
      if (metric != null && metric.startsWith("spend_gbp_total:")) {
        rows.add(
            List.of(
                metric.substring("spend_gbp_total:".length()),
                withInterval(metric, Figures::pounds)));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    page.heading(2, "Spending by lever");
    rows.add(List.of("All levers", withInterval("spend_gbp_total", Figures::pounds)));
    page.table(
        "Spending over the run, undiscounted" + (ensemble ? ", mean (95% CI)" : ""),
        List.of("Lever", "Spent"),
        rows);
  }

  private void charts(ReportPage page) throws IOException {
    page.heading(2, "Charts");
    page.paragraph(
        "Colours follow the Okabe–Ito palette, readable with the common forms of colour"
            + " blindness; the all-places line is black."
            + (ensemble ? " An ensemble's charts show the mean of the replicates." : ""));
    int drawn = 0;
    for (String[] chart : CHARTS) {
      Path file = folder.resolve("charts").resolve(chart[0] + ".svg");
      Optional<String> svg = InlineSvg.of(file, page.nextFigureId(), chart[1]);
      if (svg.isPresent()) {
        page.figure(svg.get(), chart[2]);
        drawn++;
      }
    }
    if (drawn == 0) {
      page.paragraph("This run drew no charts (outputs.charts: false).");
    }
  }

  private void decisions(ReportPage page) throws IOException {
    CsvRows decisions = CsvRows.read(folder.resolve("decisions.csv"));
    if (decisions.rows().isEmpty()) {
      return;
    }
    page.heading(2, "Programme decisions");
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> r : decisions.rows()) {
      rows.add(
          List.of(
              r.getOrDefault("week", ""),
              r.getOrDefault("programme", ""),
              r.getOrDefault("place", ""),
              r.getOrDefault("decision", ""),
              r.getOrDefault("evidence", ""),
              r.getOrDefault("reason", "")));
    }
    page.table(
        "Evaluate, scale and replicate: every decision in the order taken (decisions.csv)",
        List.of("Week", "Programme", "Place", "Decision", "Evidence (z)", "Reason"),
        rows);
  }

  private void mechanisms(ReportPage page) throws IOException {
    CsvRows cube = CsvRows.read(folder.resolve("mechanisms.csv"));
    if (cube.rows().isEmpty()) {
      return;
    }
    page.heading(2, "What works, for whom, where");
    Map<String, double[]> byQuintile = new LinkedHashMap<>();
    for (int q = 1; q <= 5; q++) {
      byQuintile.put("Q" + q, new double[MECHANISMS.size()]);
    }
    for (Map<String, String> r : cube.rows()) {
      double[] cells = byQuintile.get(r.get("quintile"));
      int m = MECHANISMS.indexOf(r.get("mechanism"));
      if (cells != null && m >= 0) {
        cells[m] += number(r, "transitions");
      }
    }
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, double[]> e : byQuintile.entrySet()) {
      List<String> row = new ArrayList<>(List.of(e.getKey()));
      for (double v : e.getValue()) {
        row.add(Figures.fixed(v, 0));
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of("Deprivation fifth"));
    header.addAll(MECHANISMS);
    page.table(
        "Moves up a level over the run, by deprivation fifth and the mechanism credited (adults"
            + " represented, all places; mechanisms.csv)",
        header,
        rows);
    page.paragraph(
        "note",
        "Credit for each move is split among the terms of its hazard (model/ODD.md 7.11). Without"
            + " a baseline these are all moves, not the moves the levers added: compare with a"
            + " baseline for that.");
  }
}
