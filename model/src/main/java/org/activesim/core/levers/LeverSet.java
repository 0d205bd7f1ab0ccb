package org.activesim.core.levers;

import java.util.ArrayList;
import java.util.List;
import org.activesim.core.Cells;
import org.activesim.core.PersonMoves;
import org.activesim.core.RandomStreams;
import org.activesim.core.Residents;
import org.activesim.core.groups.GroupDynamics;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.core.stocks.SystemStocks;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.AbcdTraining;
import org.activesim.scenario.lever.ActiveEnvironment;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.Champions;
import org.activesim.scenario.lever.Evaluation;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.Microgrants;
import org.activesim.scenario.lever.Partnership;
import org.activesim.scenario.lever.PolicyInfluence;
import org.activesim.scenario.lever.SocialMarketing;

/**
 * The scenario's levers at work: the LEVERS phase of every week.
 *
 * <p>Every enabled lever of the scenario has a runtime and a ledger line, in scenario order. A
 * switched-off lever has neither: it books nothing, draws nothing and records nothing, so a
 * scenario whose levers are all off writes exactly what the baseline writes. Each lever draws from
 * its own stream, keyed by its name and the week, so adding, removing or reordering a lever never
 * shifts another's draws.
 *
 * <p>Within the phase the drivers are zeroed and every champions lever drops the champions who
 * became inactive at the last commit; then each enabled lever, in scenario order, books its fixed
 * running cost (county-wide, inside its window) and does its week.
 */
public final class LeverSet {
  private final List<Lever> levers;
  private final List<LeverRuntime> runtimes = new ArrayList<>();
  private final List<Lever> running = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();
  private final List<ChampionProgramme> champions = new ArrayList<>();
  private final List<Referrals> referrals = new ArrayList<>();
  private final LeverContext ctx;
  private final List<String> placeNames;
  private final List<Campaigns> campaigns = new ArrayList<>();
  private int[][] cellSegments;
  private final Programmes programmes;

  /**
   * @param network the residents' ties (champions invite their contacts)
   * @param stockState the live stock state (levers read it, never write it)
   * @param partnership partnership S per place, refreshed each week by the caller
   * @param people the weekly move of a person with a resident's circumstances
   */
  public LeverSet(
      Scenario scenario,
      Residents residents,
      FrozenNetwork network,
      GroupDynamics groups,
      SystemStocks stocks,
      double[] stockState,
      double[] partnership,
      RandomStreams streams,
      PersonMoves people) {
    this.levers = scenario.levers().stream().filter(Lever::enabled).toList();
    this.placeNames = scenario.places().stream().map(p -> p.name()).toList();
    this.programmes = new Programmes(scenario, levers, residents, placeNames);
    this.ctx =
        new LeverContext(
            residents,
            network,
            groups,
            stocks,
            stockState,
            partnership,
            new Ledger(levers.size(), placeNames.size()),
            new LeverTallies(placeNames.size(), scenario.stocks().settings().size()),
            streams,
            placeNames,
            scenario.stocks().settings(),
            scenario.stocks().segments(),
            scenario.scale(),
            programmes,
            people);
    for (int line = 0; line < levers.size(); line++) {
      build(levers.get(line), line);
    }
    programmes.finish(ctx.ledger(), groups.groups(), scenario.scaleAndReplicate().budgetGbp());
    this.cellSegments = cellSegments();
  }

  private void build(Lever lever, int line) {
    LeverRuntime runtime =
        lever.accept(
            new Lever.Visitor<LeverRuntime>() {
              @Override
              public LeverRuntime abcdTraining(AbcdTraining l) {
                return new Training(ctx, l, line);
              }

              @Override
              public LeverRuntime microgrants(Microgrants l) {
                return new Grants(ctx, l, line);
              }

              @Override
              public LeverRuntime hardwiring(Hardwiring l) {
                Referrals r = new Referrals(ctx, l, line);
                referrals.add(r);
                return r;
              }

              @Override
              public LeverRuntime policyInfluence(PolicyInfluence l) {
                return new PolicyEffort(ctx, l, line);
              }

              @Override
              public LeverRuntime activeEnvironment(ActiveEnvironment l) {
                return new EnvironmentWorks(ctx, l, line);
              }

              @Override
              public LeverRuntime activeTravel(ActiveTravel l) {
                return new BikeLoans(ctx, l, line);
              }

              @Override
              public LeverRuntime socialMarketing(SocialMarketing l) {
                Campaigns c = new Campaigns(ctx, l, line);
                campaigns.add(c);
                return c;
              }

              @Override
              public LeverRuntime partnership(Partnership l) {
                return new Convening(ctx, l, line);
              }

              @Override
              public LeverRuntime champions(Champions l) {
                ChampionProgramme c = new ChampionProgramme(ctx, l, line);
                champions.add(c);
                return c;
              }

              @Override
              public LeverRuntime evaluation(Evaluation l) {
                Evaluator e = programmes.evaluator(ctx, l, line);
                return e != null ? e : (week, active) -> {}; // its programme is switched off
              }
            });
    runtimes.add(runtime);
    running.add(lever);
    lines.add(line);
  }

