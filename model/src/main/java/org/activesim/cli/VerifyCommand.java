package org.activesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.activesim.io.ScenarioException;
import org.activesim.run.IncomparableScenariosException;
import org.activesim.run.TooLargeForHeapException;
import org.activesim.run.VerifyJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code activesim verify RESULT_DIR}: the folder's files against its manifest, then the run again
 * from the folder's copy of the scenario, compared byte for byte.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check a result folder (run, ensemble or comparison): every file against the SHA-256",
      "in its manifest.json, then run it again from its copy of the scenario with the",
      "manifest's seed, scale, years and replicates, and compare every output byte for byte.",
      "Exit 0 if all match, 3 with the list of differences otherwise."
    })
final class VerifyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "Result folder.")
  Path folder;

  @Option(
      names = "--hashes-only",
      description = "Only check the files against the manifest; do not run again.")
  boolean hashesOnly;

  @Option(
      names = "--threads",
      paramLabel = "T",
      defaultValue = "2",
      description =
          "Threads for the re-run (default: ${DEFAULT-VALUE}; results do not depend on it).")
  int threads;

  @Option(names = "--quiet", description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() {
    if (threads < 1 || threads > 256) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be in [1, 256], was " + threads);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VerifyJob.Report report;
    try (ProgressLine progress = new ProgressLine(err, quiet)) {
      report = VerifyJob.verify(folder, !hashesOnly, threads, progress);
    } catch (ScenarioException e) {
      err.println(e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    } catch (VerifyJob.NotVerifiableException
        | IncomparableScenariosException
        | TooLargeForHeapException e) {
      err.println("activesim: " + e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    } catch (IOException e) {
      err.println("activesim: cannot verify " + folder + ": " + e.getMessage());
      return ActiveSimCommand.BAD_INPUT;
    }
    report.notes().forEach(n -> out.println("note: " + n));
    if (report.hashProblems().isEmpty()) {
      out.printf("%s: all %d files match manifest.json%n", folder, report.files());
    } else {
      int n = report.hashProblems().size();
      out.printf(
          "%s: %d %s not match manifest.json:%n", folder, n, n == 1 ? "file does" : "files do");
      report.hashProblems().forEach(p -> out.println("  " + p));
    }
    if (report.rerun()) {
      if (report.rerunDifferences().isEmpty()) {
        out.printf("%s: every output is byte-identical to a re-run%n", folder);
      } else {
        out.printf(
            "%s: %d outputs differ from a re-run:%n", folder, report.rerunDifferences().size());
        report.rerunDifferences().forEach(p -> out.println("  " + p));
      }
    }
    out.flush();
    return report.ok() ? ActiveSimCommand.OK : ActiveSimCommand.VERIFY_FAILED;
  }
}
