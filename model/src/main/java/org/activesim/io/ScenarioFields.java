package org.activesim.io;

import static org.activesim.io.Field.block;
import static org.activesim.io.Field.blocks;
import static org.activesim.io.Field.bool;
import static org.activesim.io.Field.choice;
import static org.activesim.io.Field.folderName;
import static org.activesim.io.Field.identifier;
import static org.activesim.io.Field.integer;
import static org.activesim.io.Field.integers;
import static org.activesim.io.Field.longInteger;
import static org.activesim.io.Field.name;
import static org.activesim.io.Field.names;
import static org.activesim.io.Field.number;
import static org.activesim.io.Field.numbers;
import static org.activesim.io.Field.shares;
import static org.activesim.io.Field.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.activesim.scenario.Contagion;
import org.activesim.scenario.IntegratorKind;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.ResidentDraws;
import org.activesim.scenario.ScaleRule;
import org.activesim.scenario.lever.LeverType;
import org.activesim.scenario.lever.ReferralPathway;
import org.activesim.scenario.lever.Targeting;

/**
 * Every key a scenario file may contain, with its allowed range: the one place where the ranges
 * live. Defaults are not repeated here; they come from each record's {@code defaults()}.
 *
 * <p>Ranges are judgement where the model documents do not fix them: shares and probabilities in
 * [0, 1], annual probabilities in [0, 1) (1 would make the weekly conversion degenerate), odds
 * ratios in (0, 100], log-scale coefficients b/c in [-20, 20] (e^20 is already absurd), time
 * constants in weeks strictly positive, counts non-negative. Lever ranges follow the checks of the
 * lever records: money, doses and durations in years are non-negative, shares in [0, 1], annual
 * probabilities in [0, 1), weeks are integers of at least 1.
 */
final class ScenarioFields {

  private ScenarioFields() {}

  static final Range SHARE = Range.closed(0, 1);
  static final Range ANNUAL_PROBABILITY = Range.closedOpen(0, 1);
  static final Range ODDS_RATIO = Range.openClosed(0, 100);
  static final Range COEFFICIENT = Range.closed(-20, 20);
  static final Range POSITIVE = Range.greaterThan(0);
  static final Range NON_NEGATIVE = Range.atLeast(0);

  /** Longest horizon in years; lever windows are bounded by it too (no week-count overflow). */
  static final int MAX_YEARS = 100;

  static final Block ROOT =
      Block.of(
          "",
          folderName("name").asRequired(),
          text("description"),
          longInteger("seed"),
          integer("years", Range.closed(1, MAX_YEARS)),
          number("scale", Range.atLeast(1)),
          choice("integrator", IntegratorKind.class),
          choice("residentDraws", ResidentDraws.class),
          block("population"),
          blocks("places", Range.atLeast(1)).asRequired(),
          block("network"),
          block("dynamics"),
          block("calibration"),
          block("groups"),
          block("stocks"),
          blocks("levers", NON_NEGATIVE),
          block("scaleAndReplicate"),
          block("economics"),
          block("outputs"));

  static final Block POPULATION =
      Block.of(
          "population",
          number("adultShare", Range.openClosed(0, 1)),
          numbers("quintileInactiveShares", PlaceSpec.QUINTILES, SHARE),
          number("fairlyActiveShareOfNotInactive", SHARE),
          number("ltcShare", SHARE),
          number("ltcInactiveOddsRatio", ODDS_RATIO),
          shares("ageBandShares", PopulationSpec.AGE_BANDS),
          numbers("ageBandInactiveOddsRatios", PopulationSpec.AGE_BANDS, ODDS_RATIO),
          number("femaleShare", SHARE),
          number("femaleInactiveOddsRatio", ODDS_RATIO),
          shares("householdSizeShares", PopulationSpec.MAX_HOUSEHOLD),
          number("motivationAlpha", POSITIVE),
          number("motivationBeta", POSITIVE));

