package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.activesim.scenario.PlaceSpec;
import org.junit.jupiter.api.Test;

/**
 * The week's moves as COMMIT keeps them ({@link WeekMoves}): each chunk's timing wheel forgets a
 * mover up's bound in exactly the week its relapse window ends, and never a mover down's; and the
 * merged move and level counts equal a count over the moves themselves, whatever (place, quintile)
 * blocks a chunk spans.
 */
class WeekMovesTest {
  private static final int WINDOW = 5;

  @Test
  void aMoverUpsBoundIsForgottenWhenItsWindowEnds() {
    Residents r = new Residents(new int[] {0, 5_000, 9_000}); // three chunks of 4,096
    WeekMoves moves = new WeekMoves(r, 3, WINDOW);
    Arrays.fill(r.moveBound, (byte) 10);
    int[] ups = {5, 4_100, 8_500};
    int down = 6;
    for (int c = 0; c < 3; c++) {
      moves.startChunk(c);
    }
    moves.add(0, ups[0], 0, true);
    moves.add(0, down, 1, false);
    moves.add(1, ups[1], 1, true);
    moves.add(2, ups[2], 0, true);
    for (int c = 0; c < 3; c++) {
      moves.fileRelapseWindows(c); // the commit under way is the first
    }
    r.countCommit();
    for (int committed = 1; committed <= 3 * (WINDOW + 2); committed++) {
      for (int c = 0; c < 3; c++) { // the next week's resident phase, chunk by chunk
        moves.forgetEndedRelapseWindows(c);
      }
      boolean ended = committed == 1 + WINDOW; // the movers have spent WINDOW weeks in the level
      for (int i : ups) {
        assertEquals(
            ended ? MoveBounds.UNKNOWN : 10, r.moveBound[i], "resident " + i + " at " + committed);
        r.moveBound[i] = 10; // decided in full that week: a bound again
      }
      assertEquals(10, r.moveBound[down], "a move down opens no window");
      for (int c = 0; c < 3; c++) {
        moves.startChunk(c); // weeks without moves
        moves.fileRelapseWindows(c);
      }
      r.countCommit();
    }
  }

  @Test
  void mergedCountsEqualACountOfTheMoves() {
    // Ten places of uneven size, so that chunks span several (place, quintile) blocks.
    int[] placeStart = {0, 700, 1_900, 2_000, 4_500, 6_100, 6_150, 8_000, 9_900, 11_000, 12_345};
    Residents r = new Residents(placeStart);
    for (int p = 0; p < 10; p++) {
      int n = placeStart[p + 1] - placeStart[p];
      for (int k = 0; k < n; k++) {
        int i = placeStart[p] + k;
        r.place[i] = (short) p;
        r.quintile[i] = (byte) (k * PlaceSpec.QUINTILES / n);
      }
    }
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < r.count; i++) {
      r.level[i] = (byte) random.nextInt(3);
    }
    int chunks = (r.count + ResidentDynamics.CHUNK - 1) / ResidentDynamics.CHUNK;
    WeekMoves moves = new WeekMoves(r, chunks, WINDOW);
    moves.recount();
    int blocks = 10 * PlaceSpec.QUINTILES;
    for (int week = 0; week < 20; week++) {
      long[] expectedUp = new long[blocks];
      long[] expectedDown = new long[blocks];
      for (int c = 0; c < chunks; c++) {
        moves.startChunk(c);
        for (int i = c * ResidentDynamics.CHUNK;
            i < Math.min(r.count, (c + 1) * ResidentDynamics.CHUNK);
            i++) {
          if (random.nextInt(20) == 0) {
            int level = r.level[i];
            boolean up = level == 0 || (level == 1 && random.nextBoolean());
            moves.add(c, i, level, up);
            int pq = r.place[i] * PlaceSpec.QUINTILES + r.quintile[i];
            (up ? expectedUp : expectedDown)[pq]++;
          }
        }
      }
      for (int c = 0; c < chunks; c++) {
        for (int k = 0; k < moves.count(c); k++) {
          int i = moves.resident(c, k);
          r.setLevel(i, r.level[i] + (moves.isUp(c, k) ? 1 : -1));
        }
      }
      long[] movedUp = new long[blocks];
      long[] movedDown = new long[blocks];
      moves.merge(movedUp, movedDown);
      assertArrayEquals(expectedUp, movedUp, "moves up, week " + week);
      assertArrayEquals(expectedDown, movedDown, "moves down, week " + week);
      long[] levels = new long[blocks * 3];
      for (int i = 0; i < r.count; i++) {
        levels[(r.place[i] * PlaceSpec.QUINTILES + r.quintile[i]) * 3 + r.level[i]]++;
      }
      assertArrayEquals(levels, moves.placeQuintileLevels(), "levels, week " + week);
    }
  }
}
