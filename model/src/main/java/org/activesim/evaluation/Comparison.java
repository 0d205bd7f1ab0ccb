package org.activesim.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.activesim.scenario.EconomicsSpec;

/**
 * Scenarios compared with a baseline over paired replicates (common random numbers: replicate r of
 * every scenario ran with the same seed). Scenario 0 is the baseline. Everything here is computed
 * from {@link ReplicateDigest}s; writers and charts read it, never the runs.
 *
 * <p>Programmes (MODEL.md §5) are summarised over every replicate ({@link #replicatesScaled},
 * {@link #placesRunningEnd}); their rollout is kept of replicate 0 only ({@link #rollout}), the one
 * realisation a comparison draws, so that memory does not grow with the replicates.
 */
public final class Comparison {
  private final List<String> scenarios;
  private final int replicates;
  private final int[] weeks;

  /** outcomes[s][o][r]. */
  private final double[][][] outcomes;

  /** inactive[s][week][r] and gap[s][week][r]. */
  private final double[][][] inactive;

  private final double[][][] gap;

  /** placeInactive[s][place][r]: each place's inactive share at the end. */
  private final double[][][] placeInactive;

  /** rates[s][r][k], k = context × mechanism ({@link MechanismRates#index}). */
  private final double[][][] rates;

  /** economics[s][r]. */
  private final EconomicsTable[][] economics;

  /** programmes[s]: each scenario's programmes, in recording order. */
  private final List<List<String>> programmes = new ArrayList<>();

  /** scaled[s][k]: replicates in which programme k of scenario s scaled. */
  private final int[][] scaled;

  /** placesRunning[s][k][r]: places where programme k ran at the end of replicate r. */
  private final double[][][] placesRunning;

  /** rollouts[s]: replicate 0's rollout, or null if not kept or without programmes. */
  private final ProgrammeRollout[] rollouts;

  /** levers[s]: each scenario's ledger lines (enabled levers), in scenario order. */
  private final List<List<String>> levers = new ArrayList<>();

  /** spending[s][line][r]: what each lever spent over the run (£). */
  private final double[][][] spending;

  /**
   * @param scenarios names, baseline first
   * @param digests digests[s][r] for every scenario and replicate, replicate order
   * @param specs the economics parameters of each scenario
   */
  public Comparison(
      List<String> scenarios, List<ReplicateDigest[]> digests, List<EconomicsSpec> specs) {
    if (scenarios.size() != digests.size() || scenarios.size() != specs.size()) {
      throw new IllegalArgumentException("one name, digest list and economics per scenario");
    }
    this.scenarios = List.copyOf(scenarios);
    this.replicates = digests.get(0).length;
    ReplicateDigest[] base = digests.get(0);
    this.weeks = base[0].weeks().clone();
    int n = scenarios.size();
    int outcomesCount = Outcome.values().length;
    outcomes = new double[n][outcomesCount][replicates];
    inactive = new double[n][weeks.length][replicates];
    gap = new double[n][weeks.length][replicates];
    rates = new double[n][replicates][];
    int places = base[0].placeInactiveShareEnd().length;
    placeInactive = new double[n][places][replicates];
    economics = new EconomicsTable[n][replicates];
    scaled = new int[n][];
    placesRunning = new double[n][][];
    rollouts = new ProgrammeRollout[n];
    spending = new double[n][][];
    for (int s = 0; s < n; s++) {
      summariseProgrammes(s, digests.get(s));
      summariseSpending(s, digests.get(s));
      ReplicateDigest[] ds = digests.get(s);
      if (ds.length != replicates) {
        throw new IllegalArgumentException("every scenario needs the same replicates");
      }
      for (int r = 0; r < replicates; r++) {
        economics[s][r] = Economics.compute(ds[r].yearly(), base[r].yearly(), specs.get(s));
        double[] v = ReplicateOutcomes.of(ds[r], base[r], economics[s][r]);
        for (int o = 0; o < outcomesCount; o++) {
          outcomes[s][o][r] = v[o];
        }
        for (int w = 0; w < weeks.length; w++) {
          inactive[s][w][r] = ds[r].inactiveShare()[w];
          gap[s][w][r] = ds[r].gapPp()[w];
        }
        rates[s][r] = ds[r].mechanismRates();
        if (ds[r].placeInactiveShareEnd().length != places) {
          throw new IllegalArgumentException("every replicate needs the same places");
        }
        for (int p = 0; p < places; p++) {
          placeInactive[s][p][r] = ds[r].placeInactiveShareEnd()[p];
        }
      }
    }
  }

  /** Fills the programme summaries of a scenario from its digests. */
  private void summariseProgrammes(int s, ReplicateDigest[] ds) {
    List<String> names = ds[0].programmes().stream().map(ProgrammeReach::programme).toList();
    programmes.add(names);
    scaled[s] = new int[names.size()];
    placesRunning[s] = new double[names.size()][ds.length];
    for (int r = 0; r < ds.length; r++) {
      List<ProgrammeReach> reach = ds[r].programmes();
      if (!reach.stream().map(ProgrammeReach::programme).toList().equals(names)) {
        throw new IllegalArgumentException(
            "every replicate of a scenario needs the same programmes");
      }
      for (int k = 0; k < names.size(); k++) {
        scaled[s][k] += reach.get(k).scaled() ? 1 : 0;
        placesRunning[s][k][r] = reach.get(k).placesRunningEnd();
      }
    }
    ProgrammeRollout first = ds[0].rollout();
    rollouts[s] = first == null || first.isEmpty() ? null : first;
  }

