package org.activesim.core;

import java.util.ArrayList;
import java.util.List;
import org.activesim.core.stocks.SystemStocks;
import org.activesim.scenario.StockSpec;

/** Names of the recorded metrics (the {@code metric} column of {@code timeseries.csv}). */
public final class Metrics {
  public static final String INACTIVE_SHARE = "inactive_share";
  public static final String FAIRLY_ACTIVE_SHARE = "fairly_active_share";
  public static final String ACTIVE_SHARE = "active_share";
  public static final String RESIDENTS = "residents";
  public static final String GROUP_MEMBERS = "group_members";
  public static final String MOVED_UP = "moved_up";
  public static final String MOVED_DOWN = "moved_down";
  public static final String GROUPS = "groups";
  public static final String TRAINED_PRACTITIONERS = "trained_practitioners";
  public static final String PARTNERSHIP = "partnership";
  public static final String ENVIRONMENT_SCORE = "environment_score";

  /** Metrics recorded per (place, quintile) and their aggregates, in recording order. */
  static final List<String> RESIDENT_METRICS =
      List.of(
          INACTIVE_SHARE,
          FAIRLY_ACTIVE_SHARE,
          ACTIVE_SHARE,
          RESIDENTS,
          GROUP_MEMBERS,
          MOVED_UP,
          MOVED_DOWN);

  /** Metrics recorded per place (quintile ALL). */
  static final List<String> PLACE_METRICS =
      List.of(GROUPS, TRAINED_PRACTITIONERS, PARTNERSHIP, ENVIRONMENT_SCORE);

  private Metrics() {}

  /** All metric names of a run, in recording order. */
  static List<String> all(StockSpec stocks) {
    List<String> all = new ArrayList<>(RESIDENT_METRICS);
    all.addAll(PLACE_METRICS);
    all.addAll(SystemStocks.countyMetricNames(stocks));
    return all;
  }
}
