package org.activesim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile or broken text: every outcome must be a Scenario or a ScenarioException. */
class ScenarioLoaderRobustnessTest {

  static Problem single(String yaml) {
    return ScenarioLoaderTest.single(yaml);
  }

  @Test
  void malformedYamlGivesOneProblemWithAPosition() {
    Problem p = single("name: x\nplaces: [\n  {name: A, population: 1}\n");
    assertEquals("(document)", p.keyPath());
    assertEquals(4, p.line(), p::toString);
    assertTrue(p.message().contains("flow sequence"), p::message);

    Problem tab = single("name: x\nplaces:\n\t- name: A\n");
    assertEquals(3, tab.line(), tab::toString);
  }

  @Test
  void rootMustBeAMappingAndTheDocumentNonEmpty() {
    assertEquals("found a list, expected a mapping", single("- name: x\n").message());
    assertEquals("found no value, expected a mapping", single("~\n").message());
    assertTrue(single("").message().startsWith("the document is empty"));
    assertTrue(single("# only a comment\n").message().startsWith("the document is empty"));
  }

  @Test
  void multipleDocumentsAreRejected() {
    Problem p = single(ScenarioLoaderTest.MINIMAL + "---\nname: second\n");
    assertEquals(6, p.line(), p::toString);
    assertTrue(p.message().contains("single document"), p::message);
  }

  @Test
  void explicitNonStandardTagsAreRejectedEverywhere() {
    List<Problem> ps =
        ScenarioLoaderTest.problems(
            ScenarioLoaderTest.MINIMAL
                + "seed: !!python/object:os.system 1\n"
                + "description: !custom text\n"
                + "network: !!set {a, b}\n");
    assertEquals(3, ps.size(), ps::toString);
    assertEquals(6, ps.get(0).line());
    assertTrue(ps.get(0).message().startsWith("tag 'tag:yaml.org,2002:python/object:os.system'"));
    assertEquals(7, ps.get(1).line());
    assertEquals(8, ps.get(2).line());
    // Standard tags are fine when they agree with the value.
    assertEquals(
        "found the string \"3\", expected an integer",
        single(ScenarioLoaderTest.MINIMAL + "seed: !!str 3\n").message());
  }

  @Test
  void billionLaughsIsRejectedCleanly() {
    StringBuilder yaml =
        new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 10; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    Problem p = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> single(yaml.toString()));
    assertEquals(3, p.line(), p::toString);
    assertTrue(p.message().contains("aliases"), p::message);
  }

  @Test
  void recursiveAliasesDoNotLoop() {
    List<Problem> ps =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> ScenarioLoaderTest.problems("name: x\nplaces: &p [*p]\nnetwork: &n {n: *n}\n"));
    assertTrue(ps.size() >= 2, ps::toString);
  }

  @Test
  void deepNestingIsRejectedWithoutStackOverflow() {
    for (String places :
        List.of(" [".repeat(10_000), " {".repeat(10_000), "\n" + "- ".repeat(10_000) + "x")) {
      Problem p = single("name: x\nplaces:" + places + "\n");
      assertTrue(p.message().contains("nested more than"), p::message);
    }
    StringBuilder block = new StringBuilder("name: x\nplaces:\n");
    for (int i = 0; i < 200; i++) {
      block.append(" ".repeat(i + 1)).append("k").append(i).append(":\n");
    }
    assertTrue(single(block.toString()).message().contains("nested more than"));
  }

  @Test
  void controlCharactersAreAProblemWithAPosition() {
    Problem p = single("name: x\nseed: 1\u0001\n");
    assertEquals(2, p.line(), p::toString);
    assertEquals(8, p.column(), p::toString);
  }

  /**
   * Random single-character edits of a valid document (the full scenario, and the one with every
   * lever type): whatever they break, parse must answer with a scenario or a ScenarioException,
   * never another exception or error.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20190205, -7})
  void randomEditsNeverEscapeAsOtherExceptions(long seed) throws Exception {
    randomEdits(Files.readString(ScenarioLoaderTest.fullScenario()), seed);
    randomEdits(Files.readString(LeverLoaderTest.leversScenario()), seed);
  }

  private static void randomEdits(String valid, long seed) {
    String alphabet = "[]{}:,-#&*!|>'\"%@`?~ \t\n0123456789.eE+_xyzAZ\\\u0000\u00e9\u2028\ud83d";
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder(valid);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(text.length());
        char c = alphabet.charAt(random.nextInt(alphabet.length()));
        switch (random.nextInt(3)) {
          case 0 -> text.setCharAt(at, c);
          case 1 -> text.deleteCharAt(at);
          default -> text.insert(at, c);
        }
      }
      String mutated = text.toString();
      try {
        ScenarioLoader.parse("fuzz.yaml", mutated);
      } catch (ScenarioException expected) {
        assertTrue(!expected.problems().isEmpty());
      } catch (Throwable t) {
        fail("seed " + seed + ", round " + round + ": " + t + "\n--- text ---\n" + mutated, t);
      }
    }
  }

  /**
   * Random lines of the lever scenario deleted: keys fall back to defaults in every combination, so
   * records' own checks are exercised. Every problem must be found by the loader with a position;
   * none may come from the scenario's constructor (LeverChecks, reported at the document's start).
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 20190205, -7})
  void deletedLeverLinesAreReportedWithPositions(long seed) throws Exception {
    List<String> lines = Files.readAllLines(LeverLoaderTest.leversScenario());
    SplittableRandom random = new SplittableRandom(seed);
    for (int round = 0; round < 300; round++) {
      List<String> kept = new ArrayList<>(lines);
      int deletions = 1 + random.nextInt(4);
      for (int d = 0; d < deletions; d++) {
        kept.remove(random.nextInt(kept.size()));
      }
      String mutated = String.join("\n", kept) + "\n";
      try {
        ScenarioLoader.parse("fuzz.yaml", mutated);
      } catch (ScenarioException e) {
        for (Problem p : e.problems()) {
          if (p.keyPath().equals(Problems.DOCUMENT) && p.message().contains("lever")) {
            fail("seed " + seed + ", round " + round + ": " + p + "\n--- text ---\n" + mutated);
          }
        }
      } catch (Throwable t) {
        fail("seed " + seed + ", round " + round + ": " + t + "\n--- text ---\n" + mutated, t);
      }
    }
  }

  @Test
  void aScenarioExceptionAlwaysHasProblems() {
    assertThrows(IllegalArgumentException.class, () -> new ScenarioException("x.yaml", List.of()));
  }
}
