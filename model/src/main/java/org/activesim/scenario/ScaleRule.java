package org.activesim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The scale-and-replicate rule of one programme (MODEL.md §5, the seed's "Scale and Replicate":
 * "using evaluation and feedback, upscale successful projects").
 *
 * <p>The programme is a lever (microgrants, hardwiring or activeTravel); its own target's places,
 * fixed at its first active week, are the pilots. Every {@code reviewEveryYears} from the lever's
 * start the rule looks at each place where the programme runs: once a place has run {@code
 * decideAfterYears} and its evidence (a z statistic, estimate over standard error) reaches {@code
 * evidenceThreshold} — or at once if {@code useEvidence} is false — the programme scales from
 * there, and from then on every review replicates it into the next places in {@code order}, at most
 * {@code maxNewPlacesPerYear} a year, within the capacity and budget. A replica starts {@code
 * adaptationDelayYears} after the decision, sized to its place (the pilots' dose per targeted
 * resident) and with {@code fidelity} of the pilots' effect. A place whose evidence is still below
 * {@code decommissionBelow} after {@code decommissionAfterYears} is decommissioned.
 *
 * @param programme the name of the lever run as a programme
 * @param useEvidence false scales on schedule, without waiting for evidence
 * @param evidenceThreshold z needed to scale (1.645: one-sided 5%)
 * @param decideAfterYears earliest decision after a place starts
 * @param reviewEveryYears how often decisions are taken
 * @param maxNewPlacesPerYear replications started in any 52 weeks, at most
 * @param order the order new places are taken in
 * @param places the candidate places, in order for {@link Order#LIST} (empty: every place)
 * @param adaptationDelayYears from a replication decision to the replica's start
 * @param fidelity share of the pilots' effect a replica delivers, in (0, 1]
 * @param decommissionAfterYears years after which weak evidence ends a place's programme (0: never)
 * @param decommissionBelow z below which evidence counts as weak
 * @param trainers places the programme can run in at once (delivery teams)
 * @param evaluators places that can be evaluated in one period (evaluation teams)
 * @param budgetGbp the programme's own budget, delivery and evaluation together (£)
 */
public record ScaleRule(
    String programme,
    boolean useEvidence,
    double evidenceThreshold,
    double decideAfterYears,
    double reviewEveryYears,
    int maxNewPlacesPerYear,
    Order order,
    List<String> places,
    double adaptationDelayYears,
    double fidelity,
    double decommissionAfterYears,
    double decommissionBelow,
    int trainers,
    int evaluators,
    double budgetGbp) {

  /** The order in which new places are taken. */
  public enum Order {
    /** Starkest inequalities first: highest inactive share among the programme's targeted. */
    NEED,
    /** Most targeted residents first. */
    POPULATION,
    /** The order of {@code places}. */
    LIST
  }

  /** No limit on trainers or evaluators. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  public ScaleRule {
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(order, "order");
    places = List.copyOf(places);
    if (!Double.isFinite(evidenceThreshold) || !Double.isFinite(decommissionBelow)) {
      throw new IllegalArgumentException("evidence thresholds must be finite");
    }
    if (!(decideAfterYears >= 0) || !(adaptationDelayYears >= 0)) {
      throw new IllegalArgumentException("decideAfterYears and adaptationDelayYears must be >= 0");
    }
    if (!(reviewEveryYears * Scenario.WEEKS_PER_YEAR >= 1)) {
      throw new IllegalArgumentException("reviewEveryYears must be at least one week");
    }
    if (maxNewPlacesPerYear < 0 || trainers < 1 || evaluators < 0) {
      throw new IllegalArgumentException(
          "maxNewPlacesPerYear and evaluators must be >= 0, trainers >= 1");
    }
    if (!(fidelity > 0 && fidelity <= 1)) {
      throw new IllegalArgumentException("fidelity must be in (0, 1], was " + fidelity);
    }
    if (!(decommissionAfterYears >= 0)) {
      throw new IllegalArgumentException("decommissionAfterYears must be >= 0");
    }
    if (!(budgetGbp >= 0)) {
      throw new IllegalArgumentException("budgetGbp must be >= 0");
    }
    if (order == Order.LIST && places.isEmpty()) {
      throw new IllegalArgumentException("order: list needs the places in order");
    }
  }

  /** Weeks between reviews (at least one). */
  public int reviewWeeks() {
    return Math.max(1, (int) Math.round(reviewEveryYears * Scenario.WEEKS_PER_YEAR));
  }

  /** Weeks a place must run before its first decision. */
  public int decideAfterWeeks() {
    return (int) Math.round(decideAfterYears * Scenario.WEEKS_PER_YEAR);
  }

  /** Weeks from a replication decision to the replica's start. */
  public int adaptationDelayWeeks() {
    return (int) Math.round(adaptationDelayYears * Scenario.WEEKS_PER_YEAR);
  }

  /** Weeks after which weak evidence decommissions a place (0: never). */
  public int decommissionAfterWeeks() {
    return (int) Math.round(decommissionAfterYears * Scenario.WEEKS_PER_YEAR);
  }

  /**
   * Scale on evidence at z ≥ 1.645 (one-sided 5%, the conventional level), decide after a year and
   * review yearly, at most two new places a year, by need ("starkest inequalities first", seed),
   * half a year to adapt, fidelity 0.8, never decommission, no capacity or budget limit. The
   * cadence, pace, delay and fidelity are ASSUMPTION (domain-facts has no figure; "scaling needed
   * time and extra capacity", domain-facts §2).
   */
  public static ScaleRule defaults(String programme) {
    return new ScaleRule(
        programme,
        true,
        1.645,
        1,
        1,
        2,
        Order.NEED,
        List.of(),
        0.5,
        0.8,
        0,
        0,
        UNLIMITED,
        UNLIMITED,
        Double.POSITIVE_INFINITY);
  }
}
