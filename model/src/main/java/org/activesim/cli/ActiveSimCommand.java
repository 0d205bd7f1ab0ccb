package org.activesim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.activesim.run.RunJob;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code activesim}: git-style subcommands over the run layer. The CLI parses arguments, calls the
 * layer below and maps outcomes to exit codes: 0 ok, 1 internal error, 2 bad input (a bad option,
 * an unusable scenario file, a result folder that exists).
 */
@Command(
    name = "activesim",
    mixinStandardHelpOptions = true,
    versionProvider = ActiveSimCommand.Version.class,
    description = "Simulate whole-system change in physical inactivity (Essex LDP model).",
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      TrialCommand.class,
      CompareCommand.class,
      SensitivityCommand.class,
      CalibrateCommand.class,
      VerifyCommand.class,
      ReportCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:internal error (a bug: please report it with the output)",
      "2:bad input: options, scenario file, an existing result folder, or a trial design that cannot"
          + " run",
      "3:verify: the result folder does not match its manifest, or a re-run gives other bytes"
    })
public final class ActiveSimCommand implements Callable<Integer> {

  /** Exit code of a successful command. */
  public static final int OK = 0;

  /** Exit code of an internal error. */
  public static final int INTERNAL_ERROR = 1;

  /** Exit code of bad input (picocli's usage code). */
  public static final int BAD_INPUT = 2;

  /** Exit code of {@code verify} when files or a re-run differ. */
  public static final int VERIFY_FAILED = 3;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return BAD_INPUT;
  }

  /** A configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new ActiveSimCommand());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          commandLine.getErr().println("activesim: internal error: " + e);
          commandLine.getErr().print(trace);
          commandLine.getErr().flush();
          return INTERNAL_ERROR;
        });
    return cl;
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    // Numbers in files and charts must not depend on the machine's language settings (chart
    // libraries format with the default locale), so that results are the same bytes anywhere.
    java.util.Locale.setDefault(java.util.Locale.ROOT);
    System.exit(commandLine().execute(args));
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "ActiveSim " + RunJob.version(),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")"
      };
    }
  }
}
