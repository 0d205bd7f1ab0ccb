package org.activesim.core;

import org.activesim.core.network.FrozenNetwork;

/**
 * Residents of a chunk whose uniform lies below their cached bound, in resident order, with their
 * uniforms, up to {@value #CAPACITY}: the resident phase decides them in full once the batch is
 * full or the chunk's scan is done, after {@link #load}. Deciding later in the scan is the same as
 * deciding at once: a decision reads and writes only its own resident's state, and the scan has
 * read that resident's code already.
 *
 * <p>Why batches: at full scale a full decision's cost is mostly cache misses, at a dozen arrays of
 * a resident the caches do not hold. Decided one at a time, each waits on its own misses; loaded
 * together first, the misses of different residents overlap (bench/README, session 7).
 */
final class DecisionBatch {
  /**
   * Residents decided together (numerical choice: enough loads in flight to fill the processor's
   * miss buffers; a chunk has about a dozen a week at full scale, but all 4,096 when every bound is
   * unknown, and a list per chunk that grew to that was 12 bytes a resident kept for the run).
   */
  static final int CAPACITY = 64;

  private final int[] resident = new int[CAPACITY];
  private final double[] uniform = new double[CAPACITY];
  private int size;

  /** Sink of {@link #load}'s loads. */
  private int sink;

  /** Scratch of the mechanism attribution's terms (no allocation per move). */
  private final double[] terms = new double[Mechanism.values().length];

  /** Adds a resident with its uniform; true if the batch is now full. */
  boolean add(int i, double u) {
    resident[size] = i;
    uniform[size++] = u;
    return size == CAPACITY;
  }

  int size() {
    return size;
  }

  int resident(int k) {
    return resident[k];
  }

  double uniform(int k) {
    return uniform[k];
  }

  void clear() {
    size = 0;
  }

  double[] terms() {
    return terms;
  }

  /**
   * Reads what a full decision reads, for every resident of the batch, before any is decided: first
   * each one's state, then the network rows of those below the top level (who may need their peer
   * share), then their contacts' peer bytes. Within each pass the loads of different residents are
   * independent, so the processor has many cache misses in flight at once. The sum is kept only so
   * that the compiler cannot drop the loads.
   *
   * @param network the network, or null under homogeneous mixing (no peer bytes to read)
   */
  void load(Residents r, FrozenNetwork network, float[] motivationFactor) {
    int sum = 0;
    for (int k = 0; k < size; k++) {
      int i = resident[k];
      sum +=
          r.level[i]
              + r.enteredUp[i]
              + r.weeksInLevel(i)
              + r.groupOf[i]
              + r.cell[i]
              + Float.floatToRawIntBits(motivationFactor[i])
              + r.referralEngaged[i]
              + r.bike[i];
    }
    if (network != null) {
      short[] deltas = network.contactDeltas();
      byte[] peerByte = r.peerByte;
      for (int k = 0; k < size; k++) {
        int i = resident[k];
        int t = network.rowStart(i);
        if (r.level[i] < 2 && t < network.rowEnd(i)) {
          sum += deltas[t];
        }
      }
      for (int k = 0; k < size; k++) {
        int i = resident[k];
        if (r.level[i] < 2) {
          for (int t = network.rowStart(i), end = network.rowEnd(i); t < end; t++) {
            int d = deltas[t];
            sum += d != FrozenNetwork.FAR ? peerByte[i + d] : 0;
          }
        }
      }
    }
    sink += sum;
  }
}
