package org.activesim.io;

import static org.activesim.io.ScenarioLoaderTest.assertAt;
import static org.activesim.io.ScenarioLoaderTest.problems;
import static org.activesim.io.ScenarioLoaderTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.AbcdTraining;
import org.activesim.scenario.lever.ActiveEnvironment;
import org.activesim.scenario.lever.ActiveTravel;
import org.activesim.scenario.lever.Champions;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverBasics;
import org.activesim.scenario.lever.Microgrants;
import org.activesim.scenario.lever.Partnership;
import org.activesim.scenario.lever.PolicyInfluence;
import org.activesim.scenario.lever.PolicyInfluence.SettingEffort;
import org.activesim.scenario.lever.ReferralPathway;
import org.activesim.scenario.lever.SocialMarketing;
import org.activesim.scenario.lever.SocialMarketing.Audience;
import org.activesim.scenario.lever.Targeting;
import org.activesim.scenario.lever.Targeting.Condition;
import org.activesim.scenario.lever.Targeting.Priority;
import org.activesim.scenario.lever.Targeting.Sex;
import org.activesim.scenario.lever.Window;
import org.junit.jupiter.api.Test;

/** Mapping and validation of the {@code levers} list. */
class LeverLoaderTest {

  /** Two places, two settings, two segments; the lever list starts on line 11. */
  static final String BASE =
      """
      name: t
      places:
        - name: Tendring
          population: 148100
          quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2]
        - name: Basildon
          population: 187600
          quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2]
      stocks: {settings: [primaryCare, schools], segments: [everyone, women]}
      levers:
      """;

  static Path leversScenario() throws Exception {
    return Path.of(LeverLoaderTest.class.getResource("levers-scenario.yaml").toURI());
  }

  static LeverBasics basics(
      String name, boolean enabled, double start, double end, Targeting target, double fixed) {
    return new LeverBasics(name, enabled, new Window(start, end), target, fixed);
  }

  static Targeting placeTarget(Priority priority, int maxPlaces, String... places) {
    return new Targeting(
        List.of(places),
        List.of(),
        List.of(),
        Condition.ANY,
        Sex.ANY,
        List.of(),
        priority,
        maxPlaces);
  }

  static final ActivityLevel INACTIVE = ActivityLevel.INACTIVE;
  static final ActivityLevel FAIRLY = ActivityLevel.FAIRLY_ACTIVE;
  static final ActivityLevel ACTIVE = ActivityLevel.ACTIVE;

