package org.activesim.output;

import java.awt.Color;
import java.util.Locale;

/**
 * The comparison charts' colour of each scenario as a CSS colour, so that pages drawn outside the
 * charts (the report) keep the same colour-blind-safe palette and the same colour per scenario.
 */
public final class ScenarioColours {

  private ScenarioColours() {}

  /** Colour of scenario {@code s} (0 is the baseline, black) as {@code #rrggbb}. */
  public static String hex(int s) {
    Color c = ScenarioStyle.colour(s);
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}
