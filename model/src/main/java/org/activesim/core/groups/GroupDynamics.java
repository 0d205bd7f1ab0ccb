package org.activesim.core.groups;

import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.Rates;
import org.activesim.core.ResidentDynamics.ChunkRunner;
import org.activesim.core.Residents;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.scenario.Contagion;
import org.activesim.scenario.GroupSpec;
import org.activesim.scenario.ResidentDraws;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;

/**
 * The weekly life of community groups (MODEL.md §2 "Community groups", §4 "Community groups" row),
 * in a fixed order: sustainability, dissolution, members leaving, recruitment, formation.
 *
 * <p>People join for social reasons, not for exercise (Essex action research): who joins depends on
 * ties to members and on local outreach, never on activity level or motivation. Formation follows
 * {@code rate ∝ adults × (1 + κ·practitioners per 10k) × (0.5 + S)} (MODEL.md §4) with one
 * county-wide constant. Its first value balances the sustainability-driven dissolution at the
 * scenario's initial number of groups; during the burn-in {@link #calibrateFormation} corrects it
 * for what that closed form misses (new groups that lose members before they recruit), so that
 * without levers the county's number of groups is stationary.
 *
 * <p>Threads: each place draws from its own stream of the week, and its groups live and recruit
 * only among its own residents, so the places' life and recruitment run as parallel tasks on the
 * resident phase's {@link ChunkRunner} ({@link PlaceWeek} holds a task's scratch). Formation
 * creates groups, whose ids are global, so it follows on one thread in place order. Per stream the
 * draws are the one-thread sequence (life, then recruitment, by ascending group id; then
 * formation), and the join listener hears of recruitment's joins in that order too, so the result
 * is fixed by the seed on any number of threads.
 *
 * <p>Draws ({@code residentDraws}, ODD 7.7): with {@code skip_ahead} (the default) the weekly
 * Bernoulli trials of recruitment and leaving are sampled by geometric skips, visiting only the
 * trials that succeed: a tie to a member "fires" with the weekly tie probability q, and a resident
 * joins when one of its ties fires, which is probability {@code 1 − (1 − q)^k} for k ties, the
 * rule's; a member leaves when its trial succeeds. With {@code every_resident} each exposed
 * resident and each member draws one uniform, the earlier scheme. Threshold contagion needs the
 * count of ties, so it always counts them.
 */
public final class GroupDynamics {
  private final Residents r;
  private final FrozenNetwork network;
  private final GroupSpec spec;
  private final CommunityGroups groups;
  private final RandomStreams streams;
  private final double[] adults;
  private final double[] assetFactor;
  private final double initialGroups;
  private double formationPerAdultWeek;
  private double logFormationSum;
  private int averagedWeeks;
  private final double tieJoin;

  /** {@code 1 − (1 − tieJoin)^k} for k ties, k &lt; its length: the same values, computed once. */
  private final double[] joinByTies;

  private final double leave;

  /**
   * Recruitment scratch: a non-member's ties to the recruiting group's members, at most its degree.
   * A char (two bytes a resident, not four): degrees are far below 65,535 (at most 100 local ties,
   * a household and a few ties across places), checked when the dynamics are built. Null when the
   * ties fire one by one ({@link #firesTies}), which needs no count.
   */
  private final char[] exposure;

  /** Recruitment and leaving by geometric skips over their trials (class comment). */
  private final boolean firesTies;

  private final boolean skipsLeaving;

  private final PlaceWeek[] placeWeeks;

  /**
   * How a group takes a member: at once ({@code groups::join}) or reported later ({@link
   * PlaceWeek}).
   */
  @FunctionalInterface
  interface Joining {
    void join(int g, int resident);
  }

