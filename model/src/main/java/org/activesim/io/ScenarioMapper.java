package org.activesim.io;

import static org.activesim.io.ScenarioFields.ACTIVITY_SHARES;
import static org.activesim.io.ScenarioFields.CALIBRATION;
import static org.activesim.io.ScenarioFields.DYNAMICS;
import static org.activesim.io.ScenarioFields.ECONOMICS;
import static org.activesim.io.ScenarioFields.GROUPS;
import static org.activesim.io.ScenarioFields.NETWORK;
import static org.activesim.io.ScenarioFields.OUTPUTS;
import static org.activesim.io.ScenarioFields.PLACE;
import static org.activesim.io.ScenarioFields.POPULATION;
import static org.activesim.io.ScenarioFields.ROOT;
import static org.activesim.io.ScenarioFields.STOCKS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.activesim.scenario.ActivityShares;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.DynamicsSpec;
import org.activesim.scenario.EconomicsSpec;
import org.activesim.scenario.GroupSpec;
import org.activesim.scenario.IntegratorKind;
import org.activesim.scenario.NetworkSpec;
import org.activesim.scenario.OutputSpec;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.ResidentDraws;
import org.activesim.scenario.ScaleAndReplicateSpec;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.StockSpec;
import org.activesim.scenario.lever.Lever;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Maps the root mapping, the population and the places onto the scenario records; the levers are
 * mapped by {@link LeverMapper}, after the years, places and stocks they depend on.
 */
final class ScenarioMapper {

  /** Top-level defaults; the sub-records carry their own {@code defaults()}. */
  static final long DEFAULT_SEED = 1;

  static final int DEFAULT_YEARS = 10;
  static final double DEFAULT_SCALE = 1.0;
  static final IntegratorKind DEFAULT_INTEGRATOR = IntegratorKind.EULER;
  static final ResidentDraws DEFAULT_RESIDENT_DRAWS = ResidentDraws.SKIP_AHEAD;

  /**
   * Place defaults (PlaceSpec has no {@code defaults()}: name, population and mix are required).
   */
  static final double DEFAULT_ENVIRONMENT_SCORE = 0.5;

  static final double DEFAULT_ASSETS_PER_1000 = 2.0;
  static final int DEFAULT_INITIAL_GROUPS = 0;

  private ScenarioMapper() {}

  /** The scenario, or null if any problem was recorded. */
  static Scenario map(Node root, Problems problems) {
    if (root == null) {
      problems.add(
          1, 1, "", "the document is empty; a scenario needs at least 'name' and 'places'");
      return null;
    }
    BlockReader r = new BlockReader(ROOT, root, "", problems);
    String name = r.string("name", "");
    String description = r.string("description", "");
    long seed = r.longInteger("seed", DEFAULT_SEED);
    int years = r.integer("years", DEFAULT_YEARS);
    double scale = r.number("scale", DEFAULT_SCALE);
    IntegratorKind integrator = r.choice("integrator", IntegratorKind.class, DEFAULT_INTEGRATOR);
    ResidentDraws residentDraws =
        r.choice("residentDraws", ResidentDraws.class, DEFAULT_RESIDENT_DRAWS);
    PopulationSpec population = population(r.block("population", POPULATION));
    int beforePlaces = problems.count();
    List<PlaceSpec> places = places(r.blocks("places", PLACE));
    boolean placesRead = problems.count() == beforePlaces;
    NetworkSpec network = SpecMapper.network(r.block("network", NETWORK));
    DynamicsSpec dynamics = SpecMapper.dynamics(r.block("dynamics", DYNAMICS));
    CalibrationSpec calibration = SpecMapper.calibration(r.block("calibration", CALIBRATION));
    GroupSpec groups = SpecMapper.groups(r.block("groups", GROUPS));
    BlockReader stocksReader = r.block("stocks", STOCKS);
    StockSpec stocks = SpecMapper.stocks(stocksReader);
    boolean stocksRead = stocksReader.clean();
    EconomicsSpec economics = SpecMapper.economics(r.block("economics", ECONOMICS));
    OutputSpec outputs = SpecMapper.outputs(r.block("outputs", OUTPUTS));
    // Levers name places, settings and segments: they are checked against those read cleanly.
    Set<String> placeNames = new HashSet<>();
    places.forEach(p -> placeNames.add(p.name()));
    LeverMapper leverMapper =
        new LeverMapper(
            problems,
            years,
            placesRead ? placeNames : null,
            stocksRead ? stocks.settings() : null,
            stocksRead ? stocks.segments() : null);
    List<Lever> levers = leverMapper.levers(r);
    ScaleAndReplicateSpec scaleAndReplicate = leverMapper.scaleAndReplicate(r, levers);
    return r.build(
        () ->
            new Scenario(
                name,
                description,
                seed,
                years,
                scale,
                integrator,
                residentDraws,
                population,
                places,
                network,
                dynamics,
                calibration,
                groups,
                stocks,
                levers,
                scaleAndReplicate,
                economics,
                outputs),
        null);
  }

