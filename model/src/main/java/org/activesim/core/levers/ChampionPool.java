package org.activesim.core.levers;

import java.util.Arrays;
import org.activesim.core.Residents;
import org.activesim.core.groups.CommunityGroups;
import org.activesim.scenario.ActivityLevel;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Who a champions lever may recruit this week (ODD 7.10.10): the members of alive community groups
 * in the places it serves who are ACTIVE, match its target now and are not champions yet, per
 * place. They are found by walking the groups' member lists, not by drawing residents of the place
 * until one qualifies ({@link ResidentPicker}): group members are about half a percent of adults,
 * so 64 draws would mostly find nobody. The walk is in group id and member slot order, so the pool
 * (and every draw from it) is fixed by the state, not by threads.
 */
final class ChampionPool {
  private static final int ACTIVE = ActivityLevel.ACTIVE.ordinal();

  private final Residents residents;
  private final CommunityGroups groups;
  private final TargetCells cells;
  private final int[][] byPlace;
  private final int[] count;

  ChampionPool(Residents residents, CommunityGroups groups, TargetCells cells) {
    this.residents = residents;
    this.groups = groups;
    this.cells = cells;
    this.byPlace = new int[residents.places()][16];
    this.count = new int[residents.places()];
  }

  /** Fills the pool from the groups as they stand, in the places with a share above 0. */
  void fill(double[] shares) {
    Arrays.fill(count, 0);
    Residents r = residents;
    for (int g = 0; g < groups.count(); g++) {
      int p = groups.place(g);
      if (!groups.alive(g) || shares[p] <= 0) {
        continue;
      }
      for (int s = 0; s < groups.size(g); s++) {
        int i = groups.member(g, s);
        if (r.level[i] == ACTIVE && r.champion[i] == 0 && cells.matchesNow(r, i)) {
          add(p, i);
        }
      }
    }
  }

  /**
   * A resident drawn from the pool and taken out of it: the place with the shares among the places
   * whose pool is not empty (a programme recruits where there is someone to recruit, so that a
   * place's small pool, which at a coarse scale empties sooner, does not lose the dose), then the
   * resident uniformly; -1 if every served place's pool is empty.
   */
  int take(double[] shares, UniformRandomProvider rng) {
    double total = 0;
    for (int p = 0; p < shares.length; p++) {
      total += count[p] > 0 ? shares[p] : 0;
    }
    if (total <= 0) {
      return -1;
    }
    double u = rng.nextDouble() * total;
    int p = -1;
    for (int q = 0; q < shares.length && u >= 0; q++) {
      if (count[q] > 0 && shares[q] > 0) {
        p = q;
        u -= shares[q];
      }
    }
    int k = rng.nextInt(count[p]);
    int i = byPlace[p][k];
    byPlace[p][k] = byPlace[p][--count[p]];
    return i;
  }

  private void add(int p, int i) {
    if (count[p] == byPlace[p].length) {
      byPlace[p] = Arrays.copyOf(byPlace[p], count[p] * 2);
    }
    byPlace[p][count[p]++] = i;
  }
}
