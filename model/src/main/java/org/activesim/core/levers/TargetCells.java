package org.activesim.core.levers;

import java.util.Arrays;
import java.util.List;
import org.activesim.core.Cells;
import org.activesim.core.Residents;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.lever.Targeting;

/**
 * The calibration cells (place × quintile × age band × condition × sex) a targeting matches by
 * fixed attributes, and the places it selects and how it shares a dose among them (MODEL.md §4
 * "Targeted approach"). Activity levels change every week and are checked per resident.
 */
final class TargetCells {
  private final boolean[] cells;

  /** Whether each activity level matches every criterion (a level's match is fixed). */
  private final boolean[] levelMatches;

  private final Targeting[] criteria;
  private final int places;
  private final List<String> placeNames;
  private final boolean programme;

  /** The served places' shares, fixed at the first call of {@link #served}. */
  private double[] served;

  /** The programme's rollout when the lever is scaled and replicated, else null (MODEL.md §5). */
  private Rollout rollout;

  /** Cells matching every given targeting (e.g. a lever's target and a pathway's eligibility). */
  TargetCells(List<String> placeNames, Targeting... criteria) {
    this(placeNames, false, criteria);
  }

  /**
   * Cells matching every given targeting. For a programme (MODEL.md §5) the places of the first
   * targeting (the lever's own) name its pilots, not the only places it may reach: they restrict
   * the places first served ({@link #served}), and every place's cells match so that replicas can
   * serve theirs.
   */
  TargetCells(List<String> placeNames, boolean programme, Targeting... criteria) {
    this.places = placeNames.size();
    this.criteria = criteria.clone();
    this.placeNames = placeNames;
    this.programme = programme;
    this.cells = new boolean[Cells.count(places)];
    for (int c = 0; c < cells.length; c++) {
      boolean ok = true;
      for (int k = 0; k < criteria.length; k++) {
        Targeting t = criteria[k];
        String place = placeNames.get(Cells.place(c));
        boolean anyPlace = t.places().isEmpty() || (programme && k == 0);
        ok &=
            (anyPlace || t.places().contains(place))
                && t.matchesAttributes(
                    Cells.quintile(c), Cells.ageBand(c), Cells.ltc(c) == 1, Cells.female(c) == 1);
      }
      cells[c] = ok;
    }
    this.levelMatches = levelMatches(criteria);
  }

  /**
   * The place shares of the first criterion (the lever's own target: its priority and maxPlaces),
   * measured at the first call — the lever's first active week — and fixed for the rest of the run.
   */
  double[] served(Residents r) {
    if (served == null) {
      served = placeShares(r, criteria[0].priority(), criteria[0].maxPlaces());
      if (rollout != null) {
        // The first places served are the programme's pilots; every place's size is measured now.
        double[] eligible = eligibleAndInactive(r)[0];
        double all = Arrays.stream(eligible).sum();
        for (int p = 0; p < places; p++) {
          eligible[p] = all > 0 ? eligible[p] / all : 0;
        }
        rollout.start(served, eligible, this);
      }
    }
    return rollout == null ? served : rollout.shares();
  }

  /**
   * Lets a programme's rollout decide the places served after the pilots (MODEL.md §5): {@link
   * #served} then returns the shares of the places where the programme runs, and the pilots are the
   * places this target selects at the lever's first active week.
   */
  void follow(Rollout programme) {
    this.rollout = programme;
  }

  /** Whether {@link #served} has fixed the places yet. */
  boolean servedFixed() {
    return served != null;
  }

  /** Whether a cell matches. */
  boolean matches(int cell) {
    return cells[cell];
  }

  /** Whether a resident matches now (cell and current activity level). */
  boolean matchesNow(Residents r, int i) {
    return cells[r.cell[i]] && levelMatches(r.level[i]);
  }

  /** Residents of each place whose cell matches, in index order. */
  MatchingResidents matchingResidents(Residents r) {
    return new MatchingResidents(r.placeStart, i -> cells[r.cell[i]]);
  }

  /**
   * Residents matching now, and those of them inactive, per place: {@code {eligible, inactive}}.
   */
  double[][] eligibleAndInactive(Residents r) {
    // Whether a resident matches depends on its cell and level only: count residents per (cell,
    // level) in one tight pass, then add up the matching pairs (whole numbers, so the sums are
    // the same in any order). Testing each resident against the criteria took about 8 ms at full
    // scale, in the levers' serial phase.
    int[] n = new int[cells.length * 3];
    int[] cell = r.cell;
    byte[] level = r.level;
    for (int i = 0; i < r.count; i++) {
      n[cell[i] * 3 + level[i]]++;
    }
    double[] eligible = new double[places];
    double[] inactive = new double[places];
    for (int c = 0; c < cells.length; c++) {
      for (int l = 0; l < 3; l++) {
        if (n[c * 3 + l] > 0 && cells[c] && levelMatches(l)) {
          eligible[Cells.place(c)] += n[c * 3 + l];
          if (l == 0) {
            inactive[Cells.place(c)] += n[c * 3 + l];
          }
        }
      }
    }
    return new double[][] {eligible, inactive};
  }

  private boolean levelMatches(int level) {
    return levelMatches[level];
  }

  /** Whether an activity level matches every criterion, per level (fixed, like {@link #cells}). */
  private static boolean[] levelMatches(Targeting[] criteria) {
    boolean[] ok = new boolean[ActivityLevel.values().length];
    for (int level = 0; level < ok.length; level++) {
      ok[level] = true;
      for (Targeting t : criteria) {
        ok[level] &= t.matchesLevel(level);
      }
    }
    return ok;
  }

  /**
   * How a dose is shared among places, summing to 1 (all zero if nobody matches). By population: in
   * proportion to matching residents. By need ("starkest inequalities first"): places ranked by the
   * matching residents' inactive share now, and the dose shared in proportion to matching inactive
   * residents. With {@code maxPlaces > 0} only the first places in that order are served (scenario
   * order under population priority).
   */
  double[] placeShares(Residents r, Targeting.Priority priority, int maxPlaces) {
    double[][] counts = eligibleAndInactive(r);
    double[] eligible = counts[0];
    double[] inactive = counts[1];
    if (programme && !criteria[0].places().isEmpty()) {
      for (int p = 0; p < places; p++) {
        if (!criteria[0].places().contains(placeNames.get(p))) {
          eligible[p] = 0; // not a pilot
          inactive[p] = 0;
        }
      }
    }
    boolean byNeed = priority == Targeting.Priority.NEED;
    // Places with someone to serve, in scenario order; by need, a stable sort keeps ties in order.
    Integer[] order =
        java.util.stream.IntStream.range(0, places)
            .filter(p -> eligible[p] > 0)
            .boxed()
            .toArray(Integer[]::new);
    if (byNeed) {
      Arrays.sort(
          order, (a, b) -> Double.compare(inactive[b] / eligible[b], inactive[a] / eligible[a]));
    }
    int served = maxPlaces > 0 ? Math.min(maxPlaces, order.length) : order.length;
    double[] weight = new double[places];
    double sum = 0;
    for (int k = 0; k < served; k++) {
      int p = order[k];
      weight[p] = byNeed ? inactive[p] : eligible[p];
      sum += weight[p];
    }
    for (int p = 0; p < places; p++) {
      weight[p] = sum > 0 ? weight[p] / sum : 0;
    }
    return weight;
  }
}
