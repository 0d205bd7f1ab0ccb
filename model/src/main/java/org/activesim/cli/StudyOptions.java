package org.activesim.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every study command shares ({@code sensitivity}, {@code calibrate}): where results
 * go, which seed, horizon and scale the runs use, how many threads, and the usual {@code --force}
 * and {@code --quiet}. A picocli mixin, so that each command declares them once and checks them the
 * same way.
 */
final class StudyOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(names = "--out", paramLabel = "DIR", description = "Result folder.")
  Path out;

  @Option(names = "--seed", paramLabel = "N", description = "Root seed (default: the scenario's).")
  Long seed;

  @Option(names = "--years", paramLabel = "N", description = "Horizon in years, 1-100.")
  Integer years;

  @Option(names = "--scale", paramLabel = "K", description = "Residents per agent, >= 1.")
  Double scale;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "2",
      description = "Threads (default: ${DEFAULT-VALUE}); results are identical for any value.")
  int threads;

  @Option(names = "--force", description = "Replace an existing result folder.")
  boolean force;

  @Option(names = "--quiet", description = "No progress line.")
  boolean quiet;

  /**
   * @throws ParameterException (exit code 2) naming the first option out of range
   */
  void validate() {
    if (out != null && out.toAbsolutePath().normalize().getParent() == null) {
      throw bad("--out cannot be a file system root");
    }
    if (years != null && (years < 1 || years > 100)) {
      throw bad("--years must be in [1, 100], was " + years);
    }
    if (scale != null && !(scale >= 1 && scale < Double.POSITIVE_INFINITY)) {
      throw bad("--scale must be >= 1, was " + scale);
    }
    if (threads < 1 || threads > 256) {
      throw bad("--threads must be in [1, 256], was " + threads);
    }
  }

  /**
   * Adds {@code --years} and {@code --scale} when given, for the command recorded in the manifest
   * (the seed is recorded on its own; output options do not change results).
   */
  void addRunShape(List<String> args) {
    if (years != null) {
      args.addAll(List.of("--years", years.toString()));
    }
    if (scale != null) {
      args.addAll(List.of("--scale", scale.toString()));
    }
  }

  private ParameterException bad(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }
}
