package org.activesim.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The line-by-line reading of scenario comments: key paths, values, comments, kinds. */
class ScenarioNotesTest {

  private static final String TEXT =
      """
      # yaml-language-server: $schema=schema.json
      # A header paragraph.
      name: demo
      description: >-
        A folded text # not a comment
        on two lines.
      seed: 1                   # any integer
      population:
        adultShare: 0.80        # ASSUMPTION: share aged 16+
        shares: [0.3, 0.7]      # Census 2021 [1]
        odds: [1, 2,            # ASSUMPTION: spread
          3]
      # Deprivation mixes are ASSUMPTION: no sourced figure.
      places:
        - name: "B \\"quoted\\" <&>"
          population: 100       # DERIVED: 138,048 × 1.073 [2]
        - name: Second
          population: 200       # ASSUMPTION
      levers:
        - type: champions       # champions [2]
          start: 0.5            # ASSUMPTION: a hash # inside
          target:
            priority: need      # ASSUMPTION: nested
        - type: hardwiring
          name: gp
          pathways:
            - setting: primaryCare
              coverage: 0.6     # ASSUMPTION: funded coverage
          label: "a # b"        # ASSUMPTION: quoted hash
      """;

  private static Map<String, ScenarioNotes.Value> byPath(ScenarioNotes notes) {
    return notes.values().stream()
        .collect(Collectors.toMap(ScenarioNotes.Value::path, v -> v, (a, b) -> a));
  }

  @Test
  void pathsFollowTheIndentationInTheLoadersNotation() {
    Map<String, ScenarioNotes.Value> v = byPath(ScenarioNotes.parse(TEXT));
    assertEquals(
        List.of(
            "seed",
            "population.adultShare",
            "population.shares",
            "population.odds",
            "places[name=B \"quoted\" <&>].population",
            "places[name=Second].population",
            "levers[name=champions].type",
            "levers[name=champions].start",
            "levers[name=champions].target.priority",
            "levers[name=gp].pathways[setting=primaryCare].coverage",
            "levers[name=gp].label"),
        ScenarioNotes.parse(TEXT).values().stream().map(ScenarioNotes.Value::path).toList());
    assertEquals("0.80", v.get("population.adultShare").value());
    assertEquals("ASSUMPTION: share aged 16+", v.get("population.adultShare").comment());
    assertEquals("[1, 2, 3]", v.get("population.odds").value());
    assertEquals("ASSUMPTION: a hash # inside", v.get("levers[name=champions].start").comment());
    assertEquals("\"a # b\"", v.get("levers[name=gp].label").value());
  }

  @Test
  void assumptionsAndSourcesAreTold() {
    Map<String, ScenarioNotes.Value> v = byPath(ScenarioNotes.parse(TEXT));
    assertTrue(v.get("population.adultShare").isAssumption());
    assertFalse(v.get("population.adultShare").isSourced());
    assertTrue(v.get("population.shares").isSourced());
    assertTrue(v.get("places[name=B \"quoted\" <&>].population").isSourced());
    assertFalse(v.get("seed").isAssumption());
    assertFalse(v.get("seed").isSourced());
  }

  @Test
  void commentOnlyParagraphsAreNotes() {
    List<String> notes = ScenarioNotes.parse(TEXT).notes();
    assertEquals(
        List.of(
            "yaml-language-server: $schema=schema.json A header paragraph.",
            "Deprivation mixes are ASSUMPTION: no sourced figure."),
        notes);
  }

  @Test
  void everyAssumptionOfTheEssexScenarioIsFound() throws IOException {
    Path file = Path.of("..", "scenarios", "essex-ldp.yaml");
    String text = Files.readString(file, StandardCharsets.UTF_8);
    ScenarioNotes notes = ScenarioNotes.parse(text);
    long marked =
        text.lines()
            .filter(l -> !l.strip().startsWith("#"))
            .filter(l -> l.contains("#") && l.substring(l.indexOf('#')).contains("ASSUMPTION"))
            .count();
    long found = notes.values().stream().filter(ScenarioNotes.Value::isAssumption).count();
    assertEquals(marked, found);
    assertTrue(
        notes.values().stream()
            .anyMatch(x -> x.path().equals("levers[name=ldpMicrogrants].end") && x.isAssumption()));
  }
}
