package org.activesim.core;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activesim.core.ResidentDynamics.ChunkRunner;
import org.activesim.core.groups.CommunityGroups;
import org.activesim.core.groups.GroupDynamics;
import org.activesim.core.levers.LeverSet;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.core.network.NetworkBuilder;
import org.activesim.core.stocks.Integrator;
import org.activesim.core.stocks.SystemStocks;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.Scenario;

/**
 * One run of the hybrid model: scenario → initial state → burn-in → weekly steps → recording.
 *
 * <p>Each week is the same fixed sequence of phases ({@link Phase}), documented phase by phase in
 * {@code model/ODD.md}. Agents read the stocks as they stood at the start of the week; the levers
 * then deliver (what they hand out is part of the state residents read that week); residents decide
 * synchronously from that state; the stocks then advance one week under the levers' drivers. No
 * stock flow reads an agent aggregate yet (evidence and budgets arrive with programmes). Every
 * resident decision reads one state and writes a separate buffer, so the result is independent of
 * resident order and of the number of threads.
 */
public final class Simulation implements AutoCloseable {

  /** The phases of one week, in the order they run. */
  public enum Phase {
    /** Stocks → agents: environment, awareness, practitioners and partnership as agent inputs. */
    READ_STOCKS,
    /**
     * Levers deliver (grants, referrals and pathway progress, bikes, campaigns, champions and their
     * invitations), book spending and set this week's stock drivers; what they hand out is part of
     * the state residents read.
     */
    LEVERS,
    /** Every resident's move up or down, from start-of-week state (synchronous). */
    RESIDENTS,
    /**
     * Groups: sustainability, dissolution, leaving and recruitment, place by place in parallel;
     * then formation, in place order.
     */
    GROUPS,
    /**
     * New levels, habit time and entry direction take effect; a champion who becomes inactive stops
     * being one.
     */
    COMMIT,
    /** The stock-flow layer advances one week (Euler or RK4). */
    STOCKS,
    /** Observables of the new state are recorded. */
    RECORD
  }

  /**
   * Burn-in correction of the group formation constant: 2% of the relative gap per week, slow
   * against the weekly noise of a few dozen groups, fast against a five-year burn-in (numerical).
   */
  private static final double GROUP_FORMATION_GAIN = 0.02;

  private final Scenario scenario;
  private final Residents residents;
  private final FrozenNetwork network;
  private final HazardModel hazards;
  private final ResidentDynamics dynamics;
  private final GroupDynamics groupDynamics;
  private final SystemStocks stocks;
  private final Integrator integrator;
  private final double[] stockState;
  private final double[] initialEnvironment;
  private final double[] adults;
  private final double[][] targets;
  private final ChunkPool pool;
  private final ChunkRunner runner;
  private final long[] movedUp;
  private final long[] movedDown;
  private final long[] movedUpSinceRecord;
  private final long[] movedDownSinceRecord;
  private final double[] practitionersPer10k;
  private final double[] partnership;
  private final LeverSet levers;

  /** The week {@link #advanceWeek()} steps next. */
  private int nextWeek;

