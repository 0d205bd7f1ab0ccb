package org.activesim.run;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activesim.core.Mechanism;
import org.activesim.core.Recording;
import org.activesim.evaluation.Interval;
import org.activesim.output.EnsembleAggregate;
import org.activesim.output.SummaryEstimate;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;

/**
 * Statistics across the replicates of an ensemble, folded in one recording at a time: the summary
 * keys' mean, standard deviation and 95% confidence interval, and every cell of the recording
 * cube's mean and interval. Memory is a few arrays the size of one recording, whatever the number
 * of replicates.
 *
 * <p>The interval of a mean of n replicates is {@code mean ± t(0.975, n − 1) · sd / √n}, the
 * Student t interval (replicates are independent and identically distributed; their means are close
 * to normal for the sizes simulated). Moments are Welford's ({@link RunningMoments}); fed in
 * replicate order, as {@link Ensemble} does, the statistics are the same bits on any thread count.
 *
 * <p>Not thread-safe: a {@link ReplicateConsumer} calls {@link #add} on one thread.
 */
public final class EnsembleStatistics {

  /** The primary outcome: inactive share of adults at the end of the run (a share, 0–1). */
  public static final String PRIMARY_OUTCOME = "inactive_share_end";

  /** Summary row: the number of replicates (in the {@code mean} column). */
  public static final String REPLICATES_ROW = "replicates";

  /**
   * Summary row: the 95% CI half-width of the primary outcome's mean (in the {@code mean} column).
   */
  public static final String HALF_WIDTH_ROW = PRIMARY_OUTCOME + "_ci_half_width";

  /** Two-sided 95% intervals. */
  private final Map<Integer, Double> tQuantiles = new HashMap<>();

  private List<String> places;
  private List<String> metrics;
  private List<String> levers;
  private List<String> keys;
  private int[] weeks;
  private RunningMoments values;
  private RunningMoments spend;
  private RunningMoments mechanisms;
  private RunningMoments summary;
  private int replicates;

  /**
   * Folds in the next replicate.
   *
   * @throws IllegalArgumentException if its shape (places, metrics, levers, weeks, summary keys)
   *     differs from the first replicate's
   */
  public void add(Recording r) {
    if (replicates == 0) {
      takeShape(r);
    } else if (!places.equals(r.places())
        || !metrics.equals(r.metrics())
        || !levers.equals(r.levers())
        || !Arrays.equals(weeks, r.weeks())
        || !keys.equals(List.copyOf(r.summary().keySet()))) {
      throw new IllegalArgumentException(
          "replicate " + replicates + " was recorded differently from replicate 0");
    }
    int slots = places.size() + 1;
    int i = 0;
    for (int w = 0; w < weeks.length; w++) {
      for (int p = 0; p < slots; p++) {
        for (int q = 0; q <= Recording.ALL_QUINTILES; q++) {
          for (int m = 0; m < metrics.size(); m++) {
            values.add(i++, r.value(w, p, q, m));
          }
        }
      }
    }
    i = 0;
    for (int w = 0; w < weeks.length; w++) {
      for (int lever = 0; lever < levers.size(); lever++) {
        for (int s = 0; s < slots; s++) {
          spend.add(i++, r.spend(w, lever, s));
        }
      }
    }
    addMechanisms(r);
    int k = 0;
    for (Double v : r.summary().values()) {
      summary.add(k++, v == null ? Double.NaN : v);
    }
    replicates++;
  }

  private void takeShape(Recording r) {
    places = r.places();
    metrics = r.metrics();
    levers = r.levers();
    weeks = r.weeks();
    keys = List.copyOf(r.summary().keySet());
    int slots = places.size() + 1;
    values = new RunningMoments(weeks.length * slots * 6 * metrics.size(), true);
    spend = new RunningMoments(weeks.length * levers.size() * slots, false);
    mechanisms = new RunningMoments(weeks.length * mechanismCells(), false);
    summary = new RunningMoments(keys.size(), true);
  }

  private int mechanismCells() {
    return places.size() * PlaceSpec.QUINTILES * PopulationSpec.AGE_BANDS * 2 * Mechanism.COUNT;
  }

