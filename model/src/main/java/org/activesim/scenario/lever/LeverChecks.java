package org.activesim.scenario.lever;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.ScaleAndReplicateSpec;
import org.activesim.scenario.ScaleRule;
import org.activesim.scenario.StockSpec;

/**
 * Checks of a scenario's levers against the rest of the scenario: unique names, and every place,
 * setting and segment they name exists. The loader reports the same problems with file positions
 * first; these checks keep scenarios built in code honest too.
 */
public final class LeverChecks {
  private LeverChecks() {}

  /**
   * @throws IllegalArgumentException naming the first problem found
   */
  public static void check(List<Lever> levers, List<PlaceSpec> places, StockSpec stocks) {
    Set<String> names = new HashSet<>();
    Set<String> placeNames = new HashSet<>();
    places.forEach(p -> placeNames.add(p.name()));
    for (Lever lever : levers) {
      if (!names.add(lever.name())) {
        throw new IllegalArgumentException("duplicate lever name '" + lever.name() + "'");
      }
      checkPlaces(lever.name(), lever.basics().target(), placeNames);
      boolean placeLevel =
          lever.type() == LeverType.ABCD_TRAINING
              || lever.type() == LeverType.ACTIVE_ENVIRONMENT
              || lever.type() == LeverType.PARTNERSHIP
              || lever.type() == LeverType.POLICY_INFLUENCE;
      if (placeLevel && lever.basics().target().hasResidentCriteria()) {
        throw new IllegalArgumentException(
            "lever '"
                + lever.name()
                + "' ("
                + lever.type()
                + ") acts on whole places: its target takes only places, priority and maxPlaces");
      }
      if (lever instanceof Hardwiring h) {
        for (ReferralPathway p : h.pathways()) {
          checkName(lever.name(), "setting", p.setting(), stocks.settings());
          checkPlaces(lever.name(), p.eligible(), placeNames);
        }
      } else if (lever instanceof PolicyInfluence pi) {
        if (!pi.basics().target().places().isEmpty()) {
          throw new IllegalArgumentException(
              "lever '" + lever.name() + "': policy adoption is county-wide; it takes no places");
        }
        for (PolicyInfluence.SettingEffort e : pi.efforts()) {
          checkName(lever.name(), "setting", e.setting(), stocks.settings());
        }
      } else if (lever instanceof Evaluation ev) {
        if (!ev.basics().target().equals(Targeting.everyone())) {
          throw new IllegalArgumentException(
              "lever '"
                  + lever.name()
                  + "': an evaluation follows its programme's places; it takes no target");
        }
        Lever evaluated = byName(levers, ev.programme());
        if (evaluated == null || !isProgramme(evaluated)) {
          throw new IllegalArgumentException(
              "lever '"
                  + lever.name()
                  + "' evaluates '"
                  + ev.programme()
                  + "', which is not a microgrants, hardwiring or activeTravel lever of the"
                  + " scenario");
        }
        for (Evaluation.DeepDive d : ev.deepDives()) {
          if (!placeNames.contains(d.place())) {
            throw new IllegalArgumentException(
                "lever '" + lever.name() + "': deep dive in unknown place '" + d.place() + "'");
          }
        }
      } else if (lever instanceof SocialMarketing sm) {
        for (SocialMarketing.Audience a : sm.audiences()) {
          checkName(lever.name(), "segment", a.segment(), stocks.segments());
          checkPlaces(lever.name(), a.members(), placeNames);
          if (!a.members().levels().isEmpty() || !sm.basics().target().levels().isEmpty()) {
            throw new IllegalArgumentException(
                "lever '"
                    + lever.name()
                    + "': a segment is defined by fixed attributes (places, quintiles, age bands,"
                    + " condition, sex), not by activity levels");
          }
        }
      }
    }
  }

  /**
   * Whether a lever can run as a programme (MODEL.md §5): it reaches residents one by one, so that
   * an evaluation can follow its participants against matched comparison residents.
   */
  public static boolean isProgramme(Lever lever) {
    return lever.type() == LeverType.MICROGRANTS
        || lever.type() == LeverType.HARDWIRING
        || lever.type() == LeverType.ACTIVE_TRAVEL;
  }

  private static Lever byName(List<Lever> levers, String name) {
    for (Lever l : levers) {
      if (l.name().equals(name)) {
        return l;
      }
    }
    return null;
  }

  /**
   * Checks the scale-and-replicate rules: each names a programme lever of the scenario and only
   * places the scenario has.
   *
   * @throws IllegalArgumentException naming the first problem found
   */
  public static void checkRules(
      ScaleAndReplicateSpec spec, List<Lever> levers, List<PlaceSpec> places) {
    Set<String> placeNames = new HashSet<>();
    places.forEach(p -> placeNames.add(p.name()));
    for (ScaleRule rule : spec.rules()) {
      Lever l = byName(levers, rule.programme());
      if (l == null || !isProgramme(l)) {
        throw new IllegalArgumentException(
            "scale rule for '"
                + rule.programme()
                + "': not a microgrants, hardwiring or activeTravel lever of the scenario");
      }
      for (String p : rule.places()) {
        if (!placeNames.contains(p)) {
          throw new IllegalArgumentException(
              "scale rule for '" + rule.programme() + "' names unknown place '" + p + "'");
        }
      }
    }
  }

  private static void checkPlaces(String lever, Targeting t, Set<String> placeNames) {
    for (String p : t.places()) {
      if (!placeNames.contains(p)) {
        throw new IllegalArgumentException(
            "lever '" + lever + "' targets unknown place '" + p + "'");
      }
    }
  }

  private static void checkName(String lever, String what, String name, List<String> known) {
    if (!known.contains(name)) {
      throw new IllegalArgumentException(
          "lever '"
              + lever
              + "' names unknown "
              + what
              + " '"
              + name
              + "' (known: "
              + String.join(", ", known)
              + ")");
    }
  }
}
