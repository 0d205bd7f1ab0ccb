package org.activesim.io;

import java.util.List;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.Contagion;
import org.activesim.scenario.DynamicsSpec;
import org.activesim.scenario.EconomicsSpec;
import org.activesim.scenario.GroupSpec;
import org.activesim.scenario.NetworkSpec;
import org.activesim.scenario.OutputSpec;
import org.activesim.scenario.StockSpec;

/**
 * Maps the parameter blocks onto their records. Values are read into locals first (every read
 * records its own problems), cross-key checks run only on a clean block, then the record is built.
 */
final class SpecMapper {

  private SpecMapper() {}

  static NetworkSpec network(BlockReader r) {
    NetworkSpec d = NetworkSpec.defaults();
    int degree = r.integer("localDegree", d.localDegree());
    double rewiring = r.number("rewiring", d.rewiring());
    double crossPlace = r.number("crossPlaceTieShare", d.crossPlaceTieShare());
    double likeMe = r.number("likeMeWeight", d.likeMeWeight());
    double champion = r.number("championWeight", d.championWeight());
    boolean homogeneous = r.bool("homogeneousMixing", d.homogeneousMixing());
    int neighbourhood = r.integer("neighbourhoodSize", d.neighbourhoodSize());
    if (degree % 2 != 0) {
      r.problem(
          "localDegree",
          "must be even (a Watts-Strogatz ring links k/2 neighbours each side), was " + degree);
    }
    return r.build(
        () ->
            new NetworkSpec(
                degree, rewiring, crossPlace, likeMe, champion, homogeneous, neighbourhood),
        d);
  }

  static DynamicsSpec dynamics(BlockReader r) {
    DynamicsSpec d = DynamicsSpec.defaults();
    double downFairly = r.number("annualDownFairlyToInactive", d.annualDownFairlyToInactive());
    double downActive = r.number("annualDownActiveToFairly", d.annualDownActiveToFairly());
    double bPeer = r.number("bPeer", d.bPeer());
    double bGroup = r.number("bGroup", d.bGroup());
    double cGroup = r.number("cGroup", d.cGroup());
    double bReferral = r.number("bReferral", d.bReferral());
    double bEnvironment = r.number("bEnvironment", d.bEnvironment());
    double bTravel = r.number("bTravel", d.bTravel());
    double bAwareness = r.number("bAwareness", d.bAwareness());
    double bMotivation = r.number("bMotivation", d.bMotivation());
    double bHabit = r.number("bHabit", d.bHabit());
    double habitScale = r.number("habitScaleWeeks", d.habitScaleWeeks());
    int relapseWindow = r.integer("relapseWindowWeeks", d.relapseWindowWeeks());
    double relapseShare = r.number("relapseShare", d.relapseShare());
    return r.build(
        () ->
            new DynamicsSpec(
                downFairly,
                downActive,
                bPeer,
                bGroup,
                cGroup,
                bReferral,
                bEnvironment,
                bTravel,
                bAwareness,
                bMotivation,
                bHabit,
                habitScale,
                relapseWindow,
                relapseShare),
        d);
  }

  static CalibrationSpec calibration(BlockReader r) {
    CalibrationSpec d = CalibrationSpec.defaults();
    int burnIn = r.integer("burnInWeeks", d.burnInWeeks());
    int refit = r.integer("refitEveryWeeks", d.refitEveryWeeks());
    return r.build(() -> new CalibrationSpec(burnIn, refit), d);
  }

