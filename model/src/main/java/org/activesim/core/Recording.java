package org.activesim.core;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;

/**
 * What a run observed: a dense cube of values indexed by (recorded week, place, quintile, metric),
 * plus an ordered end-of-run summary. Writers and charts read a recording, never the live model
 * (MASON's model/view split, STYLE.md).
 *
 * <p>Place index {@code places().size()} and quintile index {@link #ALL_QUINTILES} hold aggregates
 * (written as {@code ALL}). A metric that does not apply to a (place, quintile) pair is NaN there
 * and is not written: groups belong to places, not to quintiles; county-wide stocks have no place.
 */
public final class Recording {

  /** Quintile index of the all-quintiles aggregate (quintiles are 0..4). */
  public static final int ALL_QUINTILES = 5;

  private final List<String> places;
  private final List<String> metrics;
  private final int[] weeks;
  private final double[] values;
  private final Map<String, Double> summary;
  private final List<String> levers;
  private final double[] spend;
  private final double[] mechanisms;
  private final double[] contextResidents;
  private final List<Decision> decisions;

  Recording(
      List<String> places,
      List<String> metrics,
      List<String> levers,
      int[] weeks,
      double[] values,
      double[] spend,
      double[] mechanisms,
      double[] contextResidents,
      List<Decision> decisions,
      Map<String, Double> summary) {
    this.decisions = List.copyOf(decisions);
    this.places = List.copyOf(places);
    this.metrics = List.copyOf(metrics);
    this.levers = List.copyOf(levers);
    this.weeks = weeks.clone();
    this.values = values;
    this.spend = spend;
    this.mechanisms = mechanisms;
    this.contextResidents = contextResidents;
    this.summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    if (values.length != weeks.length * placeSlots() * 6 * metrics.size()) {
      throw new IllegalArgumentException("values cube has the wrong size");
    }
    if (spend.length != weeks.length * levers.size() * placeSlots()) {
      throw new IllegalArgumentException("spending cube has the wrong size");
    }
    if (mechanisms.length != weeks.length * mechanismSlab(places.size())) {
      throw new IllegalArgumentException("mechanism cube has the wrong size");
    }
    if (contextResidents.length != contexts(places.size())) {
      throw new IllegalArgumentException("context populations have the wrong size");
    }
  }

  /** Contexts (place, quintile, age band, condition) of a number of places. */
  private static int contexts(int places) {
    return places * PlaceSpec.QUINTILES * PopulationSpec.AGE_BANDS * 2;
  }

  private static int contextIndex(int place, int quintile, int ageBand, int condition) {
    return ((place * PlaceSpec.QUINTILES + quintile) * PopulationSpec.AGE_BANDS + ageBand) * 2
        + condition;
  }

  /**
   * Residents represented in a context (place, quintile 0..4, age band 0..3, condition 0|1): the
   * denominator of the realist table's rates. Attributes are fixed for a run, so one number.
   */
  public double contextResidents(int place, int quintile, int ageBand, int condition) {
    return contextResidents[contextIndex(place, quintile, ageBand, condition)];
  }

  /** Cells of the mechanism cube per recorded week. */
  private static int mechanismSlab(int places) {
    return places * PlaceSpec.QUINTILES * PopulationSpec.AGE_BANDS * 2 * Mechanism.COUNT;
  }

  private static int mechanismIndex(
      int places, int weekIndex, int place, int quintile, int ageBand, int condition, int m) {
    int cell =
        ((place * PlaceSpec.QUINTILES + quintile) * PopulationSpec.AGE_BANDS + ageBand) * 2
            + condition;
    return weekIndex * mechanismSlab(places) + cell * Mechanism.COUNT + m;
  }

  /** Lever names in scenario order (the spending ledger's lines). */
  public List<String> levers() {
    return levers;
  }

  /**
   * Spending of a lever, in £, over the weeks since the previous recorded week, in one place, or
   * county-wide spending that belongs to no place at slot {@link #allPlaces()}. The total of a
   * lever is the sum over every slot.
   */
  public double spend(int weekIndex, int lever, int slot) {
    return spend[(weekIndex * levers.size() + lever) * placeSlots() + slot];
  }

  /**
   * Upward transitions (residents represented) credited to a mechanism since the previous recorded
   * week, in one context: place, quintile (0..4), age band (0..3), condition (0 without, 1 with).
   */
  public double mechanismTransitions(
      int weekIndex, int place, int quintile, int ageBand, int condition, Mechanism m) {
    return mechanisms[
        mechanismIndex(places.size(), weekIndex, place, quintile, ageBand, condition, m.ordinal())];
  }

  /** Place names, in scenario order; the aggregate is index {@code places().size()}. */
  public List<String> places() {
    return places;
  }

  /** Index of the all-places aggregate. */
  public int allPlaces() {
    return places.size();
  }

  /** Metric names, in recording order. */
  public List<String> metrics() {
    return metrics;
  }

  /** Recorded weeks, ascending (week 0 is the state before the first step). */
  public int[] weeks() {
    return weeks.clone();
  }