  @Test
  void everyLeverTypeMapsEveryKey() throws Exception {
    Scenario s = ScenarioLoader.load(leversScenario());

    List<Lever> expected =
        List.of(
            new AbcdTraining(
                basics(
                    "abcd",
                    false,
                    1,
                    9,
                    placeTarget(Priority.NEED, 1, "Tendring", "Basildon"),
                    20000),
                70,
                900),
            new Microgrants(
                basics(
                    "grants",
                    true,
                    0.5,
                    4.5,
                    new Targeting(
                        List.of("Harlow", "Tendring"),
                        List.of(1, 2),
                        List.of(0, 3),
                        Condition.WITH,
                        Sex.FEMALE,
                        List.of(INACTIVE, FAIRLY),
                        Priority.NEED,
                        2),
                    15000),
                40,
                100,
                3000,
                1200,
                6,
                40,
                0.3,
                300,
                8),
            new Hardwiring(
                basics(
                    "reconnect",
                    false,
                    2,
                    11,
                    new Targeting(
                        List.of(),
                        List.of(1, 2, 3),
                        List.of(),
                        Condition.ANY,
                        Sex.MALE,
                        List.of(),
                        Priority.POPULATION,
                        0),
                    30000),
                List.of(
                    new ReferralPathway(
                        "primaryCare",
                        new Targeting(
                            List.of("Basildon"),
                            List.of(1),
                            List.of(2),
                            Condition.WITHOUT,
                            Sex.MALE,
                            List.of(INACTIVE),
                            Priority.NEED,
                            1),
                        0.6,
                        0.15,
                        0.3,
                        0.7,
                        0.4,
                        3,
                        0.85,
                        10,
                        0.45,
                        0.6,
                        30,
                        250),
                    new ReferralPathway(
                        "schools",
                        new Targeting(
                            List.of(),
                            List.of(),
                            List.of(0),
                            Condition.ANY,
                            Sex.ANY,
                            List.of(FAIRLY, INACTIVE),
                            Priority.POPULATION,
                            0),
                        0.3,
                        0.05,
                        0.1,
                        0.5,
                        0.6,
                        4,
                        0.7,
                        8,
                        0.6,
                        0.4,
                        28,
                        180))),
            new PolicyInfluence(
                basics("policy", true, 0, 12, placeTarget(Priority.NEED, 3), 5000),
                List.of(
                    new SettingEffort("primaryCare", 2, 60000),
                    new SettingEffort("schools", 0.5, 20000))),
            new ActiveEnvironment(
                basics("cyclePath", false, 1, 8, placeTarget(Priority.NEED, 1, "Tendring"), 1000),
                2_000_000,
                1,
                4,
                0.04),
            new ActiveTravel(
                basics(
                    "pedalPower",
                    true,
                    1.5,
                    6,
                    new Targeting(
                        List.of("Tendring"),
                        List.of(1),
                        List.of(1),
                        Condition.ANY,
                        Sex.ANY,
                        List.of(INACTIVE, FAIRLY, ACTIVE),
                        Priority.POPULATION,
                        1),
                    50000),
                400,
                650,
                26,
                0.02,
                0.25),
            new SocialMarketing(
                basics(
                    "thisGirlCan",
                    false,
                    3,
                    5,
                    placeTarget(Priority.POPULATION, 0, "Basildon", "Harlow"),
                    8000),
                List.of(
                    new Audience(
                        "women",
                        new Targeting(
                            List.of(),
                            List.of(),
                            List.of(0, 1),
                            Condition.ANY,
                            Sex.FEMALE,
                            List.of(),
                            Priority.POPULATION,
                            0),
                        0.08,
                        6,
                        0.2),
                    new Audience(
                        "olderAdults",
                        new Targeting(
                            List.of(),
                            List.of(),
                            List.of(3),
                            Condition.WITH,
                            Sex.ANY,
                            List.of(),
                            Priority.POPULATION,
                            0),
                        0.03,
                        10,
                        0.15))),
            new Partnership(
                basics(
                    "convening",
                    true,
                    0.25,
                    10,
                    placeTarget(Priority.NEED, 1, "Basildon", "Harlow"),
                    2500),
                1.5,
                35000),
            new Champions(
                basics(
                    "peerChampions",
                    false,
                    2,
                    7,
                    new Targeting(
                        List.of(),
                        List.of(4, 5),
                        List.of(),
                        Condition.ANY,
                        Sex.ANY,
                        List.of(ACTIVE),
                        Priority.POPULATION,
                        0),
                    3000),
                40,
                120,
                6,
                0.3,
                0.5));
    assertEquals(expected.size(), s.levers().size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), s.levers().get(i), "lever " + i);
    }
  }

  @Test
  void aLeverGivenOnlyItsTypeTakesItsRecordsDefaults() throws Exception {
    StringBuilder yaml = new StringBuilder(ScenarioLoaderTest.MINIMAL + "levers:\n");
    for (String type :
        List.of(
            "abcdTraining",
            "microgrants",
            "hardwiring",
            "policyInfluence",
            "activeEnvironment",
            "activeTravel",
            "socialMarketing",
            "partnership",
            "champions")) {
      yaml.append("  - type: ").append(type).append('\n');
    }
    // Default stocks name primaryCare, adultSocialCare and everyone; the default horizon is 10.
    Scenario s = ScenarioLoader.parse("t.yaml", yaml.toString());
    assertEquals(
        List.of(
            AbcdTraining.defaults(),
            Microgrants.defaults(),
            Hardwiring.defaults(),
            PolicyInfluence.defaults(),
            ActiveEnvironment.defaults(),
            ActiveTravel.defaults(),
            SocialMarketing.defaults(),
            Partnership.defaults(),
            Champions.defaults()),
        s.levers());
  }

  @Test
  void omittedKeysTakeDefaultsAndTheWindowEndsWithTheRun() throws Exception {
    Scenario s =
        ScenarioLoader.parse(
            "t.yaml",
            BASE.replace("name: t", "name: t\nyears: 6")
                + "  - type: microgrants\n"
                + "    start: 2\n"
                + "    grantsPerYear: 10\n"
                + "    target: {sex: female}\n"
                + "  - type: hardwiring\n"
                + "    pathways:\n"
                + "      - setting: schools\n"
                + "        eligible: {quintiles: [1]}\n"
                + "        engageShare: 0.9\n"
                + "  - type: policyInfluence\n"
                + "    efforts: [{setting: primaryCare, effort: 3}]\n"
                + "  - type: socialMarketing\n"
                + "    audiences: [{segment: women, reachPerWeek: 0.1}]\n");
    Microgrants dm = Microgrants.defaults();
    Targeting women =
        new Targeting(
            List.of(),
            List.of(),
            List.of(),
            Condition.ANY,
            Sex.FEMALE,
            List.of(),
            Priority.POPULATION,
            0);
    assertEquals(
        new Microgrants(
            basics("microgrants", true, 2, 6, women, 0),
            10,
            dm.minGrantGbp(),
            dm.maxGrantGbp(),
            dm.meanGrantGbp(),
            dm.sizeConcentration(),
            dm.fundingWeeks(),
            dm.newGroupShare(),
            dm.gbpPerExtraPlace(),
            dm.maxExtraPlaces()),
        s.levers().get(0));

    // Keys absent from a given eligible block keep the pathway's default eligibility.
    ReferralPathway d = ReferralPathway.defaults("schools");
    Targeting eligible =
        new Targeting(
            List.of(),
            List.of(1),
            List.of(),
            Condition.ANY,
            Sex.ANY,
            List.of(INACTIVE, FAIRLY),
            Priority.POPULATION,
            0);
    ReferralPathway pathway =
        new ReferralPathway(
            "schools",
            eligible,
            d.annualContactRate(),
            d.maxReferralProbability(),
            d.fundedCoverage(),
            d.enrolShare(),
            d.siloLoss(),
            d.weeksToEngage(),
            0.9,
            d.weeksToAdherence(),
            d.sixMonthDropout(),
            d.adherentDropoutFactor(),
            d.pathwayWeeks(),
            d.costPerEnrolmentGbp());
    assertEquals(
        new Hardwiring(basics("hardwiring", true, 0, 6, Targeting.everyone(), 0), List.of(pathway)),
        s.levers().get(1));
    assertEquals(
        new PolicyInfluence(
            basics("policyInfluence", true, 0, 6, Targeting.everyone(), 0),
            List.of(
                new SettingEffort(
                    "primaryCare", 3, SettingEffort.defaults("x").costPerEffortPerYearGbp()))),
        s.levers().get(2));
    Audience da = Audience.defaults("women");
    assertEquals(
        new SocialMarketing(
            basics("socialMarketing", true, 0, 6, Targeting.everyone(), 0),
            List.of(
                new Audience(
                    "women",
                    da.members(),
                    0.1,
                    da.campaignWeeksPerYear(),
                    da.costPerPersonReachedGbp()))),
        s.levers().get(3));
  }

  @Test
  void anEmptyOrAbsentLeverListMeansNoLevers() throws Exception {
    assertEquals(List.of(), ScenarioLoader.parse("t.yaml", ScenarioLoaderTest.MINIMAL).levers());
    assertEquals(List.of(), ScenarioLoader.parse("t.yaml", BASE).levers());
    assertEquals(List.of(), ScenarioLoader.parse("t.yaml", BASE + "  []\n").levers());
  }

  @Test
  void leversCanShareKeysThroughAnchorsAndMergeKeys() throws Exception {
    Scenario s =
        ScenarioLoader.parse(
            "t.yaml",
            BASE
                + "  - &first {type: champions, start: 2, target: &t {places: [Tendring]}}\n"
                + "  - <<: *first\n"
                + "    name: second\n"
                + "    end: 8\n"
                + "  - {type: abcdTraining, target: *t}\n");
    Targeting tendring = Targeting.places("Tendring");
    Champions d = Champions.defaults();
    assertEquals(
        List.of(
            new Champions(
                basics("champions", true, 2, 10, tendring, 0),
                d.championsPerYear(),
                d.costPerChampionGbp(),
                d.invitationsPerYear(),
                d.acceptShare(),
                d.groupStartsPerYear()),
            new Champions(
                basics("second", true, 2, 8, tendring, 0),
                d.championsPerYear(),
                d.costPerChampionGbp(),
                d.invitationsPerYear(),
                d.acceptShare(),
                d.groupStartsPerYear()),
            new AbcdTraining(
                basics("abcdTraining", true, 0, 10, tendring, 0),
                AbcdTraining.defaults().traineesPerYear(),
                AbcdTraining.defaults().costPerTraineeGbp())),
        s.levers());
  }

  @Test
  void leverTypesAndChoicesAreCaseInsensitive() throws Exception {
    Scenario s =
        ScenarioLoader.parse(
            "t.yaml", BASE + "  - type: AbcdTraining\n    target: {priority: NEED}\n");
    assertEquals(Priority.NEED, s.levers().get(0).basics().target().priority());
  }

  @Test
  void unknownTypeGetsASuggestionAndTheRestOfTheLeverIsSkipped() {
    Problem p = single(BASE + "  - type: microgrant\n    grantPerYear: 5\n");
    assertAt(p, 11, 11, "levers[0].type");
    assertEquals(
        "found the string \"microgrant\", expected a lever type, one of abcdTraining, microgrants,"
            + " hardwiring, policyInfluence, activeEnvironment, activeTravel, socialMarketing,"
            + " partnership, champions, evaluation (did you mean 'microgrants'?)",
        p.message());

    Problem missing = single(BASE + "  - name: x\n    grantsPerYear: 5\n");
    assertAt(missing, 11, 5, "levers[0]");
    assertEquals("missing required key 'type'", missing.message());

    Problem notMapping = single(BASE + "  - microgrants\n");
    assertAt(notMapping, 11, 5, "levers[0]");
    assertEquals("found the string \"microgrants\", expected a mapping", notMapping.message());

    Problem notList = single(BASE.replace("levers:\n", "levers: {type: champions}\n"));
    assertAt(notList, 10, 9, "levers");
    assertEquals("found a mapping, expected a list", notList.message());
  }

  @Test
  void unknownKeyIsCheckedAgainstTheTypesKeys() {
    Problem p = single(BASE + "  - type: microgrants\n    grantPerYear: 5\n");
    assertEquals(
        "t.yaml:12:5: levers[0].grantPerYear: unknown key (did you mean 'grantsPerYear'?)",
        p.toString());

    // A key of another lever type is unknown here.
    Problem other = single(BASE + "  - type: champions\n    traineesPerYear: 5\n");
    assertAt(other, 12, 5, "levers[0].traineesPerYear");
    assertTrue(
        other.message().startsWith("unknown key; expected one of: type, name"), other::message);

    Problem target = single(BASE + "  - type: champions\n    target: {place: [Tendring]}\n");
    assertAt(target, 12, 14, "levers[0].target.place");
    assertEquals("unknown key (did you mean 'places'?)", target.message());
  }

  @Test
  void leverNamesMustBeUnique() {
    Problem p =
        single(
            BASE
                + "  - type: partnership\n"
                + "    name: joint\n"
                + "  - type: abcdTraining\n"
                + "    name: joint\n");
    assertAt(p, 14, 11, "levers[1].name");
    assertEquals("duplicate lever name 'joint' (first at line 12)", p.message());

    Problem byType = single(BASE + "  - type: champions\n  - type: champions\n");
    assertAt(byType, 12, 11, "levers[1].type");
    assertEquals(
        "duplicate lever name 'champions' (first at line 11; a lever without a name is named after"
            + " its type)",
        byType.message());

    Problem badName = single(BASE + "  - type: champions\n    name: a/b\n");
    assertAt(badName, 12, 11, "levers[0].name");
    assertTrue(badName.message().contains("(it names the lever in the results)"), badName::message);
  }

  @Test
  void placesOfATargetMustExist() {
    Problem p = single(BASE + "  - type: champions\n    target: {places: [Tendring, Basildn]}\n");
    assertAt(p, 12, 33, "levers[0].target.places[1]");
    assertEquals("unknown place 'Basildn' (did you mean 'Basildon'?)", p.message());

    Problem far =
        single(
            BASE
                + "  - type: socialMarketing\n"
                + "    audiences: [{segment: women, members: {places: [Chelmsford]}}]\n");
    assertAt(far, 12, 53, "levers[0].audiences[0].members.places[0]");
    assertEquals("unknown place 'Chelmsford'; places has: Tendring, Basildon", far.message());
  }

  @Test
  void settingsAndSegmentsMustExist() {
    List<Problem> ps =
        problems(
            BASE
                + "  - type: hardwiring\n" // 11
                + "    pathways:\n"
                + "      - setting: primaryCar\n" // 13
                + "      - setting: gyms\n" // 14
                + "  - type: policyInfluence\n"
                + "    efforts:\n"
                + "      - {setting: schools}\n"
                + "      - {setting: schools}\n" // 18
                + "  - type: socialMarketing\n"
                + "    audiences: [{segment: olderAdults}]\n"); // 20
    assertEquals(4, ps.size(), ps::toString);
    assertAt(ps.get(0), 13, 18, "levers[0].pathways[0].setting");
    assertEquals("unknown setting 'primaryCar' (did you mean 'primaryCare'?)", ps.get(0).message());
    assertAt(ps.get(1), 14, 18, "levers[0].pathways[1].setting");
    assertEquals(
        "unknown setting 'gyms'; stocks.settings has: primaryCare, schools", ps.get(1).message());
    assertAt(ps.get(2), 18, 19, "levers[1].efforts[1].setting");
    assertEquals(
        "setting 'schools' listed twice in this lever (first at line 17); one entry per setting",
        ps.get(2).message());
    assertAt(ps.get(3), 20, 27, "levers[2].audiences[0].segment");
    assertEquals(
        "unknown segment 'olderAdults'; stocks.segments has: everyone, women", ps.get(3).message());
  }

  @Test
  void defaultListsMustNameSettingsAndSegmentsTheScenarioHas() {
    List<Problem> ps =
        problems(
            BASE.replace("segments: [everyone, women]", "segments: [women]")
                + "  - type: hardwiring\n"
                + "  - type: socialMarketing\n");
    assertEquals(2, ps.size(), ps::toString);
    assertAt(ps.get(0), 11, 5, "levers[0]");
    assertEquals(
        "without 'pathways' the defaults name setting 'adultSocialCare', not in stocks.settings;"
            + " give 'pathways' explicitly",
        ps.get(0).message());
    assertEquals(
        "without 'audiences' the defaults name segment 'everyone', not in stocks.segments;"
            + " give 'audiences' explicitly",
        ps.get(1).message());
  }

  @Test
  void wholePlaceLeversRefuseResidentCriteria() {
    List<Problem> ps =
        problems(
            BASE
                + "  - type: partnership\n"
                + "    target:\n"
                + "      places: [Tendring]\n"
                + "      sex: female\n" // 14
                + "      levels: [inactive]\n" // 15
                + "      condition: any\n"
                + "      quintiles: []\n");
    assertEquals(2, ps.size(), ps::toString);
    assertAt(ps.get(0), 14, 12, "levers[0].target.sex");
    assertEquals(
        "partnership acts on whole places: its target takes only places, priority and maxPlaces,"
            + " not resident criteria",
        ps.get(0).message());
    assertAt(ps.get(1), 15, 15, "levers[0].target.levels");

    List<Problem> policy =
        problems(
            BASE
                + "  - type: policyInfluence\n"
                + "    target: {places: [Tendring], quintiles: [1]}\n"
                + "    efforts: [{setting: schools}]\n");
    assertEquals(2, policy.size(), policy::toString);
    assertAt(policy.get(0), 12, 22, "levers[0].target.places");
    assertEquals(
        "policyInfluence acts county-wide: its target takes no places", policy.get(0).message());
    assertAt(policy.get(1), 12, 45, "levers[0].target.quintiles");
    assertEquals(
        "policyInfluence acts county-wide: its target takes no resident criteria",
        policy.get(1).message());
  }

  @Test
  void theWindowMustEndAfterItStarts() {
    Problem p = single(BASE + "  - type: champions\n    start: 5\n    end: 5\n");
    assertAt(p, 13, 10, "levers[0].end");
    assertEquals("must be after start (5), was 5", p.message());

    Problem pastDefault = single(BASE + "  - type: champions\n    start: 10\n");
    assertAt(pastDefault, 12, 12, "levers[0].start");
    assertEquals(
        "must be before the default end, the scenario's years (10), was 10", pastDefault.message());

    Problem negative = single(BASE + "  - type: champions\n    start: -1\n");
    assertEquals("must be in [0, 100], was -1", negative.message());

    Problem far = single(BASE + "  - type: champions\n    end: 1e300\n");
    assertEquals("must be in (0, 100], was 1e300", far.message());
  }

  @Test
  void crossKeyRulesOfTheRecordsAreReportedAtTheKey() {
    Problem grants = single(BASE + "  - type: microgrants\n    minGrantGbp: 2000\n");
    assertAt(grants, 12, 18, "levers[0].minGrantGbp");
    assertEquals("minGrantGbp (2000) must be below meanGrantGbp (1650)", grants.message());

    Problem max = single(BASE + "  - type: microgrants\n    maxGrantGbp: 1650\n");
    assertAt(max, 12, 18, "levers[0].maxGrantGbp");
    assertEquals("meanGrantGbp (1650) must be below maxGrantGbp (1650)", max.message());

    List<Problem> ps =
        problems(
            BASE
                + "  - type: hardwiring\n"
                + "    pathways:\n"
                + "      - {setting: schools, weeksToAdherence: 24}\n" // 13
                + "      - {setting: primaryCare, engageShare: 0.5}\n"); // 14
    assertEquals(2, ps.size(), ps::toString);
    assertAt(ps.get(0), 13, 46, "levers[0].pathways[0].weeksToAdherence");
    assertEquals(
        "pathwayWeeks (26) must exceed weeksToEngage + weeksToAdherence (26)", ps.get(0).message());
    assertAt(ps.get(1), 14, 45, "levers[0].pathways[1].engageShare");
    assertTrue(
        ps.get(1).message().startsWith("engageShare (0.5) must exceed 1 - sixMonthDropout (0.5)"));
  }

  @Test
  void targetValuesAreChecked() {
    Problem band = single(BASE + "  - type: champions\n    target: {ageBands: [\"16-35\"]}\n");
    assertAt(band, 12, 25, "levers[0].target.ageBands[0]");
    assertEquals(
        "found the string \"16-35\", expected one of 16-34, 35-54, 55-74, 75+ (did you mean"
            + " '16-34'?)",
        band.message());

    Problem quintile = single(BASE + "  - type: champions\n    target: {quintiles: [1, 6]}\n");
    assertAt(quintile, 12, 29, "levers[0].target.quintiles[1]");
    assertEquals("must be in [1, 5], was 6", quintile.message());

    Problem level = single(BASE + "  - type: champions\n    target: {levels: [fairly]}\n");
    assertAt(level, 12, 23, "levers[0].target.levels[0]");
    assertTrue(
        level.message().endsWith("expected one of inactive, fairlyActive, active"), level::message);

    Problem sex = single(BASE + "  - type: champions\n    target: {sex: women}\n");
    assertEquals("found the string \"women\", expected one of any, female, male", sex.message());
  }

  @Test
  void severalLeverProblemsAreReportedAtOnce() {
    String yaml =
        BASE
            + "  - type: microgrant\n" // 11
            + "  - type: champions\n" // 12
            + "    sharOfGroupMovers: 0.2\n" // 13
            + "    target: {places: [Tendring, Clacton], quintiles: [6]}\n" // 14
            + "  - type: abcdTraining\n" // 15
            + "    name: champions\n" // 16
            + "    end: 0\n" // 17
            + "    target: {condition: with}\n" // 18
            + "  - type: hardwiring\n" // 19
            + "    pathways: [{setting: gym, eligible: {ageBands: [old]}}]\n" // 20
            + "  - type: activeTravel\n" // 21
            + "    loanWeeks: 0\n" // 22
            + "    weeklyLapseProbability: 2\n"; // 23
    List<Problem> ps = problems(yaml);
    assertEquals(
        List.of(
            "11:11 levers[0].type",
            "13:5 levers[1].sharOfGroupMovers",
            "14:33 levers[1].target.places[1]",
            "14:55 levers[1].target.quintiles[0]",
            "16:11 levers[2].name",
            "17:10 levers[2].end",
            "18:25 levers[2].target.condition",
            "20:26 levers[3].pathways[0].setting",
            "20:53 levers[3].pathways[0].eligible.ageBands[0]",
            "22:16 levers[4].loanWeeks",
            "23:29 levers[4].weeklyLapseProbability"),
        ps.stream().map(p -> p.line() + ":" + p.column() + " " + p.keyPath()).toList(),
        ps::toString);
  }
}