  static final Block PLACE =
      Block.of(
          "places[]",
          name("name").asRequired(),
          integer("population", Range.atLeast(1)).asRequired(),
          shares("quintileShares", PlaceSpec.QUINTILES).asRequired(),
          block("activityShares"),
          number("environmentScore", SHARE),
          number("assetsPer1000", NON_NEGATIVE),
          integer("initialGroups", NON_NEGATIVE));

  /** All three keys are required when the block is given; they must also sum to 1. */
  static final Block ACTIVITY_SHARES =
      Block.of(
          "places[].activityShares",
          number("inactive", SHARE).asRequired(),
          number("fairlyActive", SHARE).asRequired(),
          number("active", SHARE).asRequired());

  /** {@code localDegree} must also be even (Watts–Strogatz ring lattice). */
  static final Block NETWORK =
      Block.of(
          "network",
          integer("localDegree", Range.closed(0, 100)),
          number("rewiring", SHARE),
          number("crossPlaceTieShare", SHARE),
          number("likeMeWeight", POSITIVE),
          number("championWeight", POSITIVE),
          bool("homogeneousMixing"),
          integer("neighbourhoodSize", Range.closed(1, 10_000_000)));

  static final Block DYNAMICS =
      Block.of(
          "dynamics",
          number("annualDownFairlyToInactive", ANNUAL_PROBABILITY),
          number("annualDownActiveToFairly", ANNUAL_PROBABILITY),
          number("bPeer", COEFFICIENT),
          number("bGroup", COEFFICIENT),
          number("cGroup", COEFFICIENT),
          number("bReferral", COEFFICIENT),
          number("bEnvironment", COEFFICIENT),
          number("bTravel", COEFFICIENT),
          number("bAwareness", COEFFICIENT),
          number("bMotivation", COEFFICIENT),
          number("bHabit", COEFFICIENT),
          number("habitScaleWeeks", POSITIVE),
          integer("relapseWindowWeeks", Range.atLeast(1)),
          number("relapseShare", Range.open(0, 1)));

  static final Block CALIBRATION =
      Block.of(
          "calibration",
          integer("burnInWeeks", Range.closed(0, 5200)),
          integer("refitEveryWeeks", Range.closed(1, 520)));

  /** {@code capacityMin} must also not exceed {@code capacityMax}. */
  static final Block GROUPS =
      Block.of(
          "groups",
          integer("capacityMin", Range.atLeast(1)),
          integer("capacityMax", Range.atLeast(1)),
          number("initialFill", SHARE),
          integer("minMembers", NON_NEGATIVE),
          number("annualTieJoinProbability", ANNUAL_PROBABILITY),
          choice("contagion", Contagion.class),
          integer("threshold", Range.atLeast(1)),
          number("outreachJoinsPerYear", NON_NEGATIVE),
          number("annualLeaveProbability", ANNUAL_PROBABILITY),
          number("annualDissolutionAtZeroSustainability", ANNUAL_PROBABILITY),
          number("sustainabilityOrganic", SHARE),
          number("sustainabilityCitizenLedBonus", SHARE),
          number("sustainabilityFundedBonus", SHARE),
          number("sustainabilityPartnershipEffect", SHARE),
          number("sustainabilityAdjustWeeks", POSITIVE),
          number("practitionerFormationEffect", NON_NEGATIVE));

  /** {@code initialPolicyAdoption} must also have one value per setting. */
  static final Block STOCKS =
      Block.of(
          "stocks",
          number("initialPractitionersPer10k", NON_NEGATIVE),
          number("annualPractitionerTurnover", ANNUAL_PROBABILITY),
          number("initialPartnership", SHARE),
          number("partnershipDecayWeeks", POSITIVE),
          names("settings", Range.closed(0, 100)),
          numbers("initialPolicyAdoption", -1, SHARE),
          number("bassInnovation", SHARE),
          number("bassImitation", SHARE),
          names("segments", Range.atLeast(1)),
          number("awarenessDecayWeeks", POSITIVE));

