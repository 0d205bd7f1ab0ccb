package org.activesim.core.levers;

import java.util.Arrays;
import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.Rates;
import org.activesim.core.Residents;
import org.activesim.core.groups.CommunityGroups;
import org.activesim.core.groups.GroupOrigin;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Champions;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * Champions at work (ODD 7.10.10, "people like me"). Each week, on the lever's stream:
 *
 * <ol>
 *   <li>inside the window, whole agent champions are made at a steady rate ({@link SteadyRate}),
 *       each from the pool of active group members as the groups stood at the start of the week
 *       ({@link ChampionPool}), in a place drawn by the place shares among those whose pool is not
 *       empty; {@code costPerChampionGbp × k} is booked to the place;
 *   <li>every champion made before this week who is in no group starts a champion-led group ({@code
 *       CHAMPION}, citizen-led) with the weekly probability of {@code groupStartsPerYear}, founded
 *       as any group is (the leader's contacts, then residents of the place, up to {@code
 *       minMembers}): champions design and lead activities such as health walks;
 *   <li>every champion made before this week who is in a group invites a Poisson number of contacts
 *       (mean {@code invitationsPerYear / 52}), each a uniformly drawn contact; one in no group,
 *       not ACTIVE and of the group's place joins the champion's group with probability {@code
 *       acceptShare} while it has room. The joiner gets the group's hazard terms (b_group,
 *       c_group), nothing else.
 * </ol>
 *
 * Champions lead and invite also after the window: they are volunteers, and stop when they become
 * inactive. A champion weighs {@code network.championWeight} in contacts' peer share from this week
 * on, and stops being one on becoming inactive (COMMIT); {@link #dropLapsed} then takes it off the
 * list.
 */
final class ChampionProgramme implements LeverRuntime {
  private static final int ACTIVE = ActivityLevel.ACTIVE.ordinal();

  private final LeverContext ctx;
  private final Champions lever;
  private final int line;
  private final TargetCells cells;
  private final ChampionPool pool;
  private final long streamKey;
  private final SteadyRate rate;

  /** Weekly probability that a champion in no group starts one. */
  private final double start;

  /** This lever's champions, in the order they were made. */
  private int[] champions = new int[64];

  private int size;

  ChampionProgramme(LeverContext ctx, Champions lever, int line) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    this.cells = new TargetCells(ctx.placeNames(), lever.basics().target());
    this.pool = new ChampionPool(ctx.residents(), ctx.groups().groups(), cells);
    this.streamKey = RandomStreams.key(lever.name());
    this.rate = new SteadyRate(lever.championsPerYear(), ctx.scale());
    this.start = Rates.probability(lever.groupStartsPerYear() / Scenario.WEEKS_PER_YEAR);
  }

  @Override
  public void week(long week, boolean active) {
    if (size == 0 && !active) {
      return;
    }
    UniformRandomProvider rng = ctx.streams().stream(Purpose.CHAMPIONS, streamKey, week);
    // New champions are recruited from the groups as they stood at the start of the week, and
    // start leading and inviting from the next week.
    int before = size;
    if (active) {
      recruit(rng);
    }
    leadAndInvite(before, rng);
  }

  /**
   * Takes off the list the champions who have stopped being one (became inactive at the last
   * commit). {@link LeverSet} calls it for every champions lever before any lever's week, so that a
   * resident another champions lever makes a champion again is on that lever's list only.
   */
  void dropLapsed() {
    byte[] champion = ctx.residents().champion;
    int kept = 0;
    for (int m = 0; m < size; m++) {
      if (champion[champions[m]] == 1) {
        champions[kept++] = champions[m];
      }
    }
    size = kept;
  }

  /** The week's group starts and invitations of the first {@code leaders} champions. */
  private void leadAndInvite(int leaders, UniformRandomProvider rng) {
    double perWeek = lever.invitationsPerYear() / Scenario.WEEKS_PER_YEAR;
    if (leaders == 0) {
      return;
    }
    SharedStateDiscreteSampler invitations = perWeek > 0 ? PoissonSampler.of(rng, perWeek) : null;
    int[] groupOf = ctx.residents().groupOf;
    for (int m = 0; m < leaders; m++) {
      int c = champions[m];
      if (groupOf[c] < 0 && start > 0 && rng.nextDouble() < start) {
        int p = ctx.residents().place[c];
        ctx.groups().found(c, GroupOrigin.CHAMPION, ctx.partnership()[p], rng);
      }
      if (groupOf[c] >= 0 && invitations != null) {
        for (int n = invitations.sample(); n > 0; n--) {
          inviteOne(c, groupOf[c], rng);
        }
      }
    }
  }

  /**
   * One invitation from champion c to a uniformly drawn contact. The acceptance is drawn whether or
   * not the contact could join, so that one contact's state does not shift the draws of the rest.
   */
  private void inviteOne(int c, int g, UniformRandomProvider rng) {
    FrozenNetwork network = ctx.network();
    int degree = network.degree(c);
    if (degree == 0) {
      return;
    }
    int j = network.contact(c, network.rowStart(c) + rng.nextInt(degree));
    boolean accepts = rng.nextDouble() < lever.acceptShare();
    Residents r = ctx.residents();
    CommunityGroups groups = ctx.groups().groups();
    // Groups recruit within their place (ODD 7.5): the places' group tasks rely on it.
    if (accepts
        && r.groupOf[j] == -1
        && r.level[j] != ACTIVE
        && r.place[j] == groups.place(g)
        && groups.size(g) < groups.capacity(g)) {
      groups.join(g, j); // raises the joiner's move bound and tells evaluations of tagged groups
    }
  }

  private void recruit(UniformRandomProvider rng) {
    double[] shares = cells.served(ctx.residents());
    int n = rate.next();
    if (n == 0) {
      return;
    }
    pool.fill(shares);
    for (int k = 0; k < n; k++) {
      int i = pool.take(shares, rng);
      if (i < 0) {
        return; // nobody left to recruit in any served place: not made, not paid, not carried
      }
      ctx.residents().setChampion(i, true);
      add(i);
      ctx.ledger().book(line, ctx.residents().place[i], lever.costPerChampionGbp() * ctx.scale());
    }
  }

  private void add(int i) {
    if (size == champions.length) {
      champions = Arrays.copyOf(champions, size * 2);
    }
    champions[size++] = i;
  }
}
