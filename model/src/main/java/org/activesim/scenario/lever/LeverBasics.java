package org.activesim.scenario.lever;

import java.util.Objects;

/**
 * What every lever has (MODEL.md §4: "Every lever is a block in the scenario file with start/end,
 * targeting, dose, and cost").
 *
 * @param name unique name in the scenario; spending is booked to it ({@code spend_gbp:<name>})
 * @param enabled false switches the lever off entirely (the run is then the same as without it)
 * @param window when it runs, in years
 * @param target who or where it reaches
 * @param fixedCostPerYearGbp running cost booked every week of the window, whatever the dose
 *     (staff, coordination); £ a year
 */
public record LeverBasics(
    String name, boolean enabled, Window window, Targeting target, double fixedCostPerYearGbp) {

  public LeverBasics {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(target, "target");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a lever name must not be blank");
    }
    if (!(fixedCostPerYearGbp >= 0)) {
      throw new IllegalArgumentException("fixedCostPerYearGbp must be >= 0");
    }
  }

  /** Switched on, for the whole default horizon, everyone, no fixed cost. */
  public static LeverBasics of(String name) {
    return new LeverBasics(name, true, Window.always(), Targeting.everyone(), 0);
  }

  /** A copy with another window. */
  public LeverBasics withWindow(Window w) {
    return new LeverBasics(name, enabled, w, target, fixedCostPerYearGbp);
  }

  /** A copy with other targeting. */
  public LeverBasics withTarget(Targeting t) {
    return new LeverBasics(name, enabled, window, t, fixedCostPerYearGbp);
  }

  /** A copy switched on or off. */
  public LeverBasics withEnabled(boolean on) {
    return new LeverBasics(name, on, window, target, fixedCostPerYearGbp);
  }
}
