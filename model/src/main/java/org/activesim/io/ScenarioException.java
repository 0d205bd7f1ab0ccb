package org.activesim.io;

import java.util.List;

/** A scenario file that cannot be used; carries every problem found, not just the first. */
public final class ScenarioException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * @param file the file name as given to the loader, for the summary line
   * @param problems at least one problem
   */
  public ScenarioException(String file, List<Problem> problems) {
    super(format(file, problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a ScenarioException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** The problems in file order. */
  public List<Problem> problems() {
    return problems;
  }

  private static String format(String file, List<Problem> problems) {
    StringBuilder sb = new StringBuilder(file).append(": ").append(problems.size());
    sb.append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems) {
      sb.append(System.lineSeparator()).append(p);
    }
    return sb.toString();
  }
}
