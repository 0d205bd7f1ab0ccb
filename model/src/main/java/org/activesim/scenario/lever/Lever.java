package org.activesim.scenario.lever;

/**
 * One lever of the LDP System Change Model (MODEL.md §4), as a scenario declares it.
 *
 * <p>The set of levers is closed: a new lever is a new record here, and adding it to {@link
 * Visitor} makes the compiler show every place that must handle it (STYLE.md "Levers are a closed
 * set"). Java 17 has no exhaustive switch over a sealed type, so the visitor is how exhaustiveness
 * is checked.
 *
 * <p>Every lever has the same {@link LeverBasics} (a name, whether it is switched on, a window in
 * years, targeting and a fixed running cost) and its own dose and cost parameters. Levers act only
 * through the mechanisms of MODEL.md §4, so that a run can say which mechanism moved whom.
 */
public sealed interface Lever
    permits AbcdTraining,
        Microgrants,
        Hardwiring,
        PolicyInfluence,
        ActiveEnvironment,
        ActiveTravel,
        SocialMarketing,
        Partnership,
        Champions,
        Evaluation {

  /** What every lever has. */
  LeverBasics basics();

  /** The lever's type. */
  LeverType type();

  /** Calls the visitor's method for this lever's type. */
  <R> R accept(Visitor<R> visitor);

  /** The lever's unique name in its scenario (defaults to its type's key). */
  default String name() {
    return basics().name();
  }

  /** Whether the lever runs at all; a switched-off lever books nothing and draws nothing. */
  default boolean enabled() {
    return basics().enabled();
  }

  /** One method per lever type: implement it to handle every lever. */
  interface Visitor<R> {
    R abcdTraining(AbcdTraining lever);

    R microgrants(Microgrants lever);

    R hardwiring(Hardwiring lever);

    R policyInfluence(PolicyInfluence lever);

    R activeEnvironment(ActiveEnvironment lever);

    R activeTravel(ActiveTravel lever);

    R socialMarketing(SocialMarketing lever);

    R partnership(Partnership lever);

    R champions(Champions lever);

    R evaluation(Evaluation lever);
  }
}
