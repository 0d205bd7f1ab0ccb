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
 * replicates/r0000/timeseries.csv, summary.csv, mechanisms.csv, spending.csv, decisions.csv
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

  /** The checkpoint of a resumable ensemble, in its partial folder only. */
  public static final String CHECKPOINT_FILE = ".checkpoint";

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

  /**
   * Starts an ensemble folder that checkpoints: its temporary folder is a partial folder ({@link
   * ResultFolder#createPartial}) that a killed run leaves for {@code run --resume}.
   */
  public static EnsembleWriter createResumable(Path target, boolean force, boolean charts)
      throws IOException {
    return new EnsembleWriter(ResultFolder.createPartial(target, force), charts);
  }

  /**
   * Goes on with the partial folder of an interrupted ensemble whose replicates 0 … done−1 were
   * written and checkpointed: anything written after them (a replicate cut short, statistics,
   * charts or a manifest of a run killed while finishing) is removed.
   */
  public static EnsembleWriter resume(
      Path target, Path partial, boolean force, boolean charts, int done) throws IOException {
    EnsembleWriter w = new EnsembleWriter(ResultFolder.reopen(target, partial, force), charts);
    Path dir = w.folder.dir();
    try (var entries = Files.list(dir)) {
      for (Path p : entries.toList()) {
        String name = p.getFileName().toString();
        if (!name.equals(REPLICATES_DIR) && !name.equals(CHECKPOINT_FILE)) {
          ResultFolder.deleteRecursively(p);
        }
      }
    }
    Path replicates = dir.resolve(REPLICATES_DIR);
    if (Files.isDirectory(replicates)) {
      try (var entries = Files.list(replicates)) {
        for (Path p : entries.toList()) {
          if (!isReplicateBefore(p.getFileName().toString(), done)) {
            ResultFolder.deleteRecursively(p);
          }
        }
      }
    }
    for (int r = 0; r < done; r++) {
      Path replicateDir = dir.resolve(replicatePath(r));
      for (String table : ResultWriter.TABLES) {
        Path file = replicateDir.resolve(table);
        if (!Files.isRegularFile(file)) {
          throw new IOException(
              "the checkpoint lists replicate " + r + " but " + file + " is gone");
        }
        w.files.add(file);
      }
    }
    w.replicates = done;
    return w;
  }

  private static boolean isReplicateBefore(String name, int done) {
    if (!name.matches("r[0-9]{4,}")) {
      return false;
    }
    return Integer.parseInt(name.substring(1)) < done;
  }

  /**
   * The checkpoint file of a resumable ensemble, in the temporary folder; removed before the folder
   * is committed, so it never reaches the result.
   */
  public Path checkpointFile() {
    return folder.dir().resolve(CHECKPOINT_FILE);
  }

  /** The folder of replicate r, relative to the result folder: {@code replicates/r0000}. */
  public static String replicatePath(int replicate) {
    if (replicate < 0) {
      throw new IllegalArgumentException("no replicate " + replicate);
    }
    return REPLICATES_DIR + "/" + String.format(Locale.ROOT, "r%04d", replicate);
  }

  /**
   * Writes the five tables of replicate r (no charts); replicates must arrive in order from 0.
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
    Files.deleteIfExists(checkpointFile());
    return ResultWriter.commit(folder, run, all);
  }

  /** Removes everything written unless {@link #finish} committed it. */
  @Override
  public void close() throws IOException {
    folder.close();
  }
}
