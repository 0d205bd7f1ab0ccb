package org.activesim.core.trial;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.activesim.core.ProgressListener;
import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.Residents;
import org.activesim.core.Simulation;
import org.activesim.core.levers.LeverSet.ReferralAccess;
import org.activesim.scenario.ActivityLevel;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.Lever;
import org.activesim.scenario.lever.LeverType;
import org.activesim.scenario.lever.ReferralPathway;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A virtual randomised controlled trial of exercise referral inside the model (MODEL.md §4
 * "Hardwiring" and §7.3): the in-model counterpart of the trials pooled by Pavey et al. (2011),
 * exercise referral vs usual care, RR 1.16 (95% CI 1.03–1.30) for reaching the activity target at
 * 6–12 months (domain-facts §6).
 *
 * <p>Design. The model runs on a copy of the scenario in which
 *
 * <ul>
 *   <li>usual care is the baseline model: every other lever is left out (a switched-off lever is
 *       the same as none, see {@code LeverSet});
 *   <li>the trialled hardwiring lever is kept, so its pathways run, but every pathway's {@code
 *       annualContactRate} is 0: nobody is referred routinely, only trial participants enter.
 * </ul>
 *
 * After the burn-in, at week 0, {@code 2n} residents are drawn uniformly without replacement from
 * all residents eligible for the setting's pathway now (every place; the pathway's and the lever's
 * targeting), from the {@link Purpose#TRIAL} stream; the first n of the random order are referred
 * (intention to treat), the other n are controls. The model then runs the follow-up weekly.
 *
 * <p>Outcome: at the end of follow-up (default 52 weeks, Pavey's 12 months), a participant reached
 * the target if at level ACTIVE (150+ min/week), the model's nearest level to Pavey's 90–150
 * min/week target. Programme drop-out: starters (enrolled) who left within 26 weeks of enrolment,
 * against Dishman's ≈ 50% within six months (MODEL.md §3, §7.4); with a follow-up shorter than the
 * pathway's 26 weeks plus a week to enrol, later drop-outs are not yet counted.
 *
 * <p>Trial participants can be a sizeable share of a coarse-scale population; the treated arm's
 * extra activity then reaches controls through the peer term (contamination, which biases RR
 * towards 1, as in real trials). Keep {@code 2n} well below the eligible count.
 */
public final class ReferralTrial {

  /** Pavey et al. (2011): 12-month follow-up. */
  public static final int DEFAULT_FOLLOW_UP_WEEKS = 52;

  private final Scenario scenario;
  private final Scenario trialScenario;
  private final String leverName;
  private final String setting;
  private final int participantsPerArm;
  private final int followUpWeeks;

  /**
   * @param scenario the scenario whose model and hardwiring lever are trialled
   * @param leverName an enabled hardwiring lever of the scenario
   * @param setting a setting of the lever's pathways, or null for its first pathway
   * @param participantsPerArm n, residents per arm in each replicate
   * @param followUpWeeks weeks from randomisation to the outcome
   * @throws IllegalArgumentException naming the problem: no such lever, not an enabled hardwiring
   *     lever, no pathway for the setting, n or follow-up below 1
   */
  public ReferralTrial(
      Scenario scenario,
      String leverName,
      String setting,
      int participantsPerArm,
      int followUpWeeks) {
    this.scenario = Objects.requireNonNull(scenario, "scenario");
    this.leverName = Objects.requireNonNull(leverName, "leverName");
    Hardwiring lever = hardwiring(scenario, leverName);
    this.setting = setting != null ? setting : lever.pathways().get(0).setting();
    if (lever.pathways().stream().noneMatch(p -> p.setting().equals(this.setting))) {
      throw new IllegalArgumentException(
          "lever '"
              + leverName
              + "' has no pathway for setting '"
              + this.setting
              + "' (its settings: "
              + String.join(", ", lever.pathways().stream().map(ReferralPathway::setting).toList())
              + ")");
    }
    if (participantsPerArm < 1) {
      throw new IllegalArgumentException("participants per arm must be >= 1");
    }
    if (followUpWeeks < 1) {
      throw new IllegalArgumentException("follow-up must be >= 1 week");
    }
    this.participantsPerArm = participantsPerArm;
    this.followUpWeeks = followUpWeeks;
    this.trialScenario = TrialScenario.of(scenario, lever);
  }

  /**
   * The scenario's enabled hardwiring lever of that name.
   *
   * @throws IllegalArgumentException if there is none, with what there is instead
   */
  public static Hardwiring hardwiring(Scenario scenario, String leverName) {
    Lever found = null;
    for (Lever l : scenario.levers()) {
      if (l.name().equals(leverName)) {
        found = l;
      }
    }
    if (found == null) {
      List<String> names = scenario.levers().stream().map(Lever::name).toList();
      throw new IllegalArgumentException(
          "scenario '"
              + scenario.name()
              + "' has no lever named '"
              + leverName
              + "'"
              + (names.isEmpty() ? " (it has no levers)" : " (its levers: " + names + ")"));
    }
    if (!(found instanceof Hardwiring h)) {
      throw new IllegalArgumentException(
          "lever '"
              + leverName
              + "' is a "
              + found.type()
              + " lever: individually randomised trials apply to the referral pathways of a "
              + LeverType.HARDWIRING
              + " lever");
    }
    if (!h.enabled()) {
      throw new IllegalArgumentException(
          "lever '" + leverName + "' is switched off (enabled: false); switch it on to trial it");
    }
    return h;
  }

  /** The same design on the scenario with another referral effect b_ref (calibration). */
  public ReferralTrial withBReferral(double bReferral) {
    return new ReferralTrial(
        scenario.withDynamics(scenario.dynamics().withBReferral(bReferral)),
        leverName,
        setting,
        participantsPerArm,
        followUpWeeks);
  }

  /**
   * One trial, on the trial scenario with the given root seed.
   *
   * @param threads threads for the resident and group phases (the result does not depend on it)
   * @throws TrialException if fewer than 2n residents are eligible at randomisation
   */
  public TrialOutcome run(long seed, int threads, ProgressListener progress) {
    Scenario s = trialScenario.withSeed(seed);
    try (Simulation sim = Simulation.create(s, threads, progress)) {
      ReferralAccess pathways = sim.levers().referrals(leverName);
      int k = pathways.pathway(setting);
      Residents r = sim.residents();
      int[] arms =
          randomise(eligible(pathways, k, r), new RandomStreams(seed).stream(Purpose.TRIAL));
      int n = participantsPerArm;
      for (int j = 0; j < n; j++) {
        pathways.refer(arms[j], k);
      }
      for (int w = 0; w < followUpWeeks; w++) {
        sim.advanceWeek();
        progress.progress("trial follow-up", w + 1, followUpWeeks);
      }
      int active = ActivityLevel.ACTIVE.ordinal();
      int treated = 0;
      int control = 0;
      for (int j = 0; j < n; j++) {
        treated += r.level[arms[j]] == active ? 1 : 0;
        control += r.level[arms[n + j]] == active ? 1 : 0;
      }
      return new TrialOutcome(n, treated, control, pathways.starts(), pathways.earlyDropouts());
    }
  }

  /** Residents eligible for pathway k now, every place, in index order. */
  private static int[] eligible(ReferralAccess pathways, int k, Residents r) {
    int[] out = new int[r.count];
    int size = 0;
    for (int p = 0; p < r.places(); p++) {
      for (int i : pathways.candidates(k, p)) {
        if (pathways.eligibleNow(i, k)) {
          out[size++] = i;
        }
      }
    }
    return Arrays.copyOf(out, size);
  }

  /**
   * 2n of the eligible in uniformly random order (a partial Fisher–Yates shuffle, Knuth 1997,
   * Algorithm 3.4.2P): the first n are the referred arm, the next n the controls.
   */
  private int[] randomise(int[] eligible, UniformRandomProvider rng) {
    int need = 2 * participantsPerArm;
    if (eligible.length < need) {
      throw new TrialException(
          "only "
              + eligible.length
              + " residents are eligible for the "
              + setting
              + " pathway at scale "
              + scenario.scale()
              + ", fewer than the "
              + need
              + " two arms of "
              + participantsPerArm
              + " need: ask for fewer participants or a finer scale");
    }
    for (int j = 0; j < need; j++) {
      int pick = j + rng.nextInt(eligible.length - j);
      int t = eligible[j];
      eligible[j] = eligible[pick];
      eligible[pick] = t;
    }
    return Arrays.copyOf(eligible, need);
  }

  /** The scenario as given (its seed roots the replicates' seeds). */
  public Scenario scenario() {
    return scenario;
  }

  /** The scenario the trial runs: the trialled lever alone, without routine referrals. */
  public Scenario trialScenario() {
    return trialScenario;
  }

  /** The trialled lever's name. */
  public String leverName() {
    return leverName;
  }

  /** The setting whose pathway is trialled. */
  public String setting() {
    return setting;
  }

  /** n: participants per arm in each replicate. */
  public int participantsPerArm() {
    return participantsPerArm;
  }

  /** Weeks from randomisation to the outcome. */
  public int followUpWeeks() {
    return followUpWeeks;
  }
}
