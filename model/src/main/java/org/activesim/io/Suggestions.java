package org.activesim.io;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for misspelt keys and choices. */
final class Suggestions {

  /** Keys longer than this get no suggestion: the distance computation is quadratic. */
  private static final int MAX_LENGTH = 200;

  private Suggestions() {}

  /**
   * The closest candidate within {@link #maxDistance} edits, ignoring case, '_' and '-' (so {@code
   * b_peer} and {@code BPeer} both suggest {@code bPeer}); ties go to the earlier candidate.
   */
  static Optional<String> closest(String typo, Collection<String> candidates) {
    if (typo.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String t = normalise(typo);
    String best = null;
    int bestDistance = maxDistance(t.length()) + 1;
    for (String c : candidates) {
      int d = distance(t, normalise(c));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Two edits turn "base" into "name": short words get one edit, long keys up to three. */
  static int maxDistance(int length) {
    return length <= 4 ? 1 : length <= 12 ? 2 : 3;
  }

  private static String normalise(String s) {
    return s.replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
  }

  /**
   * Edit distance counting insertions, deletions, substitutions and swaps of neighbours (optimal
   * string alignment), so that the common typo "yaers" is one edit from "years".
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
