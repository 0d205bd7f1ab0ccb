package org.activesim.output.report;

import static org.activesim.output.report.CsvRows.number;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.activesim.output.ManifestReader;

/**
 * The report of a comparison folder ({@code activesim compare}), built from its files only: {@code
 * comparison.csv}, {@code economics.csv}, {@code cmo.csv}, {@code programme_reach.csv}, {@code
 * scenarios.csv}, the scenario copies in {@code scenarios/} and the charts' SVG files.
 */
final class ComparisonReport {

  private final Path folder;
  private final ManifestReader.Content manifest;
  private final CsvRows comparison;
  private final CsvRows economics;
  private final CsvRows cmo;
  private final List<String> names;
  private final int replicates;

  private ComparisonReport(Path folder, ManifestReader.Content manifest) throws IOException {
    this.folder = folder;
    this.manifest = manifest;
    this.comparison = CsvRows.read(folder.resolve("comparison.csv"));
    this.economics = CsvRows.read(folder.resolve("economics.csv"));
    this.cmo = CsvRows.read(folder.resolve("cmo.csv"));
    this.names =
        CsvRows.read(folder.resolve("scenarios.csv")).rows().stream()
            .map(r -> r.get("scenario"))
            .toList();
    this.replicates = manifest.replicates();
  }

  static String render(Path folder, ManifestReader.Content manifest) throws IOException {
    return new ComparisonReport(folder, manifest).page().html();
  }

  private ReportPage page() throws IOException {
    String baseline = names.isEmpty() ? "baseline" : names.get(0);
    ReportPage page = new ReportPage("What the scenarios change: " + String.join(" vs ", names));
    for (int s = 1; s < names.size(); s++) {
      page.paragraph("headline", headline(names.get(s), baseline));
    }
    page.paragraph(
        "note",
        "Simulated by ActiveSim over "
            + manifest.years()
            + " years with "
            + replicates
            + " paired replicates per scenario; 95% confidence intervals in brackets.");
    SharedSections.howToRead(page, replicates, true);
    outcomes(page);
    valueForMoney(page);
    ComparisonCharts.add(page, folder, names, economics, manifest.years());
    RolloutSection.add(page, folder, names, manifest.seed());
    whatWorks(page);
    allOutcomes(page);
    SharedSections.assumptions(page, names, scenarioFiles());
    SharedSections.provenance(page, manifest, inputs());
    return page;
  }

  private Map<String, String> row(String scenario, String metric) {
    return comparison.find("scenario", scenario, "metric", metric).orElse(Map.of());
  }

  /** The plain-language sentence of a scenario against the baseline. */
  String headline(String scenario, String baseline) {
    Map<String, String> moved = row(scenario, "moved_out_of_inactivity");
    Map<String, String> gap = row(scenario, "inequality_gap_q1_q5_pp_end");
    double n = number(moved, "diff_mean");
    double low = number(moved, "diff_ci_low");
    double high = number(moved, "diff_ci_high");
    StringBuilder s = new StringBuilder();
    s.append("By the end of year ").append(manifest.years()).append(", with ").append(scenario);
    if (!Double.isFinite(n)) {
      return s.append(" the number of adults moved out of inactivity is undefined.").toString();
    }
    s.append(" about ")
        .append(Figures.about(Math.abs(n)))
        .append(n >= 0 ? " fewer" : " more")
        .append(" adults are inactive than in ")
        .append(baseline)
        .append(" (95% CI ")
        .append(
            n >= 0
                ? Figures.range(Figures.about(low), Figures.about(high))
                : Figures.range(Figures.about(-high), Figures.about(-low)))
        .append(")");
    double g = number(gap, "diff_mean");
    if (Double.isFinite(g)) {
      s.append("; the gap in inactivity between the most and least deprived fifths of the area ")
          .append(g <= 0 ? "narrows" : "widens")
          .append(" by ")
          .append(Figures.fixed(Math.abs(g), 2))
          .append(" percentage points (95% CI of the change ")
          .append(
              Figures.range(
                  Figures.signed(number(gap, "diff_ci_low"), 2),
                  Figures.signed(number(gap, "diff_ci_high"), 2)))
          .append(")");
    }
    s.append('.');
    if (low <= 0 && high >= 0) {
      s.append(
          " The interval includes no change: with this many replicates the model cannot tell"
              + " the effect from chance.");
    }
    return s.toString();
  }