  /**
   * @param initialAgentGroups groups per place at week 0, in agents' units (scenario groups /
   *     scale)
   * @param practitionersPer10k0 practitioners per 10,000 adults per place at week 0
   * @param partnership0 partnership S per place at week 0
   * @param assetFactor community assets of each place relative to the adult-weighted mean: outreach
   *     finds members in proportion (venues and associations to meet in, ABCD "associations")
   * @param extraCapacity most places a grant can add to a group (0 without microgrants)
   * @param draws how the weekly trials of joining and leaving are drawn (class comment)
   */
  public GroupDynamics(
      Residents r,
      FrozenNetwork network,
      GroupSpec spec,
      RandomStreams streams,
      double[] initialAgentGroups,
      double[] adults,
      double[] practitionersPer10k0,
      double[] partnership0,
      double[] assetFactor,
      int extraCapacity,
      ResidentDraws draws) {
    this.r = r;
    this.assetFactor = assetFactor.clone();
    this.network = network;
    this.spec = spec;
    this.streams = streams;
    this.groups = new CommunityGroups(spec.capacityMax() + extraCapacity, r, network);
    this.tieJoin = Rates.weeklyProbability(spec.annualTieJoinProbability());
    this.joinByTies = new double[64];
    for (int k = 0; k < joinByTies.length; k++) {
      joinByTies[k] = 1 - Math.pow(1 - tieJoin, k);
    }
    this.leave = Rates.weeklyProbability(spec.annualLeaveProbability());
    for (int i = 0; i < r.count; i++) {
      if (network.degree(i) >= Character.MAX_VALUE) {
        throw new IllegalArgumentException(
            "resident "
                + i
                + " has "
                + network.degree(i)
                + " ties; recruitment counts up to 65,534");
      }
    }
    this.skipsLeaving = draws == ResidentDraws.SKIP_AHEAD;
    this.firesTies = skipsLeaving && spec.contagion() == Contagion.SIMPLE;
    this.exposure = firesTies ? null : new char[r.count];
    this.placeWeeks = new PlaceWeek[r.places()];
    for (int p = 0; p < placeWeeks.length; p++) {
      placeWeeks[p] = new PlaceWeek(groups);
    }
    this.adults = adults.clone();
    double groups = 0;
    double capacityWeighted = 0;
    for (int p = 0; p < r.places(); p++) {
      groups += initialAgentGroups[p];
      capacityWeighted += adults[p] * formationMultiplier(practitionersPer10k0[p], partnership0[p]);
    }
    this.initialGroups = groups;
    double h = targetSustainability(GroupOrigin.ORGANIC, false, meanPartnership(partnership0));
    this.formationPerAdultWeek =
        capacityWeighted > 0 ? groups * dissolutionProbability(h) / capacityWeighted : 0;
  }

  private double meanPartnership(double[] partnership) {
    double total = 0;
    double weighted = 0;
    for (int p = 0; p < partnership.length; p++) {
      total += adults[p];
      weighted += adults[p] * partnership[p];
    }
    return total > 0 ? weighted / total : 0;
  }

  /**
   * Burn-in only: nudges the formation constant towards keeping the county's groups at their
   * initial number (an integral controller: {@code × exp(gain · relative gap)} each week).
   */
  public void calibrateFormation(double gain, boolean average) {
    if (initialGroups <= 0) {
      return;
    }
    double gap = (initialGroups - groups.aliveCount()) / initialGroups;
    formationPerAdultWeek *= Math.exp(gain * gap);
    if (average) {
      logFormationSum += Math.log(formationPerAdultWeek);
      averagedWeeks++;
    }
  }

  /**
   * Burn-in end: fixes the formation constant at the geometric mean of the values it took in the
   * averaged weeks (Polyak–Ruppert averaging). The last value of the controller carries the noise
   * of the last weeks' group counts, which at coarse scales (a few dozen agent groups) made the
   * frozen constant land far from the balance and the count drift for years; the mean does not.
   */
  public void freezeFormation() {
    if (averagedWeeks > 0) {
      formationPerAdultWeek = Math.exp(logFormationSum / averagedWeeks);
    }
  }

  /** Expected new groups per adult per week at baseline multipliers (for the summary). */
  public double formationPerAdultWeek() {
    return formationPerAdultWeek;
  }

  /** The groups. */
  public CommunityGroups groups() {
    return groups;
  }