  static GroupSpec groups(BlockReader r) {
    GroupSpec d = GroupSpec.defaults();
    int capacityMin = r.integer("capacityMin", d.capacityMin());
    int capacityMax = r.integer("capacityMax", d.capacityMax());
    double initialFill = r.number("initialFill", d.initialFill());
    int minMembers = r.integer("minMembers", d.minMembers());
    double tieJoin = r.number("annualTieJoinProbability", d.annualTieJoinProbability());
    Contagion contagion = r.choice("contagion", Contagion.class, d.contagion());
    int threshold = r.integer("threshold", d.threshold());
    double outreach = r.number("outreachJoinsPerYear", d.outreachJoinsPerYear());
    double leave = r.number("annualLeaveProbability", d.annualLeaveProbability());
    double dissolution =
        r.number(
            "annualDissolutionAtZeroSustainability", d.annualDissolutionAtZeroSustainability());
    double organic = r.number("sustainabilityOrganic", d.sustainabilityOrganic());
    double citizenLed =
        r.number("sustainabilityCitizenLedBonus", d.sustainabilityCitizenLedBonus());
    double funded = r.number("sustainabilityFundedBonus", d.sustainabilityFundedBonus());
    double partnership =
        r.number("sustainabilityPartnershipEffect", d.sustainabilityPartnershipEffect());
    double adjust = r.number("sustainabilityAdjustWeeks", d.sustainabilityAdjustWeeks());
    double formation = r.number("practitionerFormationEffect", d.practitionerFormationEffect());
    if (r.clean() && capacityMin > capacityMax) {
      r.problem(
          r.has("capacityMin") ? "capacityMin" : "capacityMax",
          "capacityMin (" + capacityMin + ") must not exceed capacityMax (" + capacityMax + ")");
    }
    return r.build(
        () ->
            new GroupSpec(
                capacityMin,
                capacityMax,
                initialFill,
                minMembers,
                tieJoin,
                contagion,
                threshold,
                outreach,
                leave,
                dissolution,
                organic,
                citizenLed,
                funded,
                partnership,
                adjust,
                formation),
        d);
  }

  static StockSpec stocks(BlockReader r) {
    StockSpec d = StockSpec.defaults();
    double practitioners = r.number("initialPractitionersPer10k", d.initialPractitionersPer10k());
    double turnover = r.number("annualPractitionerTurnover", d.annualPractitionerTurnover());
    double partnership = r.number("initialPartnership", d.initialPartnership());
    double partnershipDecay = r.number("partnershipDecayWeeks", d.partnershipDecayWeeks());
    List<String> settings = r.names("settings", d.settings());
    // Settings listed without adoption values start unadopted.
    double[] adoption =
        r.has("initialPolicyAdoption")
            ? r.numbers("initialPolicyAdoption", d.initialPolicyAdoption())
            : new double[settings.size()];
    double innovation = r.number("bassInnovation", d.bassInnovation());
    double imitation = r.number("bassImitation", d.bassImitation());
    List<String> segments = r.names("segments", d.segments());
    double awarenessDecay = r.number("awarenessDecayWeeks", d.awarenessDecayWeeks());
    if (r.clean() && adoption.length != settings.size()) {
      r.problem(
          "initialPolicyAdoption",
          "needs one value per setting ("
              + settings.size()
              + " settings), found "
              + adoption.length);
    }
    return r.build(
        () ->
            new StockSpec(
                practitioners,
                turnover,
                partnership,
                partnershipDecay,
                settings,
                adoption,
                innovation,
                imitation,
                segments,
                awarenessDecay),
        d);
  }

  static EconomicsSpec economics(BlockReader r) {
    EconomicsSpec d = EconomicsSpec.defaults();
    double wellbyActive = r.number("wellbyPerYearActive", d.wellbyPerYearActive());
    double wellbyFairly = r.number("wellbyPerYearFairlyActive", d.wellbyPerYearFairlyActive());
    double gbpPerWellby = r.number("gbpPerWellby", d.gbpPerWellby());
    double savings = r.number("healthSavingsPerActiveYearGbp", d.healthSavingsPerActiveYearGbp());
    double savingsFairly =
        r.number("healthSavingsFairlyActiveShare", d.healthSavingsFairlyActiveShare());
    double qalyValue = r.number("qalyValueGbp", d.qalyValueGbp());
    double qalysPerWellby = r.number("qalysPerWellby", d.qalysPerWellby());
    double rateCosts = r.number("discountRateCosts", d.discountRateCosts());
    double rateHealth = r.number("discountRateHealth", d.discountRateHealth());
    double attribution = r.number("attribution", d.attribution());
    double displacement = r.number("displacement", d.displacement());
    double benchmark = r.number("sroiBenchmark", d.sroiBenchmark());
    return r.build(
        () ->
            new EconomicsSpec(
                wellbyActive,
                wellbyFairly,
                gbpPerWellby,
                savings,
                savingsFairly,
                qalyValue,
                qalysPerWellby,
                rateCosts,
                rateHealth,
                attribution,
                displacement,
                benchmark),
        d);
  }

  static OutputSpec outputs(BlockReader r) {
    OutputSpec d = OutputSpec.defaults();
    int every = r.integer("recordEveryWeeks", d.recordEveryWeeks());
    boolean charts = r.bool("charts", d.charts());
    return r.build(() -> new OutputSpec(every, charts), d);
  }
}
