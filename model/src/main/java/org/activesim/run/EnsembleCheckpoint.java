package org.activesim.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * The checkpoint of a resumable ensemble: which ensemble it is ({@link Identity}), where it was
 * going, when it started, how many replicates are done and the statistics over them, bit for bit.
 * Written after every replicate into the ensemble's partial folder (a temporary file renamed over
 * the last, so a kill leaves the previous or the new checkpoint, never half of one). The replicate
 * tables it counts are already in the folder; {@code run --resume} reads it and goes on, and the
 * result is the bytes an uninterrupted run writes.
 *
 * <p>Binary (DataOutputStream): a magic line, the identity, the state. Its size is that of the
 * statistics: about 20 bytes per recorded cell (tens of MB for Essex over ten years), written in a
 * fraction of the replicate's own time.
 */
final class EnsembleCheckpoint {

  private static final String MAGIC = "ActiveSim ensemble checkpoint 1";

  /**
   * What must be equal for a checkpoint to be continued: the same scenario bytes, overrides,
   * replicates and version. Threads are not part of it: results do not depend on them.
   */
  record Identity(
      String version,
      String scenarioSha256,
      long seed,
      double scale,
      int years,
      int minReplicates,
      Double precision,
      int maxReplicates) {}

  /**
   * A checkpoint's content.
   *
   * @param targetName the result folder's name (with the run id it started with)
   * @param startedAt the original start, for the manifest
   * @param done replicates written and folded in
   */
  record State(
      Identity identity,
      String targetName,
      String startedAt,
      int done,
      EnsembleStatistics statistics) {}

  private EnsembleCheckpoint() {}

  static void write(Path file, State state) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
      out.writeUTF(MAGIC);
      Identity id = state.identity();
      out.writeUTF(id.version());
      out.writeUTF(id.scenarioSha256());
      out.writeLong(id.seed());
      out.writeLong(Double.doubleToRawLongBits(id.scale()));
      out.writeInt(id.years());
      out.writeInt(id.minReplicates());
      out.writeBoolean(id.precision() != null);
      out.writeLong(id.precision() == null ? 0 : Double.doubleToRawLongBits(id.precision()));
      out.writeInt(id.maxReplicates());
      out.writeUTF(state.targetName());
      out.writeUTF(state.startedAt());
      out.writeInt(state.done());
      state.statistics().writeTo(out);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The identity alone (cheap: the statistics are not read). */
  static Identity identity(Path file) throws IOException {
    try (DataInputStream in = open(file)) {
      return readIdentity(in);
    }
  }

  static State read(Path file) throws IOException {
    try (DataInputStream in = open(file)) {
      Identity id = readIdentity(in);
      String target = in.readUTF();
      String started = in.readUTF();
      int done = in.readInt();
      EnsembleStatistics statistics = EnsembleStatistics.readFrom(in);
      if (statistics.replicates() != done) {
        throw new IOException(file + ": corrupt checkpoint (replicate counts differ)");
      }
      return new State(id, target, started, done, statistics);
    }
  }

  private static DataInputStream open(Path file) throws IOException {
    return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
  }

  private static Identity readIdentity(DataInputStream in) throws IOException {
    if (!Objects.equals(in.readUTF(), MAGIC)) {
      throw new IOException("not an ActiveSim ensemble checkpoint");
    }
    String version = in.readUTF();
    String sha = in.readUTF();
    long seed = in.readLong();
    double scale = Double.longBitsToDouble(in.readLong());
    int years = in.readInt();
    int min = in.readInt();
    boolean hasPrecision = in.readBoolean();
    double precision = Double.longBitsToDouble(in.readLong());
    int max = in.readInt();
    return new Identity(
        version, sha, seed, scale, years, min, hasPrecision ? precision : null, max);
  }
}