  /** Creates the week-0 groups: stochastic rounding of the agent-scale counts, filled partly. */
  public void seedInitialGroups(double[] initialAgentGroups, double[] partnership0) {
    UniformRandomProvider rng = streams.stream(Purpose.INITIAL_GROUPS);
    for (int p = 0; p < r.places(); p++) {
      double expected = initialAgentGroups[p];
      int n = (int) Math.floor(expected) + (rng.nextDouble() < expected % 1 ? 1 : 0);
      for (int k = 0; k < n; k++) {
        int g = foundInPlace(p, GroupOrigin.ORGANIC, partnership0[p], rng);
        if (g >= 0) {
          int wanted = (int) Math.round(spec.initialFill() * groups.capacity(g));
          fillFromPlace(g, wanted, rng, groups::join);
        }
      }
    }
  }

  /**
   * One week of group life. Each place draws from its own stream of the week: groups live, recruit
   * and form within their place, so a lever that adds groups in one place does not shift another
   * place's draws (targeting locality, levers issue). Life and recruitment run place by place on
   * the runner's threads; the reports of their joins to tagged groups, then formation, follow on
   * this thread, in order.
   */
  public void week(
      long week, double[] practitionersPer10k, double[] partnership, ChunkRunner runner) {
    UniformRandomProvider[] rng = new UniformRandomProvider[r.places()];
    for (int p = 0; p < rng.length; p++) {
      rng[p] = streams.stream(Purpose.GROUPS, week, p);
      placeWeeks[p].clear();
    }
    int existing = groups.count();
    for (int g = 0; g < existing; g++) {
      if (groups.alive(g)) {
        placeWeeks[groups.place(g)].add(g);
      }
    }
    runner.run(rng.length, p -> liveAndRecruit(placeWeeks[p], partnership[p], rng[p]));
    PlaceWeek.reportInGroupOrder(placeWeeks, groups, existing);
    for (int p = 0; p < r.places(); p++) {
      form(p, practitionersPer10k[p], partnership[p], rng[p]);
    }
  }

  /**
   * One place's groups alive at the start of the week: each lives its week, then each still alive
   * and not full recruits, both in ascending id. One task; it changes only the place's groups and
   * residents.
   */
  private void liveAndRecruit(PlaceWeek placeWeek, double partnership, UniformRandomProvider rng) {
    SharedStateDiscreteSampler leaving = skipsLeaving ? geometric(rng, leave) : null;
    for (int k = 0; k < placeWeek.groupCount(); k++) {
      liveWeek(placeWeek.group(k), partnership, rng, leaving);
    }
    SharedStateDiscreteSampler firing = firesTies ? geometric(rng, tieJoin) : null;
    for (int k = 0; k < placeWeek.groupCount(); k++) {
      int g = placeWeek.group(k);
      if (groups.alive(g) && groups.size(g) < groups.capacity(g)) {
        recruit(g, placeWeek, rng, firing);
      }
    }
  }

  /**
   * Trials passed over before the next success, for success probability p; null when p is 0 (no
   * trial ever succeeds).
   */
  private static SharedStateDiscreteSampler geometric(UniformRandomProvider rng, double p) {
    return p > 0 ? GeometricSampler.of(rng, p) : null;
  }

  /**
   * Sustainability, funding, dissolution and members leaving for one group.
   *
   * @param leaving geometric skips between members who leave, or null to draw a uniform for each
   *     member ({@code every_resident}); either way in descending slot order, which a departure
   *     does not disturb (the last member moves into the freed slot, and was already passed)
   */
  private void liveWeek(
      int g, double partnership, UniformRandomProvider rng, SharedStateDiscreteSampler leaving) {
    boolean funded = groups.fundingWeeks(g) > 0;
    if (funded) {
      groups.setFundingWeeks(g, groups.fundingWeeks(g) - 1);
    }
    double target = targetSustainability(groups.origin(g), funded, partnership);
    double h = groups.sustainability(g);
    groups.setSustainability(g, h + (target - h) / spec.sustainabilityAdjustWeeks());
    if (rng.nextDouble() < dissolutionProbability(groups.sustainability(g))) {
      groups.dissolve(g);
      return;
    }
    if (!skipsLeaving) {
      for (int s = groups.size(g) - 1; s >= 0; s--) {
        if (rng.nextDouble() < leave) {
          groups.leave(g, s);
        }
      }
    } else if (leaving != null) {
      for (long s = groups.size(g) - 1L - leaving.sample(); s >= 0; s -= 1L + leaving.sample()) {
        groups.leave(g, (int) s);
      }
    }
    if (groups.size(g) < spec.minMembers()) {
      groups.dissolve(g);
    }
  }

