package org.activesim.core;

import org.activesim.core.network.FrozenNetwork;

/**
 * Burn-in scratch: each resident's weighted counts of contacts above each level, kept up to date
 * from the week's moves, so that {@link ResidentDynamics#peerUp} is two reads instead of a pass
 * over the resident's contacts. A re-fit week needs every resident's peer share (issue 6: that pass
 * over the whole network was most of a re-fit week's cost at full scale); the moves of a week touch
 * a few percent of the ties.
 *
 * <p>Only for whole-number weights ({@link ResidentDynamics}'s integer path), where the counts are
 * exact: the share {@code (float) above / (float) total} is then the same bits as the pass over the
 * contacts. A contact's weight depends on its like-me class and champion flag, which do not change
 * during the burn-in (no levers run), so {@link #of} refuses a population with champions. Rows too
 * long for the integer path keep {@code total = −1} and are computed in full. 12 bytes a resident,
 * released with the calibration scratch.
 */
final class PeerCounts {
  private final FrozenNetwork network;
  private final byte[] likeClass;
  private final int[] weights;

  /** Per resident: the weight of its contacts at level ≥ 1, then at level 2. */
  private final int[] above;

  /** Per resident: the weight of all its contacts, or −1 if its row is computed in full. */
  private final int[] total;

  private PeerCounts(FrozenNetwork network, int[] weights, int count) {
    this.network = network;
    this.likeClass = network.likeClasses();
    this.weights = weights;
    this.above = new int[2 * count];
    this.total = new int[count];
  }

  /**
   * Counts every resident's contacts from the levels now; null where counts would not be exact (no
   * whole-number weights, or a champion already named).
   *
   * @param weights the four whole-number contact weights of {@link ResidentDynamics}, or null
   * @param maxDegree rows of this many contacts or more are left to the full computation
   */
  static PeerCounts of(Residents r, FrozenNetwork network, int[] weights, int maxDegree) {
    if (weights == null) {
      return null;
    }
    for (int i = 0; i < r.count; i++) {
      if (r.champion[i] != 0) {
        return null;
      }
    }
    PeerCounts counts = new PeerCounts(network, weights, r.count);
    for (int i = 0; i < r.count; i++) {
      counts.countRow(i, r.level, maxDegree);
    }
    return counts;
  }

  private void countRow(int i, byte[] level, int maxDegree) {
    int from = network.rowStart(i);
    int end = network.rowEnd(i);
    if (end - from >= maxDegree) {
      total[i] = -1;
      return;
    }
    int sum = 0;
    int atLeast1 = 0;
    int at2 = 0;
    for (int k = from; k < end; k++) {
      int j = network.contact(i, k);
      int w = weight(i, j);
      sum += w;
      if (level[j] >= 1) {
        atLeast1 += w;
      }
      if (level[j] == 2) {
        at2 += w;
      }
    }
    total[i] = sum;
    above[2 * i] = atLeast1;
    above[2 * i + 1] = at2;
  }

  /** The weight of contact j in i's share: like-me ties weigh more (no champions here). */
  private int weight(int i, int j) {
    return weights[likeClass[j] == likeClass[i] ? 1 : 0];
  }

  /** Whether i's share comes from the counts ({@link #share}); else compute it in full. */
  boolean counts(int i) {
    return total[i] >= 0;
  }

  /**
   * The weighted share of i's contacts above level L, as the integer path computes it, or {@code
   * empty} for a resident without contacts. Only where {@link #counts} holds.
   */
  double share(int i, int level, double empty) {
    int sum = total[i];
    return sum > 0 ? (float) above[2 * i + level] / (float) sum : empty;
  }

  /**
   * Resident j moved from one level to the next: its contacts' counts follow. Ties are undirected,
   * so j's row lists every resident whose row lists j, as often.
   */
  void moved(int j, int from, int to) {
    int atLeast1 = (to >= 1 ? 1 : 0) - (from >= 1 ? 1 : 0);
    int at2 = (to == 2 ? 1 : 0) - (from == 2 ? 1 : 0);
    int end = network.rowEnd(j);
    for (int k = network.rowStart(j); k < end; k++) {
      int i = network.contact(j, k);
      int w = weight(i, j);
      above[2 * i] += w * atLeast1;
      above[2 * i + 1] += w * at2;
    }
  }
}
