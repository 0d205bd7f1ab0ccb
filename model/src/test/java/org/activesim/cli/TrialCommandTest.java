package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code activesim trial} end to end through picocli's {@code execute} with captured writers, on a
 * tiny two-place scenario (4,000 agents, four weeks of burn-in): the whole class takes seconds.
 */
class TrialCommandTest {

  /** Two places, 40,000 adults at scale 10: 4,000 agents, about 1,600 eligible for referral. */
  private static final String SMALL =
      """
      name: trial-test
      seed: 42
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
      outputs:
        charts: false
      levers:
        - type: hardwiring
        - type: champions
      """;

  @TempDir Path tmp;

  private record Outcome(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  private static Outcome execute(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Outcome(exit, out.toString(), err.toString());
  }

  /** The real command line. */
  private static Outcome withLevers(String... args) {
    return execute(ActiveSimCommand.commandLine(), args);
  }

  private Path small() throws IOException {
    return Files.writeString(tmp.resolve("small.yaml"), SMALL, StandardCharsets.UTF_8);
  }

  @Test
  void trialPrintsTheArmsTheRiskRatioPaveysIntervalAndDropout() throws IOException {
    Outcome o =
        withLevers(
            "trial",
            small().toString(),
            "--lever",
            "hardwiring",
            "--participants",
            "600",
            "--replicates",
            "2",
            "--quiet");
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    assertTrue(
        o.out().contains("Referral trial of lever 'hardwiring', setting primaryCare"), o::toString);
    assertTrue(o.out().contains("2 replicates (seeds 42-43)"), o::toString);
    assertTrue(o.out().matches("(?s).*participants\\s+1,200\\s+1,200.*"), o::toString);
    assertTrue(
        o.out().matches("(?s).*risk ratio \\(Mantel-Haenszel\\)\\s+\\d\\.\\d{3}  95% CI .*"),
        o::toString);
    assertTrue(
        o.out().contains("Pavey et al. 2011                1.160  95% CI 1.030-1.300"),
        o::toString);
    assertTrue(o.out().contains("drop-out within six months"), o::toString);
    assertTrue(o.out().contains("target ~50% (Dishman)"), o::toString);
    assertEquals("", o.err());
  }

  @Test
  void theTableIsTheSameOnOneThreadAndOnTwo() throws IOException {
    String scenario = small().toString();
    Outcome one =
        withLevers(
            "trial",
            scenario,
            "--lever",
            "hardwiring",
            "--participants",
            "400",
            "--replicates",
            "3",
            "--threads",
            "1",
            "--quiet");
    Outcome two =
        withLevers(
            "trial",
            scenario,
            "--lever",
            "hardwiring",
            "--participants",
            "400",
            "--replicates",
            "3",
            "--threads",
            "2",
            "--quiet");
    assertEquals(ActiveSimCommand.OK, one.exit(), one::toString);
    assertEquals(one.out(), two.out());
  }

  @Test
  void calibratePrintsTheValueAndTheLineForTheScenarioFile() throws IOException {
    Outcome o =
        withLevers(
            "trial",
            small().toString(),
            "--lever",
            "hardwiring",
            "--participants",
            "700",
            "--replicates",
            "3",
            "--calibrate",
            "--target-rr",
            "1.5",
            "--quiet");
    assertEquals(ActiveSimCommand.OK, o.exit(), o::toString);
    assertTrue(o.out().contains("calibrated bReferral"), o::toString);
    assertTrue(o.out().contains("in the scenario file, under dynamics:"), o::toString);
    assertTrue(
        o.out().matches("(?s).*\n  bReferral: \\d\\.\\d{3}   # in-model trial RR .*"), o::toString);
    assertTrue(o.out().contains("--calibrate --target-rr 1.5"), o::toString);
  }

  @Test
  void anUnknownLeverIsBadInputAndSaysWhatThereIs() throws IOException {
    // The same scenario without its levers block.
    Path noLevers =
        Files.writeString(
            tmp.resolve("no-levers.yaml"),
            SMALL.substring(0, SMALL.indexOf("levers:")),
            StandardCharsets.UTF_8);
    Outcome plain =
        execute(
            ActiveSimCommand.commandLine(),
            "trial",
            noLevers.toString(),
            "--lever",
            "hardwiring",
            "--quiet");
    assertEquals(ActiveSimCommand.BAD_INPUT, plain.exit(), plain::toString);
    assertTrue(
        plain
            .err()
            .contains("scenario 'trial-test' has no lever named 'hardwiring' (it has no levers)"),
        plain::toString);
    assertEquals("", plain.out());

    Outcome withOthers = withLevers("trial", small().toString(), "--lever", "referrals", "--quiet");
    assertEquals(ActiveSimCommand.BAD_INPUT, withOthers.exit(), withOthers::toString);
    assertTrue(
        withOthers
            .err()
            .contains("no lever named 'referrals' (its levers: [hardwiring, champions])"),
        withOthers::toString);
  }

  @Test
  void aLeverThatIsNotHardwiringIsBadInput() throws IOException {
    Outcome o = withLevers("trial", small().toString(), "--lever", "champions", "--quiet");
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("lever 'champions' is a champions lever"), o::toString);
    assertTrue(
        o.err()
            .contains(
                "individually randomised trials apply to the referral pathways of a hardwiring lever"),
        o::toString);
    assertEquals("", o.out());
  }

