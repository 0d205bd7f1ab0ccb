package org.activesim.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
      // The charts are drawn on their own thread (and the figures in parallel) while this one
      // writes the tables: written one after the other, the tables left a core idle for about a
      // second of a full-scale run from the command line (bench/README, session 8).
      CompletableFuture<List<Path>> drawing =
          charts
              ? CompletableFuture.supplyAsync(() -> drawCharts(recording, dir), ResultWriter::start)
              : CompletableFuture.completedFuture(List.of());
      List<Path> files = new ArrayList<>();
      try {
        files.addAll(writeTables(recording, dir));
        if (scenario != null) {
          files.add(writeScenario(dir, scenario));
        }
      } finally {
        drawing.exceptionally(e -> List.of()).join(); // never leave the folder while it draws
      }
      files.addAll(drawn(drawing));
      return commit(folder, run, files);
    }
  }

  private static List<Path> drawCharts(Recording recording, Path dir) {
    try {
      return Charts.writeAll(recording, dir.resolve(Charts.DIR));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the chart drawing on a thread of its own (a daemon: it never outlives the run). */
  private static void start(Runnable drawing) {
    Thread thread = new Thread(drawing, "activesim-charts");
    thread.setDaemon(true);
    thread.start();
  }

  /** The charts drawn, or the drawing's failure as thrown. */
  private static List<Path> drawn(CompletableFuture<List<Path>> drawing) throws IOException {
    try {
      return drawing.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
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
