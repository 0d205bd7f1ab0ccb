package org.activesim.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.activesim.core.groups.CommunityGroups;
import org.activesim.core.groups.GroupOrigin;
import org.activesim.core.levers.Ledger;
import org.activesim.core.levers.LeverSet;
import org.activesim.core.levers.LeverTallies;
import org.activesim.core.levers.Programmes;
import org.activesim.core.stocks.SystemStocks;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.Scenario;

/**
 * Declarative data collection (Agents.jl's {@code adata}/{@code mdata}, STYLE.md): at each recorded
 * week it reads the committed state and writes every metric of {@link Metrics} into a {@link
 * Recording.Builder}, with the spending ledger and the mechanism counts of the weeks since the
 * previous record. Counts are reported in residents represented ({@code agents × scale}).
 */
final class Recorder {
  private static final int Q = PlaceSpec.QUINTILES;
  private static final int CONTEXTS_PER_PLACE = Q * PopulationSpec.AGE_BANDS * 2;

  private final Residents r;
  private final CommunityGroups groups;
  private final SystemStocks stocks;
  private final LeverSet levers;
  private final ResidentDynamics dynamics;
  private final double scale;
  private final double[] adultWeights;
  private final List<String> settings;
  private final List<String> segments;
  private final Recording.Builder builder;
  private final int places;
  private final Map<String, Integer> index = new HashMap<>();

  /** Upward moves per (place, quintile, age band, condition, mechanism) since the last record. */
  private final long[] mechanisms;

