package org.activesim.core;

import java.util.ArrayList;
import java.util.List;
import org.activesim.core.groups.GroupOrigin;
import org.activesim.core.levers.LeverSet;
import org.activesim.core.levers.LeverTallies;
import org.activesim.core.levers.Programmes;
import org.activesim.core.stocks.SystemStocks;
import org.activesim.scenario.Scenario;

/**
 * Names of the recorded metrics (the {@code metric} column of {@code timeseries.csv}). Every run
 * records the same set for the same scenario shape (places, settings, segments, lever names), with
 * zeros where a lever is off, and switched-off levers have no lines, so that a scenario with every
 * lever switched off writes exactly what its baseline writes.
 */
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

  /** £ spent by every lever since the previous recorded week. */
  public static final String SPEND = "spend_gbp";

  /** Residents holding an active-travel bike in use. */
  public static final String BIKES_IN_USE = "bikes_in_use";

  /** Community champions. */
  public static final String CHAMPIONS = "champions";

  /** Microgrants awarded since the previous recorded week. */
  public static final String GRANTS_AWARDED = "grants_awarded";

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

  /** Metrics recorded per place (quintile ALL), whatever the levers. */
  static final List<String> PLACE_METRICS =
      List.of(
          GROUPS,
          TRAINED_PRACTITIONERS,
          PARTNERSHIP,
          ENVIRONMENT_SCORE,
          SPEND,
          BIKES_IN_USE,
          CHAMPIONS,
          GRANTS_AWARDED);

  private Metrics() {}

  /** Alive groups of an origin, e.g. {@code groups:microgrant}. */
  public static String groupsOf(GroupOrigin origin) {
    return GROUPS + ":" + origin.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** £ spent by one lever since the previous recorded week, e.g. {@code spend_gbp:microgrants}. */
  public static String spendOf(String lever) {
    return SPEND + ":" + lever;
  }

  /**
   * A programme's evidence in each place: the pooled z statistic of its evaluations (MODEL.md §5);
   * absent before the first evaluation.
   */
  public static String evidenceOf(String programme) {
    return "evidence:" + programme;
  }

  /**
   * A programme's state in each place: 0 not there, 1 planned, 2 pilot, 3 replica, 4
   * decommissioned; in the county row, the number of places where it runs.
   */
  public static String programmeStateOf(String programme) {
    return "programme_state:" + programme;
  }

  /** Residents entering a referral stage of a setting since the previous recorded week. */
  public static String referralFlow(String stage, String setting) {
    return "referral_flow:" + stage + ":" + setting;
  }

  /** Residents in a referral stage of a setting now. */
  public static String referralStage(String stage, String setting) {
    return "referral_stage:" + stage + ":" + setting;
  }

  /** All metric names of a run, in recording order. */
  static List<String> all(Scenario scenario) {
    List<String> all = new ArrayList<>(RESIDENT_METRICS);
    all.addAll(PLACE_METRICS);
    for (GroupOrigin o : GroupOrigin.values()) {
      all.add(groupsOf(o));
    }
    for (String lever : LeverSet.enabledNames(scenario)) {
      all.add(spendOf(lever));
    }
    for (String setting : scenario.stocks().settings()) {
      for (String stage : LeverTallies.STAGES) {
        all.add(referralFlow(stage, setting));
      }
      for (String stage : LeverTallies.STAGES) {
        all.add(referralStage(stage, setting));
      }
    }
    all.addAll(SystemStocks.countyMetricNames(scenario.stocks()));
    for (String programme : Programmes.names(scenario)) {
      all.add(evidenceOf(programme));
      all.add(programmeStateOf(programme));
    }
    return all;
  }
}
