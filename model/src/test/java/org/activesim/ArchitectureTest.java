package org.activesim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers point one way: scenario (plain records) ← core (the model) ← evaluation (valuation of
 * recordings) and io / output (adapters) ← run (orchestration) ← cli; sensitivity (designs and
 * estimators) stands alone and is used by run and output. Checked by reading the main sources:
 * every {@code import} and every fully qualified name in code (comments and string literals are
 * blanked first, so documentation may mention any package). Also: no unseeded randomness, no {@code
 * System.exit} and no printing to the console outside {@code ActiveSimCommand.main}.
 */
class ArchitectureTest {

  /** Surefire runs tests in the module folder. */
  private static final Path MAIN = Path.of("src", "main", "java");

  private static final Path ROOT = MAIN.resolve(Path.of("org", "activesim"));

  private static final List<String> LAYERS =
      List.of("scenario", "core", "evaluation", "sensitivity", "io", "output", "run", "cli");

  /** Third-party libraries that belong to adapters, not to the model. */
  private static final List<String> ADAPTER_LIBRARIES =
      List.of(
          "org.snakeyaml",
          "org.knowm",
          "picocli",
          "com.fasterxml",
          "org.apache.commons.csv",
          "java.nio.file");

  private static final Pattern IMPORT =
      Pattern.compile(
          "^\\s*import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;", Pattern.MULTILINE);

  /** A dotted name in code, not preceded by a dot or identifier character (so not a call chain). */
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("(?<![\\w.$])[a-z][\\w$]*(?:\\s*\\.\\s*[\\w$]+)+");

  private static List<Source> sources;

  /** A main source file: its package, its text with comments and literals blanked. */
  record Source(Path file, String pkg, String code) {

    /** The 1-based line of a character offset. */
    int line(int offset) {
      int line = 1;
      for (int i = 0; i < offset; i++) {
        if (code.charAt(i) == '\n') {
          line++;
        }
      }
      return line;
    }

    String where(int offset) {
      return MAIN.relativize(file) + ":" + line(offset);
    }

    /** Every dotted name in code (imports included), with its offset. */
    List<Reference> references() {
      List<Reference> refs = new ArrayList<>();
      Matcher m = QUALIFIED_NAME.matcher(code);
      while (m.find()) {
        refs.add(new Reference(m.group().replaceAll("\\s+", ""), m.start()));
      }
      return refs;
    }

    boolean inPackage(String layer) {
      return pkg.equals("org.activesim." + layer) || pkg.startsWith("org.activesim." + layer + ".");
    }
  }

  record Reference(String name, int offset) {}