  private Simulation(Scenario scenario, int threads, ProgressListener progress) {
    this.scenario = scenario;
    RandomStreams streams = new RandomStreams(scenario.seed());
    List<PlaceSpec> places = scenario.places();
    int nPlaces = places.size();
    progress.progress("building population", 0, 3);
    residents = PopulationSynthesis.synthesise(scenario, streams);
    targets = TargetShares.compute(scenario.population(), places);
    InitialLevels.assign(residents, targets, scenario.dynamics(), streams);
    progress.progress("building network", 1, 3);
    network =
        NetworkBuilder.build(
            residents,
            scenario.network(),
            scenario.population().householdSizeShares(),
            neighbourhoodAgents(scenario),
            streams);
    progress.progress("building groups and stocks", 2, 3);
    hazards = new HazardModel(scenario.dynamics(), targets.length);
    pool = threads > 1 ? new ChunkPool(threads) : null;
    runner = pool == null ? ChunkRunner.sequential() : pool;
    dynamics =
        new ResidentDynamics(
            residents,
            network,
            hazards,
            scenario.network(),
            streams,
            scenario.residentDraws(),
            true /* burn-in scratch */);
    stocks = new SystemStocks(scenario.stocks(), nPlaces);
    integrator = Integrator.of(scenario.integrator());
    adults = new double[nPlaces];
    initialEnvironment = new double[nPlaces];
    for (int p = 0; p < nPlaces; p++) {
      adults[p] = places.get(p).population() * scenario.population().adultShare();
      initialEnvironment[p] = places.get(p).environmentScore();
    }
    stockState = stocks.initialState(scenario.stocks(), adults, initialEnvironment);
    practitionersPer10k = new double[nPlaces];
    partnership = new double[nPlaces];
    readStocks();
    double[] initialGroups = new double[nPlaces];
    for (int p = 0; p < nPlaces; p++) {
      initialGroups[p] = places.get(p).initialGroups() / scenario.scale();
    }
    groupDynamics =
        new GroupDynamics(
            residents,
            network,
            scenario.groups(),
            streams,
            initialGroups,
            agentsPerPlace(),
            practitionersPer10k.clone(),
            partnership.clone(),
            assetFactors(places),
            LeverSet.maxExtraPlaces(scenario),
            scenario.residentDraws());
    groupDynamics.seedInitialGroups(initialGroups, partnership);
    levers =
        new LeverSet(
            scenario,
            residents,
            network,
            groupDynamics,
            stocks,
            stockState,
            partnership,
            streams,
            dynamics.personMoves());
    movedUp = new long[nPlaces * PlaceSpec.QUINTILES];
    movedDown = new long[nPlaces * PlaceSpec.QUINTILES];
    movedUpSinceRecord = new long[movedUp.length];
    movedDownSinceRecord = new long[movedDown.length];
    progress.progress("building groups and stocks", 3, 3);
  }

  /**
   * Builds the initial state and runs the baseline calibration burn-in.
   *
   * @param threads threads for the resident and group phases (results do not depend on it)
   */
  public static Simulation create(Scenario scenario, int threads, ProgressListener progress) {
    Simulation sim = withoutBurnIn(scenario, threads, progress);
    sim.burnIn(progress);
    return sim;
  }

  /**
   * The initial state before the burn-in, which the caller must then run with {@link #burnIn}
   * (tests that watch the burn-in week by week).
   */
  static Simulation withoutBurnIn(Scenario scenario, int threads, ProgressListener progress) {
    return new Simulation(scenario, threads, progress);
  }

  /** A neighbourhood's adults in agents (at least a ring lattice's worth). */
  public static int neighbourhoodAgents(Scenario s) {
    long agents = Math.round(s.network().neighbourhoodSize() / s.scale());
    return (int) Math.max(s.network().localDegree() + 2L, Math.min(Integer.MAX_VALUE, agents));
  }

  /** Agents per place: group formation is proportional to the place's (simulated) adults. */
  private double[] agentsPerPlace() {
    double[] n = new double[residents.places()];
    for (int p = 0; p < n.length; p++) {
      n[p] = residents.placeSize(p);
    }
    return n;
  }

  /** Each place's assets per 1,000 adults relative to the adult-weighted mean (1 if none). */
  private double[] assetFactors(List<PlaceSpec> places) {
    double total = 0;
    double weighted = 0;
    for (int p = 0; p < places.size(); p++) {
      weighted += adults[p] * places.get(p).assetsPer1000();
      total += adults[p];
    }
    double mean = weighted / total;
    double[] f = new double[places.size()];
    for (int p = 0; p < places.size(); p++) {
      f[p] = mean > 0 ? places.get(p).assetsPer1000() / mean : 1;
    }
    return f;
  }

