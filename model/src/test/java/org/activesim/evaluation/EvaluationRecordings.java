package org.activesim.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activesim.core.Recording;

/**
 * Small hand-built recordings for the evaluation tests: one place, shares and residents that are
 * constant within each simulated year, and a weekly spending rate per year.
 */
final class EvaluationRecordings {

  private EvaluationRecordings() {}

  static final List<String> METRICS =
      List.of("inactive_share", "fairly_active_share", "active_share", "residents", "spend_gbp");

  /**
   * A run of {@code years.length} years recorded every {@code every} weeks (and at the last week).
   * The state recorded at week w > 0 is that of the year of step w − 1; week 0 shows year 0's state
   * too. Each row's spending is the sum of the weekly rate over the steps since the previous row.
   *
   * @param years per year: {active share, fairly active share, residents, £ per week}
   */
  static Recording run(int every, double[]... years) {
    int last = 52 * years.length;
    Recording.Builder b = new Recording.Builder(List.of("Town"), METRICS, List.of("lever"));
    int all = 1;
    int allQ = Recording.ALL_QUINTILES;
    List<Integer> weeks = new ArrayList<>();
    for (int week = 0; week < last; week += every) {
      weeks.add(week);
    }
    weeks.add(last);
    int previous = 0;
    for (int week : weeks) {
      b.beginWeek(week);
      double[] y = years[week == 0 ? 0 : (week - 1) / 52];
      b.set(all, allQ, 0, 1 - y[0] - y[1]);
      b.set(all, allQ, 1, y[1]);
      b.set(all, allQ, 2, y[0]);
      b.set(all, allQ, 3, y[2]);
      double spend = 0;
      for (int step = previous; step < week; step++) {
        spend += years[step / 52][3];
      }
      b.set(all, allQ, 4, spend);
      b.setSpend(0, all, spend);
      previous = week;
    }
    return b.build(Map.of());
  }
}
