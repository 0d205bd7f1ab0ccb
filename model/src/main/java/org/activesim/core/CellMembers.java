package org.activesim.core;

/** Residents grouped by calibration cell (a counting sort, residents ascending within a cell). */
public final class CellMembers {
  private CellMembers() {}

  /** Residents of each cell, ascending. */
  public static int[][] of(Residents r, int cells) {
    int[] counts = new int[cells];
    for (int i = 0; i < r.count; i++) {
      counts[r.cell[i]]++;
    }
    int[][] members = new int[cells][];
    for (int c = 0; c < cells; c++) {
      members[c] = new int[counts[c]];
    }
    int[] fill = new int[cells];
    for (int i = 0; i < r.count; i++) {
      int c = r.cell[i];
      members[c][fill[c]++] = i;
    }
    return members;
  }
}
