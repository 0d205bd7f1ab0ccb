package org.activesim.core;

import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;

/**
 * Calibration cells: residents who share place, IMD quintile, age band, condition and sex share the
 * baseline hazard scale u0 (MODEL.md §3 defines u0 per place and quintile; splitting further by
 * age, condition and sex keeps those gradients stationary too).
 */
public final class Cells {
  private static final int PER_PLACE = PlaceSpec.QUINTILES * PopulationSpec.AGE_BANDS * 2 * 2;

  private Cells() {}

  /** Number of cells for a number of places. */
  public static int count(int places) {
    return places * PER_PLACE;
  }

  /** Cell of a resident. */
  public static int of(int place, int quintile, int ageBand, int ltc, int female) {
    return (((place * PlaceSpec.QUINTILES + quintile) * PopulationSpec.AGE_BANDS + ageBand) * 2
                + ltc)
            * 2
        + female;
  }

  /** Place of a cell. */
  public static int place(int cell) {
    return cell / PER_PLACE;
  }

  /** Quintile of a cell. */
  public static int quintile(int cell) {
    return (cell / (PopulationSpec.AGE_BANDS * 4)) % PlaceSpec.QUINTILES;
  }

  /** Age band of a cell. */
  public static int ageBand(int cell) {
    return (cell / 4) % PopulationSpec.AGE_BANDS;
  }

  /** Condition flag of a cell. */
  public static int ltc(int cell) {
    return (cell / 2) % 2;
  }

  /** Sex flag (1 = woman) of a cell. */
  public static int female(int cell) {
    return cell % 2;
  }
}