  static PopulationSpec population(BlockReader r) {
    PopulationSpec d = PopulationSpec.defaults();
    double adultShare = r.number("adultShare", d.adultShare());
    double[] quintileInactive = r.numbers("quintileInactiveShares", d.quintileInactiveShares());
    double fairlyActive =
        r.number("fairlyActiveShareOfNotInactive", d.fairlyActiveShareOfNotInactive());
    double ltcShare = r.number("ltcShare", d.ltcShare());
    double ltcOdds = r.number("ltcInactiveOddsRatio", d.ltcInactiveOddsRatio());
    double[] ageShares = r.numbers("ageBandShares", d.ageBandShares());
    double[] ageOdds = r.numbers("ageBandInactiveOddsRatios", d.ageBandInactiveOddsRatios());
    double femaleShare = r.number("femaleShare", d.femaleShare());
    double femaleOdds = r.number("femaleInactiveOddsRatio", d.femaleInactiveOddsRatio());
    double[] households = r.numbers("householdSizeShares", d.householdSizeShares());
    double alpha = r.number("motivationAlpha", d.motivationAlpha());
    double beta = r.number("motivationBeta", d.motivationBeta());
    return r.build(
        () ->
            new PopulationSpec(
                adultShare,
                quintileInactive,
                fairlyActive,
                ltcShare,
                ltcOdds,
                ageShares,
                ageOdds,
                femaleShare,
                femaleOdds,
                households,
                alpha,
                beta),
        d);
  }

  static List<PlaceSpec> places(List<BlockReader> readers) {
    List<PlaceSpec> places = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    for (BlockReader r : readers) {
      String name = r.string("name", null);
      if (name != null) {
        Node first = seen.putIfAbsent(name, r.valueNode("name"));
        if (first != null) {
          r.problem("name", "duplicate place name (first at line " + BlockReader.line(first) + ")");
        }
      }
      int population = r.integer("population", 1);
      double[] quintiles = r.numbers("quintileShares", null);
      ActivityShares activity = activityShares(r);
      double environment = r.number("environmentScore", DEFAULT_ENVIRONMENT_SCORE);
      double assets = r.number("assetsPer1000", DEFAULT_ASSETS_PER_1000);
      int groups = r.integer("initialGroups", DEFAULT_INITIAL_GROUPS);
      PlaceSpec place =
          r.build(
              () ->
                  new PlaceSpec(name, population, quintiles, activity, environment, assets, groups),
              null);
      if (place != null) {
        places.add(place);
      }
    }
    return places;
  }

  /** Null when absent: the place's shares are then derived from its quintile mix. */
  private static ActivityShares activityShares(BlockReader place) {
    Node v = place.valueNode("activityShares");
    if (v == null || Scalars.isNull(v)) {
      return null;
    }
    BlockReader r = place.block("activityShares", ACTIVITY_SHARES);
    double inactive = r.number("inactive", Double.NaN);
    double fairly = r.number("fairlyActive", Double.NaN);
    double active = r.number("active", Double.NaN);
    double sum = inactive + fairly + active;
    if (r.clean() && Math.abs(sum - 1) > ActivityShares.SUM_TOLERANCE) {
      r.blockProblem(
          "inactive + fairlyActive + active must sum to 1 (within 1e-6), sum is "
              + Values.formatSum(sum));
    }
    return r.build(() -> new ActivityShares(inactive, fairly, active), null);
  }
}