  /** The LEVERS phase of a week. */
  public void week(long week) {
    ctx.stocks().drivers().clear();
    for (ChampionProgramme c : champions) {
      c.dropLapsed(); // all lists first: a lapsed champion may be made again by any champions lever
    }
    programmes.startWeek(week);
    for (int k = 0; k < runtimes.size(); k++) {
      Lever lever = running.get(k);
      int line = lines.get(k);
      boolean active = lever.basics().window().contains(week);
      Rollout rollout = programmes.rollout(line);
      // A programme's running cost grows with the places it is replicated into (MODEL.md §5).
      double fixed =
          lever.basics().fixedCostPerYearGbp()
              / Scenario.WEEKS_PER_YEAR
              * (rollout == null ? 1 : rollout.multiplier());
      if (active && fixed > 0) {
        if (ctx.affords(line, fixed, "running costs")) {
          ctx.ledger().book(line, ctx.ledger().county(), fixed);
        } else {
          active = false; // nothing is delivered that the budget cannot pay for
        }
      }
      if (active && rollout != null) {
        rollout.deliveredWeek();
      }
      runtimes.get(k).week(week, active);
    }
    programmes.endWeek(week);
    boolean refresh = false;
    for (Campaigns c : campaigns) {
      refresh |= c.started;
      c.started = false;
    }
    if (refresh) {
      cellSegments = cellSegments();
    }
  }

  /**
   * Segments whose awareness each calibration cell reads: a cell belongs to a segment when an
   * enabled social marketing lever's target and an audience of that segment both match it, in a
   * place the campaign serves.
   */
  private int[][] cellSegments() {
    int cells = Cells.count(placeNames.size());
    List<List<Integer>> per = new ArrayList<>();
    for (int c = 0; c < cells; c++) {
      per.add(new ArrayList<>());
    }
    for (Campaigns campaign : campaigns) {
      List<SocialMarketing.Audience> audiences = campaign.lever().audiences();
      for (int k = 0; k < audiences.size(); k++) {
        int segment = ctx.segments().indexOf(audiences.get(k).segment());
        for (int c = 0; c < cells; c++) {
          if (campaign.inAudience(k, c) && !per.get(c).contains(segment)) {
            per.get(c).add(segment);
          }
        }
      }
    }
    int[][] out = new int[cells][];
    for (int c = 0; c < cells; c++) {
      out[c] = per.get(c).stream().mapToInt(Integer::intValue).sorted().toArray();
    }
    return out;
  }

  /** Segments a calibration cell reads awareness from (a view: read, don't keep). */
  public int[] segmentsOfCell(int cell) {
    return cellSegments[cell];
  }

  /** The programmes (MODEL.md §5). */
  public Programmes programmes() {
    return programmes;
  }

  /** The ledger. */
  public Ledger ledger() {
    return ctx.ledger();
  }

  /** Lever flows since the last record. */
  public LeverTallies tallies() {
    return ctx.tallies();
  }

  /** Every enabled lever's name, in scenario order (the ledger's lines). */
  public List<String> names() {
    return levers.stream().map(Lever::name).toList();
  }

  /**
   * The pathways of an enabled hardwiring lever, for in-model trials.
   *
   * @throws IllegalArgumentException if there is no such enabled lever
   */
  public ReferralAccess referrals(String leverName) {
    for (Referrals r : referrals) {
      if (lever(r).equals(leverName)) {
        return new ReferralAccess(r);
      }
    }
    throw new IllegalArgumentException("no enabled hardwiring lever named '" + leverName + "'");
  }

  private String lever(Referrals r) {
    int k = runtimes.indexOf(r);
    return running.get(k).name();
  }

  /** Names of a scenario's enabled levers, in scenario order. */
  public static List<String> enabledNames(Scenario scenario) {
    return scenario.levers().stream().filter(Lever::enabled).map(Lever::name).toList();
  }

  /** Largest extra capacity a grant of any enabled microgrants lever can add. */
  public static int maxExtraPlaces(Scenario scenario) {
    int max = 0;
    for (Lever l : scenario.levers()) {
      if (l.enabled() && l instanceof Microgrants m) {
        max = Math.max(max, m.maxExtraPlaces());
      }
    }
    return max;
  }

  /** Trial access to one hardwiring lever's pathways. */
  public static final class ReferralAccess {
    private final Referrals referrals;

    ReferralAccess(Referrals referrals) {
      this.referrals = referrals;
    }

    /** Index of the pathway of a setting, or -1. */
    public int pathway(String setting) {
      return referrals.pathway(setting);
    }

    /**
     * Residents of a place who match pathway k's eligibility by fixed attributes, in index order (a
     * fresh array).
     */
    public int[] candidates(int pathway, int place) {
      return referrals.candidates(pathway, place);
    }

    /** Whether a resident could be referred into the pathway now. */
    public boolean eligibleNow(int resident, int pathway) {
      return referrals.eligibleNow(resident, pathway);
    }

    /** Refers a resident into the pathway (the trial's treatment). */
    public void refer(int resident, int pathway) {
      referrals.refer(resident, pathway);
    }

    /** Residents who enrolled so far. */
    public long starts() {
      return referrals.starts();
    }

    /** Enrolled residents who dropped out within six months of enrolment. */
    public long earlyDropouts() {
      return referrals.earlyDropouts();
    }
  }
}
