package org.activesim.cli;

/** Placeholder entry point until the CLI lands in this branch. */
public final class ActiveSimCommand {
  private ActiveSimCommand() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
