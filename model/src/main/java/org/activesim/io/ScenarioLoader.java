package org.activesim.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.activesim.scenario.Scenario;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a YAML scenario file into a validated {@link Scenario}.
 *
 * <p>Every problem in the file is collected, each with its line and column, and thrown together as
 * one {@link ScenarioException}; no other exception escapes, whatever the text. The YAML is
 * composed, never constructed, with limits on size, nesting depth and aliases (see {@link
 * SafeYaml}). Keys, kinds and allowed ranges are listed in {@link ScenarioFields}.
 */
public final class ScenarioLoader {

  /** UTF-8 takes at most 4 bytes per code point; larger files cannot be within the limit. */
  private static final long MAX_BYTES = 4L * SafeYaml.MAX_CODE_POINTS;

  private ScenarioLoader() {}

  /** Reads a UTF-8 file; problems are reported under {@code file.toString()}. */
  public static Scenario load(Path file) throws ScenarioException {
    return parse(file.toString(), readBytes(file));
  }

  /**
   * Reads a scenario file's bytes (for hashing before parsing), with the size limit; a missing or
   * unreadable file is a problem like any other.
   */
  public static byte[] readBytes(Path file) throws ScenarioException {
    String source = file.toString();
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw fileProblem(source, "too large: more than " + MAX_BYTES + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw fileProblem(source, "no such file");
    } catch (IOException e) {
      throw fileProblem(source, "cannot read the file: " + e);
    }
  }

  /** Parses a scenario from UTF-8 bytes; invalid UTF-8 is a problem. */
  public static Scenario parse(String sourceName, byte[] utf8) throws ScenarioException {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(utf8))
              .toString();
    } catch (CharacterCodingException e) {
      throw fileProblem(sourceName, "not valid UTF-8 text");
    }
    return parse(sourceName, text);
  }

  /**
   * Parses scenario text.
   *
   * @param sourceName the name used in problem positions, usually the file name
   * @param yamlText the YAML document
   */
  public static Scenario parse(String sourceName, String yamlText) throws ScenarioException {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(yamlText, "yamlText");
    // A byte-order mark is invisible in editors; dropping it keeps columns as the user sees them.
    String text = yamlText.startsWith("\uFEFF") ? yamlText.substring(1) : yamlText;
    Problems problems = new Problems(sourceName);
    Node root = SafeYaml.compose(sourceName, text, problems).orElse(null);
    Scenario scenario = problems.count() == 0 ? ScenarioMapper.map(root, problems) : null;
    problems.throwIfAny();
    return scenario;
  }

  /** A problem that belongs to a file as a whole (reported at line 1, column 1). */
  private static ScenarioException fileProblem(String source, String message) {
    return new ScenarioException(
        source, List.of(new Problem(source, 1, 1, Problems.DOCUMENT, message)));
  }
}
