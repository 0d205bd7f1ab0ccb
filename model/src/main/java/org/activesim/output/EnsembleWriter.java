package org.activesim.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activesim.core.Recording;

/**
 * Writes an ensemble's result folder, replicate by replicate as they arrive, then the statistics
 * across them, all into one {@link ResultFolder} that appears complete or not at all:
 *
 * <pre>
 * replicates/r0000/timeseries.csv, summary.csv, mechanisms.csv, spending.csv
 * replicates/r0001/...
 * summary.csv      metric,n,mean,sd,ci_low,ci_high
 * timeseries.csv   week,place,quintile,metric,mean,ci_low,ci_high
 * charts/          the figures of a single run, drawn from the mean recording (if enabled)
 * manifest.json    hashes every other file
 * </pre>
 *
 * Writing each replicate's tables as it arrives means a replicate's recording can be dropped at
 * once: the ensemble never holds more than the recordings still in flight.
 */
public final class EnsembleWriter implements AutoCloseable {

  /** Folder of the per-replicate tables. */
  public static final String REPLICATES_DIR = "replicates";

  private final ResultFolder folder;
  private final boolean charts;
  private final List<Path> files = new ArrayList<>();
  private int replicates;

  private EnsembleWriter(ResultFolder folder, boolean charts) {
    this.folder = folder;
    this.charts = charts;
  }

  /**
   * Starts an ensemble folder for {@code target}.
   *
   * @param force replace an existing result folder on commit
   * @param charts draw the figures from the mean recording
   * @throws ResultExistsException if the target exists and may not be replaced
   */
  public static EnsembleWriter create(Path target, boolean force, boolean charts)
      throws IOException {
    return new EnsembleWriter(ResultFolder.create(target, force), charts);
  }

  /** The folder of replicate r, relative to the result folder: {@code replicates/r0000}. */
  public static String replicatePath(int replicate) {
    if (replicate < 0) {
      throw new IllegalArgumentException("no replicate " + replicate);
    }
    return REPLICATES_DIR + "/" + String.format(Locale.ROOT, "r%04d", replicate);
  }

  /**
   * Writes the four tables of replicate r (no charts); replicates must arrive in order from 0.
   *
   * @throws IllegalArgumentException if r is not the next replicate
   */
  public void writeReplicate(int replicate, Recording recording) throws IOException {
    if (replicate != replicates) {
      throw new IllegalArgumentException(
          "replicates are written in order: expected " + replicates + ", got " + replicate);
    }
    Path dir = Files.createDirectories(folder.dir().resolve(replicatePath(replicate)));
    files.addAll(ResultWriter.writeTables(recording, dir));
    replicates++;
  }

  /** Writes the scenario file's bytes as {@value ResultWriter#SCENARIO_FILE}. */
  public void writeScenario(byte[] scenario) throws IOException {
    files.add(ResultWriter.writeScenario(folder.dir(), scenario));
  }

  /** Replicates written so far. */
  public int replicates() {
    return replicates;
  }

  /**
   * Writes the statistics across replicates, the charts and the manifest, and commits the folder.
   *
   * @param run must describe an ensemble of exactly the replicates written
   * @return every file at its final path, sorted, manifest included
   */
  public List<Path> finish(EnsembleAggregate aggregate, RunInfo run) throws IOException {
    if (run.ensemble() == null || run.ensemble().replicates() != replicates) {
      throw new IllegalArgumentException(
          "the manifest must describe the " + replicates + " replicates written");
    }
    Path dir = folder.dir();
    List<Path> all = new ArrayList<>(files);
    Path summary = dir.resolve(SummaryCsv.FILE_NAME);
    EnsembleSummaryCsv.write(aggregate.summary(), summary);
    all.add(summary);
    Path timeseries = dir.resolve(TimeseriesCsv.FILE_NAME);
    EnsembleTimeseriesCsv.write(aggregate, timeseries);
    all.add(timeseries);
    if (charts) {
      all.addAll(Charts.writeAll(aggregate.mean(), dir.resolve(Charts.DIR)));
    }
    return ResultWriter.commit(folder, run, all);
  }

  /** Removes everything written unless {@link #finish} committed it. */
  @Override
  public void close() throws IOException {
    folder.close();
  }
}