  @Test
  void anUnknownSettingIsBadInputAndListsTheLeversSettings() throws IOException {
    Outcome o =
        withLevers(
            "trial",
            small().toString(),
            "--lever",
            "hardwiring",
            "--setting",
            "youthJustice",
            "--quiet");
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(
        o.err()
            .contains(
                "lever 'hardwiring' has no pathway for setting 'youthJustice' (its settings:"
                    + " primaryCare, adultSocialCare)"),
        o::toString);
  }

  @Test
  void moreParticipantsThanEligibleResidentsIsBadInput() throws IOException {
    Outcome o =
        withLevers(
            "trial",
            small().toString(),
            "--lever",
            "hardwiring",
            "--participants",
            "5000",
            "--replicates",
            "1",
            "--quiet");
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("residents are eligible for the primaryCare pathway"), o::toString);
    assertTrue(o.err().contains("ask for fewer participants or a finer scale"), o::toString);
  }

  @Test
  void aBadScenarioFileIsBadInputWithPositions() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.yaml"), SMALL.replace("years:", "yaers:"));
    Outcome o = execute(ActiveSimCommand.commandLine(), "trial", bad.toString(), "--lever", "x");
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains(bad + ":3:1: yaers: unknown key"), o::toString);
    assertEquals("", o.out());
  }

  @Test
  void theLeverIsRequired() throws IOException {
    Outcome o = execute(ActiveSimCommand.commandLine(), "trial", small().toString());
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().contains("Missing required option: '--lever=NAME'"), o::toString);
  }

  @Test
  void helpListsTheTrialCommand() {
    Outcome o = execute(ActiveSimCommand.commandLine(), "--help");
    assertTrue(o.out().contains("trial"), o::toString);
  }

  @ParameterizedTest
  @CsvSource({
    "--participants, 0",
    "--replicates, 0",
    "--replicates, 10001",
    "--follow-up-weeks, 0",
    "--threads, 0",
    "--threads, 257",
    "--scale, 0.5",
    "--target-rr, 0",
    "--target-rr, NaN",
    "--b-max, 0"
  })
  void outOfRangeOptionsAreBadInputAndNameTheOption(String option, String value)
      throws IOException {
    Outcome o =
        execute(
            ActiveSimCommand.commandLine(),
            "trial",
            small().toString(),
            "--lever",
            "hardwiring",
            option,
            value);
    assertEquals(ActiveSimCommand.BAD_INPUT, o.exit(), o::toString);
    assertTrue(o.err().startsWith(option + " must be"), o::toString);
  }
}