  /** Number of recorded weeks. */
  public int weekCount() {
    return weeks.length;
  }

  /** The week recorded at index i. */
  public int week(int i) {
    return weeks[i];
  }

  /** Index of a metric, or -1. */
  public int metricIndex(String metric) {
    return metrics.indexOf(metric);
  }

  /**
   * Value at a recorded week index, place index (or {@link #allPlaces()}), quintile (0..4 or {@link
   * #ALL_QUINTILES}) and metric index; NaN where the metric does not apply.
   */
  public double value(int weekIndex, int place, int quintile, int metric) {
    return values[index(weekIndex, place, quintile, metric)];
  }

  /** The series of one metric over all recorded weeks. */
  public double[] series(int place, int quintile, String metric) {
    int m = metricIndex(metric);
    if (m < 0) {
      throw new IllegalArgumentException("no metric " + metric);
    }
    double[] out = new double[weeks.length];
    for (int w = 0; w < weeks.length; w++) {
      out[w] = value(w, place, quintile, m);
    }
    return out;
  }

  /** End-of-run summary ({@code metric → value}), in a fixed order. */
  public Map<String, Double> summary() {
    return summary;
  }

  /** The programmes' monitor-and-evaluate and scale-and-replicate decisions, in order. */
  public List<Decision> decisions() {
    return decisions;
  }

  private int placeSlots() {
    return places.size() + 1;
  }

  private int index(int weekIndex, int place, int quintile, int metric) {
    return ((weekIndex * placeSlots() + place) * 6 + quintile) * metrics.size() + metric;
  }

  /** Collects values week by week; the core fills it, then freezes it into a Recording. */
  public static final class Builder {
    private final List<String> places;
    private final List<String> metrics;
    private final int placeSlots;
    private final List<String> levers;
    private int[] weeks = new int[64];
    private double[] values;
    private double[] spend;
    private double[] mechanisms;
    private final double[] contextResidents;
    private final List<Decision> decisions = new java.util.ArrayList<>();
    private int count;

    /** A builder for a run without levers. */
    public Builder(List<String> places, List<String> metrics) {
      this(places, metrics, List.of());
    }

    public Builder(List<String> places, List<String> metrics, List<String> levers) {
      this.places = List.copyOf(places);
      this.metrics = List.copyOf(metrics);
      this.levers = List.copyOf(levers);
      this.placeSlots = places.size() + 1;
      this.values = new double[64 * slab()];
      this.spend = new double[64 * levers.size() * placeSlots];
      this.mechanisms = new double[64 * mechanismSlab(places.size())];
      this.contextResidents = new double[contexts(places.size())];
    }

    /** Sets the residents represented in a context (see {@link Recording#contextResidents}). */
    public void setContextResidents(
        int place, int quintile, int ageBand, int condition, double residents) {
      contextResidents[contextIndex(place, quintile, ageBand, condition)] = residents;
    }

    private int slab() {
      return placeSlots * 6 * metrics.size();
    }

    /** Starts a new recorded week; all its values start as NaN. */
    public void beginWeek(int week) {
      if (count > 0 && week <= weeks[count - 1]) {
        throw new IllegalArgumentException("weeks must increase");
      }
      if (count == weeks.length) {
        weeks = Arrays.copyOf(weeks, count * 2);
        values = Arrays.copyOf(values, count * 2 * slab());
        spend = Arrays.copyOf(spend, count * 2 * levers.size() * placeSlots);
        mechanisms = Arrays.copyOf(mechanisms, count * 2 * mechanismSlab(places.size()));
      }
      weeks[count] = week;
      Arrays.fill(values, count * slab(), (count + 1) * slab(), Double.NaN);
      count++;
    }

    /** Sets a value in the current week. */
    public void set(int place, int quintile, int metric, double value) {
      values[
              ((count - 1) * placeSlots + place) * 6 * metrics.size()
                  + quintile * metrics.size()
                  + metric] =
          value;
    }

    /** Sets a lever's spending in a slot (place, or {@code places} for county-wide). */
    public void setSpend(int lever, int slot, double gbp) {
      spend[((count - 1) * levers.size() + lever) * placeSlots + slot] = gbp;
    }

    /** Adds upward transitions credited to a mechanism in a context, in the current week. */
    public void addMechanism(
        int place, int quintile, int ageBand, int condition, Mechanism m, double transitions) {
      int i =
          mechanismIndex(
              places.size(), count - 1, place, quintile, ageBand, condition, m.ordinal());
      mechanisms[i] += transitions;
    }

    /** Adds a programme decision (in the order they are taken). */
    public void addDecision(Decision d) {
      decisions.add(d);
    }

    public Recording build(Map<String, Double> summary) {
      return new Recording(
          places,
          metrics,
          levers,
          Arrays.copyOf(weeks, count),
          Arrays.copyOf(values, count * slab()),
          Arrays.copyOf(spend, count * levers.size() * placeSlots),
          Arrays.copyOf(mechanisms, count * mechanismSlab(places.size())),
          contextResidents.clone(),
          decisions,
          summary);
    }
  }
}
