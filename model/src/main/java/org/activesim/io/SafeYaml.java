package org.activesim.io;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns untrusted text into a node tree with positions, or into problems.
 *
 * <p>Composes (never constructs): nodes keep their marks and no Java object is ever instantiated
 * from a tag. The Core schema is used so that {@code .nan} and {@code .inf} arrive as numbers and
 * can be rejected as non-finite rather than as mysterious strings.
 *
 * <p>The {@link Composer} is driven directly rather than through {@code Compose.composeString}
 * because that offers no way to put the {@link GuardedParser} (nesting depth, alias positions,
 * tags) in front of it. {@code allowDuplicateKeys} and {@code allowRecursiveKeys} are set for
 * defence in depth, but SnakeYAML enforces them only when constructing Java objects, which this
 * loader never does: duplicate keys are detected by {@link BlockReader}, and recursive structures
 * are harmless because nothing walks the tree generically.
 */
final class SafeYaml {

  /** Largest accepted document, in code points (a scenario is a few kilobytes). */
  static final int MAX_CODE_POINTS = 5_000_000;

  /** Deepest nesting of lists and mappings; a scenario needs 4. */
  static final int MAX_DEPTH = 32;

  /** Aliases to lists or mappings; a handful is enough to share a block, more is an alias bomb. */
  static final int MAX_COLLECTION_ALIASES = 10;

  private SafeYaml() {}

  static LoadSettings settings(String sourceName) {
    return LoadSettings.builder()
        .setLabel(sourceName)
        .setSchema(new CoreSchema())
        .setAllowDuplicateKeys(false)
        .setAllowRecursiveKeys(false)
        .setMaxAliasesForCollections(MAX_COLLECTION_ALIASES)
        .setCodePointLimit(MAX_CODE_POINTS)
        .setUseMarks(true)
        .build();
  }

  /**
   * The single document's root node; empty (with problems recorded) if the text is not usable YAML,
   * and also empty without problems if the document is empty.
   */
  static Optional<Node> compose(String sourceName, String text, Problems problems) {
    if (text.length() > MAX_CODE_POINTS
        && text.codePointCount(0, text.length()) > MAX_CODE_POINTS) {
      problems.add(
          1, 1, Problems.DOCUMENT, "too large: more than " + MAX_CODE_POINTS + " characters");
      return Optional.empty();
    }
    LoadSettings settings = settings(sourceName);
    int before = problems.count();
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      Composer composer =
          new Composer(
              settings, new GuardedParser(parser, problems, MAX_DEPTH, MAX_COLLECTION_ALIASES));
      Optional<Node> root = composer.getSingleNode();
      // Tag problems are recorded without stopping the parse; a tree with foreign tags is unusable.
      return problems.count() > before ? Optional.empty() : root;
    } catch (MarkedYamlEngineException e) {
      problems.add(e.getProblemMark().or(e::getContextMark), Problems.DOCUMENT, describe(e));
    } catch (ReaderException e) {
      int[] lineColumn = lineColumn(text, e.getPosition());
      problems.add(
          lineColumn[0],
          lineColumn[1],
          Problems.DOCUMENT,
          String.format("character U+%04X is not allowed in YAML", e.getCodePoint()));
    } catch (RuntimeException e) {
      // The text is untrusted: any failure inside the library is a problem with the file, reported
      // like the others, never a crash of the caller.
      problems.add(1, 1, Problems.DOCUMENT, "not readable as YAML: " + e.getMessage());
    }
    return Optional.empty();
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
    String context = e.getContext();
    if (context == null || context.isBlank()) {
      return problem;
    }
    String where =
        e.getContextMark()
            .map(m -> " started at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1))
            .orElse("");
    return problem + " (" + context + where + ")";
  }

  /** 1-based line and column of a code-point index, for reader errors that carry no mark. */
  static int[] lineColumn(String text, int codePointIndex) {
    int line = 1;
    int column = 1;
    int i = 0;
    for (int cp = 0; cp < codePointIndex && i < text.length(); cp++) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