  @BeforeAll
  static void readSources() throws IOException {
    assertTrue(Files.isDirectory(ROOT), "main sources not found at " + ROOT.toAbsolutePath());
    List<Source> list = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String pkg =
            MAIN.relativize(file.getParent())
                .toString()
                .replace(file.getFileSystem().getSeparator(), ".");
        list.add(new Source(file, pkg, blankCommentsAndLiterals(text)));
      }
    }
    sources = List.copyOf(list);
  }

  /**
   * The text with every comment, string, text block and character literal replaced by spaces;
   * newlines are kept, so offsets and line numbers are those of the file.
   */
  static String blankCommentsAndLiterals(String text) {
    StringBuilder sb = new StringBuilder(text);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = blank(sb, i, end < 0 ? n : end);
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        i = blank(sb, i, end < 0 ? n : end + 2);
      } else if (text.startsWith("\"\"\"", i)) {
        int j = i + 3;
        while (j < n && !text.startsWith("\"\"\"", j)) {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        i = blank(sb, i, Math.min(n, j + 3));
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && text.charAt(j) != c && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        i = blank(sb, i, Math.min(n, j + 1));
      } else {
        i++;
      }
    }
    return sb.toString();
  }

  private static int blank(StringBuilder sb, int from, int to) {
    for (int k = from; k < to; k++) {
      if (sb.charAt(k) != '\n') {
        sb.setCharAt(k, ' ');
      }
    }
    return to;
  }

  /** {@code name} is {@code prefix} or inside it ({@code java.io.File} also covers FileReader). */
  private static boolean within(String name, String prefix) {
    if (prefix.equals("java.io.File")) {
      return name.startsWith(prefix);
    }
    return name.equals(prefix) || name.startsWith(prefix + ".");
  }

  /** Violations in the sources of {@code layer} of names for which {@code forbidden} holds. */
  private static List<String> violations(String layer, Predicate<String> forbidden) {
    List<String> found = new ArrayList<>();
    for (Source source : sources) {
      if (!source.inPackage(layer)) {
        continue;
      }
      for (Reference ref : source.references()) {
        if (forbidden.test(ref.name())) {
          found.add(source.where(ref.offset()) + ": " + ref.name());
        }
      }
    }
    found.sort(null);
    return found;
  }

  private static Predicate<String> anyOf(List<String> prefixes) {
    return name -> prefixes.stream().anyMatch(prefix -> within(name, prefix));
  }

  private static List<String> activesim(String... layers) {
    return Stream.of(layers).map(l -> "org.activesim." + l).toList();
  }

  private static void assertNone(String rule, List<String> violations) {
    assertTrue(
        violations.isEmpty(), () -> rule + ", but:\n  " + String.join("\n  ", violations) + "\n");
  }

  // --- the scanner itself ----------------------------------------------------------------------

  @Test
  void everyLayerHasSources() {
    for (String layer : LAYERS) {
      assertTrue(
          sources.stream().anyMatch(s -> s.inPackage(layer)), "no sources found for " + layer);
    }
    for (Source source : sources) {
      assertTrue(
          LAYERS.stream().anyMatch(source::inPackage),
          source.file() + " is in no known layer: add it to a rule");
    }
  }

  @Test
  void theScannerSeesCodeButNotCommentsOrStrings() {
    String text =
        """
        package org.activesim.core;

        import java.util.List; // import picocli.CommandLine;
        import static org.activesim.io.Values.x;
        /* org.activesim.cli.RunCommand */
        class X {
          String s = "org.activesim.run.RunJob \\" java.nio.file.Path";
          char c = '"';
          String t = \"""
              org.activesim.output.Manifest
              \""";
          Object o = org.snakeyaml.engine.v2.api.Load.class;
          void f() { System.out.println(c); }
        }
        """;
    Source source =
        new Source(
            Path.of("src/main/java/org/activesim/core/X.java"),
            "org.activesim.core",
            blankCommentsAndLiterals(text));
    List<String> names = new ArrayList<>();
    for (Reference ref : source.references()) {
      if (within(ref.name(), "org")
          || within(ref.name(), "picocli")
          || within(ref.name(), "java.nio")) {
        names.add(source.line(ref.offset()) + " " + ref.name());
      }
    }
    assertEquals(
        List.of(
            "1 org.activesim.core",
            "4 org.activesim.io.Values.x",
            "12 org.snakeyaml.engine.v2.api.Load.class"),
        names);
    assertTrue(source.code().contains("System.out.println"));
    assertEquals(text.length(), source.code().length());
  }

  // --- layers ----------------------------------------------------------------------------------

  @Test
  void scenarioUsesOnlyJava() {
    assertNone(
        "org.activesim.scenario must use nothing but java.* (plain records)",
        violations(
            "scenario",
            name ->
                (within(name, "org")
                        || within(name, "com")
                        || within(name, "net")
                        || within(name, "picocli")
                        || within(name, "de")
                        || within(name, "javax")
                        || within(name, "jdk")
                        || within(name, "sun"))
                    && !within(name, "org.activesim.scenario")));
    // Imports are checked strictly: anything but java.* and the package itself.
    List<String> imports = new ArrayList<>();
    for (Source source : sources) {
      if (source.inPackage("scenario")) {
        Matcher m = IMPORT.matcher(source.code());
        while (m.find()) {
          String name = m.group(1);
          if (!within(name, "java") && !within(name, "org.activesim.scenario")) {
            imports.add(source.where(m.start(1)) + ": " + name);
          }
        }
      }
    }
    assertNone("org.activesim.scenario imports only java.*", imports);
  }

  @Test
  void coreUsesNoAdapterOrLibraryForFilesFormatsOrCommandLines() {
    List<String> forbidden = new ArrayList<>(activesim("evaluation", "io", "output", "run", "cli"));
    forbidden.addAll(ADAPTER_LIBRARIES);
    forbidden.add("java.io.File");
    assertNone(
        "org.activesim.core must not use evaluation, io, output, run, cli, file or format libraries",
        violations("core", anyOf(forbidden)));
  }

  @Test
  void evaluationReadsRecordingsOnlyAndNoFiles() {
    List<String> allowed =
        List.of(
            "org.activesim.scenario",
            "org.activesim.evaluation",
            "org.activesim.core.Recording",
            // A recording's decisions (Recording.decisions()), kept of a comparison's replicate 0.
            "org.activesim.core.Decision",
            "org.activesim.core.Metrics",
            "org.activesim.core.Mechanism");
    List<String> forbidden = new ArrayList<>(ADAPTER_LIBRARIES);
    forbidden.add("java.io.File");
    assertNone(
        "org.activesim.evaluation must use only scenario, core.Recording (and its Decision),"
            + " core.Metrics and core.Mechanism of the model, and no file or format libraries",
        violations(
            "evaluation",
            name ->
                (within(name, "org.activesim") && allowed.stream().noneMatch(a -> within(name, a)))
                    || anyOf(forbidden).test(name)));
  }

  @Test
  void sensitivityIsPureMathematics() {
    List<String> forbidden = new ArrayList<>(ADAPTER_LIBRARIES);
    forbidden.add("java.io.File");
    assertNone(
        "org.activesim.sensitivity must use nothing of ActiveSim (designs and estimators on"
            + " numbers) and no file or format libraries",
        violations(
            "sensitivity",
            name ->
                (within(name, "org.activesim") && !within(name, "org.activesim.sensitivity"))
                    || anyOf(forbidden).test(name)));
  }

  @Test
  void ioDoesNotUseCoreOutputRunOrCli() {
    assertNone(
        "org.activesim.io must not use core, output, run or cli",
        violations("io", anyOf(activesim("core", "output", "run", "cli"))));
  }

  @Test
  void outputDoesNotUseIoRunOrCli() {
    assertNone(
        "org.activesim.output must not use io, run or cli",
        violations("output", anyOf(activesim("io", "run", "cli"))));
  }

  @Test
  void runDoesNotUseCliOrPicocli() {
    List<String> forbidden = new ArrayList<>(activesim("cli"));
    forbidden.add("picocli");
    assertNone(
        "org.activesim.run must not use cli or picocli", violations("run", anyOf(forbidden)));
  }

  // --- habits ----------------------------------------------------------------------------------

  /** Offsets in {@code ActiveSimCommand.java} of its {@code main} method, braces included. */
  private static int[] mainMethod(Source source) {
    Matcher m = Pattern.compile("public\\s+static\\s+void\\s+main\\s*\\(").matcher(source.code());
    assertTrue(m.find(), "ActiveSimCommand.main not found");
    int open = source.code().indexOf('{', m.end());
    int depth = 0;
    for (int i = open; i < source.code().length(); i++) {
      char c = source.code().charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0) {
        return new int[] {open, i};
      }
    }
    throw new AssertionError("unbalanced braces in " + source.file());
  }

  private static List<String> uses(Pattern pattern, boolean allowedInMain) {
    List<String> found = new ArrayList<>();
    for (Source source : sources) {
      int[] allowed = {-1, -1};
      if (allowedInMain && source.file().endsWith(Path.of("cli", "ActiveSimCommand.java"))) {
        allowed = mainMethod(source);
      }
      Matcher m = pattern.matcher(source.code());
      while (m.find()) {
        if (m.start() < allowed[0] || m.start() > allowed[1]) {
          found.add(source.where(m.start()) + ": " + m.group().replaceAll("\\s+", " "));
        }
      }
    }
    return found;
  }

  @Test
  void noUnseededRandomness() {
    assertNone(
        "randomness comes from the seeded streams (core.RandomStreams) only",
        uses(
            Pattern.compile(
                "\\bMath\\s*\\.\\s*random\\s*\\(|\\bnew\\s+(?:java\\s*\\.\\s*util\\s*\\.\\s*)?Random\\s*\\(|\\bThreadLocalRandom\\b"),
            false));
  }

  @Test
  void onlyMainExits() {
    assertNone(
        "only ActiveSimCommand.main may call System.exit",
        uses(Pattern.compile("\\bSystem\\s*\\.\\s*exit\\s*\\("), true));
  }

  @Test
  void onlyMainTouchesTheConsole() {
    assertNone(
        "commands print through picocli's writers; nothing else prints to the console",
        uses(
            Pattern.compile(
                "\\bSystem\\s*\\.\\s*(?:out|err)\\b|\\.\\s*printStackTrace\\s*\\(\\s*\\)"),
            true));
  }
}