  private static String interval(Map<String, String> r, String prefix, Fmt fmt) {
    double mean = number(r, prefix + "mean");
    if (!Double.isFinite(mean)) {
      return Figures.UNDEFINED;
    }
    return fmt.of(mean)
        + " ("
        + Figures.range(fmt.of(number(r, prefix + "ci_low")), fmt.of(number(r, prefix + "ci_high")))
        + ")";
  }

  /** A number format. */
  @FunctionalInterface
  interface Fmt {
    String of(double x);
  }

  private void outcomes(ReportPage page) {
    page.heading(2, "Scenarios compared");
    List<List<String>> rows = new ArrayList<>();
    for (int s = 0; s < names.size(); s++) {
      String n = names.get(s);
      Map<String, String> inactive = row(n, "inactive_share_end");
      Map<String, String> gap = row(n, "inequality_gap_q1_q5_pp_end");
      rows.add(
          List.of(
              n,
              interval(inactive, "", Figures::percent),
              s == 0 ? Figures.UNDEFINED : interval(inactive, "diff_", Figures::pointsFromShare),
              s == 0
                  ? Figures.UNDEFINED
                  : interval(row(n, "moved_out_of_inactivity"), "", Figures::about),
              interval(gap, "", x -> Figures.fixed(x, 1)),
              s == 0 ? Figures.UNDEFINED : interval(gap, "diff_", x -> Figures.signed(x, 2)),
              s == 0 ? Figures.UNDEFINED : chance(row(n, "inactive_share_end"))));
    }
    page.table(
        "Inactivity at the end of year " + manifest.years() + ", mean (95% CI)",
        List.of(
            "Scenario",
            "Adults inactive",
            "Change vs baseline (points)",
            "Adults moved out of inactivity",
            "Gap most vs least deprived fifth (points)",
            "Change in the gap (points)",
            "Chance of less inactivity"),
        rows);
  }

  private static String chance(Map<String, String> r) {
    double p = number(r, "prob_benefit");
    return Double.isFinite(p) ? Figures.fixed(100 * p, 0) + "%" : Figures.UNDEFINED;
  }

  private void valueForMoney(ReportPage page) throws IOException {
    page.heading(2, "Value for money");
    List<List<String>> rows = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (int s = 1; s < names.size(); s++) {
      String n = names.get(s);
      double benchmark =
          number(economics.find("scenario", n, "year", "total").orElse(Map.of()), "sroi_benchmark");
      Map<String, String> sroi = row(n, "sroi");
      rows.add(
          List.of(
              n,
              Figures.pounds(number(row(n, "total_cost_gbp"), "diff_mean")),
              interval(row(n, "cost_per_person_made_active_gbp"), "", Figures::pounds),
              interval(sroi, "", x -> "£" + Figures.fixed(x, 2)),
              Double.isFinite(benchmark) ? "£" + Figures.fixed(benchmark, 2) : Figures.UNDEFINED,
              interval(row(n, "wellbys"), "", x -> Figures.fixed(x, 0)),
              interval(row(n, "social_value_gbp"), "", Figures::pounds)));
      double mean = number(sroi, "mean");
      if (Double.isFinite(mean) && Double.isFinite(benchmark)) {
        double high = number(sroi, "ci_high");
        double low = number(sroi, "ci_low");
        String verdict =
            high < benchmark ? "below" : low > benchmark ? "above" : "not distinguishable from";
        sentences.add(
            n
                + " returns about £"
                + Figures.fixed(mean, 2)
                + " of social value per £1 spent (95% CI "
                + Figures.range(Figures.fixed(low, 2), Figures.fixed(high, 2))
                + "), "
                + verdict
                + " the national benchmark of £"
                + Figures.fixed(benchmark, 2)
                + " per £1 for sport and physical activity.");
      }
    }
    page.table(
        "Costs and value against the baseline, mean (95% CI)",
        List.of(
            "Scenario",
            "Extra cost",
            "Cost per person made active",
            "SROI (£ per £1)",
            "National SROI benchmark",
            "WELLBYs gained",
            "Social value"),
        rows);
    page.list(sentences);
    page.paragraph(
        "note",
        "Extra cost and cost per person made active are undiscounted; WELLBYs, social value and"
            + " SROI are present values. A person made active is one more adult active (150+"
            + " minutes a week) at the end than in the baseline; moves to fairly active do not"
            + " count, so this cost is an upper bound.");
    spendingByLever(page);
  }