  Recorder(
      Residents r,
      ResidentDynamics dynamics,
      CommunityGroups groups,
      SystemStocks stocks,
      LeverSet levers,
      Scenario s) {
    this.r = r;
    this.dynamics = dynamics;
    this.groups = groups;
    this.stocks = stocks;
    this.levers = levers;
    this.scale = s.scale();
    List<String> placeNames = s.places().stream().map(PlaceSpec::name).toList();
    this.places = placeNames.size();
    this.settings = s.stocks().settings();
    this.segments = s.stocks().segments();
    List<String> metrics = Metrics.all(s);
    for (int m = 0; m < metrics.size(); m++) {
      index.put(metrics.get(m), m);
    }
    this.builder = new Recording.Builder(placeNames, metrics, levers.names());
    this.adultWeights = new double[places];
    for (int p = 0; p < places; p++) {
      adultWeights[p] = (double) r.placeSize(p) / r.count;
    }
    this.mechanisms = new long[places * CONTEXTS_PER_PLACE * Mechanism.COUNT];
    long[] contextCounts = new long[places * CONTEXTS_PER_PLACE];
    for (int i = 0; i < r.count; i++) {
      contextCounts[context(i)]++;
    }
    for (int p = 0; p < places; p++) {
      for (int q = 0; q < Q; q++) {
        for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
          for (int c = 0; c < 2; c++) {
            int k = ((p * Q + q) * PopulationSpec.AGE_BANDS + a) * 2 + c;
            builder.setContextResidents(p, q, a, c, contextCounts[k] * scale);
          }
        }
      }
    }
  }

  /** Context (place, quintile, age band, condition) of a resident, as an index. */
  private int context(int i) {
    return ((r.place[i] * Q + r.quintile[i]) * PopulationSpec.AGE_BANDS + r.ageBand[i]) * 2
        + r.ltc[i];
  }

  /** Adds the last week's upward moves to the mechanism counts (call once per simulated week). */
  void countMoves(ResidentDynamics dynamics) {
    dynamics.forEachUpMove(
        (i, m) -> {
          int context =
              ((r.place[i] * Q + r.quintile[i]) * PopulationSpec.AGE_BANDS + r.ageBand[i]);
          mechanisms[(context * 2 + r.ltc[i]) * Mechanism.COUNT + m.ordinal()]++;
        });
  }

  /** Records the state at the start of {@code week} (after the previous week's commit). */
  void record(int week, double[] y, long[] movedUp, long[] movedDown) {
    builder.beginWeek(week);
    long[] levels = new long[(places + 1) * (Q + 1) * 3];
    long[] members = new long[(places + 1) * (Q + 1)];
    long[] bikes = new long[places + 1];
    long[] champions = new long[places + 1];
    long[] stages = new long[LeverTallies.STAGES.length * settings.size() * (places + 1)];
    // Levels per (place, quintile) are kept up to date by the dynamics from the week's moves, and
    // members are counted from the groups: only the lever flags need a pass over every resident.
    long[] counted = dynamics.placeQuintileLevels();
    for (int p = 0; p < places; p++) {
      for (int q = 0; q < Q; q++) {
        System.arraycopy(counted, (p * Q + q) * 3, levels, (p * (Q + 1) + q) * 3, 3);
      }
    }
    countMembers(members);
    countLeverFlags(bikes, champions, stages);
    addAggregates(levels, members);
    for (int p = 0; p <= places; p++) {
      for (int q = 0; q <= Q; q++) {
        recordResidents(p, q, levels, members, moved(movedUp, p, q), moved(movedDown, p, q));
      }
    }
    recordPlaces(y);
    recordLevers(bikes, champions, stages);
    for (int s = 0; s < settings.size(); s++) {
      set(places, "policy_adoption:" + settings.get(s), y[stocks.policyAdoption(s)]);
    }
    for (int g = 0; g < segments.size(); g++) {
      set(places, "awareness:" + segments.get(g), y[stocks.awareness(g)]);
    }
    recordMechanisms();
    recordProgrammes();
  }

  /**
   * Group members per (place, quintile), from the groups' member lists; a member's (place,
   * quintile) is found from its index ({@link ResidentDynamics#placeQuintile}), not read from two
   * arrays at a resident the cache does not hold.
   */
  private void countMembers(long[] members) {
    for (int g = 0; g < groups.count(); g++) {
      if (groups.alive(g)) {
        for (int s = 0; s < groups.size(g); s++) {
          int pq = dynamics.placeQuintile(groups.member(g, s));
          members[pq / Q * (Q + 1) + pq % Q]++;
        }
      }
    }
  }

  /**
   * Bikes in use, champions and referral stages per place, from the counts the residents keep as
   * the levers set their flags ({@link Residents#setBike} and the like).
   */
  private void countLeverFlags(long[] bikes, long[] champions, long[] stages) {
    for (int p = 0; p < places; p++) {
      bikes[p] = r.bikesInUse(p);
      champions[p] = r.champions(p);
      for (int s = 0; s < settings.size(); s++) {
        for (int code = 1; code <= LeverTallies.STAGES.length; code++) {
          stages[stageIndex(code, s, p)] = r.referrals(code, s, p);
        }
      }
    }
  }

  /** Each programme's evidence and state per place, and the places where it runs. */
  private void recordProgrammes() {
    Programmes programmes = levers.programmes();
    List<String> names = programmes.names();
    for (int k = 0; k < names.size(); k++) {
      String evidence = Metrics.evidenceOf(names.get(k));
      String state = Metrics.programmeStateOf(names.get(k));
      for (int p = 0; p < places; p++) {
        double z = programmes.evidence(k, p);
        if (!Double.isNaN(z)) {
          set(p, evidence, z);
        }
        set(p, state, programmes.state(k, p));
      }
      set(places, state, programmes.covered(k));
    }
  }

  /** Copies the programmes' decisions into the recording (once, at the end of the run). */
  void recordDecisions() {
    levers.programmes().decisions().forEach(builder::addDecision);
  }

  private int stageIndex(int stageCode, int setting, int place) {
    return ((stageCode - 1) * settings.size() + setting) * (places + 1) + place;
  }

  /** Fills the ALL rows and columns from the (place, quintile) counts. */
  private void addAggregates(long[] levels, long[] members) {
    for (int p = 0; p < places; p++) {
      for (int q = 0; q < Q; q++) {
        int from = p * (Q + 1) + q;
        for (int to : new int[] {p * (Q + 1) + Q, places * (Q + 1) + q, places * (Q + 1) + Q}) {
          for (int l = 0; l < 3; l++) {
            levels[to * 3 + l] += levels[from * 3 + l];
          }
          members[to] += members[from];
        }
      }
    }
  }

  private void recordResidents(int p, int q, long[] levels, long[] members, long up, long down) {
    int base = (p * (Q + 1) + q) * 3;
    long n = levels[base] + levels[base + 1] + levels[base + 2];
    if (n == 0) {
      return;
    }
    builder.set(p, q, 0, (double) levels[base] / n);
    builder.set(p, q, 1, (double) levels[base + 1] / n);
    builder.set(p, q, 2, (double) levels[base + 2] / n);
    builder.set(p, q, 3, n * scale);
    builder.set(p, q, 4, members[p * (Q + 1) + q] * scale);
    builder.set(p, q, 5, up * scale);
    builder.set(p, q, 6, down * scale);
  }

  /** Moves in the last week for a (place, quintile) pair or its aggregates. */
  private long moved(long[] moves, int p, int q) {
    long sum = 0;
    for (int pp = 0; pp < places; pp++) {
      for (int qq = 0; qq < Q; qq++) {
        if ((p == places || p == pp) && (q == Q || q == qq)) {
          sum += moves[pp * Q + qq];
        }
      }
    }
    return sum;
  }

  private void recordPlaces(double[] y) {
    int origins = GroupOrigin.values().length;
    int[] alive = new int[(places + 1) * origins];
    for (int g = 0; g < groups.count(); g++) {
      if (groups.alive(g)) {
        int o = groups.origin(g).ordinal();
        alive[groups.place(g) * origins + o]++;
        alive[places * origins + o]++;
      }
    }
    double practitioners = 0;
    double partnership = 0;
    double environment = 0;
    for (int p = 0; p <= places; p++) {
      int total = 0;
      for (GroupOrigin o : GroupOrigin.values()) {
        total += alive[p * origins + o.ordinal()];
        set(p, Metrics.groupsOf(o), alive[p * origins + o.ordinal()] * scale);
      }
      set(p, Metrics.GROUPS, total * scale);
      if (p < places) {
        set(p, Metrics.TRAINED_PRACTITIONERS, y[stocks.practitioners(p)]);
        set(p, Metrics.PARTNERSHIP, y[stocks.partnership(p)]);
        set(p, Metrics.ENVIRONMENT_SCORE, y[stocks.environment(p)]);
        practitioners += y[stocks.practitioners(p)];
        partnership += adultWeights[p] * y[stocks.partnership(p)];
        environment += adultWeights[p] * y[stocks.environment(p)];
      }
    }
    set(places, Metrics.TRAINED_PRACTITIONERS, practitioners);
    set(places, Metrics.PARTNERSHIP, partnership);
    set(places, Metrics.ENVIRONMENT_SCORE, environment);
  }

  /**
   * Spending (ledger and metrics), lever-held state and lever flows; then starts a new interval.
   */
  private void recordLevers(long[] bikes, long[] champions, long[] stages) {
    Ledger ledger = levers.ledger();
    LeverTallies tallies = levers.tallies();
    List<String> names = levers.names();
    double[] spendPerPlace = new double[places + 1];
    for (int line = 0; line < names.size(); line++) {
      double leverTotal = 0;
      for (int slot = 0; slot <= places; slot++) {
        double gbp = ledger.sinceRecord(line, slot);
        builder.setSpend(line, slot, gbp);
        leverTotal += gbp;
        spendPerPlace[slot] += gbp;
        if (slot < places) {
          set(slot, Metrics.spendOf(names.get(line)), gbp);
        }
      }
      set(places, Metrics.spendOf(names.get(line)), leverTotal);
    }
    double grantsAll = 0;
    double spendAll = spendPerPlace[places]; // county-wide spending belongs to no place
    for (int p = 0; p < places; p++) {
      set(p, Metrics.SPEND, spendPerPlace[p]);
      spendAll += spendPerPlace[p];
      set(p, Metrics.GRANTS_AWARDED, tallies.grants(p));
      grantsAll += tallies.grants(p);
      bikes[places] += bikes[p];
      champions[places] += champions[p];
    }
    set(places, Metrics.SPEND, spendAll);
    set(places, Metrics.GRANTS_AWARDED, grantsAll);
    for (int p = 0; p <= places; p++) {
      set(p, Metrics.BIKES_IN_USE, bikes[p] * scale);
      set(p, Metrics.CHAMPIONS, champions[p] * scale);
    }
    recordReferrals(tallies, stages);
    ledger.clearSinceRecord();
    tallies.clear();
  }

  private void recordReferrals(LeverTallies tallies, long[] stages) {
    for (int s = 0; s < settings.size(); s++) {
      for (int code = 1; code <= LeverTallies.STAGES.length; code++) {
        String stage = LeverTallies.STAGES[code - 1];
        double flowAll = 0;
        for (int p = 0; p < places; p++) {
          double flow = tallies.referralFlow(code, s, p);
          flowAll += flow;
          set(p, Metrics.referralFlow(stage, settings.get(s)), flow);
          long n = stages[stageIndex(code, s, p)];
          stages[stageIndex(code, s, places)] += n;
          set(p, Metrics.referralStage(stage, settings.get(s)), n * scale);
        }
        set(places, Metrics.referralFlow(stage, settings.get(s)), flowAll);
        set(
            places,
            Metrics.referralStage(stage, settings.get(s)),
            stages[stageIndex(code, s, places)] * scale);
      }
    }
  }

  private void recordMechanisms() {
    for (int p = 0; p < places; p++) {
      for (int q = 0; q < Q; q++) {
        for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
          for (int c = 0; c < 2; c++) {
            int context = ((p * Q + q) * PopulationSpec.AGE_BANDS + a) * 2 + c;
            for (Mechanism m : Mechanism.values()) {
              long n = mechanisms[context * Mechanism.COUNT + m.ordinal()];
              if (n > 0) {
                builder.addMechanism(p, q, a, c, m, n * scale);
              }
            }
          }
        }
      }
    }
    Arrays.fill(mechanisms, 0);
  }

  private void set(int p, String metric, double value) {
    builder.set(p, Recording.ALL_QUINTILES, index.get(metric), value);
  }

  Recording.Builder builder() {
    return builder;
  }
}
