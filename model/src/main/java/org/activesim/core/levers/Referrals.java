package org.activesim.core.levers;

import java.util.Arrays;
import org.activesim.core.RandomStreams;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.Rates;
import org.activesim.core.Residents;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.ReferralPathway;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Hardwiring at work: settings refer eligible residents into enrol → engage → adhere pathways
 * (MODEL.md §4; the stage rules are in {@link ReferralPathway}). Each week, residents already in a
 * pathway progress first (in the order they entered), then new referrals are drawn.
 *
 * <p>Referral is a Bernoulli trial per eligible resident with one probability per setting and week,
 * {@code q = contact × r_max × max(A, fundedCoverage)}; instead of a draw per resident, the gaps
 * between referred residents are drawn from the geometric distribution (Devroye 1986, ch. X.2), so
 * the cost is proportional to the referrals, not to the population. Residents who no longer qualify
 * (already in a pathway, above the eligible levels) are skipped where the gap lands, which is exact
 * thinning.
 */
final class Referrals implements LeverRuntime {
  static final byte NONE = 0;
  static final byte REFERRED = 1;
  static final byte ENROLLED = 2;
  static final byte ENGAGED = 3;
  static final byte ADHERENT = 4;

  private final LeverContext ctx;
  private final Hardwiring lever;
  private final int line;
  private final long streamKey;
  private final TargetCells[] cells;
  private final ResidentPicker[] pickers;
  private final int[] setting;
  private final double[] engagedHazard;

  /** Residents in one of this lever's pathways, with their pathway and weeks since enrolment. */
  private int[] members = new int[256];

  private int[] pathwayOf = new int[256];
  private int[] weeks = new int[256];
  private int size;

  /**
   * Residents who enrolled, and those of them who dropped out within 26 weeks (the trial's check).
   */
  private long starts;

  /** The lever's own target: the places it serves, fixed at its first active week. */
  private final TargetCells target;

  private long earlyDropouts;

  /** The programme's rollout if the lever is a programme (MODEL.md §5), else null. */
  private final Rollout rollout;

  Referrals(LeverContext ctx, Hardwiring lever, int line) {
    this.ctx = ctx;
    this.lever = lever;
    this.line = line;
    this.streamKey = RandomStreams.key(lever.name());
    int n = lever.pathways().size();
    rollout = ctx.programmes().rollout(line);
    target = new TargetCells(ctx.placeNames(), rollout != null, lever.basics().target());
    if (rollout != null) {
      target.follow(rollout);
    }
    cells = new TargetCells[n];
    pickers = new ResidentPicker[n];
    setting = new int[n];
    engagedHazard = new double[n];
    for (int k = 0; k < n; k++) {
      ReferralPathway pw = lever.pathways().get(k);
      cells[k] =
          new TargetCells(
              ctx.placeNames(), rollout != null, lever.basics().target(), pw.eligible());
      pickers[k] = new ResidentPicker(cells[k], ctx.residents());
      setting[k] = ctx.settings().indexOf(pw.setting());
      engagedHazard[k] = pw.engagedDropoutHazard();
    }
  }

  @Override
  public void week(long week, boolean active) {
    UniformRandomProvider rng = ctx.streams().stream(Purpose.LEVERS, streamKey, week);
    progress(rng);
    // No new referrals in the window's last week: a referral enrols (and is paid for) the week
    // after, so every enrolment falls inside the window.
    if (!active || week + 1 >= lever.basics().window().endWeek()) {
      return;
    }
    Residents r = ctx.residents();
    double[] shares = target.served(r);
    for (int k = 0; k < cells.length; k++) {
      ReferralPathway pw = lever.pathways().get(k);
      double adoption = ctx.stockState()[ctx.stocks().policyAdoption(setting[k])];
      double q =
          Rates.weeklyProbability(pw.annualContactRate())
              * pw.maxReferralProbability()
              * Math.max(adoption, pw.fundedCoverage());
      if (q <= 0) {
        continue;
      }
      double logMiss = Math.log1p(-q);
      for (int p = 0; p < ctx.places(); p++) {
        if (shares[p] <= 0) {
          continue;
        }
        MatchingResidents matching = pickers[k].matching();
        int size = matching.size(p);
        // Position of the next success: gaps are geometric with success probability q.
        for (long pos = gap(rng, logMiss); pos < size; pos += 1 + gap(rng, logMiss)) {
          int i = matching.get(p, (int) pos);
          if (r.referralStage[i] == NONE && cells[k].matchesNow(r, i)) {
            refer(i, k);
          }
        }
      }
    }
  }

  private static long gap(UniformRandomProvider rng, double logMiss) {
    // Failures before the first success: floor(ln U / ln(1 − q)), U in (0, 1].
    double u = 1 - rng.nextDouble();
    double g = Math.floor(Math.log(u) / logMiss);
    return g >= Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : (long) g;
  }

