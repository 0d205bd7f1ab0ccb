package org.activesim.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.activesim.evaluation.Interval;
import org.activesim.output.ManifestReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The full-size check of the people-not-agents rule (ODD 7.8): reads two comparisons of the same
 * scenarios against the same baseline, one run at scale 1 and one at a coarser scale, and prints
 * for each scenario the people moved out of inactivity at both scales (their difference over its
 * standard error, and whether the 95% intervals overlap), the spending of each lever at both scales
 * (and its relative gap), and how often each programme scaled. The comparisons come from the
 * command line:
 *
 * <pre>
 * ./activesim compare scenarios/baseline.yaml $(ls scenarios/essex-ldp.yaml scenarios/levers/*.yaml \
 *     scenarios/scale/*.yaml) --scale 1 --out /tmp/full-1
 * ./activesim compare scenarios/baseline.yaml ... --scale 10 --out /tmp/full-10
 * java -cp bench/target/benchmarks.jar org.activesim.bench.ScaleInvarianceReport /tmp/full-1 \
 *     /tmp/full-10
 * </pre>
 */
public final class ScaleInvarianceReport {
  private ScaleInvarianceReport() {}

  /** One scenario's moved-out interval. */
  private record Moved(double mean, double low, double high) {
    /** Standard error from the 95% interval's half-width (t with many replicates ≈ 2). */
    double standardError(double t) {
      return (high - low) / 2 / t;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ScaleInvarianceReport FINE_COMPARISON COARSE_COMPARISON");
      System.exit(2);
    }
    Path fine = Path.of(args[0]);
    Path coarse = Path.of(args[1]);
    ManifestReader.Content manifest = ManifestReader.read(fine.resolve("manifest.json"));
    double t = Interval.tQuantile(manifest.replicates() - 1);
    Map<String, Moved> movedFine = moved(fine);
    Map<String, Moved> movedCoarse = moved(coarse);
    double coarseScale = ManifestReader.read(coarse.resolve("manifest.json")).scale();
    System.out.printf(
        Locale.ROOT,
        "Fine: scale %s; coarse: scale %s; %d paired replicates each.%n%n",
        manifest.scale(),
        coarseScale,
        manifest.replicates());
    System.out.println(
        "| Scenario | moved out, fine | moved out, coarse | difference / its SE | 95% CIs overlap |");
    System.out.println("|---|---:|---:|---:|---|");
    for (String s : movedFine.keySet()) {
      Moved a = movedFine.get(s);
      Moved b = movedCoarse.get(s);
      double se = Math.hypot(a.standardError(t), b.standardError(t));
      System.out.printf(
          Locale.ROOT,
          "| %s | %.0f (%.0f to %.0f) | %.0f (%.0f to %.0f) | %+.1f | %s |%n",
          s,
          a.mean(),
          a.low(),
          a.high(),
          b.mean(),
          b.low(),
          b.high(),
          se > 0 ? (b.mean() - a.mean()) / se : 0.0,
          a.low() <= b.high() && b.low() <= a.high() ? "yes" : "NO");
    }
    System.out.println();
    System.out.println("| Scenario | lever | spending, fine | spending, coarse | gap |");
    System.out.println("|---|---|---:|---:|---:|");
    Map<String, Double> spentFine = spending(fine);
    Map<String, Double> spentCoarse = spending(coarse);
    for (Map.Entry<String, Double> e : spentFine.entrySet()) {
      double a = e.getValue();
      double b = spentCoarse.getOrDefault(e.getKey(), Double.NaN);
      String[] key = e.getKey().split("\t");
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | £%,.0f | £%,.0f | %+.1f%% |%n",
          key[0],
          key[1],
          a,
          b,
          a == 0 ? 0 : 100 * (b - a) / a);
    }
    System.out.println();
    System.out.println("| Scenario | programme | scaled, fine | scaled, coarse | places running |");
    System.out.println("|---|---|---:|---:|---|");
    Map<String, CSVRecord> reachCoarse = new LinkedHashMap<>();
    for (CSVRecord b : rows(coarse.resolve("programme_reach.csv"))) {
      reachCoarse.put(b.get("scenario") + "\t" + b.get("programme"), b);
    }
    for (CSVRecord a : rows(fine.resolve("programme_reach.csv"))) {
      CSVRecord b = reachCoarse.get(a.get("scenario") + "\t" + a.get("programme"));
      if (b == null) {
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s of %s | %s of %s | %.1f and %.1f of %s |%n",
          a.get("scenario"),
          a.get("programme"),
          a.get("replicates_scaled"),
          a.get("replicates"),
          b.get("replicates_scaled"),
          b.get("replicates"),
          Double.parseDouble(a.get("places_running_end_mean")),
          Double.parseDouble(b.get("places_running_end_mean")),
          a.get("places"));
    }
  }

  private static Map<String, Moved> moved(Path dir) throws IOException {
    Map<String, Moved> out = new LinkedHashMap<>();
    for (CSVRecord r : rows(dir.resolve("comparison.csv"))) {
      if (r.get("metric").equals("moved_out_of_inactivity")) {
        out.put(
            r.get("scenario"),
            new Moved(
                Double.parseDouble(r.get("mean")),
                Double.parseDouble(r.get("ci_low")),
                Double.parseDouble(r.get("ci_high"))));
      }
    }
    out.remove(baselineName(dir));
    return out;
  }

  private static Map<String, Double> spending(Path dir) throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    for (CSVRecord r : rows(dir.resolve("spending_by_lever.csv"))) {
      out.put(
          r.get("scenario") + "\t" + r.get("lever"), Double.parseDouble(r.get("spend_gbp_mean")));
    }
    return out;
  }

  private static String baselineName(Path dir) throws IOException {
    for (CSVRecord r : rows(dir.resolve("scenarios.csv"))) {
      if (r.get("role").equals("baseline")) {
        return r.get("scenario");
      }
    }
    throw new IOException("no baseline in " + dir.resolve("scenarios.csv"));
  }

  private static List<CSVRecord> rows(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .build()
          .parse(in)
          .getRecords();
    }
  }
}
