package org.activesim.evaluation;

import org.activesim.core.Mechanism;
import org.activesim.core.Recording;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.Scenario;

/**
 * The raw material of the realist table (MODEL.md §6, Pawson &amp; Tilley, domain-facts §8): for
 * every context — place, IMD quintile, age band, condition — and every mechanism, the upward
 * transitions credited to the mechanism per 1,000 residents of the context per year, over the whole
 * horizon of one run. Comparing a scenario's rates with its baseline's (paired replicates) gives
 * the transitions a lever mix made happen, for whom, where and through what.
 */
public final class MechanismRates {

  private MechanismRates() {}

  /** Contexts of a recording with {@code places} places. */
  public static int contexts(int places) {
    return places * PlaceSpec.QUINTILES * PopulationSpec.AGE_BANDS * 2;
  }

  /** Index of (context, mechanism) in the arrays of {@link #of}. */
  public static int index(int place, int quintile, int ageBand, int condition, Mechanism m) {
    int context =
        ((place * PlaceSpec.QUINTILES + quintile) * PopulationSpec.AGE_BANDS + ageBand) * 2
            + condition;
    return context * Mechanism.COUNT + m.ordinal();
  }

  /**
   * Transitions per 1,000 residents per year for every (context, mechanism) of a run: the sum over
   * recorded weeks after week 0, divided by the context's residents and by the years the recording
   * covers. A context with no residents has rate 0.
   */
  public static double[] of(Recording rec) {
    int places = rec.places().size();
    double years = (double) rec.week(rec.weekCount() - 1) / Scenario.WEEKS_PER_YEAR;
    double[] rates = new double[contexts(places) * Mechanism.COUNT];
    for (int p = 0; p < places; p++) {
      for (int q = 0; q < PlaceSpec.QUINTILES; q++) {
        for (int a = 0; a < PopulationSpec.AGE_BANDS; a++) {
          for (int c = 0; c < 2; c++) {
            double residents = rec.contextResidents(p, q, a, c);
            if (residents <= 0 || years <= 0) {
              continue;
            }
            for (Mechanism m : Mechanism.values()) {
              double sum = 0;
              for (int w = 1; w < rec.weekCount(); w++) {
                sum += rec.mechanismTransitions(w, p, q, a, c, m);
              }
              rates[index(p, q, a, c, m)] = sum / residents * 1000 / years;
            }
          }
        }
      }
    }
    return rates;
  }
}
