package org.activesim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activesim.core.Recording;

/**
 * Writes a complete result folder: {@code timeseries.csv}, {@code summary.csv}, {@code
 * mechanisms.csv}, {@code spending.csv} (header-only for a run without levers), {@code
 * decisions.csv} (header-only for a run without programmes), the charts (if enabled) and last
 * {@code manifest.json}, which hashes everything else; then commits the folder atomically. Any
 * failure leaves no folder at the target.
 */
public final class ResultWriter {

  /**
   * The scenario file's bytes, as run: with the manifest's seed, scale and years, all that {@code
   * activesim verify} needs to run the result again.
   */
  public static final String SCENARIO_FILE = "scenario.yaml";

  /** The tables of one run, in the order {@link #writeTables} writes them. */
  public static final List<String> TABLES =
      List.of(
          TimeseriesCsv.FILE_NAME,
          SummaryCsv.FILE_NAME,
          MechanismsCsv.FILE_NAME,
          SpendingCsv.FILE_NAME,
          DecisionsCsv.FILE_NAME);

  private final boolean charts;

  /**
   * @param charts whether to draw the charts (they take most of the writing time)
   */
  public ResultWriter(boolean charts) {
    this.charts = charts;
  }

  /**
   * Writes the result of one run to {@code target}.
   *
   * @param force replace an existing folder at {@code target}
   * @return the files written, as paths in the committed folder, sorted, manifest included
   * @throws ResultExistsException if {@code target} exists and {@code force} is false
   */
  public List<Path> write(Recording recording, RunInfo run, Path target, boolean force)
      throws IOException {
    return write(recording, run, target, force, null);
  }

  /**
   * Writes the result of one run to {@code target}, with a copy of the scenario file.
   *
   * @param scenario the scenario file's bytes ({@value #SCENARIO_FILE}), or null for none
   */
  public List<Path> write(
      Recording recording, RunInfo run, Path target, boolean force, byte[] scenario)
      throws IOException {
    try (ResultFolder folder = ResultFolder.create(target, force)) {
      Path dir = folder.dir();
      List<Path> files = new ArrayList<>(writeTables(recording, dir));
      if (scenario != null) {
        files.add(writeScenario(dir, scenario));
      }
      if (charts) {
        files.addAll(Charts.writeAll(recording, dir.resolve(Charts.DIR)));
      }
      return commit(folder, run, files);
    }
  }

  /**
   * Writes the five tables of one run into {@code dir} (which must exist): {@code timeseries.csv},
   * {@code summary.csv}, {@code mechanisms.csv}, {@code spending.csv} and {@code decisions.csv}. An
   * ensemble writes them once per replicate.
   *
   * @return the files written, in that order
   */
  public static List<Path> writeTables(Recording recording, Path dir) throws IOException {
    // In the order of TABLES.
    Path timeseries = dir.resolve(TimeseriesCsv.FILE_NAME);
    TimeseriesCsv.write(recording, timeseries);
    Path summary = dir.resolve(SummaryCsv.FILE_NAME);
    SummaryCsv.write(recording, summary);
    Path mechanisms = dir.resolve(MechanismsCsv.FILE_NAME);
    MechanismsCsv.write(recording, mechanisms);
    Path spending = dir.resolve(SpendingCsv.FILE_NAME);
    SpendingCsv.write(recording, spending);
    Path decisions = dir.resolve(DecisionsCsv.FILE_NAME);
    DecisionsCsv.write(recording, decisions);
    return List.of(timeseries, summary, mechanisms, spending, decisions);
  }

  /** Writes the scenario file's bytes, unchanged, as {@value #SCENARIO_FILE} in {@code dir}. */
  public static Path writeScenario(Path dir, byte[] scenario) throws IOException {
    return Files.write(dir.resolve(SCENARIO_FILE), scenario);
  }

  /**
   * Writes the manifest over {@code files} (paths in the folder's temporary directory), commits the
   * folder and returns every file at its final path, sorted, manifest included.
   */
  public static List<Path> commit(ResultFolder folder, RunInfo run, List<Path> files)
      throws IOException {
    List<Manifest.FileEntry> entries = Manifest.write(run, folder.dir(), files);
    folder.commit();
    List<Path> result = new ArrayList<>();
    for (Manifest.FileEntry entry : entries) {
      result.add(folder.target().resolve(entry.path()));
    }
    result.add(folder.target().resolve(Manifest.FILE_NAME));
    result.sort(null);
    return List.copyOf(result);
  }
}