  /**
   * Valuation (MODEL.md §6). Life-satisfaction points a year lie on the 0–10 scale of the WELLBY;
   * money and the benchmark are non-negative; discount rates, attribution and displacement, and the
   * fairly active share of health savings, are in [0, 1].
   */
  static final Block ECONOMICS =
      Block.of(
          "economics",
          number("wellbyPerYearActive", Range.closed(0, 10)),
          number("wellbyPerYearFairlyActive", Range.closed(0, 10)),
          number("gbpPerWellby", NON_NEGATIVE),
          number("healthSavingsPerActiveYearGbp", NON_NEGATIVE),
          number("healthSavingsFairlyActiveShare", SHARE),
          number("qalyValueGbp", NON_NEGATIVE),
          number("qalysPerWellby", NON_NEGATIVE),
          number("discountRateCosts", SHARE),
          number("discountRateHealth", SHARE),
          number("attribution", SHARE),
          number("displacement", SHARE),
          number("sroiBenchmark", NON_NEGATIVE));

  static final Block OUTPUTS =
      Block.of("outputs", integer("recordEveryWeeks", Range.closed(1, 5200)), bool("charts"));

  /**
   * Keys every lever has, whatever its type ({@code LeverBasics}); {@code type} is read first and
   * chooses the block of the lever's own keys. {@code end} must also be after {@code start}; the
   * default {@code end} is the scenario's {@code years}.
   */
  static final Block LEVER =
      Block.of(
          "levers[]",
          choice("type", leverTypeKeys()).asRequired(),
          identifier("name"),
          bool("enabled"),
          number("start", Range.closed(0, MAX_YEARS)),
          number("end", Range.openClosed(0, MAX_YEARS)),
          number("fixedCostPerYearGbp", NON_NEGATIVE),
          block("target"));

  /**
   * Who or where a lever reaches ({@code target}), who a setting may refer ({@code eligible}) and
   * who belongs to an audience ({@code members}). {@code places} must name places of the scenario;
   * {@code ageBands} are labels of {@link PopulationSpec#AGE_BAND_LABELS}; {@code levels} are
   * {@code inactive}, {@code fairlyActive}, {@code active}.
   */
  static final Block TARGETING =
      Block.of(
          "levers[].target",
          names("places", NON_NEGATIVE),
          integers("quintiles", Range.closed(1, PlaceSpec.QUINTILES)),
          names("ageBands", NON_NEGATIVE).withChoices(List.of(PopulationSpec.AGE_BAND_LABELS)),
          choice("condition", Targeting.Condition.class),
          choice("sex", Targeting.Sex.class),
          names("levels", NON_NEGATIVE).withChoices(LeverMapper.LEVEL_LABELS),
          choice("priority", Targeting.Priority.class),
          integer("maxPlaces", NON_NEGATIVE));

  /**
   * One setting's referral pathway; also {@code pathwayWeeks > weeksToEngage + weeksToAdherence}
   * and {@code engageShare > 1 - sixMonthDropout}.
   */
  static final Block PATHWAY =
      Block.of(
          "levers[].pathways[]",
          name("setting").asRequired(),
          block("eligible"),
          number("annualContactRate", ANNUAL_PROBABILITY),
          number("maxReferralProbability", SHARE),
          number("fundedCoverage", SHARE),
          number("enrolShare", SHARE),
          number("siloLoss", SHARE),
          integer("weeksToEngage", Range.closed(1, ReferralPathway.DROPOUT_HORIZON_WEEKS - 1)),
          number("engageShare", SHARE),
          integer("weeksToAdherence", Range.atLeast(1)),
          number("sixMonthDropout", SHARE),
          number("adherentDropoutFactor", NON_NEGATIVE),
          integer("pathwayWeeks", Range.atLeast(1)),
          number("costPerEnrolmentGbp", NON_NEGATIVE));

  static final Block SETTING_EFFORT =
      Block.of(
              "levers[].efforts[]",
              name("setting").asRequired(),
              number("effort", NON_NEGATIVE),
              number("costPerEffortPerYearGbp", NON_NEGATIVE))
          .replacing(
              "costPerYearGbp",
              "the cost follows the effort (ODD 7.10.5): give costPerEffortPerYearGbp, the cost of"
                  + " effort 1 a year (the former costPerYearGbp divided by effort)");

