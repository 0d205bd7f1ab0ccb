package org.activesim.evaluation;

import java.util.List;
import org.activesim.scenario.EconomicsSpec;

/**
 * Scenarios compared with a baseline over paired replicates (common random numbers: replicate r of
 * every scenario ran with the same seed). Scenario 0 is the baseline. Everything here is computed
 * from {@link ReplicateDigest}s; writers and charts read it, never the runs.
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
    for (int s = 0; s < n; s++) {
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

  public List<String> scenarios() {
    return scenarios;
  }

  public int replicates() {
    return replicates;
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
}
