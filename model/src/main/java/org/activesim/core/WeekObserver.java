package org.activesim.core;

/**
 * Sees the committed state after every week (and at week 0), read-only by contract: the only way
 * per-resident detail leaves a run, as step handlers are for Commons Math's integrators. Used by
 * validation tests (dropout, mean-field) and in-model trials.
 */
@FunctionalInterface
public interface WeekObserver {

  /**
   * @param week weeks simulated so far (0 = the state before the first step)
   * @param residents the state; must not be modified
   */
  void observe(int week, Residents residents);

  /** An observer that does nothing. */
  static WeekObserver none() {
    return (week, residents) -> {};
  }
}
