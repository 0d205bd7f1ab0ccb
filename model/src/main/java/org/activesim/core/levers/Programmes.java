package org.activesim.core.levers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.activesim.core.CellMembers;
import org.activesim.core.Cells;
import org.activesim.core.Decision;
import org.activesim.core.Residents;
import org.activesim.core.groups.CommunityGroups;
import org.activesim.scenario.ScaleRule;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Evaluation;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverChecks;

/**
 * Monitor and evaluate → scale and replicate (MODEL.md §5): the scenario's programmes, their
 * rollouts, evaluations, evidence and budgets, and the log of decisions.
 *
 * <p>A programme is an enabled microgrants, hardwiring or activeTravel lever that a scale rule
 * names or an enabled evaluation lever evaluates. Within the LEVERS phase, {@link #startWeek} runs
 * first (replicas whose adaptation delay is over start; pairs due are followed up), then the levers
 * in scenario order (programmes deliver and enrol participants, evaluations report at the end of
 * their periods), then {@link #endWeek} (the followed people's moves of the week, from the state
 * the residents' phase reads; the rules' reviews, reading the evidence just reported).
 */
public final class Programmes {
  private final List<Lever> levers;
  private final Residents residents;
  private final List<String> placeNames;
  private final Rollout[] rollouts;
  private final List<List<Evaluator>> evaluators = new ArrayList<>();
  private final byte[][] participants;
  private final List<Decision> log = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();
  private int[][] cellMembers;

  /**
   * @param levers the enabled levers, in ledger-line order
   */
  Programmes(Scenario scenario, List<Lever> levers, Residents residents, List<String> placeNames) {
    this.levers = levers;
    this.residents = residents;
    this.placeNames = placeNames;
    this.rollouts = new Rollout[levers.size()];
    this.participants = new byte[levers.size()][];
    List<String> names = names(scenario);
    for (int line = 0; line < levers.size(); line++) {
      evaluators.add(new ArrayList<>());
      Lever l = levers.get(line);
      if (names.contains(l.name())) {
        ScaleRule rule = scenario.scaleAndReplicate().rule(l.name());
        rollouts[line] = new Rollout(l, rule, placeNames, residents, log);
        lines.add(line);
      }
    }
  }

  /**
   * The programmes of a scenario, in scenario order: enabled programme-type levers that a scale
   * rule names or an enabled evaluation evaluates.
   */
  public static List<String> names(Scenario scenario) {
    List<String> evaluated = new ArrayList<>();
    for (Lever l : scenario.levers()) {
      if (l.enabled() && l instanceof Evaluation e) {
        evaluated.add(e.programme());
      }
    }
    List<String> out = new ArrayList<>();
    for (Lever l : scenario.levers()) {
      if (l.enabled()
          && LeverChecks.isProgramme(l)
          && (evaluated.contains(l.name())
              || scenario.scaleAndReplicate().rule(l.name()) != null)) {
        out.add(l.name());
      }
    }
    return out;
  }

  /** The rollout of a lever line, or null if the lever is not a programme. */
  Rollout rollout(int line) {
    return rollouts[line];
  }

  /** Builds the runtime of an evaluation lever (its programme's rollout must exist). */
  Evaluator evaluator(LeverContext ctx, Evaluation lever, int line) {
    int programme = lineOf(lever.programme());
    if (programme < 0 || rollouts[programme] == null) {
      // A switched-off programme: the evaluation has nothing to follow.
      return null;
    }
    if (participants[programme] == null) {
      participants[programme] = new byte[residents.count];
    }
    if (cellMembers == null) {
      cellMembers = CellMembers.of(residents, Cells.count(placeNames.size()));
    }
    Evaluator e =
        new Evaluator(ctx, lever, line, rollouts[programme], participants[programme], cellMembers);
    evaluators.get(programme).add(e);
    return e;
  }

  private int lineOf(String name) {
    for (int line = 0; line < levers.size(); line++) {
      if (levers.get(line).name().equals(name)) {
        return line;
      }
    }
    return -1;
  }

  /**
   * After every runtime is built: budgets (each programme's own inside the one they share), and
   * participants of tagged groups.
   */
  void finish(Ledger ledger, CommunityGroups groups, double sharedBudgetGbp) {
    List<int[]> paid = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    for (int line : lines) {
      List<Integer> own = new ArrayList<>(List.of(line));
      for (Evaluator e : evaluators.get(line)) {
        own.add(lineOf(e.lever().name()));
      }
      paid.add(own.stream().mapToInt(Integer::intValue).toArray());
      all.addAll(own);
    }
    ProgrammeBudget shared =
        Double.isInfinite(sharedBudgetGbp)
            ? null
            : new ProgrammeBudget(
                ledger, all.stream().mapToInt(Integer::intValue).toArray(), sharedBudgetGbp, null);
    boolean follow = false;
    for (int k = 0; k < lines.size(); k++) {
      int line = lines.get(k);
      ScaleRule rule = rollouts[line].rule();
      double limit = rule == null ? Double.POSITIVE_INFINITY : rule.budgetGbp();
      rollouts[line].budget(new ProgrammeBudget(ledger, paid.get(k), limit, shared));
      follow |= !evaluators.get(line).isEmpty();
    }
    if (follow) {
      groups.onJoin(this::enrol);
    }
  }

  /** A resident taking part in a programme for the first time is enrolled in its evaluations. */
  void enrol(int line, int resident) {
    byte[] flags = participants[line];
    if (flags == null || flags[resident] != 0) {
      return;
    }
    flags[resident] = 1;
    for (Evaluator e : evaluators.get(line)) {
      e.enrol(resident);
    }
  }

  /** Start of the LEVERS phase. */
  void startWeek(long week) {
    for (int line : lines) {
      rollouts[line].week(week);
      for (Evaluator e : evaluators.get(line)) {
        e.startWeek(week);
      }
    }
  }

  /** End of the LEVERS phase: the followed people's moves, then the rules' reviews. */
  void endWeek(long week) {
    for (int line : lines) {
      for (Evaluator e : evaluators.get(line)) {
        e.stepPeople(week);
      }
      rollouts[line].review(week);
    }
  }

  /** The decisions so far, in the order they were taken. */
  public List<Decision> decisions() {
    return Collections.unmodifiableList(log);
  }

  /** The programmes' names, in scenario order. */
  public List<String> names() {
    return lines.stream().map(l -> levers.get(l).name()).toList();
  }

  /** Evidence (pooled z) of programme k in a place; NaN before its first evaluation there. */
  public double evidence(int k, int place) {
    return rollouts[lines.get(k)].evidence().z(place);
  }

  /** State of programme k in a place: 0 none, 1 planned, 2 pilot, 3 replica, 4 decommissioned. */
  public int state(int k, int place) {
    return rollouts[lines.get(k)].state(place);
  }

  /** Places where programme k runs now. */
  public int covered(int k) {
    return rollouts[lines.get(k)].running();
  }
}
