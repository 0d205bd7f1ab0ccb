package org.activesim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.activesim.core.trial.EnsembleOutcome;
import org.activesim.core.trial.ReferralCalibration;
import org.activesim.core.trial.ReferralTrial;
import org.activesim.core.trial.TrialEnsemble;
import org.activesim.core.trial.TrialException;
import org.activesim.io.ScenarioException;
import org.activesim.run.ScenarioInput;
import org.activesim.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code activesim trial SCENARIO --lever NAME}: the in-model exercise referral trial of a
 * hardwiring lever (MODEL.md §7.3–7.4), optionally calibrating {@code bReferral} to a target risk
 * ratio. Prints a plain-text table; writes no files.
 */
@Command(
    name = "trial",
    mixinStandardHelpOptions = true,
    description = {
      "Run a virtual randomised trial of a hardwiring lever's referral pathway:",
      "eligible residents are randomised to referral or usual care; the outcome is",
      "the activity target (ACTIVE, 150+ min/week) at the end of follow-up. Prints",
      "the risk ratio against Pavey et al. 2011 (RR 1.16, 95%% CI 1.03-1.30) and",
      "six-month programme drop-out against ~50%% (Dishman). With --calibrate, finds",
      "the bReferral that gives --target-rr. Writes no files."
    })
final class TrialCommand implements Callable<Integer> {

  /** Upper end of the default calibration bracket for b_ref: a 20-fold up-hazard while engaged. */
  private static final double DEFAULT_B_MAX = 3.0;

  /** Calibration accuracy in b_ref (well inside the trial's own Monte Carlo error). */
  private static final double B_ACCURACY = 0.005;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
  Path scenario;

  @Option(
      names = "--lever",
      required = true,
      paramLabel = "NAME",
      description = "An enabled hardwiring lever of the scenario.")
  String lever;

  @Option(
      names = "--setting",
      paramLabel = "S",
      description = "The setting whose pathway is trialled (default: the lever's first).")
  String setting;

  @Option(
      names = "--participants",
      paramLabel = "N",
      defaultValue = "5000",
      description = "Participants per arm in each replicate (default: ${DEFAULT-VALUE}).")
  int participants;

  @Option(
      names = "--replicates",
      paramLabel = "R",
      defaultValue = "10",
      description = "Replicate trials, seeds SEED..SEED+R-1 (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(
      names = "--follow-up-weeks",
      paramLabel = "W",
      defaultValue = "52",
      description = "Weeks from randomisation to the outcome (default: ${DEFAULT-VALUE}).")
  int followUpWeeks;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "2",
      description = "Threads (default: ${DEFAULT-VALUE}); results are identical for any value.")
  int threads;

  @Option(names = "--seed", paramLabel = "N", description = "Root seed (default: the scenario's).")
  Long seed;

  @Option(
      names = "--scale",
      paramLabel = "K",
      description = "Residents per agent, >= 1 (default: the scenario's).")
  Double scale;

  @Option(names = "--calibrate", description = "Find the bReferral that gives --target-rr.")
  boolean calibrate;

  @Option(
      names = "--target-rr",
      paramLabel = "RR",
      defaultValue = "1.16",
      description = "Risk ratio to calibrate to (default: ${DEFAULT-VALUE}, Pavey et al. 2011).")
  double targetRr;

  @Option(
      names = "--b-max",
      paramLabel = "B",
      defaultValue = "3.0",
      description = "Calibration searches bReferral in [0, B] (default: ${DEFAULT-VALUE}).")
  double bMax;

  @Option(names = "--quiet", description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() {
    validateOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Scenario s;
    try {
      s = ScenarioInput.read(scenario, seed, null, scale).scenario();
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    }
    ReferralTrial trial;
    try {
      trial = new ReferralTrial(s, lever, setting, participants, followUpWeeks);
    } catch (IllegalArgumentException e) {
      err.println("activesim: " + e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    }
    try (ProgressLine progress = new ProgressLine(err, quiet)) {
      if (calibrate) {
        ReferralCalibration.Result r =
            new ReferralCalibration(trial, replicates, threads, progress)
                .calibrate(targetRr, 0, bMax, B_ACCURACY);
        TrialTable.print(out, trial.withBReferral(r.bReferral()), r.outcome());
        TrialTable.printCalibration(out, r, targetRr, command());
      } else {
        EnsembleOutcome outcome = TrialEnsemble.run(trial, replicates, threads, progress);
        TrialTable.print(out, trial, outcome);
      }
    } catch (TrialException e) {
      err.println("activesim: " + e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    }
    out.flush();
    return ActiveSimCommand.OK;
  }

  private void validateOptions() {
    if (participants < 1) {
      throw new ParameterException(
          spec.commandLine(), "--participants must be >= 1, was " + participants);
    }
    if (replicates < 1 || replicates > 10_000) {
      throw new ParameterException(
          spec.commandLine(), "--replicates must be in [1, 10000], was " + replicates);
    }
    if (followUpWeeks < 1 || followUpWeeks > 520) {
      throw new ParameterException(
          spec.commandLine(), "--follow-up-weeks must be in [1, 520], was " + followUpWeeks);
    }
    if (threads < 1 || threads > 256) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be in [1, 256], was " + threads);
    }
    if (scale != null && !(scale >= 1 && scale < Double.POSITIVE_INFINITY)) {
      throw new ParameterException(spec.commandLine(), "--scale must be >= 1, was " + scale);
    }
    if (!(targetRr > 0 && targetRr < Double.POSITIVE_INFINITY)) {
      throw new ParameterException(spec.commandLine(), "--target-rr must be > 0, was " + targetRr);
    }
    if (!(bMax > 0 && bMax <= 20)) {
      throw new ParameterException(spec.commandLine(), "--b-max must be in (0, 20], was " + bMax);
    }
  }

  /** The arguments that repeat this calibration (quoted in the scenario-file comment). */
  private String command() {
    StringBuilder sb = new StringBuilder("activesim trial ").append(scenario);
    sb.append(" --lever ").append(lever);
    if (setting != null) {
      sb.append(" --setting ").append(setting);
    }
    sb.append(" --participants ").append(participants);
    sb.append(" --replicates ").append(replicates);
    if (followUpWeeks != ReferralTrial.DEFAULT_FOLLOW_UP_WEEKS) {
      sb.append(" --follow-up-weeks ").append(followUpWeeks);
    }
    if (scale != null) {
      sb.append(" --scale ").append(scale);
    }
    if (seed != null) {
      sb.append(" --seed ").append(seed);
    }
    sb.append(" --calibrate");
    if (targetRr != ReferralCalibration.PAVEY_RR) {
      sb.append(" --target-rr ").append(targetRr);
    }
    if (bMax != DEFAULT_B_MAX) {
      sb.append(" --b-max ").append(bMax);
    }
    return sb.toString();
  }
}
