package org.activesim.io;

import static org.activesim.io.Field.block;
import static org.activesim.io.Field.blocks;
import static org.activesim.io.Field.bool;
import static org.activesim.io.Field.choice;
import static org.activesim.io.Field.folderName;
import static org.activesim.io.Field.integer;
import static org.activesim.io.Field.longInteger;
import static org.activesim.io.Field.name;
import static org.activesim.io.Field.names;
import static org.activesim.io.Field.number;
import static org.activesim.io.Field.numbers;
import static org.activesim.io.Field.shares;
import static org.activesim.io.Field.text;

import java.util.List;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;

/**
 * Every key a scenario file may contain, with its allowed range: the one place where the ranges
 * live. Defaults are not repeated here; they come from each record's {@code defaults()}.
 *
 * <p>Ranges are judgement where the model documents do not fix them: shares and probabilities in
 * [0, 1], annual probabilities in [0, 1) (1 would make the weekly conversion degenerate), odds
 * ratios in (0, 100], log-scale coefficients b/c in [-20, 20] (e^20 is already absurd), time
 * constants in weeks strictly positive, counts non-negative.
 */
final class ScenarioFields {

  private ScenarioFields() {}

  static final Range SHARE = Range.closed(0, 1);
  static final Range ANNUAL_PROBABILITY = Range.closedOpen(0, 1);
  static final Range ODDS_RATIO = Range.openClosed(0, 100);
  static final Range COEFFICIENT = Range.closed(-20, 20);
  static final Range POSITIVE = Range.greaterThan(0);
  static final Range NON_NEGATIVE = Range.atLeast(0);

  static final Block ROOT =
      Block.of(
          "",
          folderName("name").asRequired(),
          text("description"),
          longInteger("seed"),
          integer("years", Range.closed(1, 100)),
          number("scale", Range.atLeast(1)),
          choice("integrator"),
          block("population"),
          blocks("places", Range.atLeast(1)).asRequired(),
          block("network"),
          block("dynamics"),
          block("calibration"),
          block("groups"),
          block("stocks"),
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
      Block.of("calibration", integer("burnInWeeks", Range.closed(0, 5200)));

  /** {@code capacityMin} must also not exceed {@code capacityMax}. */
  static final Block GROUPS =
      Block.of(
          "groups",
          integer("capacityMin", Range.atLeast(1)),
          integer("capacityMax", Range.atLeast(1)),
          number("initialFill", SHARE),
          integer("minMembers", NON_NEGATIVE),
          number("annualTieJoinProbability", ANNUAL_PROBABILITY),
          choice("contagion"),
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
          names("settings", NON_NEGATIVE),
          numbers("initialPolicyAdoption", -1, SHARE),
          number("bassInnovation", SHARE),
          number("bassImitation", SHARE),
          names("segments", Range.atLeast(1)),
          number("awarenessDecayWeeks", POSITIVE));

  static final Block OUTPUTS =
      Block.of("outputs", integer("recordEveryWeeks", Range.closed(1, 5200)), bool("charts"));

  /** All blocks in reference order. */
  static final List<Block> ALL =
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
          OUTPUTS);
}
