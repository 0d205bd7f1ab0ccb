package org.activesim.scenario.lever;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.activesim.scenario.PlaceSpec;
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
