package org.activesim.scenario.lever;

import java.util.List;
import java.util.Objects;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;

/**
 * Who or where a lever reaches (MODEL.md §4 "Targeted approach"). An empty list means no
 * restriction. Residents match when every given criterion matches.
 *
 * <p>Levers that act on a whole place (training, environment, partnership) use only the place
 * criteria ({@code places}, {@code priority}, {@code maxPlaces}); the loader refuses resident
 * criteria on them rather than ignore them.
 *
 * @param places place names; empty = every place
 * @param quintiles IMD quintiles, 1 = most deprived … 5 = least
 * @param ageBands age band indices 0..3 ({@link PopulationSpec#AGE_BAND_LABELS})
 * @param condition long-term condition or disability criterion
 * @param sex sex criterion
 * @param levels activity levels at the time of selection (e.g. below the guideline)
 * @param priority how places are ranked: by eligible adults, or by need — "starkest inequalities
 *     first" (Active Essex), the eligible residents' inactive share at the lever's start
 * @param maxPlaces serve only the first {@code maxPlaces} places in priority order (0 = all)
 */
public record Targeting(
    List<String> places,
    List<Integer> quintiles,
    List<Integer> ageBands,
    Condition condition,
    Sex sex,
    List<ActivityLevel> levels,
    Priority priority,
    int maxPlaces) {

  /** Long-term condition or disability criterion. */
  public enum Condition {
    ANY,
    WITH,
    WITHOUT
  }

  /** Sex criterion (e.g. This Girl Can reaches women). */
  public enum Sex {
    ANY,
    FEMALE,
    MALE
  }

  /** How targeted places are ranked and shared. */
  public enum Priority {
    /** Dose shared in proportion to eligible adults; places in scenario order. */
    POPULATION,
    /** Starkest inequalities first: places ranked by eligible residents' inactive share. */
    NEED
  }

  public Targeting {
    places = List.copyOf(places);
    quintiles = List.copyOf(quintiles);
    ageBands = List.copyOf(ageBands);
    levels = List.copyOf(levels);
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(priority, "priority");
    for (int q : quintiles) {
      if (q < 1 || q > PlaceSpec.QUINTILES) {
        throw new IllegalArgumentException("quintiles are 1..5, was " + q);
      }
    }
    for (int a : ageBands) {
      if (a < 0 || a >= PopulationSpec.AGE_BANDS) {
        throw new IllegalArgumentException("age band index out of range: " + a);
      }
    }
    if (maxPlaces < 0) {
      throw new IllegalArgumentException("maxPlaces must be >= 0");
    }
  }

  /** No restriction. */
  public static Targeting everyone() {
    return new Targeting(
        List.of(), List.of(), List.of(), Condition.ANY, Sex.ANY, List.of(), Priority.POPULATION, 0);
  }

  /** Everyone in the named places. */
  public static Targeting places(String... names) {
    return everyone().withPlaces(List.of(names));
  }

  /** A copy restricted to other places. */
  public Targeting withPlaces(List<String> names) {
    return new Targeting(names, quintiles, ageBands, condition, sex, levels, priority, maxPlaces);
  }

  /** A copy restricted to activity levels. */
  public Targeting withLevels(List<ActivityLevel> newLevels) {
    return new Targeting(
        places, quintiles, ageBands, condition, sex, newLevels, priority, maxPlaces);
  }

  /** Whether the criteria concern residents, not only places. */
  public boolean hasResidentCriteria() {
    return !quintiles.isEmpty()
        || !ageBands.isEmpty()
        || condition != Condition.ANY
        || sex != Sex.ANY
        || !levels.isEmpty();
  }

  /** Whether residents with these fixed attributes match (levels are checked separately). */
  public boolean matchesAttributes(int quintileIndex, int ageBand, boolean ltc, boolean female) {
    if (!quintiles.isEmpty() && !quintiles.contains(quintileIndex + 1)) {
      return false;
    }
    if (!ageBands.isEmpty() && !ageBands.contains(ageBand)) {
      return false;
    }
    if (condition == Condition.WITH && !ltc || condition == Condition.WITHOUT && ltc) {
      return false;
    }
    return !(sex == Sex.FEMALE && !female || sex == Sex.MALE && female);
  }

  /** Whether an activity level matches. */
  public boolean matchesLevel(int level) {
    return levels.isEmpty() || levels.contains(ActivityLevel.of(level));
  }
}
