package org.activesim.core;

import java.util.List;
import org.activesim.core.groups.CommunityGroups;
import org.activesim.core.stocks.SystemStocks;
import org.activesim.scenario.PlaceSpec;

/**
 * Declarative data collection (Agents.jl's {@code adata}/{@code mdata}, STYLE.md): at each recorded
 * week it reads the committed state and writes every metric of {@link Metrics} into a {@link
 * Recording.Builder}. Counts are reported in residents represented ({@code agents × scale}).
 */
final class Recorder {
  private static final int Q = PlaceSpec.QUINTILES;

  private final Residents r;
  private final CommunityGroups groups;
  private final SystemStocks stocks;
  private final double scale;
  private final double[] adultWeights;
  private final int settings;
  private final int segments;
  private final Recording.Builder builder;
  private final int places;

  Recorder(
      Residents r,
      CommunityGroups groups,
      SystemStocks stocks,
      double scale,
      List<String> placeNames,
      List<String> metrics,
      int settings,
      int segments) {
    this.r = r;
    this.groups = groups;
    this.stocks = stocks;
    this.scale = scale;
    this.places = placeNames.size();
    this.settings = settings;
    this.segments = segments;
    this.builder = new Recording.Builder(placeNames, metrics);
    this.adultWeights = new double[places];
    for (int p = 0; p < places; p++) {
      adultWeights[p] = (double) r.placeSize(p) / r.count;
    }
  }

  /** Records the state at the start of {@code week} (after the previous week's commit). */
  void record(int week, double[] y, long[] movedUp, long[] movedDown) {
    builder.beginWeek(week);
    long[] levels = new long[(places + 1) * (Q + 1) * 3];
    long[] members = new long[(places + 1) * (Q + 1)];
    for (int i = 0; i < r.count; i++) {
      int pq = r.place[i] * (Q + 1) + r.quintile[i];
      levels[pq * 3 + r.level[i]]++;
      if (r.groupOf[i] >= 0) {
        members[pq]++;
      }
    }
    addAggregates(levels, members);
    for (int p = 0; p <= places; p++) {
      for (int q = 0; q <= Q; q++) {
        recordResidents(p, q, levels, members, moved(movedUp, p, q), moved(movedDown, p, q));
      }
    }
    recordPlaces(y);
    int m = Metrics.RESIDENT_METRICS.size() + Metrics.PLACE_METRICS.size();
    for (int s = 0; s < settings; s++) {
      builder.set(places, Recording.ALL_QUINTILES, m + s, y[stocks.policyAdoption(s)]);
    }
    for (int g = 0; g < segments; g++) {
      builder.set(places, Recording.ALL_QUINTILES, m + settings + g, y[stocks.awareness(g)]);
    }
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
    int first = Metrics.RESIDENT_METRICS.size();
    int[] alive = new int[places + 1];
    for (int g = 0; g < groups.count(); g++) {
      if (groups.alive(g)) {
        alive[groups.place(g)]++;
        alive[places]++;
      }
    }
    double practitioners = 0;
    double partnership = 0;
    double environment = 0;
    for (int p = 0; p < places; p++) {
      set(p, first, alive[p] * scale);
      set(p, first + 1, y[stocks.practitioners(p)]);
      set(p, first + 2, y[stocks.partnership(p)]);
      set(p, first + 3, y[stocks.environment(p)]);
      practitioners += y[stocks.practitioners(p)];
      partnership += adultWeights[p] * y[stocks.partnership(p)];
      environment += adultWeights[p] * y[stocks.environment(p)];
    }
    set(places, first, alive[places] * scale);
    set(places, first + 1, practitioners);
    set(places, first + 2, partnership);
    set(places, first + 3, environment);
  }

  private void set(int p, int metric, double value) {
    builder.set(p, Recording.ALL_QUINTILES, metric, value);
  }

  Recording.Builder builder() {
    return builder;
  }
}
