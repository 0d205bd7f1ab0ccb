package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.junit.jupiter.api.Test;

/**
 * The skip-ahead sampler: every resident's uniform is fixed by (seed, week, resident) whatever the
 * bounds; the field is uniform and independent; and a resident it passes over has a uniform of at
 * least M and a bound of at most M, so it could not have moved. Seeded, so the statistical checks
 * give the same verdict every run.
 */
class SkipAheadTest {
  private static final int RESIDENTS = 2 * ResidentDynamics.CHUNK + 1_000; // a ragged last chunk
  private static final double M = SkipAhead.CANDIDATE_SHARE;

  private final RandomStreams streams = new RandomStreams(42);

  /** Codes as a week has them: mostly small bounds, some large, a few unknown. */
  private static byte[] codes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] codes = new byte[RESIDENTS];
    for (int i = 0; i < RESIDENTS; i++) {
      double x = random.nextDouble();
      codes[i] =
          (byte) (x < 0.9 ? random.nextInt(150) : x < 0.995 ? 150 + random.nextInt(104) : 255);
    }
    return codes;
  }

  /** A chunk's candidates of {@code [from, to)}, drawn from its stream. */
  private static SkipAhead.Candidates drawn(int from, int to, UniformRandomProvider chunk) {
    SkipAhead.Candidates candidates = new SkipAhead.Candidates();
    candidates.draw(from, to, chunk, 0);
    return candidates;
  }

  /** Every resident's uniform of one week as the sampler gives it; NaN for those not visited. */
  private double[] week(long week, byte[] codes, int largeCode) {
    double[] u = new double[RESIDENTS];
    Arrays.fill(u, Double.NaN);
    long key = streams.fieldKey(RandomStreams.Purpose.RESIDENT_TRANSITIONS, week);
    for (int c = 0; c * ResidentDynamics.CHUNK < RESIDENTS; c++) {
      int from = c * ResidentDynamics.CHUNK;
      int to = Math.min(RESIDENTS, from + ResidentDynamics.CHUNK);
      int[] last = {from - 1};
      SkipAhead.visit(
          from,
          to,
          codes,
          largeCode,
          drawn(from, to, streams.block(RandomStreams.Purpose.RESIDENT_TRANSITIONS, week, c)),
          key,
          (i, x) -> {
            assertTrue(i > last[0] && i < to, "visits in increasing order, inside the chunk");
            last[0] = i;
            u[i] = x;
          });
    }
    return u;
  }

  @Test
  void aResidentsUniformDoesNotDependOnTheBoundsAndThoseSkippedCouldNotMove() {
    for (long w = 0; w < 20; w++) {
      double[] field = week(w, codes(w), SkipAhead.EVERY_CODE);
      byte[] codes = codes(100 + w);
      int largeCode = 140;
      double[] sampled = week(w, codes, largeCode);
      for (int i = 0; i < RESIDENTS; i++) {
        assertTrue(field[i] >= 0 && field[i] < 1, "every resident visited, with a uniform");
        if (Double.isNaN(sampled[i])) {
          assertTrue(field[i] >= M, "passed over, so its uniform is at least M");
          assertTrue((codes[i] & 0xFF) <= largeCode, "passed over, so its bound is at most M");
        } else {
          assertEquals(field[i], sampled[i], "the same uniform whatever the bounds");
        }
      }
    }
  }

  @Test
  void theFieldIsUniformAndIndependentAcrossResidents() {
    int weeks = 40;
    double[] all = new double[weeks * RESIDENTS];
    double[] x = new double[weeks * (RESIDENTS - 1)];
    double[] y = new double[x.length];
    long candidates = 0;
    for (int w = 0; w < weeks; w++) {
      double[] u = week(w, codes(w), SkipAhead.EVERY_CODE);
      System.arraycopy(u, 0, all, w * RESIDENTS, RESIDENTS);
      System.arraycopy(u, 0, x, w * (RESIDENTS - 1), RESIDENTS - 1);
      System.arraycopy(u, 1, y, w * (RESIDENTS - 1), RESIDENTS - 1);
      for (double v : u) {
        candidates += v < M ? 1 : 0;
      }
    }
    double p =
        new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new UniformRealDistribution(0, 1), all);
    assertTrue(p > 0.001, "the uniforms are uniform, p = " + p);
    double expected = M * all.length;
    double z = (candidates - expected) / Math.sqrt(expected * (1 - M));
    assertTrue(Math.abs(z) < 4, "share of candidates M: z = " + z);
    double r = new PearsonsCorrelation().correlation(x, y);
    assertTrue(Math.abs(r) * Math.sqrt(x.length) < 4, "neighbours uncorrelated: r = " + r);
  }

  @Test
  void aMoveHappensWithTheRulesProbability() {
    // Residents move with probability p_i below their bound; count moves per class of bound.
    byte[] codes = new byte[RESIDENTS];
    double[] p = new double[RESIDENTS];
    double[] bound = {0.0005, 0.005, 0.03, 0.3};
    int[] code = {50, 120, 160, 255}; // largeCode 130: the first two classes are below M
    SplittableRandom random = new SplittableRandom(5);
    for (int i = 0; i < RESIDENTS; i++) {
      int k = random.nextInt(4);
      codes[i] = (byte) code[k];
      p[i] = bound[k] * random.nextDouble();
    }
    long[] moves = new long[4];
    double[] expected = new double[4];
    int weeks = 2_000;
    for (int w = 0; w < weeks; w++) {
      double[] u = week(w, codes, 130);
      for (int i = 0; i < RESIDENTS; i++) {
        int k = Arrays.binarySearch(code, codes[i] & 0xFF);
        expected[k] += p[i];
        if (u[i] < p[i]) { // NaN (not visited) never moves
          moves[k]++;
        }
      }
    }
    for (int k = 0; k < 4; k++) {
      // Moves of a class are a sum of independent Bernoulli variables: variance at most the mean.
      double z = (moves[k] - expected[k]) / Math.sqrt(expected[k]);
      String report =
          String.format(
              "bound %s: %d moves, %.1f expected, z %.2f", bound[k], moves[k], expected[k], z);
      System.out.println("[skip-ahead] " + report);
      assertTrue(Math.abs(z) < 4, report);
    }
  }

  @Test
  void theFastSkipIsTheExactSkipBitForBit() {
    // Random uniforms, and the uniforms nearest the points where the exact quotient crosses a
    // whole number, where the two logarithms' last-ulp differences would change the floor.
    SplittableRandom random = new SplittableRandom(11);
    for (int k = 0; k < 1_000_000; k++) {
      double v = random.nextDouble();
      assertEquals(SkipAhead.exactSkip(v), SkipAhead.skip(v), "v = " + v);
    }
    double rate = -Math.log1p(-M);
    int nearWhole = 0;
    for (int whole = 1; whole < 3_000; whole++) {
      double v0 = -Math.expm1(-whole * rate);
      for (int ulps = -8; ulps <= 8; ulps++) {
        double v = v0 + ulps * Math.ulp(v0);
        if (v >= 0 && v < 1) {
          long exact = SkipAhead.exactSkip(v);
          nearWhole += exact == whole - 1 ? 1 : 0;
          assertEquals(exact, SkipAhead.skip(v), "v = " + v + " near skip " + whole);
        }
      }
    }
    assertTrue(nearWhole > 1_000, "the crafted uniforms straddle whole skips: " + nearWhole);
  }

  @Test
  void wordAtATimeScanVisitsWhatTheByteScanVisits() {
    // Every cut, including those whose bit tricks differ (below and above 0x80, -1 for all), over
    // codes of every value, in ragged ranges: the same residents, in the same order, same uniforms.
    SplittableRandom random = new SplittableRandom(3);
    byte[] codes = new byte[1_000];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = (byte) random.nextInt(256);
    }
    long key = streams.fieldKey(RandomStreams.Purpose.RESIDENT_TRANSITIONS, 7);
    for (int largeCode = SkipAhead.EVERY_CODE; largeCode <= 254; largeCode++) {
      int from = random.nextInt(9);
      int to = codes.length - random.nextInt(9);
      StringBuilder scanned = new StringBuilder();
      SkipAhead.visit(
          from,
          to,
          codes,
          largeCode,
          drawn(
              from,
              to,
              streams.block(RandomStreams.Purpose.RESIDENT_TRANSITIONS, 7, largeCode + 1)),
          key,
          (i, u) -> scanned.append(i).append(':').append(u).append(' '));
      StringBuilder expected = new StringBuilder();
      UniformRandomProvider chunk =
          streams.block(RandomStreams.Purpose.RESIDENT_TRANSITIONS, 7, largeCode + 1);
      long next = from + SkipAhead.exactSkip(chunk.nextDouble());
      for (int i = from; i < to; i++) { // the byte-at-a-time scan the word scan replaced
        if (i == next) {
          expected.append(i).append(':').append(M * chunk.nextDouble()).append(' ');
          next = i + 1 + SkipAhead.exactSkip(chunk.nextDouble());
        } else if ((codes[i] & 0xFF) > largeCode) {
          double w = RandomStreams.uniformAt(key, i);
          expected.append(i).append(':').append(M + (1 - M) * w).append(' ');
        }
      }
      assertEquals(expected.toString(), scanned.toString(), "cut " + largeCode);
    }
  }

  @Test
  void uniformAtReadsTheSplitMix64SequenceAtAnyIndex() {
    long key = 0x1234_5678_9ABCL;
    SplitMix64 sequence = new SplitMix64(key);
    for (int index = 0; index < 100; index++) {
      assertEquals(sequence.nextDouble(), RandomStreams.uniformAt(key, index));
    }
  }
}