  private void addMechanisms(Recording r) {
    int i = 0;
    for (int w = 0; w < weeks.length; w++) {
      for (int p = 0; p < places.size(); p++) {
        for (int q = 0; q < PlaceSpec.QUINTILES; q++) {
          for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
            for (int c = 0; c < 2; c++) {
              for (Mechanism m : Mechanism.values()) {
                mechanisms.add(i++, r.mechanismTransitions(w, p, q, a, c, m));
              }
            }
          }
        }
      }
    }
  }

  /**
   * Writes the statistics bit for bit, so that an interrupted ensemble can go on from them ({@code
   * run --resume}) and end with the same bytes as if it had never stopped.
   */
  public void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(replicates);
    if (replicates == 0) {
      return;
    }
    writeStrings(out, places);
    writeStrings(out, metrics);
    writeStrings(out, levers);
    writeStrings(out, keys);
    out.writeInt(weeks.length);
    for (int w : weeks) {
      out.writeInt(w);
    }
    values.writeTo(out);
    spend.writeTo(out);
    mechanisms.writeTo(out);
    summary.writeTo(out);
  }

  /** Reads what {@link #writeTo} wrote. */
  public static EnsembleStatistics readFrom(DataInputStream in) throws IOException {
    EnsembleStatistics s = new EnsembleStatistics();
    s.replicates = in.readInt();
    if (s.replicates == 0) {
      return s;
    }
    s.places = readStrings(in);
    s.metrics = readStrings(in);
    s.levers = readStrings(in);
    s.keys = readStrings(in);
    s.weeks = new int[in.readInt()];
    for (int w = 0; w < s.weeks.length; w++) {
      s.weeks[w] = in.readInt();
    }
    s.values = RunningMoments.readFrom(in);
    s.spend = RunningMoments.readFrom(in);
    s.mechanisms = RunningMoments.readFrom(in);
    s.summary = RunningMoments.readFrom(in);
    return s;
  }

  private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      strings.add(in.readUTF());
    }
    return List.copyOf(strings);
  }

  /** Replicates folded in so far. */
  public int replicates() {
    return replicates;
  }

  /** The estimate of a summary key across the replicates so far. */
  public SummaryEstimate estimate(String key) {
    int k = keys == null ? -1 : keys.indexOf(key);
    if (k < 0) {
      return new SummaryEstimate(key, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double mean = summary.mean(k);
    double variance = summary.variance(k);
    double half = halfWidth(summary.count(k), variance);
    return new SummaryEstimate(
        key, summary.count(k), mean, Math.sqrt(variance), mean - half, mean + half);
  }

  /**
   * The 95% CI half-width of a summary key's mean over the replicates so far; NaN with fewer than
   * two values (or an unknown key).
   */
  public double halfWidth(String key) {
    return estimate(key).ciHalfWidth();
  }

  /** {@code t(0.975, n − 1) · √variance / √n}; NaN for n < 2. */
  private double halfWidth(int n, double variance) {
    if (n < 2) {
      return Double.NaN;
    }
    return tQuantile(n - 1) * Math.sqrt(variance / n);
  }

  /** The 0.975 quantile of Student's t with {@code df} degrees of freedom (cached). */
  private double tQuantile(int df) {
    return tQuantiles.computeIfAbsent(df, EnsembleStatistics::studentT975);
  }

  /** The 0.975 quantile of Student's t, as every interval of ActiveSim ({@link Interval}). */
  static double studentT975(int df) {
    return Interval.tQuantile(df);
  }

  /**
   * Every summary key's estimate, in the replicates' summary order, then {@value #REPLICATES_ROW}
   * and {@value #HALF_WIDTH_ROW}, whose values are in the {@code mean} column.
   */
  public List<SummaryEstimate> summary() {
    List<SummaryEstimate> rows = new ArrayList<>();
    if (keys != null) {
      for (String key : keys) {
        rows.add(estimate(key));
      }
    }
    double nan = Double.NaN;
    rows.add(new SummaryEstimate(REPLICATES_ROW, replicates, replicates, nan, nan, nan));
    SummaryEstimate primary = estimate(PRIMARY_OUTCOME);
    rows.add(
        new SummaryEstimate(HALF_WIDTH_ROW, primary.n(), primary.ciHalfWidth(), nan, nan, nan));
    return rows;
  }

  /**
   * The mean recording (cells, spending, mechanism counts and summary averaged over replicates),
   * the recordings of its cells' 95% limits, and the summary estimates.
   *
   * @throws IllegalStateException before the first replicate
   */
  public EnsembleAggregate aggregate() {
    if (replicates == 0) {
      throw new IllegalStateException("no replicates yet");
    }
    Recording.Builder mean = new Recording.Builder(places, metrics, levers);
    Recording.Builder low = new Recording.Builder(places, metrics);
    Recording.Builder high = new Recording.Builder(places, metrics);
    int slots = places.size() + 1;
    int i = 0;
    int s = 0;
    int c = 0;
    for (int w = 0; w < weeks.length; w++) {
      mean.beginWeek(weeks[w]);
      low.beginWeek(weeks[w]);
      high.beginWeek(weeks[w]);
      for (int p = 0; p < slots; p++) {
        for (int q = 0; q <= Recording.ALL_QUINTILES; q++) {
          for (int m = 0; m < metrics.size(); m++, i++) {
            double mu = values.mean(i);
            double half = halfWidth(values.count(i), values.variance(i));
            mean.set(p, q, m, mu);
            low.set(p, q, m, mu - half);
            high.set(p, q, m, mu + half);
          }
        }
      }
      for (int lever = 0; lever < levers.size(); lever++) {
        for (int slot = 0; slot < slots; slot++) {
          mean.setSpend(lever, slot, spend.mean(s++));
        }
      }
      c = meanMechanisms(mean, c);
    }
    Map<String, Double> meanSummary = new LinkedHashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      meanSummary.put(keys.get(k), summary.mean(k));
    }
    return new EnsembleAggregate(
        summary(), mean.build(meanSummary), low.build(Map.of()), high.build(Map.of()));
  }

  /** Adds one week's mean mechanism counts, from cell {@code c}; returns the next cell. */
  private int meanMechanisms(Recording.Builder mean, int c) {
    for (int p = 0; p < places.size(); p++) {
      for (int q = 0; q < PlaceSpec.QUINTILES; q++) {
        for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
          for (int condition = 0; condition < 2; condition++) {
            for (Mechanism m : Mechanism.values()) {
              double mu = mechanisms.mean(c++);
              if (mu != 0) {
                mean.addMechanism(p, q, a, condition, m, mu);
              }
            }
          }
        }
      }
    }
    return c;
  }
}
