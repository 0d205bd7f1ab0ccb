package org.activesim.core.levers;

import java.util.function.IntPredicate;

/**
 * The residents of each place who match a lever by fixed attributes, in index order, kept as one
 * bit per resident instead of a list of indices (issue 6: ≤ 64 bytes per resident at full scale). A
 * place's residents are the contiguous range {@code [placeStart[p], placeStart[p+1])}, so the k-th
 * matching resident of a place is the {@code (before(p) + k)}-th set bit overall.
 *
 * <p>Layout: a bitset over all residents plus a rank directory, one int per {@value #BLOCK_WORDS}
 * words (512 residents) counting the set bits before it, and one int per place for the set bits
 * before the place. That is about 0.14 bytes per resident whatever the share who match; the int
 * lists it replaced cost 4 bytes per matching resident. {@link #get} binary-searches the directory
 * within the place's blocks, counts whole words with {@link Long#bitCount}, then selects within one
 * word: O(log blocks + 8 + 6). Draws that used list index k get the same resident from {@code
 * get(place, k)}, so results are byte-identical to the lists.
 */
final class MatchingResidents {
  /** Words per rank-directory entry: 8 × 64 = 512 residents per int, 1/128 byte per resident. */
  private static final int BLOCK_WORDS = 8;

  private static final int BLOCK_SHIFT = 9; // log2(BLOCK_WORDS * 64)

  private final long[] words;

  /** Set bits before block b; one extra entry at the end for the total. */
  private final int[] rankBefore;

  /** Set bits before each place's first resident; {@code places + 1} entries. */
  private final int[] placeBefore;

  private final int[] placeStart;

  /**
   * Marks resident i if {@code matches.test(i)}, for every resident of {@code [0,
   * placeStart[last])}. {@code placeStart} is not copied: it is the residents' own, fixed for the
   * run.
   */
  MatchingResidents(int[] placeStart, IntPredicate matches) {
    this.placeStart = placeStart;
    int count = placeStart[placeStart.length - 1];
    this.words = new long[(count + 63) >>> 6];
    for (int i = 0; i < count; i++) {
      if (matches.test(i)) {
        words[i >>> 6] |= 1L << i; // shifts use the low 6 bits of i
      }
    }
    int blocks = (words.length + BLOCK_WORDS - 1) / BLOCK_WORDS;
    this.rankBefore = new int[blocks + 1];
    for (int b = 0; b < blocks; b++) {
      int ones = 0;
      for (int w = b * BLOCK_WORDS; w < Math.min(words.length, (b + 1) * BLOCK_WORDS); w++) {
        ones += Long.bitCount(words[w]);
      }
      rankBefore[b + 1] = rankBefore[b] + ones;
    }
    this.placeBefore = new int[placeStart.length];
    for (int p = 0; p < placeStart.length; p++) {
      placeBefore[p] = rank(placeStart[p]);
    }
  }

  /** Matching residents of a place. */
  int size(int place) {
    return placeBefore[place + 1] - placeBefore[place];
  }

  /** The k-th matching resident of a place ({@code 0 <= k < size(place)}), in index order. */
  int get(int place, int k) {
    if (k < 0 || k >= size(place)) {
      throw new IndexOutOfBoundsException(
          "match " + k + " of place " + place + " (it has " + size(place) + ")");
    }
    int target = placeBefore[place] + k; // set bits before the one we want
    // The last block whose count-before is <= target, among the place's blocks.
    int lo = placeStart[place] >>> BLOCK_SHIFT;
    int hi = (placeStart[place + 1] - 1) >>> BLOCK_SHIFT;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (rankBefore[mid] <= target) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int left = target - rankBefore[lo];
    int w = lo * BLOCK_WORDS;
    for (int ones = Long.bitCount(words[w]); left >= ones; ones = Long.bitCount(words[w])) {
      left -= ones;
      w++;
    }
    return (w << 6) + selectInWord(words[w], left);
  }

  /** The place's matching residents as a fresh array, in index order (one-off set-ups only). */
  int[] toArray(int place) {
    int[] out = new int[size(place)];
    int n = 0;
    for (int i = placeStart[place]; i < placeStart[place + 1]; i++) {
      if ((words[i >>> 6] & (1L << i)) != 0) {
        out[n++] = i;
      }
    }
    return out;
  }

  /** Set bits before resident i. */
  private int rank(int i) {
    int block = i >>> BLOCK_SHIFT;
    int ones = rankBefore[block];
    int w = block * BLOCK_WORDS;
    for (; w < (i >>> 6); w++) {
      ones += Long.bitCount(words[w]);
    }
    if ((i & 63) != 0) {
      ones += Long.bitCount(words[w] & ((1L << i) - 1));
    }
    return ones;
  }

  /** Position of the k-th (from 0) set bit of a word that has more than k. */
  private static int selectInWord(long word, int k) {
    long w = word;
    int base = 0;
    // Halve the search three times (32, 16, 8 bits), then clear at most 7 low bits.
    for (int width = 32; width >= 8; width >>>= 1) {
      int low = Long.bitCount(w & ((1L << width) - 1));
      if (k >= low) {
        k -= low;
        w >>>= width;
        base += width;
      }
    }
    for (; k > 0; k--) {
      w &= w - 1;
    }
    return base + Long.numberOfTrailingZeros(w);
  }
}
