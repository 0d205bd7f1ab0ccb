package org.activesim.core;

import java.util.Arrays;
import org.activesim.scenario.PlaceSpec;

/**
 * The week's moves, kept so that COMMIT and RECORD touch only the residents who moved: per chunk,
 * the list of movers and their counts per (place, quintile, level left); from them, residents per
 * (place, quintile, level) and per level; and, per chunk, a timing wheel of the relapse windows the
 * movers up open, so that their cached bounds can be tightened when a window ends ({@link
 * MoveBounds}).
 *
 * <p>Each chunk writes only its own list, counts and wheel; merging adds integers in chunk order,
 * so nothing depends on the threads. What is per mover stays with the chunk's task (filing and
 * forgetting the windows): at full scale a serial pass over the chunks' lists cost 60–80 µs a week
 * on two threads, most of it fetching lists from the other core's cache (bench/README, session 8).
 */
final class WeekMoves {
  private static final int Q = PlaceSpec.QUINTILES;

  private final Residents r;
  private final int chunks;
  private final int cellsPq;

  /** Movers per chunk, in resident order, each {@code resident << 1 | up}. */
  private final int[][] moves;

  private final int[] moveCount;

  /**
   * Moves per chunk and (place, quintile) block by level left: index {@code (c · blocksPerChunk +
   * pq − chunkPqFrom[c]) · 2 + k}, k the level left for a move up (0, 1) and one less for a move
   * down. A chunk's counts lie together, so the merge reads a few contiguous lines instead of one
   * line per chunk and block.
   */
  private final int[] up;

  private final int[] down;

  /**
   * The (place, quintile) blocks chunk c's residents lie in, {@code [chunkPqFrom[c],
   * chunkPqTo[c])}: one or two of the 70 at full scale, so a week's counts are cleared and merged
   * over those alone (the merge ran over every chunk and block, serially, in COMMIT).
   */
  private final int[] chunkPqFrom;

  private final int[] chunkPqTo;

  /** The most blocks any chunk's residents lie in: the stride of {@link #up} and {@link #down}. */
  private final int blocksPerChunk;

  /** Residents per (place, quintile, level): index {@code pq · 3 + level}. */
  private final long[] placeQuintileLevels;

  private final long[] levelCounts = new long[3];
  private boolean counted;

  /** Start of each (place, quintile) block of residents (see {@link #placeQuintile}). */
  private final int[] placeQuintileStart;

  /**
   * Chunk c's wheel: slot {@code c · slots + n mod slots}, {@code slots = window + 2}, lists the
   * chunk's residents whose relapse window ends when {@code n} weeks have been committed (null
   * until first used).
   */
  private final int[][] windowEnds;

  private final int[] windowEndCount;
  private final int slots;
  private final int relapseWindowWeeks;

  WeekMoves(Residents r, int chunks, int relapseWindowWeeks) {
    this.r = r;
    this.chunks = chunks;
    this.cellsPq = r.places() * Q;
    this.moves = new int[chunks][];
    this.moveCount = new int[chunks];
    this.placeQuintileLevels = new long[cellsPq * 3];
    this.placeQuintileStart = placeQuintileStarts(r, cellsPq);
    this.chunkPqFrom = new int[chunks];
    this.chunkPqTo = new int[chunks];
    int most = 1;
    for (int c = 0; c < chunks; c++) {
      int last = Math.min(r.count, (c + 1) * ResidentDynamics.CHUNK) - 1;
      chunkPqFrom[c] = placeQuintile(c * ResidentDynamics.CHUNK);
      chunkPqTo[c] = placeQuintile(last) + 1;
      most = Math.max(most, chunkPqTo[c] - chunkPqFrom[c]);
    }
    this.blocksPerChunk = most;
    this.up = new int[chunks * blocksPerChunk * 2];
    this.down = new int[chunks * blocksPerChunk * 2];
    this.relapseWindowWeeks = relapseWindowWeeks;
    this.slots = relapseWindowWeeks + 2;
    this.windowEnds = new int[chunks * slots][];
    this.windowEndCount = new int[chunks * slots];
  }

  /** Empties chunk c's list and counts for a new week. */
  void startChunk(int c) {
    moveCount[c] = 0;
    int from = c * blocksPerChunk * 2;
    Arrays.fill(up, from, from + blocksPerChunk * 2, 0);
    Arrays.fill(down, from, from + blocksPerChunk * 2, 0);
  }

  /** A move of resident i in chunk c from {@code level}, up or down. */
  void add(int c, int i, int level, boolean isUp) {
    int[] list = moves[c];
    // Start small and double: most weeks a chunk has a dozen moves.
    if (list == null) {
      list = moves[c] = new int[64];
    } else if (moveCount[c] == list.length) {
      list = moves[c] = Arrays.copyOf(list, list.length * 2);
    }
    list[moveCount[c]++] = i << 1 | (isUp ? 1 : 0);
    int k = (c * blocksPerChunk + placeQuintile(i) - chunkPqFrom[c]) * 2;
    if (isUp) {
      up[k + level]++;
    } else {
      down[k + level - 1]++;
    }
  }

