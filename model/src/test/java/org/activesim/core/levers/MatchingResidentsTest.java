package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bitset against the plain int lists it replaced: for every place, the same size and the same
 * resident at every index, so every draw picks the same resident.
 */
class MatchingResidentsTest {

  /** The int lists {@code TargetCells.residentsByPlace} used to build. */
  private static int[][] lists(int[] placeStart, boolean[] matches) {
    int[][] out = new int[placeStart.length - 1][];
    for (int p = 0; p < out.length; p++) {
      out[p] =
          java.util.stream.IntStream.range(placeStart[p], placeStart[p + 1])
              .filter(i -> matches[i])
              .toArray();
    }
    return out;
  }

  private static void assertSameAsLists(int[] placeStart, boolean[] matches, String seed) {
    MatchingResidents m = new MatchingResidents(placeStart, i -> matches[i]);
    int[][] expected = lists(placeStart, matches);
    for (int place = 0; place < expected.length; place++) {
      final int p = place;
      String where = seed + ", place " + p;
      assertEquals(expected[p].length, m.size(p), where);
      for (int k = 0; k < expected[p].length; k++) {
        assertEquals(expected[p][k], m.get(p, k), where + ", k " + k);
      }
      assertArrayEquals(expected[p], m.toArray(p), where);
      int size = m.size(p);
      assertThrows(IndexOutOfBoundsException.class, () -> m.get(p, size), where);
    }
  }

  /**
   * Random places (empty, single resident, 64-bit and 512-resident boundaries, large) with random
   * densities per place (none, all, sparse, dense).
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void agreesWithTheIntListsOnRandomPlaces(long seed) {
    UniformRandomProvider rng = new SplitMix64(seed);
    int places = 1 + rng.nextInt(40);
    int[] placeStart = new int[places + 1];
    int[] sizes = {0, 1, 2, 63, 64, 65, 511, 512, 513, 1000, 4099};
    for (int p = 0; p < places; p++) {
      int size = rng.nextInt(3) == 0 ? sizes[rng.nextInt(sizes.length)] : rng.nextInt(3000);
      placeStart[p + 1] = placeStart[p] + size;
    }
    boolean[] matches = new boolean[placeStart[places]];
    for (int p = 0; p < places; p++) {
      double[] densities = {0, 1, 0.01, 0.5, 0.99, rng.nextDouble()};
      double density = densities[rng.nextInt(densities.length)];
      for (int i = placeStart[p]; i < placeStart[p + 1]; i++) {
        matches[i] = rng.nextDouble() < density;
      }
    }
    assertSameAsLists(placeStart, matches, "seed " + seed);
  }

  @Test
  void noResidentsAtAll() {
    assertSameAsLists(new int[] {0, 0, 0}, new boolean[0], "empty");
  }

  @Test
  void everyWordAndBlockBoundary() {
    // 1,024 residents in places of one; all match, then none, then every other.
    int[] placeStart = new int[1025];
    Arrays.setAll(placeStart, p -> p);
    boolean[] all = new boolean[1024];
    Arrays.fill(all, true);
    assertSameAsLists(placeStart, all, "all");
    assertSameAsLists(placeStart, new boolean[1024], "none");
    boolean[] alternate = new boolean[1024];
    for (int i = 0; i < alternate.length; i += 2) {
      alternate[i] = true;
    }
    assertSameAsLists(new int[] {0, 1000, 1024}, alternate, "every other");
  }

  @Test
  void selectsEveryBitOfAFullWord() {
    // One place of 64 residents, all matching: get(k) must be k for every bit position.
    boolean[] all = new boolean[64];
    Arrays.fill(all, true);
    MatchingResidents m = new MatchingResidents(new int[] {0, 64}, i -> all[i]);
    for (int k = 0; k < 64; k++) {
      assertEquals(k, m.get(0, k));
    }
  }
}