  /**
   * Recruitment through members' ties (simple or threshold contagion), then local outreach. A
   * contact's place is tested before its group: another place's task may be changing that
   * resident's group at this moment.
   */
  private void recruit(
      int g, PlaceWeek placeWeek, UniformRandomProvider rng, SharedStateDiscreteSampler firing) {
    int place = groups.place(g);
    if (!firesTies) {
      recruitThroughExposure(g, place, placeWeek, rng);
    } else if (firing != null) {
      recruitThroughFiredTies(g, place, placeWeek, firing);
    }
    int outreach = poisson(rng, assetFactor[place] * spec.outreachJoinsPerYear() / 52.0);
    fillFromPlace(g, Math.min(groups.capacity(g), groups.size(g) + outreach), rng, placeWeek);
  }

  /**
   * Simple contagion by skips: walks the members' ties at the start of recruitment (slots below the
   * size then; joiners land above it) as one sequence, visiting only the ties that fire. A contact
   * in the place and in no group joins through its first fired tie, while there is room; a later
   * fired tie finds it a member. Reads a contact's state only for the few fired ties (issue 6: the
   * counting walk read every member's every contact), and the members' degrees only up to the last
   * fired tie: the walk's length is the group's count of ties, so a group none of whose ties fires
   * (most groups most weeks: 1 − (1 − q)^ties was 10–14% over the full-scale Essex run) reads no
   * member at all. The draws are the same as walking every member: no draw follows the first skip
   * past the end.
   */
  private void recruitThroughFiredTies(
      int g, int place, PlaceWeek placeWeek, SharedStateDiscreteSampler firing) {
    int members = groups.size(g);
    long ties = groups.ties(g); // of the members now; joiners' ties are not walked
    long next = firing.sample();
    long first = 0; // position of member s's first tie in the walk
    for (int s = 0; s < members && next < ties; s++) {
      int j = groups.member(g, s);
      int rowStart = network.rowStart(j);
      long end = first + (network.rowEnd(j) - rowStart);
      for (; next < end; next += 1L + firing.sample()) {
        int i = network.contact(j, rowStart + (int) (next - first));
        if (r.place[i] == place && r.groupOf[i] == -1 && groups.size(g) < groups.capacity(g)) {
          placeWeek.join(g, i);
        }
      }
      first = end;
    }
  }

  /**
   * Counts every non-member's ties to the members, then draws one uniform for each exposed
   * resident, in order of first exposure: simple or threshold contagion.
   */
  private void recruitThroughExposure(
      int g, int place, PlaceWeek placeWeek, UniformRandomProvider rng) {
    placeWeek.clearTouched();
    int members = groups.size(g);
    for (int s = 0; s < members; s++) {
      int j = groups.member(g, s);
      for (int k = network.rowStart(j); k < network.rowEnd(j); k++) {
        int i = network.contact(j, k);
        if (r.place[i] == place && r.groupOf[i] == -1 && exposure[i]++ == 0) {
          placeWeek.touch(i);
        }
      }
    }
    for (int t = 0; t < placeWeek.touchedCount(); t++) {
      int i = placeWeek.touched(t);
      int ties = exposure[i];
      exposure[i] = 0;
      boolean eligible = spec.contagion() == Contagion.SIMPLE || ties >= spec.threshold();
      double p =
          !eligible
              ? 0
              : ties < joinByTies.length ? joinByTies[ties] : 1 - Math.pow(1 - tieJoin, ties);
      if (rng.nextDouble() < p && groups.size(g) < groups.capacity(g)) {
        placeWeek.join(g, i);
      }
    }
  }

