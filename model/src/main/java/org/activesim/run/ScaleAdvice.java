package org.activesim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activesim.core.Simulation;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.Champions;
import org.activesim.scenario.lever.Evaluation;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.Microgrants;
import org.activesim.scenario.lever.Window;

/**
 * Where a scenario's settings make the scale matter (ODD 7.8). Every number the model reports in
 * people or pounds estimates the same quantity at any scale k; a few mechanisms keep that rule only
 * in expectation, with noise or a bias that grows with k. This class names them for a scenario at
 * its scale, so that a run can say so; at the shipped scenarios' default scale (10) it says
 * nothing.
 */
public final class ScaleAdvice {

  /**
   * Agent groups a place should start with: below it, a place's group life is a handful of agent
   * groups, each standing for k groups (the default scale gives Harlow, the smallest place, 3).
   */
  static final double MIN_AGENT_GROUPS = 2;

  /**
   * Whole agent units (grants, bikes, champions) a lever should hand out over its window: below it,
   * each unit stands for so many real ones that the lever's effect is lumpy, its groups, riders or
   * champions coming in blocks of k (the default scale gives the ELDP microgrants, the smallest
   * dose, 12).
   */
  static final double MIN_AGENT_UNITS = 10;

  /**
   * Correlation of the outcomes of the people one agent pair stands for in an evaluation, who share
   * its circumstances (ODD 7.8: a null pathway's evidence had sd 1.11 at scale 40 and 1.02 at scale
   * 10 over 60 seeds, design effects of about 1 + (k − 1) · 0.005).
   */
  static final double FOLLOWED_PEOPLE_CORRELATION = 0.005;

  /** Understatement of an evaluation's standard errors accepted without a note. */
  static final double MAX_SE_UNDERSTATEMENT = 0.05;

  private ScaleAdvice() {}

  /** The notes for a scenario at its own scale, in a fixed order; empty if the scale is safe. */
  public static List<String> notes(Scenario s) {
    List<String> notes = new ArrayList<>();
    double k = s.scale();
    neighbourhoods(s, k, notes);
    for (PlaceSpec p : s.places()) {
      fewGroups(p, k, notes);
    }
    for (Lever l : s.levers()) {
      if (l.enabled()) {
        lumpyDose(l, s, k, notes);
      }
    }
    evaluations(s, k, notes);
    return List.copyOf(notes);
  }

  private static void fewGroups(PlaceSpec p, double k, List<String> notes) {
    int groups = p.initialGroups();
    double agentGroups = groups / k;
    if (groups == 0 || agentGroups >= MIN_AGENT_GROUPS) {
      return;
    }
    double finest = Math.floor(groups / MIN_AGENT_GROUPS);
    notes.add(
        String.format(
            Locale.ROOT,
            "%s starts with %.1f agent groups at scale %s (%d %s), each standing for %s groups:"
                + " its group life is lumpy, unbiased but noisy; %s",
            p.name(),
            agentGroups,
            plain(k),
            groups,
            groups == 1 ? "group" : "groups",
            plain(k),
            finest >= 1
                ? String.format(
                    Locale.ROOT,
                    "a scale of %s or finer gives it %.0f",
                    plain(finest),
                    MIN_AGENT_GROUPS)
                : "it has too few groups for that at any scale"));
  }

  private static void neighbourhoods(Scenario s, double k, List<String> notes) {
    int agents = Simulation.neighbourhoodAgents(s);
    double adults = agents * k;
    if (adults > s.network().neighbourhoodSize() * 1.01) {
      notes.add(
          String.format(
              Locale.ROOT,
              "at scale %s a neighbourhood has its floor of %d agents, %.0f adults against the"
                  + " scenario's %d: local ties reach further than they would",
              plain(k),
              agents,
              adults,
              s.network().neighbourhoodSize()));
    }
  }

  /** A lever that hands out whole agent units (grants, bikes, champions) too few to be smooth. */
  private static void lumpyDose(Lever l, Scenario s, double k, List<String> notes) {
    double perYear;
    String unit;
    if (l instanceof Microgrants m) {
      perYear = m.grantsPerYear();
      unit = "grants";
    } else if (l instanceof ActiveTravel t) {
      perYear = t.bikesPerYear();
      unit = "bikes";
    } else if (l instanceof Champions c) {
      perYear = c.championsPerYear();
      unit = "champions";
    } else {
      return;
    }
    Window w = l.basics().window();
    double years = Math.max(0, Math.min(w.end(), s.years()) - w.start());
    double units = perYear * years;
    if (units > 0 && units / k < MIN_AGENT_UNITS) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s hands out %.0f %s as %.1f agent %s at scale %s, each standing for %s: its"
                  + " effect is lumpy, unbiased but noisy; a scale of %s or finer gives %.0f",
              l.name(),
              units,
              unit,
              units / k,
              unit,
              plain(k),
              plain(k),
              plain(Math.floor(units / MIN_AGENT_UNITS)),
              MIN_AGENT_UNITS));
    }
  }

  private static void evaluations(Scenario s, double k, List<String> notes) {
    boolean evaluated = s.levers().stream().anyMatch(l -> l.enabled() && l instanceof Evaluation);
    double understated = Math.sqrt(1 + (k - 1) * FOLLOWED_PEOPLE_CORRELATION) - 1;
    if (evaluated && understated > MAX_SE_UNDERSTATEMENT) {
      double safe = 1 + (Math.pow(1 + MAX_SE_UNDERSTATEMENT, 2) - 1) / FOLLOWED_PEOPLE_CORRELATION;
      notes.add(
          String.format(
              Locale.ROOT,
              "at scale %s the people an evaluation follows share their agent's circumstances in"
                  + " groups of about %s, so its standard errors are about %.0f%% too small and"
                  + " its evidence overconfident; a scale of %s or finer keeps it within %.0f%%",
              plain(k),
              plain(k),
              100 * understated,
              plain(Math.floor(safe)),
              100 * MAX_SE_UNDERSTATEMENT));
    }
  }

  private static String plain(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
