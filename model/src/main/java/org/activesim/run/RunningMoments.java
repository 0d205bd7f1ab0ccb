package org.activesim.run;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Mean and variance of many cells at once, updated one observation per cell at a time by Welford's
 * method (Welford 1962; Knuth, TAOCP vol. 2, 4.2.2): numerically stable (no sum of squares that
 * cancels), and, fed in replicate order, the same bits for any thread count. Flat arrays, one slot
 * per cell of a recording's cube; NaN observations (a cell that does not apply) are skipped, so
 * each cell counts its own observations.
 */
final class RunningMoments {

  private final double[] mean;
  private final double[] m2;
  private final int[] count;

  /**
   * @param cells number of cells
   * @param variance whether to track the variance (else only means, half the memory)
   */
  RunningMoments(int cells, boolean variance) {
    mean = new double[cells];
    m2 = variance ? new double[cells] : null;
    count = new int[cells];
  }

  /** Writes the state bit for bit (a checkpoint of an ensemble). */
  void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(mean.length);
    out.writeBoolean(m2 != null);
    for (int i = 0; i < mean.length; i++) {
      out.writeLong(Double.doubleToRawLongBits(mean[i]));
      if (m2 != null) {
        out.writeLong(Double.doubleToRawLongBits(m2[i]));
      }
      out.writeInt(count[i]);
    }
  }

  /** Reads what {@link #writeTo} wrote. */
  static RunningMoments readFrom(DataInputStream in) throws IOException {
    int cells = in.readInt();
    if (cells < 0) {
      throw new IOException("corrupt checkpoint: " + cells + " cells");
    }
    RunningMoments m = new RunningMoments(cells, in.readBoolean());
    for (int i = 0; i < cells; i++) {
      m.mean[i] = Double.longBitsToDouble(in.readLong());
      if (m.m2 != null) {
        m.m2[i] = Double.longBitsToDouble(in.readLong());
      }
      m.count[i] = in.readInt();
    }
    return m;
  }

  int cells() {
    return mean.length;
  }

  /** Adds observation x of cell i; NaN is skipped. */
  void add(int i, double x) {
    if (Double.isNaN(x)) {
      return;
    }
    int n = ++count[i];
    double delta = x - mean[i];
    mean[i] += delta / n;
    if (m2 != null) {
      m2[i] += delta * (x - mean[i]);
    }
  }

  /** Observations of cell i. */
  int count(int i) {
    return count[i];
  }

  /** Mean of cell i, NaN without observations. */
  double mean(int i) {
    return count[i] == 0 ? Double.NaN : mean[i];
  }

  /** Sample variance of cell i (n − 1 in the denominator), NaN with fewer than two observations. */
  double variance(int i) {
    if (m2 == null) {
      throw new IllegalStateException("variance not tracked");
    }
    return count[i] < 2 ? Double.NaN : Math.max(0, m2[i]) / (count[i] - 1);
  }
}
