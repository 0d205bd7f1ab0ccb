package org.activesim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activesim.scenario.CalibrationSpec;
import org.activesim.scenario.DynamicsSpec;
import org.activesim.scenario.EconomicsSpec;
import org.activesim.scenario.GroupSpec;
import org.activesim.scenario.IntegratorKind;
import org.activesim.scenario.NetworkSpec;
import org.activesim.scenario.OutputSpec;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.PopulationSpec;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.StockSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MODEL.md §7.6: with homogeneous mixing and no heterogeneity, the agents' aggregate trajectory
 * matches the equivalent stock-flow equations within Monte Carlo error.
 *
 * <p>One calibration cell, peers = the whole place, no habit, no motivation, no groups; relapse
 * kept; fast turnover (50% and 30% a year down) and non-linear peers (b_peer = 1.5) so that five
 * years show real transient dynamics. Forty per cent of the active are knocked down to inactive at
 * week 0, so the system travels far from equilibrium under non-linear peer contagion. The
 * stock-flow equivalent is the expected weekly map of the same process: stocks I, F, A, with the
 * 26-week relapse window as an aging chain of recent movers (F_r[0..25], A_r[0..25]).
 */
class MeanFieldAgreementTest {
  private static final int ADULTS = 50_000;
  private static final int WEEKS = 260;
  private static final double B_PEER = 1.5;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12})
  void agentAggregateFollowsTheMeanField(long seed) {
    try (Simulation sim = Simulation.create(scenario(seed), 2, ProgressListener.none())) {
      Residents r = sim.residents();
      for (int i = 0; i < r.count; i++) {
        if (r.level[i] == 2 && i % 5 < 2) {
          r.level[i] = 0;
          r.setWeeksInLevel(i, 1000);
          r.enteredUp[i] = 0;
          r.forgetMoveBound(i); // its cached bound was for the active level's hazards
        }
      }
      AgingChain chain = AgingChain.of(r, sim.hazards());
      double start = chain.inactiveShare();
      double maxGap = 0;
      for (int week = 0; week < WEEKS; week++) {
        sim.advanceWeek(); // its first call counts the levels written above
        chain.step();
        double agents = share(r, 0);
        // Binomial sd of a share over 50,000 agents is at most 0.0022: 0.01 is about 4.5 sd.
        assertEquals(
            chain.inactiveShare(), agents, 0.01, "inactive, week " + week + ", seed " + seed);
        assertEquals(
            chain.activeShare(), share(r, 2), 0.01, "active, week " + week + ", seed " + seed);
        maxGap = Math.max(maxGap, Math.abs(chain.inactiveShare() - agents));
      }
      assertTrue(
          start - chain.inactiveShare() > 0.05,
          "the test must exercise real dynamics: inactive went "
              + start
              + " → "
              + chain.inactiveShare());
    }
  }

  private static double share(Residents r, int level) {
    long n = 0;
    for (int i = 0; i < r.count; i++) {
      if (r.level[i] == level) {
        n++;
      }
    }
    return (double) n / r.count;
  }

  static Scenario scenario(long seed) {
    PopulationSpec d = PopulationSpec.defaults();
    PopulationSpec homogeneous =
        new PopulationSpec(
            0.8,
            d.quintileInactiveShares(),
            d.fairlyActiveShareOfNotInactive(),
            0,
            1,
            new double[] {1, 0, 0, 0},
            new double[] {1, 1, 1, 1},
            0,
            1,
            d.householdSizeShares(),
            2,
            2);
    DynamicsSpec x = DynamicsSpec.defaults();
    DynamicsSpec dynamics =
        new DynamicsSpec(
            0.5,
            0.3,
            B_PEER,
            x.bGroup(),
            x.cGroup(),
            x.bReferral(),
            x.bEnvironment(),
            x.bTravel(),
            x.bAwareness(),
            0,
            0,
            x.habitScaleWeeks(),
            x.relapseWindowWeeks(),
            x.relapseShare());
    NetworkSpec n = NetworkSpec.defaults();
    return new Scenario(
        "mean-field",
        "",
        seed,
        5,
        1,
        IntegratorKind.EULER,
        homogeneous,
        List.of(
            new PlaceSpec("Town", ADULTS * 10 / 8, new double[] {1, 0, 0, 0, 0}, null, 0.5, 2, 0)),
        new NetworkSpec(n.localDegree(), n.rewiring(), 0, 2, 3, true, n.neighbourhoodSize()),
        dynamics,
        new CalibrationSpec(0),
        GroupSpec.defaults(),
        StockSpec.defaults(),
        List.of(),
        EconomicsSpec.defaults(),
        OutputSpec.defaults());
  }

  /** The expected weekly map of the agents' process, as counts in compartments. */
  static final class AgingChain {
    private final HazardModel h;
    private final int window;
    private final double n;
    private double inactive;
    private double[] fairlyRecent;
    private double fairlyOld;
    private double[] activeRecent;
    private double activeOld;

    private AgingChain(HazardModel h, int n) {
      this.h = h;
      this.window = h.spec().relapseWindowWeeks();
      this.n = n;
      fairlyRecent = new double[window];
      activeRecent = new double[window];
    }

    static AgingChain of(Residents r, HazardModel h) {
      AgingChain c = new AgingChain(h, r.count);
      for (int i = 0; i < r.count; i++) {
        boolean recent = h.recentlyUp(r.enteredUp[i], r.weeksInLevel(i));
        switch (r.level[i]) {
          case 0 -> c.inactive++;
          case 1 -> {
            if (recent) {
              c.fairlyRecent[r.weeksInLevel(i)]++;
            } else {
              c.fairlyOld++;
            }
          }
          default -> {
            if (recent) {
              c.activeRecent[r.weeksInLevel(i)]++;
            } else {
              c.activeOld++;
            }
          }
        }
      }
      return c;
    }

    void step() {
      double fairly = fairlyOld + sum(fairlyRecent);
      double active = activeOld + sum(activeRecent);
      double up0 = upProbability(0, (fairly + active) / (n - 1));
      double up1 = upProbability(1, active / (n - 1));
      double relapse1 = Rates.probability(h.relapseHazard[1]);
      double relapse2 = Rates.probability(h.relapseHazard[2]);
      double down1 = Rates.probability(h.d0[1]);
      double down2 = Rates.probability(h.d0[2]);
      double[] fr = new double[window];
      double[] ar = new double[window];
      double toInactive = fairlyOld * down1;
      double toFairlyOld = fairlyOld * (1 - up1 - down1) + activeOld * down2;
      double toActiveRecent = fairlyOld * up1;
      double toActiveOld = activeOld * (1 - down2);
      for (int a = 0; a < window; a++) {
        double f = fairlyRecent[a];
        toInactive += f * relapse1;
        toActiveRecent += f * up1;
        double stayF = f * (1 - up1 - relapse1);
        double stayA = activeRecent[a] * (1 - relapse2);
        toFairlyOld += activeRecent[a] * relapse2;
        if (a + 1 < window) {
          fr[a + 1] = stayF;
          ar[a + 1] = stayA;
        } else {
          toFairlyOld += stayF;
          toActiveOld += stayA;
        }
      }
      fr[0] = inactive * up0;
      ar[0] = toActiveRecent;
      inactive = inactive * (1 - up0) + toInactive;
      fairlyRecent = fr;
      fairlyOld = toFairlyOld;
      activeRecent = ar;
      activeOld = toActiveOld;
    }

    private double upProbability(int level, double peerUp) {
      return Rates.probability(h.u0[level] * Math.exp(B_PEER * (peerUp - h.peerRef[level])));
    }

    double inactiveShare() {
      return inactive / n;
    }

    double activeShare() {
      return (activeOld + sum(activeRecent)) / n;
    }

    private static double sum(double[] v) {
      double s = 0;
      for (double x : v) {
        s += x;
      }
      return s;
    }
  }
}
