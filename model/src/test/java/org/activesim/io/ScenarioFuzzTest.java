package org.activesim.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.activesim.TestScenarios;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A seeded mutation fuzzer over the shipped scenario texts: each round applies one to three
 * structure-aware mutations (byte flips, deleted, duplicated or re-indented lines, renamed keys,
 * deep nesting, huge numbers, aliases and alias bombs, truncation, invalid UTF-8) and parses the
 * result. Whatever the text, the loader answers with a scenario or a {@link ScenarioException} with
 * problems, never another exception, an error or a hang. Seeded (the file's name and the round), so
 * a failure names the input that reproduces it; about 3,300 inputs in a few seconds.
 */
class ScenarioFuzzTest {

  private static final int ROUNDS_PER_FILE = 300;

  /** Generous: a parse takes milliseconds; this only turns a hang into a failure. */
  private static final Duration NO_HANG = Duration.ofSeconds(20);

  static List<Path> shippedScenarios() throws IOException {
    try (Stream<Path> files = Files.walk(TestScenarios.scenarios())) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("shippedScenarios")
  void mutatedScenariosGiveAScenarioOrProblemsNeverACrash(Path file) throws IOException {
    byte[] original = Files.readAllBytes(file);
    long seed = file.getFileName().toString().hashCode();
    for (int round = 0; round < ROUNDS_PER_FILE; round++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + round);
      byte[] mutated = original;
      int mutations = 1 + random.nextInt(3);
      for (int m = 0; m < mutations; m++) {
        mutated = mutate(mutated, random);
      }
      byte[] input = mutated;
      String where = file + ", seed " + seed + ", round " + round;
      assertTimeoutPreemptively(NO_HANG, () -> parse(input, where), where);
    }
  }

  private static void parse(byte[] input, String where) {
    try {
      ScenarioLoader.parse("fuzz.yaml", input);
    } catch (ScenarioException e) {
      assertFalse(e.problems().isEmpty(), where);
    } catch (Throwable t) {
      String text = new String(input, StandardCharsets.UTF_8);
      fail(where + ": " + t + "\n--- text (first 2,000 chars) ---\n" + cut(text), t);
    }
  }

  private static String cut(String s) {
    return s.length() <= 2000 ? s : s.substring(0, 2000) + "…";
  }

  static byte[] mutate(byte[] bytes, SplittableRandom random) {
    return switch (random.nextInt(11)) {
      case 0 -> flipByte(bytes, random);
      case 1 -> lines(bytes, random, Mutation.DELETE);
      case 2 -> lines(bytes, random, Mutation.DUPLICATE);
      case 3 -> lines(bytes, random, Mutation.INDENT);
      case 4 -> lines(bytes, random, Mutation.RENAME_KEY);
      case 5 -> lines(bytes, random, Mutation.HUGE_NUMBER);
      case 6 -> lines(bytes, random, Mutation.DEEP_NESTING);
      case 7 -> lines(bytes, random, Mutation.ALIAS);
      case 8 -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
      case 9 -> lines(bytes, random, Mutation.SWAP);
      default -> lines(bytes, random, Mutation.ALIAS_BOMB);
    };
  }

  private static byte[] flipByte(byte[] bytes, SplittableRandom random) {
    byte[] copy = bytes.clone();
    if (copy.length > 0) {
      int at = random.nextInt(copy.length);
      copy[at] =
          (byte) (random.nextBoolean() ? copy[at] ^ (1 << random.nextInt(8)) : random.nextInt(256));
    }
    return copy;
  }

  private enum Mutation {
    DELETE,
    DUPLICATE,
    INDENT,
    RENAME_KEY,
    HUGE_NUMBER,
    DEEP_NESTING,
    ALIAS,
    SWAP,
    ALIAS_BOMB
  }

  private static final String[] HUGE = {
    "1e400", "-1e400", "9".repeat(400), "0x" + "f".repeat(300), ".inf", ".nan", "-0", "1e-400"
  };

  private static byte[] lines(byte[] bytes, SplittableRandom random, Mutation mutation) {
    // ISO-8859-1 maps bytes one to one, so earlier byte-level damage survives the line edit.
    List<String> lines =
        new ArrayList<>(
            Arrays.asList(new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1)));
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    switch (mutation) {
      case DELETE -> lines.remove(at);
      case DUPLICATE -> lines.add(at, line);
      case INDENT -> lines.set(at, " ".repeat(random.nextInt(6)) + line.stripLeading());
      case RENAME_KEY ->
          lines.set(
              at,
              line.replaceFirst("([A-Za-z]+):", "$1" + "x".repeat(1 + random.nextInt(2)) + ":"));
      case HUGE_NUMBER ->
          lines.set(at, line.replaceFirst(": *[-0-9.]+", ": " + HUGE[random.nextInt(HUGE.length)]));
      case DEEP_NESTING -> {
        int depth = 1 + random.nextInt(5000);
        lines.set(
            at,
            line.replaceFirst(
                ": .*", ": " + "[".repeat(depth) + "]".repeat(random.nextInt(depth + 1))));
      }
      case ALIAS -> {
        lines.set(at, line.replaceFirst(": (.+)", ": &a $1"));
        int to = random.nextInt(lines.size());
        lines.set(to, lines.get(to).replaceFirst(": .*", ": *a"));
      }
      case SWAP -> {
        int other = random.nextInt(lines.size());
        lines.set(at, lines.get(other));
        lines.set(other, line);
      }
      case ALIAS_BOMB -> {
        StringBuilder bomb = new StringBuilder("bomb0: &b0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
          bomb.append("bomb").append(i).append(": &b").append(i).append(" [");
          bomb.append(("*b" + (i - 1) + ", ").repeat(9)).append("]\n");
        }
        lines.add(at, bomb.toString());
      }
    }
    return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
  }
}
