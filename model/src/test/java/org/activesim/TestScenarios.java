package org.activesim;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activesim.io.ScenarioException;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.ScaleAndReplicateSpec;
import org.activesim.scenario.ScaleRule;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.AbcdTraining;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.Champions;
import org.activesim.scenario.lever.Evaluation;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.Microgrants;

/**
 * The shipped Essex scenario for tests: {@code scenarios/baseline.yaml}, loaded through the real
 * loader, so that the validation tests check the file users run, not a copy of it.
 */
public final class TestScenarios {
  private TestScenarios() {}

  /** The repository's {@code scenarios/} folder (tests run in {@code model/}). */
  public static Path scenarios() {
    Path fromModule = Path.of("..", "scenarios");
    return Files.isDirectory(fromModule) ? fromModule : Path.of("scenarios");
  }

  /**
   * Whether a file under {@code scenarios/} is a study file (sensitivity params, calibration
   * targets) rather than a scenario.
   */
  public static boolean isStudyFile(Path file) {
    Path folder = file.getParent().getFileName();
    return folder != null && List.of("sensitivity", "calibration").contains(folder.toString());
  }

  /** {@code scenarios/baseline.yaml} at a given scale, horizon and seed. */
  public static Scenario essex(double scale, int years, long seed) {
    return shipped("baseline.yaml", scale, years, seed);
  }

  /** A shipped scenario ({@code scenarios/<relative>}) at a given scale, horizon and seed. */
  public static Scenario shipped(String relative, double scale, int years, long seed) {
    try {
      return ScenarioLoader.load(scenarios().resolve(relative))
          .withScale(scale)
          .withYears(years)
          .withSeed(seed);
    } catch (ScenarioException e) {
      throw new IllegalStateException("the shipped scenario " + relative + " must load", e);
    }
  }

  /**
   * A scenario with every place's population and initial groups multiplied by {@code factor}
   * (rounded; at least one resident), everything else as it was: a smaller county for tests that
   * compare scales, with the levers' doses kept.
   */
  public static Scenario shrunk(Scenario s, double factor) {
    return shrunkPlaces(s, factor);
  }

  /**
   * {@link #shrunk} with the levers' doses in people or units a year (trainees, grants, bikes,
   * champions) and the programmes' budgets (evaluations, rules, the shared budget) multiplied by
   * {@code factor} too: a smaller county at the same intensity per resident, so that a lever that
   * depletes its pool in the small county does not do so only there.
   */
  public static Scenario shrunkWithDoses(Scenario s, double factor) {
    Scenario places = shrunkPlaces(s, factor);
    List<Lever> levers = places.levers().stream().map(l -> scaledDose(l, factor)).toList();
    List<ScaleRule> rules = new ArrayList<>();
    for (ScaleRule r : places.scaleAndReplicate().rules()) {
      rules.add(
          new ScaleRule(
              r.programme(),
              r.useEvidence(),
              r.evidenceThreshold(),
              r.decideAfterYears(),
              r.reviewEveryYears(),
              r.maxNewPlacesPerYear(),
              r.order(),
              r.places(),
              r.adaptationDelayYears(),
              r.fidelity(),
              r.decommissionAfterYears(),
              r.decommissionBelow(),
              r.trainers(),
              r.evaluators(),
              r.budgetGbp() * factor));
    }
    return places
        .withLevers(levers)
        .withScaleAndReplicate(
            new ScaleAndReplicateSpec(rules, places.scaleAndReplicate().budgetGbp() * factor));
  }

  private static Lever scaledDose(Lever lever, double f) {
    if (lever instanceof AbcdTraining a) {
      return new AbcdTraining(a.basics(), a.traineesPerYear() * f, a.costPerTraineeGbp());
    } else if (lever instanceof Microgrants m) {
      return new Microgrants(
          m.basics(),
          m.grantsPerYear() * f,
          m.minGrantGbp(),
          m.maxGrantGbp(),
          m.meanGrantGbp(),
          m.sizeConcentration(),
          m.fundingWeeks(),
          m.newGroupShare(),
          m.gbpPerExtraPlace(),
          m.maxExtraPlaces());
    } else if (lever instanceof ActiveTravel t) {
      return new ActiveTravel(
          t.basics(),
          t.bikesPerYear() * f,
          t.costPerBikeGbp(),
          t.loanWeeks(),
          t.weeklyLapseProbability(),
          t.annualStopRidingAfterLoan());
    } else if (lever instanceof Champions c) {
      return new Champions(
          c.basics(),
          c.championsPerYear() * f,
          c.costPerChampionGbp(),
          c.invitationsPerYear(),
          c.acceptShare(),
          c.groupStartsPerYear());
    } else if (lever instanceof Evaluation e) {
      return new Evaluation(
          e.basics(),
          e.programme(),
          e.periodYears(),
          e.budgetPerPeriodGbp() * f,
          e.costPerFollowUpGbp(),
          e.followUpWeeks(),
          e.deepDives().stream()
              .map(d -> new Evaluation.DeepDive(d.place(), d.year(), d.budgetGbp() * f))
              .toList());
    }
    return lever;
  }

  private static Scenario shrunkPlaces(Scenario s, double factor) {
    List<PlaceSpec> places = new ArrayList<>();
    for (PlaceSpec p : s.places()) {
      places.add(
          new PlaceSpec(
              p.name(),
              (int) Math.max(1, Math.round(p.population() * factor)),
              p.quintileShares(),
              p.activityShares(),
              p.environmentScore(),
              p.assetsPer1000(),
              (int) Math.round(p.initialGroups() * factor)));
    }
    return new Scenario(
        s.name(),
        s.description(),
        s.seed(),
        s.years(),
        s.scale(),
        s.integrator(),
        s.residentDraws(),
        s.population(),
        places,
        s.network(),
        s.dynamics(),
        s.calibration(),
        s.groups(),
        s.stocks(),
        s.levers(),
        s.scaleAndReplicate(),
        s.economics(),
        s.outputs());
  }
}
