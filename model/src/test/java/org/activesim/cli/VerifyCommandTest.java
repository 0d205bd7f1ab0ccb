package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code activesim verify}: a result folder checked against its manifest and against a re-run from
 * its own copy of the scenario, for a single run, an ensemble and a comparison; tampered folders
 * are reported file by file with exit code 3.
 */
class VerifyCommandTest {

  /** 4,000 agents, one year, four weeks of burn-in, charts on (their bytes are checked too). */
  static final String SMALL =
      """
      name: verify-test
      description: "Notes, with a comma and a \\"quote\\""
      seed: 7
      years: 1
      scale: 10
      places:
        - name: Alpha
          population: 30000
          quintileShares: [0.2, 0.2, 0.2, 0.2, 0.2]
          initialGroups: 2
        - name: Beta
          population: 20000
          quintileShares: [0.3, 0.3, 0.2, 0.1, 0.1]
          initialGroups: 1
      calibration:
        burnInWeeks: 4
      levers:
        - type: microgrants
          name: "grants.1"
      """;

  @TempDir Path tmp;

  record Outcome(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  static Outcome execute(String... args) {
    CommandLine cl = ActiveSimCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  private Path scenario() throws IOException {
    return Files.writeString(tmp.resolve("small.yaml"), SMALL, StandardCharsets.UTF_8);
  }

  private Path run(String... more) throws IOException {
    Path out = tmp.resolve("result");
    List<String> args =
        new ArrayList<>(List.of("run", scenario().toString(), "--out", out.toString(), "--quiet"));
    args.addAll(List.of(more));
    Outcome o = execute(args.toArray(String[]::new));
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    return out;
  }

  @Test
  void aSingleRunIsByteIdenticalToItsReRunAndKeepsItsScenario() throws IOException {
    Path result = run();
    assertEquals(SMALL, Files.readString(result.resolve("scenario.yaml"), StandardCharsets.UTF_8));
    // The copy is the scenario the run read, even if the original changes or goes.
    Files.delete(tmp.resolve("small.yaml"));
    Outcome o = execute("verify", result.toString(), "--quiet");
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    assertTrue(o.out().contains("match manifest.json"), o::toString);
    assertTrue(o.out().contains("every output is byte-identical to a re-run"), o::toString);
  }

  @Test
  void anEnsembleIsByteIdenticalToItsReRun() throws IOException {
    Path result = run("--replicates", "3", "--seed", "11");
    Outcome o = execute("verify", result.toString(), "--quiet", "--threads", "1");
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    assertTrue(o.out().contains("byte-identical"), o::toString);
  }

  @Test
  void aComparisonIsByteIdenticalToItsReRun() throws IOException {
    Path base = scenario();
    Path other =
        Files.writeString(
            tmp.resolve("other.yaml"),
            SMALL.replace("name: verify-test", "name: other").replace("grants.1", "grants.2"),
            StandardCharsets.UTF_8);
    Path result = tmp.resolve("comparison");
    Outcome c =
        execute(
            "compare",
            base.toString(),
            other.toString(),
            "--out",
            result.toString(),
            "--quiet",
            "--replicates",
            "2");
    assertEquals(ActiveSimCommand.OK, c.exit(), c::toString);
    assertTrue(Files.isRegularFile(result.resolve("scenarios/00-verify-test.yaml")));
    assertTrue(Files.isRegularFile(result.resolve("scenarios/01-other.yaml")));
    Outcome o = execute("verify", result.toString(), "--quiet");
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    assertTrue(o.out().contains("byte-identical"), o::toString);
  }

  @Test
  void tamperedFilesAreListedOneByOne() throws IOException {
    Path result = run();
    Files.writeString(result.resolve("summary.csv"), "metric,value\nagents,1\n");
    Files.delete(result.resolve("spending.csv"));
    Files.writeString(result.resolve("extra.txt"), "not from ActiveSim\n");
    Outcome o = execute("verify", result.toString(), "--hashes-only");
    assertEquals(ActiveSimCommand.VERIFY_FAILED, o.exit(), o::toString);
    assertTrue(o.out().contains("changed: summary.csv"), o::toString);
    assertTrue(o.out().contains("missing: spending.csv"), o::toString);
    assertTrue(o.out().contains("not in the manifest: extra.txt"), o::toString);
    assertTrue(!o.out().contains("re-run"), o::toString);
  }

  @Test
  void aReRunThatDiffersIsReported() throws IOException {
    Path result = run();
    // Change an output and its manifest entry together: the hashes agree, the re-run does not.
    Path summary = result.resolve("summary.csv");
    String before = org.activesim.output.Sha256.of(summary);
    Files.writeString(summary, Files.readString(summary).replace("agents,", "agents,1"));
    Path manifest = result.resolve("manifest.json");
    String m = Files.readString(manifest);
    long size = Files.size(summary);
    m = m.replace(before, org.activesim.output.Sha256.of(summary));
    m = m.replaceAll("(\"path\": \"summary.csv\",\\s*\"bytes\": )\\d+", "$1" + size);
    Files.writeString(manifest, m);
    Outcome o = execute("verify", result.toString(), "--quiet");
    assertEquals(ActiveSimCommand.VERIFY_FAILED, o.exit(), o::toString);
    assertTrue(o.out().contains("match manifest.json"), o::toString);
    assertTrue(o.out().contains("differs from the re-run: summary.csv"), o::toString);
  }

  @Test
  void aFolderWithoutManifestIsBadInput() throws IOException {
    Files.createDirectories(tmp.resolve("empty"));
    Outcome o = execute("verify", tmp.resolve("empty").toString());
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("no manifest.json"), o::toString);
  }
}