  /** Moves listed in chunk c this week. */
  int count(int c) {
    return moveCount[c];
  }

  /** The k-th mover of chunk c. */
  int resident(int c, int k) {
    return moves[c][k] >>> 1;
  }

  /** Whether the k-th move of chunk c is up. */
  boolean isUp(int c, int k) {
    return (moves[c][k] & 1) == 1;
  }

  /**
   * After the commit: adds the week's moves per (place, quintile) into the given arrays and brings
   * the level counts up to date.
   */
  void merge(long[] movedUp, long[] movedDown) {
    long[] n = placeQuintileLevels;
    for (int c = 0; c < chunks; c++) {
      for (int pq = chunkPqFrom[c]; pq < chunkPqTo[c]; pq++) { // the chunk's blocks only
        int k = (c * blocksPerChunk + pq - chunkPqFrom[c]) * 2;
        int up0 = up[k]; // inactive to fairly active
        int up1 = up[k + 1]; // fairly active to active
        int down1 = down[k]; // fairly active to inactive
        int down2 = down[k + 1]; // active to fairly active
        movedUp[pq] += up0 + up1;
        movedDown[pq] += down1 + down2;
        n[pq * 3] += down1 - up0;
        n[pq * 3 + 1] += up0 + down2 - up1 - down1;
        n[pq * 3 + 2] += up1 - down2;
      }
    }
    sumLevels();
  }

  /**
   * Chunk c's part of the commit under way: files its movers up under the end of their relapse
   * window, counted in commits from the one under way (which is not yet counted).
   */
  void fileRelapseWindows(int c) {
    int slot = c * slots + (r.commits() + 1 + relapseWindowWeeks) % slots;
    for (int k = 0; k < moveCount[c]; k++) {
      if (isUp(c, k)) {
        int[] list = windowEnds[slot];
        if (list == null) {
          list = windowEnds[slot] = new int[8];
        } else if (windowEndCount[slot] == list.length) {
          list = windowEnds[slot] = Arrays.copyOf(list, list.length * 2);
        }
        list[windowEndCount[slot]++] = resident(c, k);
      }
    }
  }

  /**
   * Makes unknown the move bounds of chunk c's residents whose relapse window ends this week: taken
   * at the relapse hazard (about ten times {@code d0}), they would otherwise stay that loose until
   * the resident's next move.
   */
  void forgetEndedRelapseWindows(int c) {
    int slot = c * slots + r.commits() % slots;
    for (int k = 0; k < windowEndCount[slot]; k++) {
      r.forgetMoveBound(windowEnds[slot][k]);
    }
    windowEndCount[slot] = 0;
  }

  /**
   * Counts residents per (place, quintile, level) afresh; {@link #merge} then keeps the counts up
   * to date from the moves alone.
   */
  void recount() {
    Arrays.fill(placeQuintileLevels, 0);
    for (int i = 0; i < r.count; i++) {
      placeQuintileLevels[(r.place[i] * Q + r.quintile[i]) * 3 + r.level[i]]++;
    }
    sumLevels();
    counted = true;
  }

  /** Whether the levels have been counted since the model was built. */
  boolean counted() {
    return counted;
  }

  private void sumLevels() {
    Arrays.fill(levelCounts, 0);
    for (int k = 0; k < placeQuintileLevels.length; k++) {
      levelCounts[k % 3] += placeQuintileLevels[k];
    }
  }

  /** Residents per (place, quintile, level), index {@code (place · 5 + quintile) · 3 + level}. */
  long[] placeQuintileLevels() {
    return placeQuintileLevels;
  }

  /** Residents per level. */
  long[] levelCounts() {
    return levelCounts;
  }

  /**
   * Resident i's {@code place · 5 + quintile}, found from its index: residents are ordered by place
   * and, within a place, by quintile (PopulationSynthesis), so the (place, quintile) blocks are
   * index ranges, and a search of their starts, which stay in the cache, saves reading two arrays
   * at a resident that is otherwise not in it.
   */
  int placeQuintile(int i) {
    int lo = 0;
    int hi = cellsPq - 1; // the last block whose start is at most i
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (placeQuintileStart[mid] <= i) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /**
   * Start of each (place, quintile) block of residents; empty blocks start where the next one does.
   *
   * @throws IllegalStateException if the residents are not ordered by place and quintile
   */
  static int[] placeQuintileStarts(Residents r, int blocks) {
    int[] start = new int[blocks];
    int last = 0;
    for (int i = 0; i < r.count; i++) {
      int pq = r.place[i] * Q + r.quintile[i];
      if (pq < last) {
        throw new IllegalStateException(
            "residents must be ordered by place and quintile (resident " + i + ")");
      }
      for (int k = last + 1; k <= pq; k++) {
        start[k] = i; // empty blocks start where the next one does
      }
      last = pq;
    }
    for (int k = last + 1; k < blocks; k++) {
      start[k] = r.count;
    }
    return start;
  }
}
