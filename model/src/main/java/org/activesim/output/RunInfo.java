package org.activesim.output;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;

/**
 * What the manifest says about a run besides its files: enough to reproduce it and to tell two runs
 * apart. The caller (the CLI) gathers these; this package never looks at the command line itself.
 *
 * @param activesimVersion simulator version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param scenarioName scenario name
 * @param scenarioFile scenario file as given on the command line
 * @param scenarioSha256 SHA-256 of the scenario file's bytes (lower-case hex)
 * @param seed random seed
 * @param scale population scale (simulated residents per real resident)
 * @param years simulated years
 * @param gitCommit commit the simulator was built from, or null if unknown
 * @param jvm the JVM that ran the simulation
 * @param startedAt start time, ISO-8601 UTC ({@code 2026-01-01T12:00:00Z})
 * @param finishedAt end time, ISO-8601 UTC
 * @param command the argument list that reproduces the run
 * @param ensemble the replicates of an ensemble, or null for a single run
 */
public record RunInfo(
    String activesimVersion,
    String scenarioName,
    String scenarioFile,
    String scenarioSha256,
    long seed,
    double scale,
    int years,
    String gitCommit,
    Jvm jvm,
    String startedAt,
    String finishedAt,
    List<String> command,
    EnsembleInfo ensemble) {

  public RunInfo {
    Objects.requireNonNull(activesimVersion, "activesimVersion");
    Objects.requireNonNull(scenarioName, "scenarioName");
    Objects.requireNonNull(scenarioFile, "scenarioFile");
    Objects.requireNonNull(scenarioSha256, "scenarioSha256");
    Objects.requireNonNull(jvm, "jvm");
    requireUtcInstant(startedAt, "startedAt");
    requireUtcInstant(finishedAt, "finishedAt");
    if (!Double.isFinite(scale)) {
      throw new IllegalArgumentException("scale must be finite: " + scale);
    }
    command = List.copyOf(command);
  }

  /** A single run (no ensemble). */
  public RunInfo(
      String activesimVersion,
      String scenarioName,
      String scenarioFile,
      String scenarioSha256,
      long seed,
      double scale,
      int years,
      String gitCommit,
      Jvm jvm,
      String startedAt,
      String finishedAt,
      List<String> command) {
    this(
        activesimVersion,
        scenarioName,
        scenarioFile,
        scenarioSha256,
        seed,
        scale,
        years,
        gitCommit,
        jvm,
        startedAt,
        finishedAt,
        command,
        null);
  }

  /**
   * The replicates of an ensemble: replicate r ran with seed {@code seed + r}.
   *
   * @param replicates replicates run and written
   * @param precision the target 95% CI half-width of the primary outcome, or null if the number of
   *     replicates was fixed
   * @param maxReplicates the cap with a precision target, or null
   * @param primaryOutcome the summary key the precision refers to
   * @param ciHalfWidth the 95% CI half-width of the primary outcome's mean reached (NaN if none)
   */
  public record EnsembleInfo(
      int replicates,
      Double precision,
      Integer maxReplicates,
      String primaryOutcome,
      double ciHalfWidth) {

    public EnsembleInfo {
      if (replicates < 1) {
        throw new IllegalArgumentException("replicates must be >= 1, was " + replicates);
      }
      if ((precision == null) != (maxReplicates == null)) {
        throw new IllegalArgumentException("a precision target comes with a cap, and only then");
      }
      Objects.requireNonNull(primaryOutcome, "primaryOutcome");
    }

    /** Whether a precision target was given and reached; null without a target. */
    public Boolean precisionReached() {
      return precision == null ? null : ciHalfWidth < precision;
    }
  }

  /**
   * The JVM that ran the simulation: results can depend on it (floating-point library changes), so
   * the manifest records it.
   *
   * @param version {@code java.version}
   * @param vmName {@code java.vm.name}
   */
  public record Jvm(String version, String vmName) {

    public Jvm {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(vmName, "vmName");
    }

    /** The JVM this code runs in. */
    public static Jvm current() {
      return new Jvm(System.getProperty("java.version"), System.getProperty("java.vm.name"));
    }
  }

  /**
   * Rejects anything but a UTC instant ending in {@code Z}: a local time or an offset would make
   * manifests from different machines incomparable.
   */
  private static void requireUtcInstant(String value, String name) {
    Objects.requireNonNull(value, name);
    try {
      Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " is not an ISO-8601 UTC instant: " + value, e);
    }
    if (!value.endsWith("Z")) {
      throw new IllegalArgumentException(name + " must be in UTC (end in Z): " + value);
    }
  }
}