  /** The baseline calibration burn-in ({@link #create}); reports each week as stage "burn-in". */
  void burnIn(ProgressListener progress) {
    BaselineCalibration calibration =
        new BaselineCalibration(
            residents, hazards, dynamics, targets, scenario.calibration(), scenario.dynamics());
    dynamics.preparePeers(runner); // the initial levels; the commits keep the bytes from here
    dynamics.countPeers();
    calibration.initialise(runner);
    int weeks = scenario.calibration().burnInWeeks();
    for (int w = 0; w < weeks; w++) {
      long week = w - (long) weeks; // negative weeks: streams distinct from the run's
      readStocks();
      if (scenario.calibration().refitsIn(w)) {
        calibration.prepareWeek(runner);
        dynamics.drawFromStored(week, runner);
      } else {
        dynamics.step(week, runner); // the scales held: the thinned production decision
      }
      groupDynamics.week(week, practitionersPer10k, partnership, runner);
      // The second half of the burn-in is averaged: by then the controller has found the balance.
      groupDynamics.calibrateFormation(GROUP_FORMATION_GAIN, w >= weeks / 2);
      dynamics.commit(movedUp, movedDown, runner);
      progress.progress("burn-in", w + 1, weeks);
    }
    calibration.finish();
    dynamics.refreshMoveBounds(runner); // tight bounds at the frozen scales for the run
    groupDynamics.freezeFormation();
    dynamics.releaseCalibrationScratch();
  }

  /** Runs the horizon and returns what was recorded. */
  public Recording run(ProgressListener progress) {
    return run(progress, WeekObserver.none());
  }

  /** Runs the horizon, showing every week's state to an observer, and returns the recording. */
  public Recording run(ProgressListener progress, WeekObserver observer) {
    Recorder recorder =
        new Recorder(residents, dynamics, groupDynamics.groups(), stocks, levers, scenario);
    dynamics.recountLevels(runner); // levels may have been set since the burn-in (tests)
    RunTotals totals = new RunTotals(scenario.scale());
    recorder.record(0, stockState, movedUpSinceRecord, movedDownSinceRecord);
    totals.start(residents, groupDynamics.groups());
    observer.observe(0, residents);
    int weeks = scenario.weeks();
    int every = scenario.outputs().recordEveryWeeks();
    for (int week = 0; week < weeks; week++) {
      step(week);
      recorder.countMoves(dynamics);
      totals.addWeek(dynamics.levelCounts(), movedUp, movedDown);
      observer.observe(week + 1, residents);
      for (int k = 0; k < movedUp.length; k++) {
        movedUpSinceRecord[k] += movedUp[k];
        movedDownSinceRecord[k] += movedDown[k];
      }
      if ((week + 1) % every == 0 || week + 1 == weeks) {
        recorder.record(week + 1, stockState, movedUpSinceRecord, movedDownSinceRecord);
        Arrays.fill(movedUpSinceRecord, 0);
        Arrays.fill(movedDownSinceRecord, 0);
      }
      progress.progress("simulating", week + 1, weeks);
    }
    totals.end(residents, groupDynamics.groups());
    recorder.recordDecisions();
    Map<String, Double> summary = new LinkedHashMap<>(totals.summary());
    summary.putAll(spendingSummary());
    summary.putAll(calibrationSummary());
    return recorder.builder().build(summary);
  }

  /**
   * Advances the model by one week, counting weeks from 0 on successive calls, without recording: a
   * public entry for benchmarks and external drivers that step the model themselves. Each call does
   * what one week of {@link #run} does apart from recording. Not to be mixed with {@link #run} on
   * the same simulation ({@link #run} keeps its own week count).
   */
  public void advanceWeek() {
    if (nextWeek == 0) {
      dynamics.recountLevels(runner); // as run does
    }
    step(nextWeek++);
  }

  /** One week, phase by phase (see {@link Phase}); the week's move counters start at zero. */
  void step(int week) {
    Arrays.fill(movedUp, 0);
    Arrays.fill(movedDown, 0);
    readStocks(); // READ_STOCKS
    // LEVERS, and beside them the first part of RESIDENTS on the other threads: the chunks' draws
    // of the week, which read no model state (one thread had nothing to do during the levers).
    runner.runBeside(
        () -> levers.week(week), dynamics.chunks(), c -> dynamics.drawCandidates(week, c));
    dynamics.step(week, runner); // RESIDENTS
    groupDynamics.week(week, practitionersPer10k, partnership, runner); // GROUPS
    dynamics.commit(movedUp, movedDown, runner); // COMMIT
    integrator.step(stocks, week, stockState, 1.0); // STOCKS (RECORD is the caller's)
  }

