package org.activesim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.AbcdTraining;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.Microgrants;
import org.junit.jupiter.api.Test;

/** Overrides by key path, applied to the node tree before mapping. */
class ScenarioOverridesTest {

  private static String essexLdp() throws Exception {
    return Files.readString(TestScenarios.scenarios().resolve("essex-ldp.yaml"));
  }

  private static ParameterOverride at(String path, double value, int line) {
    return new ParameterOverride(path, value, "p.yaml", line, 5);
  }

  @Test
  void setsValuesAtEveryKindOfPath() throws Exception {
    Scenario s =
        ScenarioOverrides.load(
            "essex-ldp.yaml",
            essexLdp(),
            List.of(
                at("dynamics.bReferral", 0.5, 1),
                at("population.quintileInactiveShares[0]", 0.4, 2),
                at("places[name=Tendring].environmentScore", 0.7, 3),
                at("levers[name=abcdTraining].traineesPerYear", 80, 4),
                at("levers[name=ldpMicrogrants].grantsPerYear", 30, 5),
                at(
                    "levers[type=hardwiring].pathways[setting=primaryCare].maxReferralProbability",
                    0.03,
                    6),
                at("calibration.burnInWeeks", 10.4, 7),
                at("groups.threshold", 3, 8)));
    assertEquals(0.5, s.dynamics().bReferral());
    assertEquals(0.4, s.population().quintileInactiveShares()[0]);
    assertEquals(0.7, s.places().get(2).environmentScore());
    assertEquals(80, ((AbcdTraining) s.levers().get(0)).traineesPerYear());
    assertEquals(30, ((Microgrants) s.levers().get(1)).grantsPerYear());
    Hardwiring h = (Hardwiring) s.levers().get(5);
    assertEquals(0.03, h.pathways().get(1).maxReferralProbability());
    assertEquals(10, s.calibration().burnInWeeks(), "an integer key takes the rounded value");
    assertEquals(3, s.groups().threshold());
    // Untouched values stay.
    assertEquals(0.6931, s.dynamics().bGroup());
  }

  @Test
  void addsAbsentKeysAndBlocks() throws Exception {
    Scenario s =
        ScenarioOverrides.load(
            "t.yaml",
            ScenarioLoaderTest.MINIMAL,
            List.of(at("dynamics.bHabit", 0.3, 1), at("network.localDegree", 6, 2)));
    assertEquals(0.3, s.dynamics().bHabit());
    assertEquals(6, s.network().localDegree());
  }

  @Test
  void outOfRangeValuesAreReportedInTheParametersFile() throws Exception {
    ScenarioException e =
        assertThrows(
            ScenarioException.class,
            () ->
                ScenarioOverrides.load(
                    "essex-ldp.yaml",
                    essexLdp(),
                    List.of(new ParameterOverride("dynamics.relapseShare", 1.5, "p.yaml", 12, 7))));
    assertEquals(1, e.problems().size(), e::getMessage);
    assertEquals(
        "p.yaml:12:7: dynamics.relapseShare: must be in (0, 1), was 1.5",
        e.problems().get(0).toString());
  }

  @Test
  void badPathsAreReportedWithWhatIsThere() throws Exception {
    String text = essexLdp();
    List<String> messages =
        assertThrows(
                ScenarioException.class,
                () ->
                    ScenarioOverrides.checkPaths(
                        "essex-ldp.yaml",
                        text,
                        List.of(
                            at("dynamics.bRefferal", 1, 1),
                            at("levers[name=nope].grantsPerYear", 1, 2),
                            at("population.quintileInactiveShares", 1, 3),
                            at("name", 1, 4),
                            at("levers[99].end", 1, 5),
                            at("levers[name=x", 1, 6),
                            at("levers[name=partnership].costPerPlacePerYearGbp", 1, 7))))
            .problems()
            .stream()
            .map(Problem::toString)
            .toList();
    assertEquals(7, messages.size(), messages::toString);
    assertTrue(messages.get(0).contains("did you mean 'bReferral'"), messages.get(0));
    assertTrue(messages.get(1).contains("no item with name = nope"), messages.get(1));
    assertTrue(messages.get(2).contains("select an element"), messages.get(2));
    assertTrue(messages.get(3).contains("is not a number"), messages.get(3));
    assertTrue(messages.get(4).contains("the list has 11 items"), messages.get(4));
    assertTrue(messages.get(5).startsWith("p.yaml:6:5: levers[name=x: "), messages.get(5));
    // A former key says what replaced it.
    assertTrue(
        messages.get(6).contains("give costPerEffortPerPlacePerYearGbp, the cost of one unit"),
        messages.get(6));
  }

  @Test
  void rewriteReplacesValuesInPlaceAndKeepsComments() throws Exception {
    String text = essexLdp();
    String out =
        ScenarioOverrides.rewrite(
            "essex-ldp.yaml",
            text,
            List.of(
                at("dynamics.bPeer", 0.8125, 1),
                at("levers[name=pedalPower].bikesPerYear", 420, 2)));
    assertTrue(
        out.lines()
            .anyMatch(
                l ->
                    l.startsWith("  bPeer: 0.8125 ")
                        && l.endsWith("# ASSUMPTION, to be calibrated (MODEL.md §3)")),
        "the comment after the value survives");
    assertTrue(out.contains("bikesPerYear: 420 "));
    assertEquals(text.lines().count(), out.lines().count());
    Scenario s = ScenarioLoader.parse("out.yaml", out);
    assertEquals(0.8125, s.dynamics().bPeer());
  }

  @Test
  void rewriteNeedsTheKeyInTheFile() {
    ScenarioException e =
        assertThrows(
            ScenarioException.class,
            () ->
                ScenarioOverrides.rewrite(
                    "t.yaml", ScenarioLoaderTest.MINIMAL, List.of(at("dynamics.bPeer", 1, 3))));
    assertTrue(e.getMessage().contains("p.yaml:3:5"), e.getMessage());
  }
}