  /** Puts a resident at the start of pathway k (REFERRED); trials call this directly. */
  void refer(int i, int k) {
    Residents r = ctx.residents();
    if (r.referralStage[i] != NONE) {
      throw new IllegalStateException("resident " + i + " is already in a pathway");
    }
    r.setReferral(i, REFERRED, setting[k]);
    if (size == members.length) {
      members = Arrays.copyOf(members, size * 2);
      pathwayOf = Arrays.copyOf(pathwayOf, size * 2);
      weeks = Arrays.copyOf(weeks, size * 2);
    }
    members[size] = i;
    pathwayOf[size] = k;
    weeks[size++] = 0;
    ctx.tallies().addReferralFlow(REFERRED, setting[k], r.place[i], ctx.scale());
  }

  /** Every member moves on one week; leavers are removed, order kept (deterministic). */
  private void progress(UniformRandomProvider rng) {
    int kept = 0;
    for (int m = 0; m < size; m++) {
      int i = members[m];
      int k = pathwayOf[m];
      int w = advance(i, k, weeks[m], rng);
      if (w >= 0) {
        members[kept] = i;
        pathwayOf[kept] = k;
        weeks[kept++] = w;
      }
    }
    size = kept;
  }

  /** One week of one member; returns the new weeks since enrolment, or -1 if they left. */
  private int advance(int i, int k, int w, UniformRandomProvider rng) {
    Residents r = ctx.residents();
    ReferralPathway pw = lever.pathways().get(k);
    int place = r.place[i];
    switch (r.referralStage[i]) {
      case REFERRED -> {
        double siloFactor = 1 - pw.siloLoss() * (1 - ctx.partnership()[place]);
        if (rng.nextDouble() < pw.enrolShare() * siloFactor) {
          double gbp = pw.costPerEnrolmentGbp() * ctx.scale();
          if (!ctx.affords(line, gbp, "enrolments")) {
            return leave(i);
          }
          enter(i, k, ENROLLED);
          ctx.ledger().book(line, place, gbp);
          starts++;
          ctx.programmes().enrol(line, i);
          if (rollout != null
              && rollout.fidelity(place) < 1
              && rng.nextDouble() >= rollout.fidelity(place)) {
            // A replica's enrolment that does not work (fidelity, MODEL.md §5): paid, no effect.
            return dropOut(i, 0);
          }
          return 0;
        }
        return leave(i);
      }
      case ENROLLED -> {
        if (w + 1 < pw.weeksToEngage()) {
          return w + 1;
        }
        if (rng.nextDouble() < pw.engageShare()) {
          enter(i, k, ENGAGED);
          r.referralEngaged[i] = 1;
          r.startedReferral(i);
          return w + 1;
        }
        return dropOut(i, w + 1);
      }
      case ENGAGED, ADHERENT -> {
        boolean adherent = r.referralStage[i] == ADHERENT;
        double hazard = engagedHazard[k] * (adherent ? pw.adherentDropoutFactor() : 1);
        if (rng.nextDouble() < Rates.probability(hazard)) {
          return dropOut(i, w + 1);
        }
        if (w + 1 >= pw.pathwayWeeks()) {
          return leave(i); // completed
        }
        if (!adherent && w + 1 >= pw.weeksToEngage() + pw.weeksToAdherence()) {
          enter(i, k, ADHERENT);
        }
        return w + 1;
      }
      default -> throw new IllegalStateException("resident " + i + " has no pathway stage");
    }
  }

  private void enter(int i, int k, byte stage) {
    Residents r = ctx.residents();
    r.setReferralStage(i, stage);
    ctx.tallies().addReferralFlow(stage, setting[k], r.place[i], ctx.scale());
  }

  private int dropOut(int i, int weeksSinceEnrolment) {
    if (weeksSinceEnrolment <= ReferralPathway.DROPOUT_HORIZON_WEEKS) {
      earlyDropouts++;
    }
    return leave(i);
  }

  /** Residents who enrolled so far. */
  long starts() {
    return starts;
  }

  /** Enrolled residents who dropped out within 26 weeks of enrolment so far. */
  long earlyDropouts() {
    return earlyDropouts;
  }

  private int leave(int i) {
    Residents r = ctx.residents();
    r.setReferralStage(i, NONE);
    r.referralEngaged[i] = 0;
    return -1;
  }

  /** Index of a pathway by setting name, or -1. */
  int pathway(String settingName) {
    for (int k = 0; k < lever.pathways().size(); k++) {
      if (lever.pathways().get(k).setting().equals(settingName)) {
        return k;
      }
    }
    return -1;
  }

  /** Whether a resident could be referred into pathway k now (trials pick from these). */
  boolean eligibleNow(int i, int k) {
    return ctx.residents().referralStage[i] == NONE && cells[k].matchesNow(ctx.residents(), i);
  }

  /**
   * Matching residents of pathway k in a place, by fixed attributes, in index order: a fresh array
   * (trials call this once per set-up, not weekly).
   */
  int[] candidates(int k, int place) {
    return pickers[k].matching().toArray(place);
  }
}
