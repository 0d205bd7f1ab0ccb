package org.activesim.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.activesim.core.Decision;
import org.activesim.core.Metrics;
import org.activesim.core.Recording;

/**
 * Where and when each programme of one run ran (MODEL.md §5), and the decisions that moved it: the
 * {@code programme_state:<programme>} series of every place and {@link Recording#decisions()}, the
 * little of a recording that the rollout timeline and {@code decisions.csv} need. A comparison
 * keeps one per scenario, of replicate 0 (seed = the scenario's seed), instead of a recording.
 *
 * @param places place names, in scenario order
 * @param weeks the recorded weeks
 * @param programmes programmes with a recorded state, in recording order
 * @param states states[programme][place][week index]: 0 not there, 1 planned (adapting), 2 pilot, 3
 *     replica, 4 decommissioned (as {@code core.levers.Rollout} records them)
 * @param decisions the run's decisions, in the order it took them
 */
public record ProgrammeRollout(
    List<String> places,
    int[] weeks,
    List<String> programmes,
    double[][][] states,
    List<Decision> decisions) {

  /** The recorded state of a place where a programme runs as its pilot. */
  public static final int PILOT = 2;

  /** The recorded state of a place where a programme runs as a replica. */
  public static final int REPLICA = 3;

  /** The metric-name prefix of a programme's state ({@link Metrics#programmeStateOf}). */
  public static final String STATE_PREFIX = Metrics.programmeStateOf("");

  public ProgrammeRollout {
    places = List.copyOf(places);
    programmes = List.copyOf(programmes);
    decisions = List.copyOf(decisions);
    if (states.length != programmes.size()) {
      throw new IllegalArgumentException("one state table per programme");
    }
    for (double[][] perPlace : states) {
      if (perPlace.length != places.size()) {
        throw new IllegalArgumentException("one state series per place");
      }
      for (double[] series : perPlace) {
        if (series.length != weeks.length) {
          throw new IllegalArgumentException("one state per recorded week");
        }
      }
    }
  }

  /** The programmes of a finished run (none for a run without programmes). */
  public static ProgrammeRollout of(Recording r) {
    List<String> programmes = new ArrayList<>();
    for (String metric : r.metrics()) {
      if (metric.startsWith(STATE_PREFIX)) {
        programmes.add(metric.substring(STATE_PREFIX.length()));
      }
    }
    double[][][] states = new double[programmes.size()][r.places().size()][];
    for (int k = 0; k < programmes.size(); k++) {
      String metric = Metrics.programmeStateOf(programmes.get(k));
      for (int p = 0; p < r.places().size(); p++) {
        states[k][p] = r.series(p, Recording.ALL_QUINTILES, metric);
      }
    }
    return new ProgrammeRollout(r.places(), r.weeks(), programmes, states, r.decisions());
  }

  /** True if the run had no programme. */
  public boolean isEmpty() {
    return programmes.isEmpty();
  }

  /** A programme's state in a place at each recorded week (a copy). */
  public double[] state(int programme, int place) {
    return states[programme][place].clone();
  }

  /** The recorded weeks (a copy). */
  @Override
  public int[] weeks() {
    return weeks.clone();
  }

  /**
   * What the run did with each programme, in programme order: whether it scaled (any {@code scale}
   * decision) and in how many places it ran (pilot or replica) at the last recorded week.
   */
  public List<ProgrammeReach> reach() {
    List<ProgrammeReach> reach = new ArrayList<>();
    int last = weeks.length - 1;
    for (int k = 0; k < programmes.size(); k++) {
      String programme = programmes.get(k);
      int running = 0;
      for (double[] series : states[k]) {
        double s = last < 0 ? Double.NaN : series[last];
        if (s == PILOT || s == REPLICA) {
          running++;
        }
      }
      boolean scaled =
          decisions.stream()
              .anyMatch(d -> d.programme().equals(programme) && d.kind() == Decision.Kind.SCALE);
      reach.add(new ProgrammeReach(programme, scaled, running));
    }
    return reach;
  }
}
