package org.activesim.bench.peers;

import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.core.network.FrozenNetwork;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * ActiveSim's resident rule as a MASON model: the peer of the performance comparison (issue 6).
 *
 * <p>Layout, as MASON users write it: a {@link SimState} subclass, one {@link MasonResident} {@code
 * Steppable} per resident with object references to its contacts, and one {@link Sequence} of all
 * residents followed by a {@link Commit} step, scheduled repeating once per week. Randomness is the
 * SimState's {@code MersenneTwisterFast}, one uniform per resident per week in resident order. The
 * update is synchronous: residents decide from the start-of-week levels, then the commit step
 * applies the decisions. The state is copied from a calibrated {@link Simulation} after its
 * burn-in. Groups, levers and stocks are not simulated: group membership, referral and bike flags
 * and the per-cell up factor stay as copied, so only the resident phase is compared.
 */
public final class MasonActivity extends SimState {
  private static final long serialVersionUID = 1L;

  private final MasonResident[] residents;

  private MasonActivity(long seed, MasonResident[] residents) {
    super(seed);
    this.residents = residents;
  }

  /** Copies the resident state and network of a simulation (after its burn-in). */
  public static MasonActivity copyOf(Simulation sim, RuleParameters rule, long seed) {
    Residents r = sim.residents();
    MasonResident[] agents = new MasonResident[r.count];
    for (int i = 0; i < r.count; i++) {
      MasonResident a = new MasonResident(rule, r.cell[i], rule.motivationFactor(r.motivation[i]));
      a.level = r.level[i];
      a.weeksInLevel = r.weeksInLevel(i);
      a.enteredUp = r.enteredUp[i] == 1;
      a.member = r.groupOf[i] >= 0;
      a.referralEngaged = r.referralEngaged[i] == 1;
      a.bike = r.bike[i] == 1;
      a.champion = r.champion[i] == 1;
      agents[i] = a;
    }
    FrozenNetwork net = sim.network();
    for (int i = 0; i < r.count; i++) {
      int from = net.rowStart(i);
      int degree = net.degree(i);
      agents[i].contacts = new MasonResident[degree];
      agents[i].weights = new float[degree];
      for (int k = 0; k < degree; k++) {
        agents[i].contacts[k] = agents[net.contact(i, from + k)];
        agents[i].weights[k] = net.weight(i, from + k);
      }
    }
    MasonActivity model = new MasonActivity(seed, agents);
    model.start();
    return model;
  }

  @Override
  public void start() {
    super.start();
    Steppable[] week = new Steppable[residents.length + 1];
    System.arraycopy(residents, 0, week, 0, residents.length);
    week[residents.length] = new Commit();
    schedule.scheduleRepeating(new Sequence(week));
  }

  /** Advances one week (one schedule step). */
  public void stepWeek() {
    schedule.step(this);
  }

  /** The residents, in ActiveSim's index order. */
  public MasonResident resident(int i) {
    return residents[i];
  }

  /** Residents per level. */
  public long[] levelCounts() {
    long[] counts = new long[3];
    for (MasonResident a : residents) {
      counts[a.level]++;
    }
    return counts;
  }

  /** The second half of the synchronous week: applies every resident's decision. */
  static final class Commit implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
      for (MasonResident a : ((MasonActivity) state).residents) {
        a.commit();
      }
    }
  }
}
