package org.activesim.core;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Skip-ahead sampling of a chunk's weekly decisions: every resident has a uniform {@code U_i} for
 * the week, fixed by (seed, week, resident) whatever the model's state, but it is only drawn for
 * the residents whose cached bound ({@link MoveBounds}) it could fall below.
 *
 * <p>The field is built in two parts. With {@code M = }{@value #CANDIDATE_SHARE}, each resident is
 * a <em>candidate</em> with probability M, independently: the candidates are the arrivals of a
 * Bernoulli process sampled by geometric skips, each resident using up {@code λ = −ln(1 − M)} of an
 * Exp(1) budget (Devroye 1986, "Non-Uniform Random Variate Generation", ch. X.2), from the chunk's
 * counter-based stream; a candidate's uniform is {@code M·v}, v the stream's next uniform. Every
 * other resident's uniform is {@code M + (1 − M)·w}, w read by random access from a SplitMix64
 * sequence keyed by (seed, week) at the resident's index ({@link RandomStreams#uniformAt}). So
 * {@code U_i} is uniform on [0, 1) and independent across residents.
 *
 * <p>A resident whose bound is at most M can only move if it is a candidate; only the residents
 * with a larger (or unknown) bound need their uniform otherwise. A week at full scale visits about
 * 1% of residents as candidates and 3–5% for their large bounds, after reading one byte for each,
 * instead of drawing a uniform for every one (issue 6).
 *
 * <p>Because {@code U_i} does not depend on the state, two scenarios with the same seed share every
 * resident's uniforms, as with one uniform per resident (common random numbers, ODD 7.7); the
 * values differ from that scheme's, so the same seed gives another, equally likely run ({@code
 * ResidentDrawsTest}, {@code MoveProbabilityTest}).
 */
final class SkipAhead {

  /**
   * M, the share of residents who are candidates: those with a bound above it draw from the
   * SplitMix64 field instead (numerical choice: at full Essex scale 1% keeps both kinds of visit
   * near 1–4% of residents; bench/README).
   */
  static final double CANDIDATE_SHARE = 0.01;

  /** {@code −ln(1 − M)}: the Exp(1) budget each resident uses up. */
  private static final double RATE = -Math.log1p(-CANDIDATE_SHARE);

  /** A {@code largeCode} below every code: {@link #visit} then visits every resident. */
  static final int EVERY_CODE = -1;

  /** Receives a resident that may move, with its uniform. */
  @FunctionalInterface
  interface Candidate {
    void visit(int resident, double u);
  }

  /**
   * A chunk's candidates for a week, in increasing order, with their uniforms: the arrivals of the
   * chunk's Bernoulli process, drawn from its stream alone. They depend on no model state, so they
   * can be drawn before the state they are read with is ready (beside the levers; ResidentDynamics)
   * and then visited; the draws are the stream's, in the order the scan once took them.
   */
  static final class Candidates {
    private int[] resident = new int[64];
    private double[] uniform = new double[64];
    private int size;
    private int read;

    /** The key of what was drawn last ({@link #drawnFor}). */
    private long drawn = Long.MIN_VALUE;

    /**
     * Draws the candidates of {@code [from, to)} from the chunk's stream, replacing any drawn
     * before: a skip, then per candidate its uniform and the next skip.
     *
     * @param key what the draw is for (the week), told back by {@link #drawnFor}
     */
    void draw(int from, int to, UniformRandomProvider chunk, long key) {
      size = 0;
      read = 0;
      for (long next = from + skip(chunk); next < to; next += 1 + skip(chunk)) {
        if (size == resident.length) {
          resident = Arrays.copyOf(resident, size * 2);
          uniform = Arrays.copyOf(uniform, size * 2);
        }
        resident[size] = (int) next;
        uniform[size++] = CANDIDATE_SHARE * chunk.nextDouble();
      }
      drawn = key;
    }

    /** Whether the candidates drawn last were drawn for this key. */
    boolean drawnFor(long key) {
      return drawn == key;
    }

    /** The next candidate not yet visited, or {@code Long.MAX_VALUE} if none is left. */
    private long next() {
      return read < size ? resident[read] : Long.MAX_VALUE;
    }

    /** The next candidate's uniform; moves past it. */
    private double take() {
      return uniform[read++];
    }
  }

  private SkipAhead() {}