  /** New groups in a place: Poisson with the place's current formation rate. */
  private void form(int p, double practitioners, double partnership, UniformRandomProvider rng) {
    double abcd = spec.practitionerFormationEffect() * practitioners;
    double rate =
        formationPerAdultWeek * adults[p] * formationMultiplier(practitioners, partnership);
    int n = poisson(rng, rate);
    for (int k = 0; k < n; k++) {
      // The share of formations owed to practitioners are citizen-led (MODEL.md §4, ABCD row).
      GroupOrigin origin =
          rng.nextDouble() < abcd / (1 + abcd) ? GroupOrigin.ABCD : GroupOrigin.ORGANIC;
      foundInPlace(p, origin, partnership, rng);
    }
  }

  /**
   * Founds a group: a leader from the place's non-members, founders from the leader's ties, then
   * outreach until it has {@code minMembers}. Returns the id, or -1 if no leader was found.
   */
  private int foundInPlace(
      int p, GroupOrigin origin, double partnership, UniformRandomProvider rng) {
    int leader = randomNonMember(p, rng);
    return leader < 0 ? -1 : found(leader, origin, partnership, rng);
  }

  /**
   * Founds a group led by a given resident who is in no group: founders from the leader's ties in
   * the same place, then outreach until it has {@code minMembers}. Returns the id.
   */
  public int found(int leader, GroupOrigin origin, double partnership, UniformRandomProvider rng) {
    if (r.groupOf[leader] != -1) {
      throw new IllegalArgumentException("a group leader must be in no group");
    }
    int p = r.place[leader];
    int capacity = spec.capacityMin() + rng.nextInt(spec.capacityMax() - spec.capacityMin() + 1);
    int g =
        groups.create(
            p, capacity, leader, origin, targetSustainability(origin, false, partnership));
    for (int k = network.rowStart(leader);
        k < network.rowEnd(leader) && groups.size(g) < spec.minMembers();
        k++) {
      int i = network.contact(leader, k);
      if (r.groupOf[i] == -1 && r.place[i] == p) {
        groups.join(g, i);
      }
    }
    fillFromPlace(g, spec.minMembers(), rng, groups::join);
    return g;
  }

  /**
   * A grant funds a group (MODEL.md §4, microgrants): funded weeks (sustainability rises while they
   * last) and extra places.
   */
  public void fund(int g, int weeks, int extraPlaces) {
    groups.setFundingWeeks(g, Math.max(groups.fundingWeeks(g), weeks));
    groups.raiseCapacity(g, extraPlaces);
  }

  /** Adds random non-members of the group's place until it has {@code wanted} members. */
  private void fillFromPlace(int g, int wanted, UniformRandomProvider rng, Joining joining) {
    int target = Math.min(wanted, groups.capacity(g));
    while (groups.size(g) < target) {
      int i = randomNonMember(groups.place(g), rng);
      if (i < 0) {
        return;
      }
      joining.join(g, i);
    }
  }

  /** A uniformly drawn resident of place p in no group, or -1 after a bounded search. */
  private int randomNonMember(int p, UniformRandomProvider rng) {
    int n = r.placeSize(p);
    for (int attempt = 0; attempt < 32; attempt++) {
      int i = r.placeStart[p] + rng.nextInt(n);
      if (r.groupOf[i] == -1) {
        return i;
      }
    }
    return -1;
  }

  private double targetSustainability(GroupOrigin origin, boolean funded, double partnership) {
    double h = spec.sustainabilityOrganic();
    if (origin == GroupOrigin.ABCD || origin == GroupOrigin.CHAMPION) {
      h += spec.sustainabilityCitizenLedBonus(); // both citizen-led (ODD 7.5, 7.10.10)
    }
    if (funded) {
      h += spec.sustainabilityFundedBonus();
    }
    h += spec.sustainabilityPartnershipEffect() * partnership;
    return Math.max(0, Math.min(1, h));
  }

  private double dissolutionProbability(double h) {
    return Rates.weeklyProbability(spec.annualDissolutionAtZeroSustainability() * (1 - h));
  }

  private double formationMultiplier(double practitionersPer10k, double partnership) {
    return (1 + spec.practitionerFormationEffect() * practitionersPer10k) * (0.5 + partnership);
  }

  private static int poisson(UniformRandomProvider rng, double mean) {
    return mean <= 0 ? 0 : PoissonSampler.of(rng, mean).sample();
  }
}
