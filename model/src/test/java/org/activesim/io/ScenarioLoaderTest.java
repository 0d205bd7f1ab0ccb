package org.activesim.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.Contagion;
import org.activesim.scenario.DynamicsSpec;
import org.activesim.scenario.EconomicsSpec;
import org.activesim.scenario.GroupSpec;
import org.activesim.scenario.IntegratorKind;
import org.activesim.scenario.NetworkSpec;
import org.activesim.scenario.OutputSpec;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.StockSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mapping and validation of scenario files; robustness against hostile text is elsewhere. */
class ScenarioLoaderTest {

  /** Smallest valid scenario: a name and one place. Lines 1-5. */
  static final String MINIMAL =
      """
      name: minimal
      places:
        - name: Harlow
          population: 93000
          quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2]
      """;

  static Path fullScenario() throws URISyntaxException {
    return Path.of(ScenarioLoaderTest.class.getResource("full-scenario.yaml").toURI());
  }

  static List<Problem> problems(String yaml) {
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("t.yaml", yaml));
    return e.problems();
  }

  /** The only problem of a document that should have exactly one. */
  static Problem single(String yaml) {
    List<Problem> problems = problems(yaml);
    assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
    return problems.get(0);
  }

  static void assertAt(Problem p, int line, int column, String keyPath) {
    assertEquals(
        line + ":" + column + " " + keyPath,
        p.line() + ":" + p.column() + " " + p.keyPath(),
        p::toString);
  }

  @Test
  void fullDocumentMapsEveryField() throws Exception {
    Scenario s = ScenarioLoader.load(fullScenario());

    assertEquals("essex-ldp", s.name());
    assertEquals("Essex Local Delivery Pilot: baseline", s.description());
    assertEquals(20190205L, s.seed());
    assertEquals(12, s.years());
    assertEquals(10.0, s.scale());
    assertEquals(IntegratorKind.RK4, s.integrator());

    PopulationSpec pop = s.population();
    assertEquals(0.81, pop.adultShare());
    assertArrayEquals(new double[] {0.35, 0.31, 0.27, 0.24, 0.21}, pop.quintileInactiveShares());
    assertEquals(0.15, pop.fairlyActiveShareOfNotInactive());
    assertEquals(0.26, pop.ltcShare());
    assertEquals(2.5, pop.ltcInactiveOddsRatio());
    assertArrayEquals(new double[] {0.29, 0.33, 0.28, 0.10}, pop.ageBandShares());
    assertArrayEquals(new double[] {0.7, 0.9, 1.2, 2.4}, pop.ageBandInactiveOddsRatios());
    assertEquals(0.52, pop.femaleShare());
    assertEquals(1.2, pop.femaleInactiveOddsRatio());
    assertArrayEquals(new double[] {0.2, 0.5, 0.2, 0.1}, pop.householdSizeShares());
    assertEquals(2.5, pop.motivationAlpha());
    assertEquals(3.0, pop.motivationBeta());

    assertEquals(2, s.places().size());
    PlaceSpec tendring = s.places().get(0);
    assertEquals("Tendring", tendring.name());
    assertEquals(148100, tendring.population());
    assertArrayEquals(new double[] {0.35, 0.25, 0.2, 0.12, 0.08}, tendring.quintileShares());
    assertEquals(0.30, tendring.activityShares().inactive());
    assertEquals(0.16, tendring.activityShares().fairlyActive());
    assertEquals(0.54, tendring.activityShares().active());
    assertEquals(0.4, tendring.environmentScore());
    assertEquals(1.5, tendring.assetsPer1000());
    assertEquals(40, tendring.initialGroups());
    PlaceSpec basildon = s.places().get(1);
    assertEquals("Basildon", basildon.name());
    assertNull(basildon.activityShares(), "absent activityShares stay null");
    assertEquals(0.5, basildon.environmentScore());
    assertEquals(2.0, basildon.assetsPer1000());
    assertEquals(0, basildon.initialGroups());

    assertEquals(new NetworkSpec(10, 0.2, 0.04, 2.5, 4.0, true, 5000), s.network());
    assertEquals(
        new DynamicsSpec(0.12, 0.05, 1.1, 0.7, 0.6, 0.4, 0.2, 0.3, 0.03, 0.9, -0.45, 20, 30, 0.4),
        s.dynamics());
    assertEquals(new CalibrationSpec(104), s.calibration());
    assertEquals(
        new GroupSpec(
            8,
            25,
            0.5,
            4,
            0.06,
            Contagion.THRESHOLD,
            3,
            5,
            0.25,
            0.4,
            0.55,
            0.1,
            0.25,
            0.3,
            13,
            0.6),
        s.groups());

    StockSpec stocks = s.stocks();
    assertEquals(1.5, stocks.initialPractitionersPer10k());
    assertEquals(0.2, stocks.annualPractitionerTurnover());
    assertEquals(0.3, stocks.initialPartnership());
    assertEquals(40.0, stocks.partnershipDecayWeeks());
    assertEquals(List.of("primaryCare", "schools"), stocks.settings());
    assertArrayEquals(new double[] {0.1, 0.05}, stocks.initialPolicyAdoption());
    assertEquals(0.02, stocks.bassInnovation());
    assertEquals(0.4, stocks.bassImitation());
    assertEquals(List.of("everyone", "olderAdults"), stocks.segments());
    assertEquals(10.0, stocks.awarenessDecayWeeks());

    assertEquals(
        new EconomicsSpec(0.16, 0.08, 15300, 360, 0.5, 30000, 0.16, 0.03, 0.01, 0.8, 0.1, 3.91),
        s.economics());
    assertEquals(new OutputSpec(4, false), s.outputs());
  }

  @Test
  void minimalDocumentGetsDefaults() throws Exception {
    Scenario s = ScenarioLoader.parse("minimal.yaml", MINIMAL);

    assertEquals("minimal", s.name());
    assertEquals("", s.description());
    assertEquals(1L, s.seed());
    assertEquals(10, s.years());
    assertEquals(1.0, s.scale());
    assertEquals(IntegratorKind.EULER, s.integrator());
    PlaceSpec harlow = s.places().get(0);
    assertEquals(93000, harlow.population());
    assertNull(harlow.activityShares());
    assertEquals(0.5, harlow.environmentScore());
    assertEquals(2.0, harlow.assetsPer1000());
    assertEquals(0, harlow.initialGroups());

    PopulationSpec pop = s.population();
    PopulationSpec dp = PopulationSpec.defaults();
    assertEquals(dp.adultShare(), pop.adultShare());
    assertArrayEquals(dp.quintileInactiveShares(), pop.quintileInactiveShares());
    assertArrayEquals(dp.ageBandInactiveOddsRatios(), pop.ageBandInactiveOddsRatios());
    assertArrayEquals(dp.householdSizeShares(), pop.householdSizeShares());
    assertEquals(dp.motivationBeta(), pop.motivationBeta());
    assertEquals(NetworkSpec.defaults(), s.network());
    assertEquals(DynamicsSpec.defaults(), s.dynamics());
    assertEquals(CalibrationSpec.defaults(), s.calibration());
    assertEquals(GroupSpec.defaults(), s.groups());
    assertEquals(OutputSpec.defaults(), s.outputs());
    assertEquals(EconomicsSpec.defaults(), s.economics());
    StockSpec ds = StockSpec.defaults();
    assertEquals(ds.settings(), s.stocks().settings());
    assertArrayEquals(ds.initialPolicyAdoption(), s.stocks().initialPolicyAdoption());
    assertEquals(ds.segments(), s.stocks().segments());
    assertEquals(ds.bassImitation(), s.stocks().bassImitation());
  }

  @Test
  void partlyGivenBlockKeepsOtherDefaults() throws Exception {
    Scenario s =
        ScenarioLoader.parse(
            "t.yaml", MINIMAL + "network: {rewiring: 0.3}\ngroups:\nstocks: {settings: [a, b]}\n");
    NetworkSpec d = NetworkSpec.defaults();
    assertEquals(
        new NetworkSpec(
            d.localDegree(),
            0.3,
            d.crossPlaceTieShare(),
            d.likeMeWeight(),
            d.championWeight(),
            d.homogeneousMixing(),
            d.neighbourhoodSize()),
        s.network());
    assertEquals(GroupSpec.defaults(), s.groups(), "an empty block means all defaults");
    assertEquals(List.of("a", "b"), s.stocks().settings());
    assertArrayEquals(new double[] {0, 0}, s.stocks().initialPolicyAdoption());
  }

  @Test
  void choicesAreCaseInsensitiveAndMisspellingsGetASuggestion() throws Exception {
    Scenario s =
        ScenarioLoader.parse(
            "t.yaml", MINIMAL + "integrator: Rk4\ngroups: {contagion: THRESHOLD}\n");
    assertEquals(IntegratorKind.RK4, s.integrator());
    assertEquals(Contagion.THRESHOLD, s.groups().contagion());

    Problem p = single(MINIMAL + "integrator: eulr\n");
    assertAt(p, 6, 13, "integrator");
    assertEquals(
        "found the string \"eulr\", expected one of euler, rk4 (did you mean 'euler'?)",
        p.message());
  }

  @Test
  void unknownKeyReportsLineColumnAndSuggestion() {
    Problem p = single(MINIMAL + "network:\n  localDegree: 6\n  rewring: 0.2\n");
    assertEquals(
        "t.yaml:8:3: network.rewring: unknown key (did you mean 'rewiring'?)", p.toString());

    Problem snake = single(MINIMAL + "dynamics: {b_peer: 1}\n");
    assertAt(snake, 6, 12, "dynamics.b_peer");
    assertTrue(snake.message().contains("did you mean 'bPeer'?"), snake::message);

    Problem far = single(MINIMAL + "outputs: {format: svg}\n");
    assertEquals("unknown key; expected one of: recordEveryWeeks, charts", far.message());
  }

  @Test
  void wrongTypesAreNamed() {
    List<Problem> ps =
        problems(
            MINIMAL
                + "years: [10]\n" // 6
                + "scale: abc\n" // 7
                + "seed: 2.5\n" // 8
                + "network: {homogeneousMixing: 1}\n" // 9
                + "calibration: 3\n" // 10
                + "description: 2019\n"); // 11
    assertEquals(6, ps.size(), ps::toString);
    assertEquals("found a list, expected an integer", ps.get(0).message());
    assertEquals("found the string \"abc\", expected a number", ps.get(1).message());
    assertEquals("found the number 2.5, expected an integer", ps.get(2).message());
    assertEquals("found the integer 1, expected true or false", ps.get(3).message());
    assertEquals("found the integer 3, expected a mapping", ps.get(4).message());
    assertEquals("found the integer 2019, expected text (put it in quotes)", ps.get(5).message());
    assertAt(ps.get(1), 7, 8, "scale");
    assertAt(ps.get(3), 9, 30, "network.homogeneousMixing");
  }

  @Test
  void outOfRangeValuesShowTheAllowedRange() {
    List<Problem> ps =
        problems(
            MINIMAL
                + "years: 500\n"
                + "calibration: {burnInWeeks: -1}\n"
                + "dynamics: {relapseShare: 1, bPeer: -21}\n"
                + "population: {ltcInactiveOddsRatio: 0, quintileInactiveShares: [0.3, 0.3, 1.2, 0.2, 0.2]}\n");
    assertEquals(6, ps.size(), ps::toString);
    assertEquals("must be in [1, 100], was 500", ps.get(0).message());
    assertEquals("must be in [0, 5200], was -1", ps.get(1).message());
    assertEquals("must be in (0, 1), was 1", ps.get(2).message());
    assertEquals("must be in [-20, 20], was -21", ps.get(3).message());
    assertEquals("population.ltcInactiveOddsRatio", ps.get(4).keyPath());
    assertEquals("must be in (0, 100], was 0", ps.get(4).message());
    assertEquals("population.quintileInactiveShares[2]", ps.get(5).keyPath());
    assertEquals("must be in [0, 1], was 1.2", ps.get(5).message());
  }

  @Test
  void economicsBlockIsReadAndBadValuesArePlaced() throws Exception {
    Scenario s =
        ScenarioLoader.parse(
            "t.yaml", MINIMAL + "economics:\n  gbpPerWellby: 10000\n  attribution: 0.7\n");
    EconomicsSpec d = EconomicsSpec.defaults();
    assertEquals(10000, s.economics().gbpPerWellby());
    assertEquals(0.7, s.economics().attribution());
    assertEquals(d.discountRateHealth(), s.economics().discountRateHealth());
    assertEquals(d.qalysPerWellby(), s.economics().qalysPerWellby());

    List<Problem> ps =
        problems(
            MINIMAL
                + "economics:\n" // 6
                + "  displacement: 1.5\n" // 7
                + "  gbpPerWellby: -1\n" // 8
                + "  discountRateCost: 0.035\n"); // 9
    assertEquals(3, ps.size(), ps::toString);
    assertEquals(
        "t.yaml:7:17: economics.displacement: must be in [0, 1], was 1.5", ps.get(0).toString());
    assertAt(ps.get(1), 8, 17, "economics.gbpPerWellby");
    assertEquals("must be >= 0, was -1", ps.get(1).message());
    assertAt(ps.get(2), 9, 3, "economics.discountRateCost");
    assertEquals("unknown key (did you mean 'discountRateCosts'?)", ps.get(2).message());
  }

  @Test
  void shippedEconomicsBlockSpellsOutTheDefaults() throws Exception {
    Scenario s = ScenarioLoader.load(TestScenarios.scenarios().resolve("baseline.yaml"));
    assertEquals(EconomicsSpec.defaults(), s.economics());
  }

  @Test
  void nonFiniteNumbersAreRejected() {
    List<Problem> ps = problems(MINIMAL + "scale: .inf\nnetwork: {rewiring: .nan}\n");
    assertEquals(2, ps.size(), ps::toString);
    assertEquals("must be a finite number, was .inf", ps.get(0).message());
    assertEquals("must be a finite number, was .nan", ps.get(1).message());
  }

  @Test
  void missingRequiredKeysAreReportedAtTheEnclosingMapping() {
    Problem noPlaces = single("seed: 3\nname: x\n");
    assertEquals("t.yaml:1:1: (document): missing required key 'places'", noPlaces.toString());

    List<Problem> ps =
        problems("name: x\nplaces:\n  - name: A\n    quintileShares: [1, 0, 0, 0, 0]\n");
    assertEquals(1, ps.size(), ps::toString);
    assertAt(ps.get(0), 3, 5, "places[0]");
    assertEquals("missing required key 'population'", ps.get(0).message());

    Problem partialShares =
        single(
            MINIMAL.replace(
                "population: 93000",
                "population: 93000\n    activityShares: {inactive: 0.3, active: 0.7}"));
    assertEquals("places[0].activityShares", partialShares.keyPath());
    assertEquals("missing required key 'fairlyActive'", partialShares.message());

    Problem emptyList = single("name: x\nplaces: []\n");
    assertEquals("number of entries must be >= 1, was 0", emptyList.message());
  }

  @Test
  void sharesMustSumToOne() {
    List<Problem> ps =
        problems(
            MINIMAL.replace("[0.2, 0.2, 0.2, 0.2, 0.2]", "[0.2, 0.2, 0.2, 0.2, 0.1]")
                + "population: {ageBandShares: [0.5, 0.5, 0.1, 0]}\n");
    assertEquals(2, ps.size(), ps::toString);
    assertAt(ps.get(0), 5, 21, "places[0].quintileShares");
    assertEquals("shares must sum to 1 (within 1e-6), sum is 0.9", ps.get(0).message());
    assertEquals("shares must sum to 1 (within 1e-6), sum is 1.1", ps.get(1).message());

    Problem activity =
        single(
            MINIMAL.replace(
                "population: 93000",
                "population: 93000\n    activityShares: {inactive: 0.3, fairlyActive: 0.2, active: 0.4}"));
    assertEquals("places[0].activityShares", activity.keyPath());
    assertTrue(activity.message().endsWith("sum is 0.9"), activity::message);

    Problem length = single(MINIMAL + "population: {householdSizeShares: [0.5, 0.5]}\n");
    assertEquals("needs 4 numbers, found 2", length.message());
  }

  @Test
  void duplicateKeysAreReportedAtTheSecondOccurrence() {
    Problem p =
        single("name: x\nseed: 1\n" + MINIMAL.substring(MINIMAL.indexOf("places")) + "seed: 2\n");
    assertEquals("t.yaml:7:1: seed: duplicate key (first at line 2)", p.toString());
  }

  @Test
  void duplicatePlaceNamesAreReported() {
    String second = MINIMAL.substring(MINIMAL.indexOf("  - name")).replace("93000", "1000");
    Problem p = single(MINIMAL + second);
    assertAt(p, 6, 11, "places[1].name");
    assertEquals("duplicate place name (first at line 3)", p.message());
  }

  @Test
  void crossKeyRulesAreChecked() {
    List<Problem> ps =
        problems(
            MINIMAL
                + "network: {localDegree: 7}\n"
                + "groups: {capacityMin: 40, capacityMax: 20}\n"
                + "stocks: {settings: [a, b, a], segments: [x]}\n"
                + "outputs: {recordEveryWeeks: 0}\n");
    assertEquals(4, ps.size(), ps::toString);
    assertTrue(ps.get(0).message().startsWith("must be even"), ps.get(0)::message);
    assertEquals("capacityMin (40) must not exceed capacityMax (20)", ps.get(1).message());
    assertEquals("stocks.settings[2]", ps.get(2).keyPath());
    assertEquals("duplicate name 'a' (first at line 8)", ps.get(2).message());
    assertEquals("must be in [1, 5200], was 0", ps.get(3).message());

    Problem adoption =
        single(MINIMAL + "stocks: {settings: [a, b], initialPolicyAdoption: [0.1]}\n");
    assertEquals("stocks.initialPolicyAdoption", adoption.keyPath());
    assertEquals("needs one value per setting (2 settings), found 1", adoption.message());
  }

  @Test
  void scenarioNameMustBeUsableAsAFolderName() {
    Problem p = single(MINIMAL.replace("name: minimal", "name: ../etc"));
    assertAt(p, 1, 7, "name");
    assertTrue(p.message().startsWith("must be 1 to 100 letters"), p::message);
  }

  @Test
  void severalErrorsInOneFileAreAllReportedInFileOrder() {
    String yaml =
        """
        name: many errors
        years: 0
        places:
          - name: A
            population: -5
            quintileShares: [0.2, 0.2, 0.2, 0.2]
        network:
          localDegre: 8
        groups: {contagion: viral}
        """;
    ScenarioException e =
        assertThrows(ScenarioException.class, () -> ScenarioLoader.parse("bad.yaml", yaml));
    List<Problem> ps = e.problems();
    assertEquals(List.of(1, 2, 5, 6, 8, 9), ps.stream().map(Problem::line).toList(), ps::toString);
    String[] lines = e.getMessage().split("\\R");
    assertEquals("bad.yaml: 6 problems", lines[0]);
    assertEquals(7, lines.length);
    assertEquals(
        "bad.yaml:8:3: network.localDegre: unknown key (did you mean 'localDegree'?)", lines[5]);
  }

  @Test
  void loadReportsUnreadableFilesAsProblems(@TempDir Path dir) throws Exception {
    Path missing = dir.resolve("missing.yaml");
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(missing));
    assertEquals(missing + ":1:1: (document): no such file", e.problems().get(0).toString());

    Path latin1 = dir.resolve("latin1.yaml");
    Files.write(latin1, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9, '\n'});
    e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(latin1));
    assertEquals("not valid UTF-8 text", e.problems().get(0).message());

    Path bom = dir.resolve("bom.yaml");
    Files.writeString(bom, "\uFEFF" + MINIMAL);
    assertEquals("minimal", ScenarioLoader.load(bom).name());
  }
}
