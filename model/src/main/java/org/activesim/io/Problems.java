package org.activesim.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects problems while a file is read, so that the user sees all of them in one go. */
final class Problems {

  /** Key path of problems that concern the whole document (syntax, size, root type). */
  static final String DOCUMENT = "(document)";

  private final String file;
  private final List<Problem> list = new ArrayList<>();

  Problems(String file) {
    this.file = file;
  }

  void add(Node at, String keyPath, String message) {
    add(at.getStartMark(), keyPath, message);
  }

  /**
   * SnakeYAML marks are 0-based; editors and compilers count from 1. A mark named after another
   * file (a value put in from a parameters file, {@link ScenarioOverrides}) is reported in that
   * file, where the user can correct it.
   */
  void add(Optional<Mark> mark, String keyPath, String message) {
    int line = mark.map(m -> m.getLine() + 1).orElse(1);
    int column = mark.map(m -> m.getColumn() + 1).orElse(1);
    String in = mark.map(Mark::getName).filter(n -> !n.isEmpty()).orElse(file);
    addIn(in, line, column, keyPath, message);
  }

  /** A problem in another file than the one read (a parameters file that points into it). */
  void addIn(String otherFile, int line, int column, String keyPath, String message) {
    list.add(new Problem(otherFile, line, column, keyPath.isEmpty() ? DOCUMENT : keyPath, message));
  }

  void add(int line, int column, String keyPath, String message) {
    list.add(new Problem(file, line, column, keyPath.isEmpty() ? DOCUMENT : keyPath, message));
  }

  int count() {
    return list.size();
  }

  /** Throws if anything was recorded; problems are sorted by position for reading top-down. */
  void throwIfAny() throws ScenarioException {
    if (!list.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(list);
      sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new ScenarioException(file, sorted);
    }
  }
}
