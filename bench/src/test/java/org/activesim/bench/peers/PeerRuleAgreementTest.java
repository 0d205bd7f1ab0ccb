package org.activesim.bench.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.function.IntUnaryOperator;
import org.activesim.core.HazardModel;
import org.activesim.core.ProgressListener;
import org.activesim.core.Rates;
import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.io.ScenarioLoader;
import org.activesim.scenario.DynamicsSpec;
import org.activesim.scenario.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The peers compute ActiveSim's resident rule. Two checks, on the shipped Essex scenario at scale
 * 100 (about 12k agents) with its levers removed, so that nothing but the resident rule and the
 * groups changes the state:
 *
 * <ol>
 *   <li>Hazards, per resident, for every resident of the calibrated state: the MASON and naive
 *       peers give bit-identical up- and down-hazards, and both agree to 1e-6 (relative) with a
 *       reference written here from MODEL.md §3 in its exponential form through the model's public
 *       API only ({@link HazardModel#upScale}, {@code downScale}, {@code peerReference}, {@code
 *       relapseCoefficient}, the {@link DynamicsSpec} coefficients). The 1e-6 covers the kernel's
 *       float peer shares, habit table and motivation factors against the doubles used here.
 *   <li>Moves, over 520 weeks (10 years) stepped from the same calibrated state, each
 *       implementation with its own random stream: ActiveSim through {@link
 *       Simulation#advanceWeek()} (its real kernel, plus GROUPS, COMMIT and STOCKS), MASON and
 *       naive through their own steps. Before each week, the move probabilities of every resident
 *       are summed from the hazards of that implementation's current state (for ActiveSim, the
 *       reference formula above on {@link Simulation#residents()}, so its changing group
 *       memberships are included); the moves observed over the 520 weeks, per kind (up from 0, up
 *       from 1, down from 1, down from 2; 1,500–3,100 each), must equal the sum within 4 standard
 *       deviations ({@code 4 √Σ p(1 − p)}, about ±10%). A wrong rule constant (d0, u0, relapse) or
 *       a wrong update order fails it; the three are also checked against each other through the
 *       level shares at week 520, within 0.02 (ActiveSim's groups evolve while the peers keep the
 *       copied memberships, so the shares may drift apart a little).
 * </ol>
 */
class PeerRuleAgreementTest {
  private static final long SEED = 20261126L;
  private static final int WEEKS = 520;
  private static final double SDS = 4;
  private static final double SHARE_TOLERANCE = 0.02;

  private static Scenario scenario;
  private static Simulation sim;
  private static RuleParameters rule;

  @BeforeAll
  static void build() throws Exception {
    scenario =
        ScenarioLoader.load(Path.of("../scenarios/essex-ldp.yaml"))
            .withScale(100)
            .withYears(10)
            .withSeed(SEED)
            .withLevers(List.of());
    sim = Simulation.create(scenario, 1, ProgressListener.none());
    rule = RuleParameters.of(sim, scenario.network());
  }

  @AfterAll
  static void close() {
    sim.close();
  }

  @Test
  void peersGiveTheHazardsOfTheModelFormula() {
    MasonActivity mason = MasonActivity.copyOf(sim, rule, SEED);
    NaiveActivity naive = NaiveActivity.copyOf(sim, rule, SEED);
    Residents r = sim.residents();
    int checkedUp = 0;
    int checkedDown = 0;
    for (int i = 0; i < r.count; i++) {
      int level = r.level[i];
      if (level < 2) {
        double m = mason.resident(i).upHazard();
        assertEquals(m, naive.resident(i).upHazard(), 0.0, "up-hazard of resident " + i);
        assertEquals(referenceUp(sim, i), m, 1e-6 * m, "up-hazard of resident " + i);
        checkedUp++;
      }
      if (level > 0) {
        double m = mason.resident(i).downHazard();
        assertEquals(m, naive.resident(i).downHazard(), 0.0, "down-hazard of resident " + i);
        assertEquals(referenceDown(sim, i), m, 1e-6 * m, "down-hazard of resident " + i);
        checkedDown++;
      }
    }
    assertTrue(checkedUp > 1000 && checkedDown > 1000, checkedUp + " / " + checkedDown);
  }

  @Test
  void everyImplementationMovesAsItsHazardsPredict() {
    try (Simulation kernel = Simulation.create(scenario, 1, ProgressListener.none())) {
      MasonActivity mason = MasonActivity.copyOf(kernel, rule, SEED + 1);
      NaiveActivity naive = NaiveActivity.copyOf(kernel, rule, SEED + 2);
      int n = kernel.residents().count;
      Moves kernelMoves = new Moves("ActiveSim");
      Moves masonMoves = new Moves("MASON");
      Moves naiveMoves = new Moves("naive");
      for (int w = 0; w < WEEKS; w++) {
        byte[] before = kernel.residents().level.clone();
        kernelMoves.expect(
            n, i -> before[i], i -> referenceUp(kernel, i), i -> referenceDown(kernel, i));
        kernel.advanceWeek();
        byte[] after = kernel.residents().level;
        kernelMoves.observe(n, i -> before[i], i -> after[i]);
        int[] m = levels(n, i -> mason.resident(i).level());
        masonMoves.expect(
            n, i -> m[i], i -> mason.resident(i).upHazard(), i -> mason.resident(i).downHazard());
        mason.stepWeek();
        masonMoves.observe(n, i -> m[i], i -> mason.resident(i).level());
        int[] v = levels(n, i -> naive.resident(i).level());
        naiveMoves.expect(
            n, i -> v[i], i -> naive.resident(i).upHazard(), i -> naive.resident(i).downHazard());
        naive.stepWeek();
        naiveMoves.observe(n, i -> v[i], i -> naive.resident(i).level());
      }
      kernelMoves.check();
      masonMoves.check();
      naiveMoves.check();
      long[] kernelLevels = new long[3];
      for (byte l : kernel.residents().level) {
        kernelLevels[l]++;
      }
      for (int l = 0; l < 3; l++) {
        double share = kernelLevels[l] / (double) n;
        double masonShare = mason.levelCounts()[l] / (double) n;
        double naiveShare = naive.levelCounts()[l] / (double) n;
        System.out.printf(
            "[agreement] share at level %d, week %d: ActiveSim %.4f, MASON %.4f, naive %.4f%n",
            l, WEEKS, share, masonShare, naiveShare);
        assertEquals(share, masonShare, SHARE_TOLERANCE, "MASON level " + l);
        assertEquals(share, naiveShare, SHARE_TOLERANCE, "naive level " + l);
      }
    }
  }

  /**
   * Moves per kind (up from 0, up from 1, down from 1, down from 2): observed, and expected with
   * its variance from each week's hazards ({@code Σ p}, {@code Σ p (1 − p)}), summed over weeks.
   */
  private static final class Moves {
    private static final String[] KINDS = {"up from 0", "up from 1", "down from 1", "down from 2"};
    private final String who;
    private final long[] observed = new long[4];
    private final double[] expected = new double[4];
    private final double[] variance = new double[4];

    Moves(String who) {
      this.who = who;
    }

    /** Adds the week's move probabilities; the uniform decides up first, as in the kernel. */
    void expect(int n, IntUnaryOperator level, IntToDoubleFunction up, IntToDoubleFunction down) {
      for (int i = 0; i < n; i++) {
        int l = level.applyAsInt(i);
        double pUp = l < 2 ? Rates.probability(up.applyAsDouble(i)) : 0;
        double pDown = l > 0 ? Math.min(1 - pUp, Rates.probability(down.applyAsDouble(i))) : 0;
        if (l < 2) {
          expected[l] += pUp;
          variance[l] += pUp * (1 - pUp);
        }
        if (l > 0) {
          expected[l + 1] += pDown;
          variance[l + 1] += pDown * (1 - pDown);
        }
      }
    }

    void observe(int n, IntUnaryOperator before, IntUnaryOperator after) {
      for (int i = 0; i < n; i++) {
        int from = before.applyAsInt(i);
        int to = after.applyAsInt(i);
        if (to > from) {
          observed[from]++;
        } else if (to < from) {
          observed[from + 1]++;
        }
      }
    }

    void check() {
      for (int k = 0; k < 4; k++) {
        double tolerance = SDS * Math.sqrt(variance[k]);
        System.out.printf(
            "[agreement] %s, %s over %d weeks: observed %d, expected %.1f ± %.1f%n",
            who, KINDS[k], WEEKS, observed[k], expected[k], tolerance);
        assertTrue(variance[k] > 100, who + " " + KINDS[k] + ": too few moves to test");
        assertEquals(expected[k], observed[k], tolerance, who + " " + KINDS[k]);
      }
    }
  }

  private static int[] levels(int n, IntUnaryOperator level) {
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = level.applyAsInt(i);
    }
    return out;
  }

  /** MODEL.md §3 up-hazard, exponential form, from public state only. */
  private static double referenceUp(Simulation sim, int i) {
    Residents r = sim.residents();
    HazardModel h = sim.hazards();
    DynamicsSpec s = h.spec();
    int level = r.level[i];
    double exponent =
        s.bPeer() * (referencePeerUp(sim, i) - h.peerReference(level))
            + (r.groupOf[i] >= 0 ? s.bGroup() : 0)
            + (r.referralEngaged[i] == 1 ? s.bReferral() : 0)
            + (r.bike[i] == 1 ? s.bTravel() : 0)
            + s.bMotivation() * (r.motivation[i] - 0.5);
    return h.upScale(r.cell[i], level) * sim.cellUpFactor(r.cell[i]) * Math.exp(exponent);
  }

  /** MODEL.md §3 down-hazard, exponential form, from public state only. */
  private static double referenceDown(Simulation sim, int i) {
    Residents r = sim.residents();
    HazardModel h = sim.hazards();
    DynamicsSpec s = h.spec();
    int level = r.level[i];
    int w = Math.min(r.weeksInLevel(i), HazardModel.HABIT_TABLE_WEEKS);
    boolean recentlyUp = r.enteredUp[i] == 1 && r.weeksInLevel(i) < s.relapseWindowWeeks();
    double exponent =
        (r.groupOf[i] >= 0 ? -s.cGroup() : 0) + (recentlyUp ? h.relapseCoefficient(level) : 0);
    return h.downScale(level)
        * Math.pow(1 + w / s.habitScaleWeeks(), -s.bHabit())
        * Math.exp(exponent);
  }

  /** Weighted share of more-active contacts, in doubles; champions weigh championWeight. */
  private static double referencePeerUp(Simulation sim, int i) {
    Residents r = sim.residents();
    FrozenNetwork net = sim.network();
    double sum = 0;
    double higher = 0;
    for (int k = net.rowStart(i); k < net.rowEnd(i); k++) {
      int j = net.contact(i, k);
      double weight = net.weight(i, k);
      double w = r.champion[j] == 1 ? weight * scenario.network().championWeight() : weight;
      sum += w;
      if (r.level[j] > r.level[i]) {
        higher += w;
      }
    }
    return sum > 0 ? higher / sum : sim.hazards().peerReference(r.level[i]);
  }
}