  /**
   * Visits, in increasing order, every resident of {@code [from, to)} that is a candidate or whose
   * code is above {@code largeCode}, with its uniform; residents not visited have a uniform at or
   * above M and a bound at most M, so they do not move.
   *
   * @param codes the residents' bound codes ({@link MoveBounds})
   * @param largeCode the largest code whose bound is at most M this week
   * @param candidates the chunk's candidates of the week, drawn for {@code [from, to)}
   * @param fieldKey the week's key for {@link RandomStreams#uniformAt}
   */
  static void visit(
      int from,
      int to,
      byte[] codes,
      int largeCode,
      Candidates candidates,
      long fieldKey,
      Candidate candidate) {
    candidates.read = 0;
    int i = from;
    // Eight codes a step: a word's large codes as one bit each (bit 7 of their byte), found in
    // order by trailing zeros. The scan read a byte and took a branch per resident, a third of
    // the resident phase at full scale (bench/README, session 7).
    boolean high = largeCode >= 0x80;
    long add = ONES * (high ? 0xFF - largeCode : 0x7F - largeCode);
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long word = (long) CODES.get(codes, i);
      long sum = (word & LOW7) + add; // bit 7 of a byte: its low seven bits exceed the cut
      long large = (high ? word & sum : word | sum) & HIGH;
      visitRun(i, i + Long.BYTES, large, candidates, fieldKey, candidate);
    }
    long large = 0; // the last, shorter run: the same bits, set one code at a time
    for (int k = i; k < to; k++) {
      if ((codes[k] & 0xFF) > largeCode) {
        large |= 0x80L << (Byte.SIZE * (k - i));
      }
    }
    visitRun(i, to, large, candidates, fieldKey, candidate);
  }

  /**
   * Visits, in order, the candidates and the residents with a large code among {@code [i, end)}, at
   * most eight: bit 7 of byte k of {@code large} marks resident {@code i + k}.
   */
  private static void visitRun(
      int i, int end, long large, Candidates candidates, long fieldKey, Candidate candidate) {
    long next = candidates.next();
    while (large != 0 || next < end) {
      int j = large != 0 ? i + (Long.numberOfTrailingZeros(large) >>> 3) : end;
      if (next <= j) { // a candidate first (one with a large code is visited as a candidate)
        int k = (int) next;
        if (k == j) {
          large &= large - 1;
        }
        candidate.visit(k, candidates.take());
        next = candidates.next();
      } else {
        large &= large - 1;
        double w = RandomStreams.uniformAt(fieldKey, j);
        candidate.visit(j, CANDIDATE_SHARE + (1 - CANDIDATE_SHARE) * w);
      }
    }
  }

  /** Residents passed over before the next candidate: geometric, from an Exp(1) budget. */
  private static long skip(UniformRandomProvider chunk) {
    return skip(chunk.nextDouble());
  }

  /**
   * {@link #exactSkip} for the uniform v, computed with {@code Math.log}, a compiler intrinsic,
   * where the floor is certain: {@code log1p} is a native call in JDK 17 (a seventh of the resident
   * phase at full scale). Both logarithms are within an ulp or two of {@code ln(1 − v)} ({@code 1 −
   * v} is exact for a double uniform), so the two quotients differ by a few ulps; away from a whole
   * number by far more than that, their floors agree, and near one the exact skip is computed. The
   * same draws, bit for bit ({@code SkipAheadTest}).
   */
  static long skip(double v) {
    double q = -Math.log(1 - v) / RATE;
    double whole = Math.floor(q);
    double margin = FLOOR_MARGIN * (1 + q);
    if (q - whole > margin && whole + 1 - q > margin) {
      return (long) Math.min(q, Integer.MAX_VALUE);
    }
    return exactSkip(v);
  }

  /** The skip for the uniform v as the field defines it: {@code ⌊−log1p(−v) / λ⌋}. */
  static long exactSkip(double v) {
    double budget = -Math.log1p(-v);
    return (long) Math.min(budget / RATE, Integer.MAX_VALUE);
  }

  /**
   * Relative distance from a whole number within which {@link #skip} computes the exact skip:
   * thousands of times the quotients' few-ulp difference (2.2e-16 an ulp).
   */
  private static final double FLOOR_MARGIN = 1e-12;

  /** Codes read eight at a time, byte k of the word being code {@code i + k}. */
  private static final VarHandle CODES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long LOW7 = 0x7F7F_7F7F_7F7F_7F7FL;
  private static final long HIGH = 0x8080_8080_8080_8080L;
}