  /** Fills the spending per lever of a scenario from its digests' ledger totals. */
  private void summariseSpending(int s, ReplicateDigest[] ds) {
    List<String> names = new ArrayList<>();
    for (String key : ds[0].summary().keySet()) {
      if (key.startsWith(SPEND_PREFIX)) {
        names.add(key.substring(SPEND_PREFIX.length()));
      }
    }
    levers.add(List.copyOf(names));
    spending[s] = new double[names.size()][ds.length];
    for (int k = 0; k < names.size(); k++) {
      for (int r = 0; r < ds.length; r++) {
        spending[s][k][r] = ds[r].summaryValue(SPEND_PREFIX + names.get(k));
      }
    }
  }

  /** Summary key prefix of a lever's spending over the run ({@code spend_gbp_total:<lever>}). */
  private static final String SPEND_PREFIX = "spend_gbp_total:";

  public List<String> scenarios() {
    return scenarios;
  }

  public int replicates() {
    return replicates;
  }

  /** Places of the runs. */
  public int places() {
    return placeInactive[0].length;
  }

  /** Recorded weeks of the runs. */
  public int[] weeks() {
    return weeks.clone();
  }

  /** A scenario's values of an outcome, one per replicate. */
  public double[] values(int scenario, Outcome o) {
    return outcomes[scenario][o.ordinal()].clone();
  }

  /** Mean and 95% CI of an outcome over replicates. */
  public Interval level(int scenario, Outcome o) {
    return Interval.of(outcomes[scenario][o.ordinal()]);
  }

  /** Paired difference scenario − baseline of an outcome, mean and 95% CI. */
  public Interval difference(int scenario, Outcome o) {
    return Interval.pairedDifference(outcomes[scenario][o.ordinal()], outcomes[0][o.ordinal()]);
  }

  /** Share of replicates in which the scenario beats its baseline replicate on an outcome. */
  public double probabilityOfBenefit(int scenario, Outcome o) {
    return Interval.probabilityOfBenefit(
        Interval.differences(outcomes[scenario][o.ordinal()], outcomes[0][o.ordinal()]),
        o.higherIsBetter());
  }

  /** County inactive share at a recorded week, mean and 95% CI over replicates. */
  public Interval inactiveShare(int scenario, int weekIndex) {
    return Interval.of(inactive[scenario][weekIndex]);
  }

  /** A place's inactive share at the end of the run, mean and 95% CI over replicates. */
  public Interval placeInactiveShareEnd(int scenario, int place) {
    return Interval.of(placeInactive[scenario][place]);
  }

  /** Q1 − Q5 inactivity gap (pp) at a recorded week, mean and 95% CI over replicates. */
  public Interval gapPp(int scenario, int weekIndex) {
    return Interval.of(gap[scenario][weekIndex]);
  }

  /** Incremental cost (scenario − baseline spending, £) in each replicate. */
  public double[] incrementalCostGbp(int scenario) {
    double[] c = new double[replicates];
    for (int r = 0; r < replicates; r++) {
      c[r] = economics[scenario][r].costGbp();
    }
    return c;
  }

  /** Person-years active gained over the baseline in each replicate. */
  public double[] personYearsActiveGained(int scenario) {
    double[] g = new double[replicates];
    for (int r = 0; r < replicates; r++) {
      g[r] = economics[scenario][r].extraPersonYearsActive();
    }
    return g;
  }

  /** The economics of each replicate of a scenario against its baseline replicate. */
  public List<EconomicsTable> economics(int scenario) {
    return List.of(economics[scenario]);
  }

  /** Mean realist rate (per 1,000 residents a year) of a context × mechanism index. */
  public Interval rate(int scenario, int index) {
    return Interval.of(column(scenario, index));
  }

  /** Paired difference of a realist rate against the baseline, mean and 95% CI. */
  public Interval rateDifference(int scenario, int index) {
    return Interval.pairedDifference(column(scenario, index), column(0, index));
  }

  /** Number of context × mechanism cells. */
  public int rateCells() {
    return rates[0][0].length;
  }

  private double[] column(int scenario, int index) {
    double[] v = new double[replicates];
    for (int r = 0; r < replicates; r++) {
      v[r] = rates[scenario][r][index];
    }
    return v;
  }

  /** A scenario's levers that have a ledger line (the enabled ones), in scenario order. */
  public List<String> levers(int scenario) {
    return levers.get(scenario);
  }

  /**
   * What a scenario's lever (index in {@link #levers}) spent over the run, £, mean and 95% CI over
   * replicates: what the money bought, lever by lever.
   */
  public Interval spending(int scenario, int lever) {
    return Interval.of(spending[scenario][lever]);
  }

  /** A scenario's programmes, in recording order (empty without programmes). */
  public List<String> programmes(int scenario) {
    return programmes.get(scenario);
  }

  /** Replicates in which a scenario's programme (index in {@link #programmes}) scaled at all. */
  public int replicatesScaled(int scenario, int programme) {
    return scaled[scenario][programme];
  }

  /**
   * Places where a scenario's programme ran (pilot or replica) at the end, mean and 95% CI over
   * replicates.
   */
  public Interval placesRunningEnd(int scenario, int programme) {
    return Interval.of(placesRunning[scenario][programme]);
  }

  /**
   * Fewest and most places where programme k ran at the end, over the replicates: {@code {min,
   * max}}. A count has bounds the t interval ignores, so readers get the range too.
   */
  public double[] placesRunningEndRange(int scenario, int programme) {
    double[] xs = placesRunning[scenario][programme];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : xs) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    return xs.length == 0 ? new double[] {Double.NaN, Double.NaN} : new double[] {min, max};
  }

  /**
   * The rollout of a scenario's programmes in replicate 0 (seed = the scenario's seed), if the
   * digests kept it and the scenario has programmes: one realisation, not an average.
   */
  public Optional<ProgrammeRollout> rollout(int scenario) {
    return Optional.ofNullable(rollouts[scenario]);
  }
}
