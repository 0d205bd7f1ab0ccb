package org.activesim.core;

import java.util.LinkedHashMap;
import java.util.Map;
import org.activesim.core.groups.CommunityGroups;
import org.activesim.scenario.PlaceSpec;

/**
 * End-of-run summary: shares at start and end (overall and per quintile), the Q1−Q5 gap, groups and
 * members, moves, and person-years at each level (residents represented × weeks / 52, MODEL.md §6).
 * Values in residents represented.
 */
final class RunTotals {
  private static final int Q = PlaceSpec.QUINTILES;
  private static final String[] LEVELS = {"inactive", "fairly_active", "active"};

  private final double scale;
  private final Map<String, Double> summary = new LinkedHashMap<>();
  private final double[] personWeeks = new double[3];
  private long movedUp;
  private long movedDown;

  RunTotals(double scale) {
    this.scale = scale;
  }

  void start(Residents r, CommunityGroups groups) {
    summary.put("agents", (double) r.count);
    summary.put("scale", scale);
    summary.put("residents", r.count * scale);
    snapshot("start", r, groups);
  }

  /** Adds one week: residents per level (counted by the commit) and the week's moves. */
  void addWeek(long[] levelCounts, long[] up, long[] down) {
    for (int l = 0; l < 3; l++) {
      personWeeks[l] += levelCounts[l] * scale;
    }
    for (int k = 0; k < up.length; k++) {
      movedUp += up[k];
      movedDown += down[k];
    }
  }

  void end(Residents r, CommunityGroups groups) {
    snapshot("end", r, groups);
    for (String s : new String[] {"inactive_share", "active_share"}) {
      summary.put(s + "_change_pp", 100 * (summary.get(s + "_end") - summary.get(s + "_start")));
    }
    for (int q = 1; q <= Q; q++) {
      String key = "inactive_share_q" + q;
      summary.put(
          key + "_change_pp", 100 * (summary.get(key + "_end") - summary.get(key + "_start")));
    }
    summary.put(
        "inequality_gap_q1_q5_change_pp",
        summary.get("inequality_gap_q1_q5_pp_end") - summary.get("inequality_gap_q1_q5_pp_start"));
    summary.put("moved_up_total", movedUp * scale);
    summary.put("moved_down_total", movedDown * scale);
    for (int l = 0; l < 3; l++) {
      summary.put("person_years_" + LEVELS[l], personWeeks[l] / 52.0);
    }
  }

  private void snapshot(String when, Residents r, CommunityGroups groups) {
    long[] n = new long[3];
    long[][] byQ = new long[Q][3];
    long members = 0;
    for (int i = 0; i < r.count; i++) {
      n[r.level[i]]++;
      byQ[r.quintile[i]][r.level[i]]++;
      if (r.groupOf[i] >= 0) {
        members++;
      }
    }
    for (int l = 0; l < 3; l++) {
      summary.put(LEVELS[l] + "_share_" + when, (double) n[l] / r.count);
    }
    double[] inactiveQ = new double[Q];
    for (int q = 0; q < Q; q++) {
      long nq = byQ[q][0] + byQ[q][1] + byQ[q][2];
      inactiveQ[q] = nq == 0 ? Double.NaN : (double) byQ[q][0] / nq;
      summary.put("inactive_share_q" + (q + 1) + "_" + when, inactiveQ[q]);
    }
    summary.put("inequality_gap_q1_q5_pp_" + when, 100 * (inactiveQ[0] - inactiveQ[Q - 1]));
    int alive = 0;
    for (int g = 0; g < groups.count(); g++) {
      if (groups.alive(g)) {
        alive++;
      }
    }
    summary.put("groups_" + when, alive * scale);
    summary.put("group_members_" + when, members * scale);
  }

  Map<String, Double> summary() {
    return summary;
  }
}
