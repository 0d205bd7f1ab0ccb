package org.activesim.core.levers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.activesim.core.Decision;
import org.activesim.core.Residents;
import org.activesim.scenario.ScaleRule;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.Window;

/**
 * One programme's spread across places (MODEL.md §5): where it runs, since when, at what fidelity,
 * and the scale-and-replicate rule's decisions.
 *
 * <p>The pilots are the places the lever's own target selects at its first active week. A replica
 * is sized to its place: it gets the pilots' dose per targeted resident, so the lever's dose is
 * multiplied by {@link #multiplier()} (1 while only the pilots run), and its cost with it. A
 * replica delivers {@code fidelity} of the pilots' effect: each unit it delivers (grant, referral,
 * bike) works with that probability and is paid for either way ("implementation waste",
 * domain-facts D).
 *
 * <p>Reviews fall in the last week of every review period from the lever's start, after the week's
 * evaluations, in this order: decommission weak places, scale from places that earned it, replicate
 * into new places within the pace, trainers, window and budget.
 */
final class Rollout {
  /** Place states, as recorded in {@code programme_state:<programme>}. */
  static final int NONE = 0;

  static final int PLANNED = 1;
  static final int PILOT = 2;
  static final int REPLICA = 3;
  static final int DECOMMISSIONED = 4;

  private final Lever lever;
  private final ScaleRule rule;
  private final List<String> placeNames;
  private final Residents residents;
  private final List<Decision> log;
  private final Evidence evidence;
  private final int places;
  private final int[] state;
  private final int[] start;
  private final boolean[] scaledFrom;
  private final List<Integer> replicationWeeks = new ArrayList<>();
  private ProgrammeBudget budget;
  private TargetCells cells;
  private double[] pilotShare;
  private double[] size;
  private double[] shares;
  private double multiplier = 1;
  private boolean scaling;
  private boolean budgetReported;
  private long week;

  /** Sum over active weeks of the dose multiplier (for the budget projection). */
  private double doseWeeks;

  /**
   * @param rule the rule, or null for a programme that is only evaluated
   * @param log where decisions go, in order
   */
  Rollout(
      Lever lever,
      ScaleRule rule,
      List<String> placeNames,
      Residents residents,
      List<Decision> log) {
    this.lever = lever;
    this.rule = rule;
    this.placeNames = placeNames;
    this.residents = residents;
    this.log = log;
    this.places = placeNames.size();
    this.evidence = new Evidence(places);
    this.state = new int[places];
    this.start = new int[places];
    this.scaledFrom = new boolean[places];
  }

  void budget(ProgrammeBudget b) {
    this.budget = b;
  }

  ProgrammeBudget budget() {
    return budget;
  }

  Evidence evidence() {
    return evidence;
  }

  String name() {
    return lever.name();
  }

  ScaleRule rule() {
    return rule;
  }

  /** The rule's threshold, or NaN without a rule or without evidence. */
  double threshold() {
    return rule == null || !rule.useEvidence() ? Double.NaN : rule.evidenceThreshold();
  }

  /** The week now (set at the start of every LEVERS phase). */
  void week(long w) {
    this.week = w;
    boolean changed = false;
    for (int p = 0; p < places; p++) {
      if (state[p] == PLANNED && w >= start[p]) {
        state[p] = REPLICA;
        changed = true;
      }
    }
    if (changed) {
      recompute();
    }
  }

  /**
   * The lever's first active week: its target's places become the pilots.
   *
   * @param pilots the target's shares of the lever's dose (the pilots have shares &gt; 0)
   * @param eligible every place's share of the targeted residents (the replicas' sizes)
   */
  void start(double[] pilots, double[] eligible, TargetCells target) {
    this.cells = target;
    this.pilotShare = pilots.clone();
    double pilotEligible = 0;
    for (int p = 0; p < places; p++) {
      if (pilots[p] > 0) {
        pilotEligible += eligible[p];
      }
    }
    size = new double[places];
    for (int p = 0; p < places; p++) {
      size[p] = pilotEligible > 0 ? eligible[p] / pilotEligible : 0;
    }
    for (int p = 0; p < places; p++) {
      if (pilots[p] > 0) {
        state[p] = PILOT;
        start[p] = (int) week;
        decide(
            p,
            Decision.Kind.PILOT,
            String.format(Locale.ROOT, "pilot with %.1f%% of the dose", 100 * pilots[p]));
      }
    }
    recompute();
  }