  static final Block AUDIENCE =
      Block.of(
              "levers[].audiences[]",
              name("segment").asRequired(),
              block("members"),
              number("reachPerWeek", SHARE),
              integer("campaignWeeksPerYear", Range.closed(0, 52)),
              number("costPerPersonReachedGbp", NON_NEGATIVE))
          .replacing(
              "costPerCampaignWeekGbp",
              "campaigns are priced by the people they reach (ODD 7.10.8): give"
                  + " costPerPersonReachedGbp, the cost of reaching one person (the former"
                  + " costPerCampaignWeekGbp divided by the people a campaign week reaches,"
                  + " reachPerWeek times the audience's adults)");

  /** A one-off evaluation of a programme in a place (an evaluation lever's {@code deepDives}). */
  static final Block DEEP_DIVE =
      Block.of(
          "levers[].deepDives[]",
          name("place").asRequired(),
          number("year", Range.closed(0, MAX_YEARS)),
          number("budgetGbp", NON_NEGATIVE));

  /** Scale and replicate (MODEL.md §5): one rule per programme. */
  static final Block SCALE_AND_REPLICATE =
      Block.of(
          "scaleAndReplicate", blocks("rules", NON_NEGATIVE), number("budgetGbp", NON_NEGATIVE));

  /**
   * One programme's rule; evidence thresholds are z statistics, bounded at ±10 (beyond any
   * reachable z); {@code order: list} also needs {@code places}.
   */
  static final Block SCALE_RULE =
      Block.of(
          "scaleAndReplicate.rules[]",
          name("programme").asRequired(),
          bool("useEvidence"),
          number("evidenceThreshold", Range.closed(-10, 10)),
          number("decideAfterYears", Range.closed(0, MAX_YEARS)),
          number("reviewEveryYears", Range.closed(1.0 / 52, MAX_YEARS)),
          integer("maxNewPlacesPerYear", NON_NEGATIVE),
          choice("order", ScaleRule.Order.class),
          names("places", NON_NEGATIVE),
          number("adaptationDelayYears", Range.closed(0, MAX_YEARS)),
          number("fidelity", Range.openClosed(0, 1)),
          number("decommissionAfterYears", Range.closed(0, MAX_YEARS)),
          number("decommissionBelow", Range.closed(-10, 10)),
          integer("trainers", Range.atLeast(1)),
          integer("evaluators", NON_NEGATIVE),
          number("budgetGbp", NON_NEGATIVE));

  /** The values of a lever's {@code type}, as written in scenario files. */
  static List<String> leverTypeKeys() {
    return Arrays.stream(LeverType.values()).map(LeverType::key).toList();
  }

  /** Each lever type's block: the common keys of {@link #LEVER}, then the type's own. */
  private static final Map<LeverType, Block> LEVER_TYPES = leverTypes();

