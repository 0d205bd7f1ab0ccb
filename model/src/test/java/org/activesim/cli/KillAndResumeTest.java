package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.activesim.output.Manifest;
import org.activesim.output.ManifestReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An ensemble killed mid-way ({@code kill -9}: {@link Process#destroyForcibly}) in a separate JVM
 * leaves nothing that looks like a result: no folder at the target, only a hidden partial folder
 * without a manifest. {@code run --resume} then goes on from the checkpointed replicates and ends
 * with the bytes of an uninterrupted run; a plain rerun also works.
 */
class KillAndResumeTest {

  /**
   * 1,000 agents, one year, 10 replicates on one thread: long enough to be killed mid-way (after
   * replicate 2 starts), short enough for the suite.
   */
  static final String SCENARIO =
      """
      name: kill-test
      seed: 3
      years: 1
      scale: 10
      places:
        - name: Alpha
          population: 7500
          quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2]
          initialGroups: 1
        - name: Beta
          population: 5000
          quintileShares: [0.3, 0.3, 0.2, 0.1, 0.1]
          initialGroups: 1
      calibration:
        burnInWeeks: 4
      levers:
        - type: microgrants
      outputs:
        charts: false
      """;

  static final String REPLICATES = "10";

  @TempDir Path tmp;

  @Test
  void aKilledEnsembleLeavesNoResultAndResumesToTheSameBytes() throws Exception {
    Path scenario = Files.writeString(tmp.resolve("kill.yaml"), SCENARIO, StandardCharsets.UTF_8);
    Path results = Files.createDirectories(tmp.resolve("results"));
    Path target = results.resolve("ensemble");

    Process p = start(scenario, target);
    try {
      Path partial = awaitReplicate(results, p, 2);
      p.destroyForcibly();
      p.waitFor(60, TimeUnit.SECONDS);
      assertFalse(p.isAlive());
      assertFalse(Files.exists(target), "a killed run must leave nothing at the target");
      assertTrue(partial.getFileName().toString().startsWith("."), partial.toString());
      assertFalse(Files.exists(partial.resolve(Manifest.FILE_NAME)), "no manifest in the partial");
      try (Stream<Path> files = Files.walk(results)) {
        assertTrue(
            files.noneMatch(f -> f.getFileName().toString().equals(Manifest.FILE_NAME)),
            "nothing under the results folder looks complete");
      }
    } finally {
      p.destroyForcibly();
    }

    String resumed = runInProcess(scenario, target, "--resume");
    assertTrue(resumed.contains("resumed after"), resumed);
    Path reference = tmp.resolve("reference");
    runInProcess(scenario, reference);
    assertSameBytes(reference, target);
    try (Stream<Path> left = Files.list(results)) {
      assertEquals(List.of(target), left.toList(), "the partial folder is gone after the resume");
    }

    // A plain rerun, without --resume, works too (and with --force replaces the result).
    String rerun = runInProcess(scenario, target, "--force");
    assertFalse(rerun.contains("resumed after"), rerun);
    assertSameBytes(reference, target);
  }

  private static Process start(Path scenario, Path target) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx256m",
            "-Djava.awt.headless=true",
            "-cp",
            System.getProperty("java.class.path"),
            "org.activesim.cli.ActiveSimCommand",
            "run",
            scenario.toString(),
            "--out",
            target.toString(),
            "--replicates",
            REPLICATES,
            "--threads",
            "1",
            "--quiet");
    pb.redirectErrorStream(true);
    pb.redirectOutput(scenario.resolveSibling("subprocess.log").toFile());
    return pb.start();
  }

  /**
   * Waits until the run has begun writing replicate {@code r} (so replicates before it are
   * checkpointed) and returns its partial folder. The deadline only turns a hang into a failure.
   */
  private static Path awaitReplicate(Path results, Process p, int r) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      assertTrue(p.isAlive(), "the run ended before it could be killed");
      try (Stream<Path> entries = Files.list(results)) {
        for (Path partial : entries.toList()) {
          if (Files.isDirectory(partial.resolve("replicates").resolve(String.format("r%04d", r)))) {
            return partial;
          }
        }
      }
      Thread.sleep(10);
    }
    throw new AssertionError("no replicate " + r + " within the deadline");
  }

  private static String runInProcess(Path scenario, Path out, String... more) {
    CommandLine cl = ActiveSimCommand.commandLine();
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    cl.setOut(new PrintWriter(stdout, true));
    cl.setErr(new PrintWriter(stderr, true));
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                scenario.toString(),
                "--out",
                out.toString(),
                "--replicates",
                REPLICATES,
                "--threads",
                "2",
                "--quiet"));
    args.addAll(List.of(more));
    int exit = cl.execute(args.toArray(String[]::new));
    assertEquals(ActiveSimCommand.OK, exit, stdout + "\n" + stderr);
    return stdout.toString();
  }

  /** Every file the manifests list, byte for byte; the manifests list the same files. */
  static void assertSameBytes(Path expected, Path actual) throws IOException {
    ManifestReader.Content e = ManifestReader.read(expected.resolve(Manifest.FILE_NAME));
    ManifestReader.Content a = ManifestReader.read(actual.resolve(Manifest.FILE_NAME));
    assertEquals(e.files(), a.files());
    for (Manifest.FileEntry f : e.files()) {
      assertEquals(
          -1L,
          Files.mismatch(expected.resolve(f.path()), actual.resolve(f.path())),
          f.path() + " differs");
    }
  }
}
