package org.activesim.bench.peers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.core.network.FrozenNetwork;

/**
 * The naive baseline of the performance comparison (issue 6): a {@code List} of {@link
 * NaiveResident} objects stepped synchronously (every resident decides, then every resident
 * commits), one {@link Random} uniform per resident per week in resident order. The state is copied
 * from a calibrated {@link Simulation} after its burn-in; groups, levers and stocks are not
 * simulated, as in {@link MasonActivity}.
 */
public final class NaiveActivity {
  private final List<NaiveResident> residents;
  private final Random random;

  private NaiveActivity(List<NaiveResident> residents, long seed) {
    this.residents = residents;
    this.random = new Random(seed);
  }

  /** Copies the resident state and network of a simulation (after its burn-in). */
  public static NaiveActivity copyOf(Simulation sim, RuleParameters rule, long seed) {
    Residents r = sim.residents();
    List<NaiveResident> list = new ArrayList<>(r.count);
    for (int i = 0; i < r.count; i++) {
      NaiveResident a = new NaiveResident(rule, r.cell[i], rule.motivationFactor(r.motivation[i]));
      a.level = r.level[i];
      a.weeksInLevel = r.weeksInLevel(i);
      a.enteredUp = r.enteredUp[i] == 1;
      a.member = r.groupOf[i] >= 0;
      a.referralEngaged = r.referralEngaged[i] == 1;
      a.bike = r.bike[i] == 1;
      a.champion = r.champion[i] == 1;
      list.add(a);
    }
    FrozenNetwork net = sim.network();
    for (int i = 0; i < r.count; i++) {
      NaiveResident a = list.get(i);
      a.weights = new float[net.degree(i)];
      for (int k = net.rowStart(i), n = 0; k < net.rowEnd(i); k++, n++) {
        a.contacts.add(list.get(net.contact(i, k)));
        a.weights[n] = net.weight(i, k);
      }
    }
    return new NaiveActivity(list, seed);
  }

  /** Advances one week: every resident decides, then every resident commits. */
  public void stepWeek() {
    for (NaiveResident a : residents) {
      a.decide(random.nextDouble());
    }
    for (NaiveResident a : residents) {
      a.commit();
    }
  }

  /** The resident with ActiveSim index i. */
  public NaiveResident resident(int i) {
    return residents.get(i);
  }

  /** Residents per level. */
  public long[] levelCounts() {
    long[] counts = new long[3];
    for (NaiveResident a : residents) {
      counts[a.level]++;
    }
    return counts;
  }
}
