package org.activesim.output;

import java.util.ArrayList;
import java.util.List;
import org.activesim.core.Decision;
import org.activesim.core.Recording;

/**
 * Reading the programmes of a recording (MODEL.md §5) for the figures: their names, from the {@code
 * programme_state:<programme>} metrics, and the evidence threshold of their rules, from the
 * decisions.
 */
final class RecordedProgrammes {

  static final String STATE_PREFIX = "programme_state:";
  static final String EVIDENCE_PREFIX = "evidence:";

  /**
   * Place states as the core records them in {@code programme_state:<programme>} ({@code
   * core.levers.Rollout}): 0 not there, 1 planned (adapting), 2 pilot, 3 replica, 4 decommissioned.
   */
  static final int PLANNED = 1;

  static final int PILOT = 2;
  static final int REPLICA = 3;
  static final int DECOMMISSIONED = 4;

  private RecordedProgrammes() {}

  /** Programmes with a recorded state, in recording order. */
  static List<String> names(Recording r) {
    List<String> names = new ArrayList<>();
    for (String metric : RecordedMetrics.withPrefix(r, STATE_PREFIX)) {
      names.add(metric.substring(STATE_PREFIX.length()));
    }
    return names;
  }

  /** The rule's evidence threshold of a programme: the first finite one decided with; else NaN. */
  static double threshold(Recording r, String programme) {
    for (Decision d : r.decisions()) {
      if (d.programme().equals(programme) && Double.isFinite(d.threshold())) {
        return d.threshold();
      }
    }
    return Double.NaN;
  }
}