  /** Shares of the dose among the places where the programme runs (all zero if none). */
  double[] shares() {
    return shares;
  }

  /** The lever's dose relative to the pilots' (1 until replicas run). */
  double multiplier() {
    return multiplier;
  }

  /** Share of the pilots' effect delivered in a place (1 in the pilots). */
  double fidelity(int place) {
    return state[place] == REPLICA && rule != null ? rule.fidelity() : 1;
  }

  /** State of a place ({@link #NONE} … {@link #DECOMMISSIONED}). */
  int state(int place) {
    return state[place];
  }

  /** Week a place started (or will start). */
  int startWeek(int place) {
    return start[place];
  }

  /** Places where the programme runs now. */
  int running() {
    int n = 0;
    for (int s : state) {
      n += s == PILOT || s == REPLICA ? 1 : 0;
    }
    return n;
  }

  /** Whether the programme runs in a place now. */
  boolean runs(int place) {
    return state[place] == PILOT || state[place] == REPLICA;
  }

  /** Counts a week of delivery at the current multiplier. */
  void deliveredWeek() {
    doseWeeks += multiplier;
  }

  /** Records that the budget ran out (once). */
  void budgetExhausted(String what) {
    if (budgetReported) {
      return;
    }
    budgetReported = true;
    for (int p = 0; p < places; p++) {
      if (runs(p)) {
        decide(
            p,
            Decision.Kind.CAPACITY_BLOCKED,
            String.format(
                Locale.ROOT,
                "budget exhausted: %s not paid (£%.0f spent, £%.0f left)",
                what,
                budget.spent(),
                Math.max(0, budget.remaining())));
      }
    }
  }

  private void recompute() {
    double m = 0;
    double[] w = new double[places];
    for (int p = 0; p < places; p++) {
      if (state[p] == PILOT) {
        w[p] = pilotShare[p];
      } else if (state[p] == REPLICA) {
        w[p] = size[p];
      }
      m += w[p];
    }
    for (int p = 0; p < places; p++) {
      w[p] = m > 0 ? w[p] / m : 0;
    }
    shares = w;
    multiplier = m;
  }

  /** The review at the end of a week (after the week's evaluations). */
  void review(long w) {
    if (rule == null || cells == null) {
      return;
    }
    Window window = lever.basics().window();
    if (!window.contains(w) || (w - window.startWeek() + 1) % rule.reviewWeeks() != 0) {
      return;
    }
    decommission(w);
    for (int p = 0; p < places; p++) {
      if (runs(p) && !scaledFrom[p] && w - start[p] + 1 >= rule.decideAfterWeeks()) {
        double z = evidence.z(p);
        if (!rule.useEvidence()) {
          scaledFrom[p] = true;
          decide(p, Decision.Kind.SCALE, "scheduled: the rule scales without evidence");
        } else if (z >= rule.evidenceThreshold()) {
          scaledFrom[p] = true;
          decide(
              p,
              Decision.Kind.SCALE,
              String.format(
                  Locale.ROOT,
                  "evidence z %.3f reached the threshold %.3f",
                  z,
                  rule.evidenceThreshold()));
        }
        scaling |= scaledFrom[p];
      }
    }
    if (scaling) {
      replicate(w, window);
    }
  }

  private void decommission(long w) {
    if (!rule.useEvidence() || rule.decommissionAfterWeeks() == 0) {
      return;
    }
    boolean changed = false;
    for (int p = 0; p < places; p++) {
      double z = evidence.z(p);
      if (runs(p)
          && w - start[p] + 1 >= rule.decommissionAfterWeeks()
          && evidence.evaluations(p) > 0
          && z < rule.decommissionBelow()) {
        state[p] = DECOMMISSIONED;
        changed = true;
        decide(
            p,
            Decision.Kind.DECOMMISSION,
            String.format(
                Locale.ROOT,
                "evidence z %.3f still below %.3f after %d weeks",
                z,
                rule.decommissionBelow(),
                w - start[p] + 1));
      }
    }
    if (changed) {
      recompute();
    }
  }

