package org.activesim.scenario;

import java.util.List;
import java.util.Objects;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverChecks;

/**
 * A validated, immutable scenario: everything a run needs, nothing about where it came from.
 *
 * <p>Produced by the YAML loader ({@code org.activesim.io}) or built in code by tests. The core
 * reads it; it never reads files. Field-level defaults and their evidence are listed in the
 * README's scenario reference and in {@code model/ODD.md}.
 *
 * @param name short identifier, used for the default results folder
 * @param description free text for reports
 * @param seed root seed; every random stream of a run is derived from it
 * @param years horizon in years (52 weekly steps a year, MODEL.md §2)
 * @param scale residents represented by one agent (k &gt;= 1)
 * @param integrator numerical scheme of the stock-flow layer
 * @param residentDraws how the resident phase draws its uniforms (same distribution either way)
 * @param levers the system levers (MODEL.md §4), in scenario order; empty for a baseline
 * @param scaleAndReplicate the programmes' scale-and-replicate rules (MODEL.md §5)
 * @param economics valuation parameters (MODEL.md §6); read by the evaluation, never by the core
 */
public record Scenario(
    String name,
    String description,
    long seed,
    int years,
    double scale,
    IntegratorKind integrator,
    ResidentDraws residentDraws,
    PopulationSpec population,
    List<PlaceSpec> places,
    NetworkSpec network,
    DynamicsSpec dynamics,
    CalibrationSpec calibration,
    GroupSpec groups,
    StockSpec stocks,
    List<Lever> levers,
    ScaleAndReplicateSpec scaleAndReplicate,
    EconomicsSpec economics,
    OutputSpec outputs) {

  /** Weekly steps per year (MODEL.md §2: time step one week). */
  public static final int WEEKS_PER_YEAR = 52;

  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(integrator, "integrator");
    Objects.requireNonNull(residentDraws, "residentDraws");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(dynamics, "dynamics");
    Objects.requireNonNull(calibration, "calibration");
    Objects.requireNonNull(groups, "groups");
    Objects.requireNonNull(stocks, "stocks");
    Objects.requireNonNull(economics, "economics");
    Objects.requireNonNull(outputs, "outputs");
    Objects.requireNonNull(scaleAndReplicate, "scaleAndReplicate");
    places = List.copyOf(places);
    levers = List.copyOf(levers);
    description = description == null ? "" : description;
    if (places.isEmpty()) {
      throw new IllegalArgumentException("a scenario needs at least one place");
    }
    if (years < 1) {
      throw new IllegalArgumentException("years must be >= 1, was " + years);
    }
    if (!(scale >= 1.0)) {
      throw new IllegalArgumentException("scale must be >= 1, was " + scale);
    }
    LeverChecks.check(levers, places, stocks);
    LeverChecks.checkRules(scaleAndReplicate, levers, places);
  }

  /** A scenario without scale-and-replicate rules (tests and scenarios built in code). */
  public Scenario(
      String name,
      String description,
      long seed,
      int years,
      double scale,
      IntegratorKind integrator,
      PopulationSpec population,
      List<PlaceSpec> places,
      NetworkSpec network,
      DynamicsSpec dynamics,
      CalibrationSpec calibration,
      GroupSpec groups,
      StockSpec stocks,
      List<Lever> levers,
      EconomicsSpec economics,
      OutputSpec outputs) {
    this(
        name,
        description,
        seed,
        years,
        scale,
        integrator,
        ResidentDraws.SKIP_AHEAD,
        population,
        places,
        network,
        dynamics,
        calibration,
        groups,
        stocks,
        levers,
        ScaleAndReplicateSpec.none(),
        economics,
        outputs);
  }

  /** A copy that draws the resident phase's uniforms another way. */
  public Scenario withResidentDraws(ResidentDraws draws) {
    return new Scenario(
        name,
        description,
        seed,
        years,
        scale,
        integrator,
        draws,
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
        outputs);
  }

  /** A copy with other scale-and-replicate rules. */
  public Scenario withScaleAndReplicate(ScaleAndReplicateSpec rules) {
    return new Scenario(
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
        rules,
        economics,
        outputs);
  }

  /** Number of weekly steps in the horizon. */
  public int weeks() {
    return years * WEEKS_PER_YEAR;
  }

  /** A copy with another seed (CLI {@code --seed}). */
  public Scenario withSeed(long newSeed) {
    return new Scenario(
        name,
        description,
        newSeed,
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
        outputs);
  }

  /** A copy with another horizon (CLI {@code --years}). */
  public Scenario withYears(int newYears) {
    return new Scenario(
        name,
        description,
        seed,
        newYears,
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
        outputs);
  }

  /** A copy with another scale factor (CLI {@code --scale}). */
  public Scenario withScale(double newScale) {
    return new Scenario(
        name,
        description,
        seed,
        years,
        newScale,
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
        outputs);
  }

  /** A copy with other resident dynamics (tests, sensitivity analysis). */
  public Scenario withDynamics(DynamicsSpec newDynamics) {
    return new Scenario(
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
        newDynamics,
        calibration,
        groups,
        stocks,
        levers,
        scaleAndReplicate,
        economics,
        outputs);
  }

  /** A copy with another network (tests). */
  public Scenario withNetwork(NetworkSpec newNetwork) {
    return new Scenario(
        name,
        description,
        seed,
        years,
        scale,
        integrator,
        residentDraws,
        population,
        places,
        newNetwork,
        dynamics,
        calibration,
        groups,
        stocks,
        levers,
        scaleAndReplicate,
        economics,
        outputs);
  }

  /** A copy with another burn-in (tests: a short burn-in for mechanics, not validation). */
  public Scenario withCalibration(CalibrationSpec newCalibration) {
    return new Scenario(
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
        newCalibration,
        groups,
        stocks,
        levers,
        scaleAndReplicate,
        economics,
        outputs);
  }

  /** A copy with other group parameters (tests). */
  public Scenario withGroups(GroupSpec newGroups) {
    return new Scenario(
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
        newGroups,
        stocks,
        levers,
        scaleAndReplicate,
        economics,
        outputs);
  }

  /** A copy with other levers (tests, lever-by-lever comparisons). */
  public Scenario withLevers(List<Lever> newLevers) {
    return new Scenario(
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
        newLevers,
        scaleAndReplicate,
        economics,
        outputs);
  }

  /** A copy with other valuation parameters (sensitivity analysis of the economics). */
  public Scenario withEconomics(EconomicsSpec newEconomics) {
    return new Scenario(
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
        newEconomics,
        outputs);
  }
}