  private static Map<LeverType, Block> leverTypes() {
    Map<LeverType, Block> m = new EnumMap<>(LeverType.class);
    m.put(
        LeverType.ABCD_TRAINING,
        lever(
            LeverType.ABCD_TRAINING,
            number("traineesPerYear", NON_NEGATIVE),
            number("costPerTraineeGbp", NON_NEGATIVE)));
    // minGrantGbp < meanGrantGbp < maxGrantGbp is checked across keys.
    m.put(
        LeverType.MICROGRANTS,
        lever(
            LeverType.MICROGRANTS,
            number("grantsPerYear", NON_NEGATIVE),
            number("minGrantGbp", NON_NEGATIVE),
            number("maxGrantGbp", NON_NEGATIVE),
            number("meanGrantGbp", NON_NEGATIVE),
            number("sizeConcentration", POSITIVE),
            integer("fundingWeeks", Range.atLeast(1)),
            number("newGroupShare", SHARE),
            number("gbpPerExtraPlace", POSITIVE),
            integer("maxExtraPlaces", NON_NEGATIVE)));
    m.put(LeverType.HARDWIRING, lever(LeverType.HARDWIRING, blocks("pathways", Range.atLeast(1))));
    m.put(
        LeverType.POLICY_INFLUENCE,
        lever(LeverType.POLICY_INFLUENCE, blocks("efforts", Range.atLeast(1))));
    m.put(
        LeverType.ACTIVE_ENVIRONMENT,
        lever(
            LeverType.ACTIVE_ENVIRONMENT,
            number("capitalPerPlaceGbp", NON_NEGATIVE),
            number("buildDelayYears", NON_NEGATIVE),
            number("effectRampYears", POSITIVE),
            number("environmentGainPerMillionGbp", NON_NEGATIVE)));
    m.put(
        LeverType.ACTIVE_TRAVEL,
        lever(
            LeverType.ACTIVE_TRAVEL,
            number("bikesPerYear", NON_NEGATIVE),
            number("costPerBikeGbp", NON_NEGATIVE),
            integer("loanWeeks", Range.atLeast(1)),
            number("weeklyLapseProbability", SHARE),
            number("annualStopRidingAfterLoan", ANNUAL_PROBABILITY)));
    m.put(
        LeverType.SOCIAL_MARKETING,
        lever(LeverType.SOCIAL_MARKETING, blocks("audiences", Range.atLeast(1))));
    m.put(
        LeverType.PARTNERSHIP,
        lever(
                LeverType.PARTNERSHIP,
                number("conveningEffort", NON_NEGATIVE),
                number("costPerEffortPerPlacePerYearGbp", NON_NEGATIVE))
            .replacing(
                "costPerPlacePerYearGbp",
                "the cost follows the effort (ODD 7.10.9): give costPerEffortPerPlacePerYearGbp,"
                    + " the cost of one unit of conveningEffort in one place a year (the former"
                    + " costPerPlacePerYearGbp divided by conveningEffort)"));
    m.put(
        LeverType.CHAMPIONS,
        lever(
            LeverType.CHAMPIONS,
            number("championsPerYear", NON_NEGATIVE),
            number("costPerChampionGbp", NON_NEGATIVE),
            number("invitationsPerYear", NON_NEGATIVE),
            number("acceptShare", SHARE),
            number("groupStartsPerYear", Range.closed(0, 52))));
    m.put(
        LeverType.EVALUATION,
        lever(
            LeverType.EVALUATION,
            name("programme").asRequired(),
            number("periodYears", Range.atLeast(1.0 / 52)),
            number("budgetPerPeriodGbp", NON_NEGATIVE),
            number("costPerFollowUpGbp", POSITIVE),
            integer("followUpWeeks", Range.atLeast(1)),
            blocks("deepDives", NON_NEGATIVE)));
    if (m.size() != LeverType.values().length) {
      throw new IllegalStateException("a lever type has no block");
    }
    return Collections.unmodifiableMap(m);
  }

  private static Block lever(LeverType type, Field... own) {
    List<Field> fields = new ArrayList<>(LEVER.fields().values());
    fields.addAll(Arrays.asList(own));
    return Block.of("levers[type=" + type.key() + "]", fields.toArray(Field[]::new));
  }

  /** The block of a lever of this type: the common keys and the type's own. */
  static Block lever(LeverType type) {
    return LEVER_TYPES.get(type);
  }

  /** All blocks in reference order. */
  static final List<Block> ALL = all();

  private static List<Block> all() {
    List<Block> all =
        new ArrayList<>(
            List.of(
                ROOT,
                POPULATION,
                PLACE,
                ACTIVITY_SHARES,
                NETWORK,
                DYNAMICS,
                CALIBRATION,
                GROUPS,
                STOCKS,
                ECONOMICS,
                OUTPUTS,
                LEVER,
                TARGETING));
    for (LeverType t : LeverType.values()) {
      all.add(lever(t));
    }
    all.addAll(List.of(PATHWAY, SETTING_EFFORT, AUDIENCE, DEEP_DIVE));
    all.addAll(List.of(SCALE_AND_REPLICATE, SCALE_RULE));
    return List.copyOf(all);
  }
}
