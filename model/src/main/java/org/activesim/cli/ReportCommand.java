package org.activesim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.activesim.output.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code activesim report RESULT_DIR}: writes {@code report.html}, one self-contained page for
 * leaders, into a result folder of {@code run} or {@code compare}.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write report.html into a result folder (run, ensemble or comparison): one",
      "self-contained page with the headline, tables, charts, assumptions and provenance,",
      "readable on a phone and printable to A4. The same folder always gives the same bytes."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RESULT_DIR", description = "Result folder.")
  Path folder;

  @Override
  public Integer call() {
    return write(folder, spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * Writes the report of {@code folder} and prints where; shared with {@code --report} of {@code
   * run} and {@code compare}.
   */
  static int write(Path folder, PrintWriter out, PrintWriter err) {
    try {
      Path file = Report.write(folder);
      out.printf("report: %s%n", file);
      out.flush();
      return ActiveSimCommand.OK;
    } catch (IOException e) {
      err.println("activesim: cannot write the report of " + folder + ": " + e.getMessage());
      err.flush();
      return ActiveSimCommand.BAD_INPUT;
    }
  }
}
