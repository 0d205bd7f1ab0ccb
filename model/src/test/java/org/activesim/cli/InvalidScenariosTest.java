package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.activesim.io.Problem;
import org.activesim.io.ScenarioException;
import org.activesim.io.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The corpus of invalid scenarios in {@code src/test/resources/invalid/}: each file's first line,
 * {@code # expect: LINE:COLUMN: KEY.PATH: message}, is (the start of) a problem the loader must
 * report, at that position. Through the loader and through {@code activesim validate} (exit code 2,
 * the problem on stderr as {@code file:line:column: ...}, nothing on stdout).
 */
class InvalidScenariosTest {

  private static final String EXPECT = "# expect: ";

  static List<Path> invalidScenarios() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "invalid"))) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  static String expected(Path file) throws IOException {
    String first = Files.readAllLines(file, StandardCharsets.ISO_8859_1).get(0);
    assertTrue(first.startsWith(EXPECT), file + " must start with '" + EXPECT + "'");
    return first.substring(EXPECT.length());
  }

  @Test
  void theCorpusHasAtLeastFiftyFiles() throws IOException {
    assertTrue(invalidScenarios().size() >= 50, "only " + invalidScenarios().size());
  }

  @ParameterizedTest
  @MethodSource("invalidScenarios")
  void theLoaderReportsTheExpectedProblemAtItsPosition(Path file) throws IOException {
    String expected = expected(file);
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file));
    boolean found = false;
    for (Problem p : e.problems()) {
      assertTrue(p.line() >= 1 && p.column() >= 1, p.toString());
      String at = p.line() + ":" + p.column() + ": " + p.keyPath() + ": " + p.message();
      found |= at.startsWith(expected);
    }
    assertTrue(
        found, file + ": expected a problem starting\n  " + expected + "\ngot\n" + e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("invalidScenarios")
  void validateExitsWithTwoAndPrintsFileLineColumn(Path file) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = ActiveSimCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("validate", file.toString());
    assertEquals(ActiveSimCommand.BAD_INPUT, code, err.toString());
    assertTrue(err.toString().contains(file + ":" + expected(file)), err.toString());
    assertEquals("", out.toString());
  }
}
