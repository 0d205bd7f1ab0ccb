package org.activesim.core.levers;

/**
 * A lever at work: one per enabled lever of the scenario, built by {@link LeverSet} through the
 * lever visitor so that every lever type is handled.
 */
interface LeverRuntime {

  /**
   * The LEVERS phase of a week: deliver (award, refer, hand out, campaign), book spending, and add
   * to the stock drivers. Called every week, also outside the window, because deliveries in
   * progress (pathways, loans) carry on after a lever stops taking new people.
   *
   * @param week the week (from 0)
   * @param active whether the week is inside the lever's window
   */
  void week(long week, boolean active);
}
