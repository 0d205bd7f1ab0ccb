package org.activesim.core;

/**
 * The weekly move of one person who shares a resident's circumstances but not its level or habit
 * (ODD 7.8, 7.15): at scale k an agent stands for about k people, and where the model follows
 * people rather than agents (an evaluation's cohort) the others make their own moves with the
 * agent's hazards. The rule is the residents' own (ODD 7.1): with one uniform u, up if {@code u <
 * P_up}, else down if {@code u < P_up + P_down}, where {@code P = 1 − e^(−hazard)}; the up-hazard
 * reads the agent's contacts, group, pathway, bike, motivation and cell at the person's level, the
 * down-hazard the person's own habit time and relapse window.
 */
@FunctionalInterface
public interface PersonMoves {

  /**
   * The person's level after this week's decision, from the state the residents' phase reads.
   *
   * @param agent the resident whose circumstances the person shares
   * @param level the person's level at the start of the week
   * @param weeksInLevel the person's weeks in that level
   * @param enteredUp whether the person entered the level by a move up
   * @param u the person's uniform in [0, 1)
   */
  int move(int agent, int level, int weeksInLevel, boolean enteredUp, double u);
}
