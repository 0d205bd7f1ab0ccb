package org.activesim.core;

import java.util.List;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.Scenario;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.GuideTableDiscreteSampler;

/**
 * Synthesises the residents of every place (MODEL.md §2 "Residents"): one agent per {@code scale}
 * adults, quintile counts exactly proportional to the place's deprivation mix (largest remainder),
 * then age band, condition, sex and motivation drawn independently on the place's own stream.
 */
public final class PopulationSynthesis {
  private PopulationSynthesis() {}

  /** Number of agents for a place: adults / scale, at least one. */
  public static int agents(PlaceSpec place, PopulationSpec population, double scale) {
    return (int) Math.max(1, Math.round(place.population() * population.adultShare() / scale));
  }

  /** Residents with attributes; activity levels are assigned by {@link InitialLevels}. */
  public static Residents synthesise(Scenario scenario, RandomStreams streams) {
    List<PlaceSpec> places = scenario.places();
    PopulationSpec population = scenario.population();
    int[] placeStart = new int[places.size() + 1];
    for (int p = 0; p < places.size(); p++) {
      placeStart[p + 1] =
          Math.addExact(placeStart[p], agents(places.get(p), population, scenario.scale()));
    }
    Residents r = new Residents(placeStart);
    for (int p = 0; p < places.size(); p++) {
      fillPlace(r, p, places.get(p), population, streams.stream(Purpose.POPULATION, p));
    }
    return r;
  }

  private static void fillPlace(
      Residents r, int p, PlaceSpec place, PopulationSpec population, UniformRandomProvider rng) {
    int n = r.placeSize(p);
    int[] perQuintile = largestRemainder(place.quintileShares(), n);
    var age = GuideTableDiscreteSampler.of(rng, population.ageBandShares());
    var motivation =
        ChengBetaSampler.of(rng, population.motivationAlpha(), population.motivationBeta());
    int i = r.placeStart[p];
    for (int q = 0; q < PlaceSpec.QUINTILES; q++) {
      for (int k = 0; k < perQuintile[q]; k++, i++) {
        r.place[i] = (short) p;
        r.quintile[i] = (byte) q;
        r.ageBand[i] = (byte) age.sample();
        r.ltc[i] = (byte) (rng.nextDouble() < population.ltcShare() ? 1 : 0);
        r.female[i] = (byte) (rng.nextDouble() < population.femaleShare() ? 1 : 0);
        r.motivation[i] = (float) motivation.sample();
        r.cell[i] = Cells.of(p, q, r.ageBand[i], r.ltc[i], r.female[i]);
      }
    }
  }

  /** Integer counts summing to n, proportional to shares (Hamilton's largest-remainder method). */
  static int[] largestRemainder(double[] shares, int n) {
    int[] counts = new int[shares.length];
    double[] remainder = new double[shares.length];
    int assigned = 0;
    for (int q = 0; q < shares.length; q++) {
      double exact = shares[q] * n;
      counts[q] = (int) Math.floor(exact);
      remainder[q] = exact - counts[q];
      assigned += counts[q];
    }
    while (assigned < n) {
      int best = 0;
      for (int q = 1; q < shares.length; q++) {
        if (remainder[q] > remainder[best]) {
          best = q;
        }
      }
      counts[best]++;
      remainder[best] = -1;
      assigned++;
    }
    return counts;
  }
}
