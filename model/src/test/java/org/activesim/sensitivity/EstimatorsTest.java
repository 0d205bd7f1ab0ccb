package org.activesim.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The estimators against functions whose indices are known in closed form. */
class EstimatorsTest {

  /**
   * Ishigami and Homma (1990): f = sin x1 + a sin² x2 + b x3⁴ sin x1 on [−π, π]³. With a = 7, b =
   * 0.1 the analytical indices (Saltelli et al. 2008, Global Sensitivity Analysis, §4.4) are S =
   * (0.3139, 0.4424, 0), ST = (0.5576, 0.4424, 0.2437).
   */
  static double ishigami(double[] x) {
    return Math.sin(x[0])
        + 7 * Math.pow(Math.sin(x[1]), 2)
        + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]);
  }

  static final double[] ISHIGAMI_S = {0.3139, 0.4424, 0.0};
  static final double[] ISHIGAMI_ST = {0.5576, 0.4424, 0.2437};

  static List<Parameter> cube(int k, double min, double max) {
    List<Parameter> ps = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      ps.add(new Parameter("x" + (i + 1), new Prior.Uniform(min, max)));
    }
    return ps;
  }

  static double[] evaluate(Design d, ToDoubleFunction<double[]> f) {
    double[] y = new double[d.size()];
    for (int row = 0; row < d.size(); row++) {
      y[row] = f.applyAsDouble(d.values(row));
    }
    return y;
  }

  /** Jansen's estimators on 2^13 Sobol base rows: every index within 0.02 of its exact value. */
  @Test
  void sobolRecoversTheIshigamiIndices() {
    Design d = Sobol.design(cube(3, -Math.PI, Math.PI), 8192);
    assertEquals(8192 * 5, d.size());
    List<Sobol.Indices> idx =
        Sobol.analyse(d, evaluate(d, EstimatorsTest::ishigami), 200, new SplitMix64(7L));
    for (int i = 0; i < 3; i++) {
      Sobol.Indices s = idx.get(i);
      assertEquals(ISHIGAMI_S[i], s.first().estimate(), 0.02, "S" + (i + 1));
      assertEquals(ISHIGAMI_ST[i], s.total().estimate(), 0.02, "ST" + (i + 1));
      // The bootstrap interval (which treats the quasi-random rows as random, so is on the safe
      // side) holds the exact value and is narrow at this N.
      assertTrue(s.first().low() <= ISHIGAMI_S[i] && ISHIGAMI_S[i] <= s.first().high(), "" + s);
      assertTrue(s.total().low() <= ISHIGAMI_ST[i] && ISHIGAMI_ST[i] <= s.total().high(), "" + s);
      assertTrue(s.total().high() - s.total().low() < 0.1, "ST interval " + s.total());
    }
  }

  /**
   * The error shrinks as the sample grows (a check that the estimator converges, not just lands).
   */
  @Test
  void sobolErrorShrinksWithTheSample() {
    double small = worstError(512);
    double large = worstError(16384);
    assertTrue(large < small, "worst error " + small + " at 512, " + large + " at 16384");
    assertTrue(large < 0.01, "worst error at 16384: " + large);
  }

  private static double worstError(int n) {
    Design d = Sobol.design(cube(3, -Math.PI, Math.PI), n);
    List<Sobol.Indices> idx = Sobol.analyse(d, evaluate(d, EstimatorsTest::ishigami), 0, null);
    double worst = 0;
    for (int i = 0; i < 3; i++) {
      worst = Math.max(worst, Math.abs(idx.get(i).first().estimate() - ISHIGAMI_S[i]));
      worst = Math.max(worst, Math.abs(idx.get(i).total().estimate() - ISHIGAMI_ST[i]));
    }
    return worst;
  }

  /** Linear y = Σ c_i x_i, x_i uniform on [0, 2]: S_i = ST_i = c_i² / Σ c_j². */
  @Test
  void sobolOnALinearModelGivesSquaredCoefficientShares() {
    double[] c = {3, -2, 1, 0};
    Design d = Sobol.design(cube(4, 0, 2), 4096);
    List<Sobol.Indices> idx = Sobol.analyse(d, evaluate(d, x -> dot(c, x)), 0, null);
    for (int i = 0; i < 4; i++) {
      double exact = c[i] * c[i] / 14.0;
      assertEquals(exact, idx.get(i).first().estimate(), 0.01, "S" + i);
      assertEquals(exact, idx.get(i).total().estimate(), 0.01, "ST" + i);
    }
  }

  static double dot(double[] c, double[] x) {
    double s = 0;
    for (int i = 0; i < c.length; i++) {
      s += c[i] * x[i];
    }
    return s;
  }

  /**
   * Morris on a linear model over ranges of different widths: every elementary effect is c_i ×
   * width (output per whole range), so μ = that, μ* = |that| and σ = 0, for any seed.
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void morrisRecoversLinearCoefficients(long seed) {
    double[] c = {3, -2, 0.5, 0};
    double[] width = {1, 2, 4, 1};
    List<Parameter> ps = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      ps.add(new Parameter("x" + i, new Prior.Uniform(-1, -1 + width[i])));
    }
    UniformRandomProvider rng = new SplitMix64(seed);
    Design d = Morris.design(ps, 10, Morris.DEFAULT_LEVELS, rng);
    assertEquals(10 * 5, d.size());
    List<Morris.Effect> e = Morris.analyse(d, evaluate(d, x -> dot(c, x)), 100, rng);
    for (int i = 0; i < 4; i++) {
      double ee = c[i] * width[i];
      assertEquals(ee, e.get(i).mu(), 1e-9, "mu, seed " + seed);
      assertEquals(Math.abs(ee), e.get(i).muStar().estimate(), 1e-9, "mu*, seed " + seed);
      assertEquals(0, e.get(i).sigma(), 1e-9, "sigma, seed " + seed);
    }
  }

  /** Morris separates an interaction (σ > 0) from a purely additive effect (σ = 0). */
  @Test
  void morrisSigmaFlagsInteractions() {
    List<Parameter> ps = cube(3, 0, 1);
    UniformRandomProvider rng = new SplitMix64(11L);
    Design d = Morris.design(ps, 20, Morris.DEFAULT_LEVELS, rng);
    List<Morris.Effect> e = Morris.analyse(d, evaluate(d, x -> x[0] + 4 * x[1] * x[2]), 0, rng);
    assertEquals(0, e.get(0).sigma(), 1e-9);
    assertTrue(e.get(1).sigma() > 0.5, "x2 interacts with x3: " + e.get(1));
    assertTrue(e.get(2).sigma() > 0.5, "x3 interacts with x2: " + e.get(2));
  }

  /** OAT on a linear model: the swing is c_i × width, the intervals collapse without noise. */
  @Test
  void oneAtATimeGivesLinearSwingsSortedLargestFirst() {
    double[] c = {1, -5, 2};
    List<Parameter> ps = cube(3, 0, 2);
    Design d = OneAtATime.design(ps);
    double[] y = evaluate(d, x -> dot(c, x));
    double[][] reps = new double[y.length][];
    for (int i = 0; i < y.length; i++) {
      reps[i] = new double[] {y[i], y[i]};
    }
    List<OneAtATime.Effect> e = OneAtATime.analyse(d, reps);
    assertEquals(List.of("x2", "x3", "x1"), e.stream().map(OneAtATime.Effect::parameter).toList());
    assertEquals(10, e.get(0).swing(), 1e-12);
    assertEquals(5, e.get(0).low().estimate(), 1e-12, "x2 at 0 from 1: −5 × −1");
    assertEquals(-5, e.get(0).high().estimate(), 1e-12);
    assertEquals(0, e.get(0).high().high() - e.get(0).high().low(), 1e-12);
  }

  /**
   * Noise share: pure noise around a constant is about 1/R of... the variance of means is all
   * noise.
   */
  @Test
  void noiseShareSeparatesParametersFromChance() {
    UniformRandomProvider rng = new SplitMix64(5L);
    int points = 200;
    int reps = 4;
    double[][] noiseOnly = new double[points][reps];
    double[][] signal = new double[points][reps];
    for (int p = 0; p < points; p++) {
      for (int r = 0; r < reps; r++) {
        double noise = rng.nextDouble() - 0.5;
        noiseOnly[p][r] = noise;
        signal[p][r] = 10 * p / (double) points + noise;
      }
    }
    assertEquals(1, MonteCarloNoise.of(noiseOnly).share(), 0.25);
    assertTrue(MonteCarloNoise.of(signal).share() < 0.01);
  }

  @Test
  void priorsMapTheUnitIntervalOntoTheirRanges() {
    Prior t = new Prior.TruncatedNormal(1, 0.5, 0, 1.5);
    assertEquals(0, t.quantile(0), 1e-9);
    assertEquals(1.5, t.quantile(1), 1e-9);
    assertEquals(1, new Prior.TruncatedNormal(1, 0.5, 0, 2).quantile(0.5), 1e-6);
    assertEquals(0.5, new Prior.Triangular(0, 0.5, 1).quantile(0.5), 1e-9);
    assertEquals(3, new Prior.Uniform(2, 4).quantile(0.5), 1e-12);
  }
}