  /** What each scenario's money bought, lever by lever ({@code spending_by_lever.csv}). */
  private void spendingByLever(ReportPage page) throws IOException {
    CsvRows spending = CsvRows.read(folder.resolve("spending_by_lever.csv"));
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> r : spending.rows()) {
      if (names.subList(1, names.size()).contains(r.get("scenario"))) {
        rows.add(
            List.of(
                r.get("scenario"),
                String.valueOf(r.get("lever")),
                Figures.pounds(number(r, "spend_gbp_mean"))
                    + " ("
                    + Figures.range(
                        Figures.pounds(number(r, "ci_low")), Figures.pounds(number(r, "ci_high")))
                    + ")"));
      }
    }
    if (!rows.isEmpty()) {
      page.table(
          "What the money bought: spending by lever over the run, mean (95% CI)",
          List.of("Scenario", "Lever", "Spent"), rows);
    }
  }

  private void whatWorks(ReportPage page) {
    page.heading(2, "What works, for whom, where");
    page.paragraph(
        "The contexts (place, deprivation fifth, age band, long-term condition) and mechanisms"
            + " in which each scenario added the most moves up a level, per 1,000 residents of the"
            + " context a year, against the baseline (from cmo.csv). A gain is clear when its whole"
            + " interval is above zero.");
    for (int s = 1; s < names.size(); s++) {
      String n = names.get(s);
      List<Map<String, String>> top =
          cmo.all("scenario", n).stream()
              .filter(r -> number(r, "diff_vs_baseline") > 0)
              .sorted(
                  Comparator.comparingDouble(
                      (Map<String, String> r) -> -number(r, "diff_vs_baseline")))
              .limit(10)
              .toList();
      List<List<String>> rows = new ArrayList<>();
      for (Map<String, String> r : top) {
        rows.add(
            List.of(
                r.get("place"),
                r.get("quintile"),
                r.get("age_band"),
                r.get("condition") + " condition",
                r.get("mechanism"),
                Figures.signed(number(r, "diff_vs_baseline"), 2)
                    + " ("
                    + Figures.range(
                        Figures.signed(number(r, "diff_ci_low"), 2),
                        Figures.signed(number(r, "diff_ci_high"), 2))
                    + ")",
                number(r, "diff_ci_low") > 0 ? "clear" : "not clear"));
      }
      page.table(
          n + ": the ten largest gains in moves up",
          List.of(
              "Place",
              "Fifth",
              "Age",
              "Condition",
              "Mechanism",
              "Per 1,000 a year (95% CI)",
              "Gain"),
          rows);
    }
  }

  private void allOutcomes(ReportPage page) {
    page.heading(2, "Every outcome");
    page.paragraph(
        "All the outcomes of comparison.csv: the scenario's own value, and its paired difference"
            + " from the baseline, mean (95% CI). Shares are in %, gaps in percentage points.");
    for (String n : names) {
      List<List<String>> rows = new ArrayList<>();
      for (Map<String, String> r : comparison.all("scenario", n)) {
        String metric = r.get("metric");
        Fmt fmt = format(metric);
        Fmt diffFmt = metric.startsWith("inactive_share") ? Figures::pointsFromShare : fmt;
        rows.add(List.of(metric, interval(r, "", fmt), interval(r, "diff_", diffFmt), chance(r)));
      }
      page.table(
          n, List.of("Outcome", "Value", "Difference from baseline", "Chance of benefit"), rows);
    }
  }

  private static Fmt format(String metric) {
    if (metric.startsWith("inactive_share")) {
      return Figures::percent;
    }
    if (metric.endsWith("_gbp")) {
      return Figures::pounds;
    }
    if (metric.endsWith("_pp_end") || metric.equals("sroi")) {
      return x -> Figures.fixed(x, 2);
    }
    return x -> Figures.fixed(x, 0);
  }

  private List<Path> scenarioFiles() throws IOException {
    Path dir = folder.resolve("scenarios");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".yaml"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    }
  }

  private List<List<String>> inputs() throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (Map<String, String> r : CsvRows.read(folder.resolve("scenarios.csv")).rows()) {
      rows.add(List.of(r.get("scenario"), r.get("role"), r.get("file"), r.get("sha256")));
    }
    return rows;
  }
}