  private void replicate(long w, Window window) {
    int recent = 0;
    for (int d : replicationWeeks) {
      recent += d > w - 52 ? 1 : 0;
    }
    int allowance = rule.maxNewPlacesPerYear() - recent;
    int startWeek = (int) w + 1 + rule.adaptationDelayWeeks();
    for (int p : candidates()) {
      if (allowance <= 0) {
        blocked(
            p,
            String.format(
                Locale.ROOT, "pace: %d new places a year already", rule.maxNewPlacesPerYear()));
        return;
      }
      int busy = 0;
      for (int s : state) {
        busy += s == PLANNED || s == PILOT || s == REPLICA ? 1 : 0;
      }
      if (busy >= rule.trainers()) {
        blocked(p, "trainers: all " + rule.trainers() + " delivery teams are busy");
        return;
      }
      if (startWeek >= window.endWeek()) {
        blocked(p, "the programme's window ends before a replica could start");
        return;
      }
      double remaining = budget.remaining();
      double committed = Double.isInfinite(remaining) ? 0 : committedCost(startWeek, window, p);
      if (committed > remaining) {
        blocked(
            p,
            String.format(
                Locale.ROOT,
                "budget: £%.0f more projected to the end of the window, over the £%.0f left",
                committed,
                remaining));
        return;
      }
      state[p] = PLANNED;
      start[p] = startWeek;
      allowance--;
      replicationWeeks.add((int) w);
      decide(
          p,
          Decision.Kind.REPLICATE,
          String.format(
              Locale.ROOT,
              "replica starts week %d at %.2f of the pilots' dose, fidelity %.2f",
              startWeek,
              size[p],
              rule.fidelity()));
    }
  }

  /**
   * The running places' and the new replica's projected spending to the end of the window, at the
   * programme's spending per unit of dose so far (delivery and evaluation).
   */
  private double committedCost(int replicaStart, Window window, int p) {
    double spent = budget.spent();
    double perDoseWeek = doseWeeks > 0 ? spent / doseWeeks : 0;
    double committed = 0;
    for (int q = 0; q < places; q++) {
      double dose = state[q] == PILOT ? pilotShare[q] : size[q];
      if (state[q] == PILOT || state[q] == REPLICA || state[q] == PLANNED) {
        int from = Math.max((int) week + 1, start[q]);
        committed += perDoseWeek * dose * Math.max(0, window.endWeek() - from);
      }
    }
    committed += perDoseWeek * size[p] * Math.max(0, window.endWeek() - replicaStart);
    return committed;
  }

  /** Places the programme could be replicated into, in the rule's order. */
  private List<Integer> candidates() {
    List<Integer> list = new ArrayList<>();
    if (rule.order() == ScaleRule.Order.LIST) {
      for (String name : rule.places()) {
        int p = placeNames.indexOf(name);
        if (state[p] == NONE && size[p] > 0) {
          list.add(p);
        }
      }
      return list;
    }
    for (int p = 0; p < places; p++) {
      if (state[p] == NONE
          && size[p] > 0
          && (rule.places().isEmpty() || rule.places().contains(placeNames.get(p)))) {
        list.add(p);
      }
    }
    double[][] counts = cells.eligibleAndInactive(residents);
    Comparator<Integer> by =
        rule.order() == ScaleRule.Order.NEED
            ? Comparator.comparingDouble(
                (Integer p) -> counts[0][p] > 0 ? -counts[1][p] / counts[0][p] : 0)
            : Comparator.comparingDouble((Integer p) -> -counts[0][p]);
    list.sort(by); // stable: ties keep scenario order
    return list;
  }

  private void blocked(int p, String why) {
    decide(p, Decision.Kind.CAPACITY_BLOCKED, why);
  }

  private void decide(int p, Decision.Kind kind, String reason) {
    log.add(
        new Decision(
            (int) week, lever.name(), placeNames.get(p), kind, evidence.z(p), threshold(), reason));
  }

  /** Logs an evaluation's report on a place. */
  void evaluated(int p, String reason) {
    decide(p, Decision.Kind.EVALUATE, reason);
  }

  /** Logs an evaluation the evaluators' capacity refused. */
  void evaluationBlocked(int p, String reason) {
    decide(p, Decision.Kind.CAPACITY_BLOCKED, reason);
  }

  @Override
  public String toString() {
    return lever.name() + Arrays.toString(state);
  }
}