  /**
   * READ_STOCKS: agent inputs from the stocks as they stand at the start of the week. Each
   * calibration cell gets {@code exp(b_env (E − E_ref) + b_aware W)}, E of its place and W the
   * highest awareness among the segments its residents belong to (none without social marketing).
   */
  private void readStocks() {
    double bEnv = scenario.dynamics().bEnvironment();
    double bAware = scenario.dynamics().bAwareness();
    int nPlaces = scenario.places().size();
    double[] environmentTerm = new double[nPlaces];
    for (int p = 0; p < nPlaces; p++) {
      environmentTerm[p] = bEnv * (stockState[stocks.environment(p)] - initialEnvironment[p]);
      practitionersPer10k[p] = stockState[stocks.practitioners(p)] / adults[p] * 10_000;
      partnership[p] = stockState[stocks.partnership(p)];
    }
    for (int c = 0; c < dynamics.cellUpFactor.length; c++) {
      double awareness = 0;
      if (levers != null) {
        for (int g : levers.segmentsOfCell(c)) {
          awareness = Math.max(awareness, stockState[stocks.awareness(g)]);
        }
      }
      double env = environmentTerm[Cells.place(c)];
      double aware = bAware * awareness;
      dynamics.cellEnvironmentTerm[c] = (float) env;
      dynamics.cellAwarenessTerm[c] = (float) aware;
      dynamics.cellUpFactor[c] = Math.exp(env + aware);
    }
  }

  /** Spending over the run, in total and per lever (ledger totals, £). */
  private Map<String, Double> spendingSummary() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("spend_gbp_total", levers.ledger().total());
    List<String> names = levers.names();
    for (int line = 0; line < names.size(); line++) {
      m.put("spend_gbp_total:" + names.get(line), levers.ledger().total(line));
    }
    return m;
  }

  private Map<String, Double> calibrationSummary() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("calibration_burn_in_weeks", (double) scenario.calibration().burnInWeeks());
    m.put("calibration_d0_fairly_per_week", hazards.downScale(1));
    m.put("calibration_d0_active_per_week", hazards.downScale(2));
    m.put("calibration_c_relapse_fairly", hazards.relapseCoefficient(1));
    m.put("calibration_c_relapse_active", hazards.relapseCoefficient(2));
    m.put("calibration_peer_ref_inactive", hazards.peerReference(0));
    m.put("calibration_peer_ref_fairly", hazards.peerReference(1));
    m.put(
        "calibration_group_formation_per_10k_adults_year",
        // Groups and adults both scale with k, so agents' groups per agent is the real rate.
        groupDynamics.formationPerAdultWeek() * 52 * 10_000);
    return m;
  }

  /** The residents (tests and benchmarks). */
  public Residents residents() {
    return residents;
  }

  /** The resident dynamics (tests in this package). */
  ResidentDynamics dynamics() {
    return dynamics;
  }

  /** The frozen network. */
  public FrozenNetwork network() {
    return network;
  }

  /** The calibrated hazards. */
  public HazardModel hazards() {
    return hazards;
  }

  /**
   * The up-hazard factor {@code exp(b_env (E − E_ref) + b_aware W)} of a calibration cell as the
   * last READ_STOCKS left it (read-only; for peer implementations that copy the state).
   */
  public double cellUpFactor(int cell) {
    return dynamics.cellUpFactor[cell];
  }

  /** The community groups. */
  public CommunityGroups groups() {
    return groupDynamics.groups();
  }

  /** The levers at work (in-model trials reach the referral pathways through it). */
  public LeverSet levers() {
    return levers;
  }

  /** Target shares per calibration cell. */
  public double[][] targets() {
    return targets.clone();
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
