package org.activesim.output;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activesim.core.Recording;

/** Recordings for the output tests. */
final class TestRecordings {

  private TestRecordings() {}

  /** Two years of weekly data, three places, every metric the charts use plus two stocks. */
  static Recording twoYears() {
    List<String> places = List.of("Basildon", "Colchester", "Tendring, Clacton");
    List<String> metrics =
        List.of(
            "inactive_share",
            "fairly_active_share",
            "active_share",
            "residents",
            "groups",
            "group_members",
            "trained_practitioners",
            "awareness:everyone");
    Recording.Builder b = new Recording.Builder(places, metrics);
    int all = places.size();
    int allQ = Recording.ALL_QUINTILES;
    for (int week = 0; week <= 104; week++) {
      b.beginWeek(week);
      double t = week / 104.0;
      for (int p = 0; p <= all; p++) {
        for (int q = 0; q <= allQ; q++) {
          // Quintile 0 most inactive; the all-quintiles value is the middle one.
          double qq = q == allQ ? 2 : q;
          double inactive = 0.32 - 0.02 * qq - 0.03 * t - 0.01 * (p % 3);
          b.set(p, q, 0, inactive);
          b.set(p, q, 1, 0.12);
          b.set(p, q, 2, 1 - 0.12 - inactive);
          b.set(p, q, 3, p == all ? 30000 : 10000);
        }
        b.set(p, allQ, 4, (p == all ? 30 : 10) + Math.floor(20 * t));
        b.set(p, allQ, 5, (p == all ? 900 : 300) * (1 + t));
      }
      b.set(all, allQ, 6, 40 * t);
      b.set(all, allQ, 7, 0.1 + 0.5 * t);
    }
    Map<String, Double> summary = new LinkedHashMap<>();
    summary.put("inactive_share_start", 0.27);
    summary.put("inactive_share_end", 0.24);
    return b.build(summary);
  }
}
