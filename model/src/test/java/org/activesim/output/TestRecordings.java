package org.activesim.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activesim.core.Decision;
import org.activesim.core.Mechanism;
import org.activesim.core.Recording;

/** Recordings for the output tests. */
final class TestRecordings {

  private TestRecordings() {}

  /** Two years of weekly data, three places, every metric the charts use plus two stocks. */
  static Recording twoYears() {
    List<String> places = List.of("Basildon", "Colchester", "Tendring, Clacton");
    List<String> metrics =
        List.of(
            "inactive_share",
            "fairly_active_share",
            "active_share",
            "residents",
            "groups",
            "group_members",
            "trained_practitioners",
            "awareness:everyone");
    Recording.Builder b = new Recording.Builder(places, metrics);
    int all = places.size();
    int allQ = Recording.ALL_QUINTILES;
    for (int week = 0; week <= 104; week++) {
      b.beginWeek(week);
      double t = week / 104.0;
      for (int p = 0; p <= all; p++) {
        for (int q = 0; q <= allQ; q++) {
          // Quintile 0 most inactive; the all-quintiles value is the middle one.
          double qq = q == allQ ? 2 : q;
          double inactive = 0.32 - 0.02 * qq - 0.03 * t - 0.01 * (p % 3);
          b.set(p, q, 0, inactive);
          b.set(p, q, 1, 0.12);
          b.set(p, q, 2, 1 - 0.12 - inactive);
          b.set(p, q, 3, p == all ? 30000 : 10000);
        }
        b.set(p, allQ, 4, (p == all ? 30 : 10) + Math.floor(20 * t));
        b.set(p, allQ, 5, (p == all ? 900 : 300) * (1 + t));
      }
      b.set(all, allQ, 6, 40 * t);
      b.set(all, allQ, 7, 0.1 + 0.5 * t);
    }
    Map<String, Double> summary = new LinkedHashMap<>();
    summary.put("inactive_share_start", 0.27);
    summary.put("inactive_share_end", 0.24);
    return b.build(summary);
  }

  /** Lever instance names of {@link #withLevers}. */
  static final List<String> LEVERS = List.of("abcd-training", "gp-referral");

  /** Hardwiring settings of {@link #withLevers}. */
  static final List<String> SETTINGS = List.of("gp", "workplace");

  /** Group origins, as the core names them. */
  static final List<String> ORIGINS = List.of("abcd", "microgrant", "organic", "replicated");

  /** Referral pathway stages, in pathway order. */
  static final List<String> STAGES = List.of("referred", "enrolled", "engaged", "adherent");

  /** Stage flows per week at the aggregate, in pathway order, per setting. */
  private static final double[][] FLOW = {{10, 6, 4, 2}, {5, 3, 1, 0.5}};

  /**
   * One year of weekly data, three places, with every metric the lever layer records.
   *
   * <p>With {@code active}: two levers, each with a ledger line. {@code abcd-training} spends £100
   * a week in each place from week 1; {@code gp-referral} spends £250 a week county-wide and £40 in
   * Colchester every fourth week. Referral flows, groups by origin and mechanism counts follow
   * simple patterns; {@code moved_up} equals the mechanism counts added, per place and quintile.
   *
   * <p>Without: a baseline run, no levers, the same metrics all zero and no upward moves.
   */
  static Recording withLevers(boolean active) {
    List<String> places = List.of("Basildon", "Colchester", "Tendring, Clacton");
    List<String> levers = active ? LEVERS : List.of();
    List<String> metrics = new ArrayList<>();
    metrics.addAll(
        List.of("inactive_share", "moved_up", "groups", "trained_practitioners", "spend_gbp"));
    for (String lever : LEVERS) {
      metrics.add("spend_gbp:" + lever);
    }
    for (String origin : ORIGINS) {
      metrics.add("groups:" + origin);
    }
    for (String kind : List.of("referral_flow:", "referral_stage:")) {
      for (String stage : STAGES) {
        for (String setting : SETTINGS) {
          metrics.add(kind + stage + ":" + setting);
        }
      }
    }
    metrics.addAll(List.of("bikes_in_use", "champions", "grants_awarded"));
    Recording.Builder b = new Recording.Builder(places, metrics, levers);
    int all = places.size();
    int allQ = Recording.ALL_QUINTILES;
    double on = active ? 1 : 0;
    for (int week = 0; week <= 52; week++) {
      b.beginWeek(week);
      double t = week / 52.0;
      double[][] movedUp = new double[all + 1][allQ + 1];
      if (active && week > 0) {
        addMechanisms(b, week, movedUp);
      }
      for (int p = 0; p <= all; p++) {
        for (int q = 0; q <= allQ; q++) {
          b.set(p, q, metrics.indexOf("inactive_share"), 0.3 - 0.02 * t);
          b.set(p, q, metrics.indexOf("moved_up"), movedUp[p][q]);
        }
        double share = p == all ? 1 : 1.0 / all;
        b.set(p, allQ, metrics.indexOf("groups"), share * (30 + 20 * t));
        b.set(p, allQ, metrics.indexOf("trained_practitioners"), share * on * 60 * t + p);
        b.set(p, allQ, metrics.indexOf("groups:abcd"), share * on * 20 * t);
        b.set(p, allQ, metrics.indexOf("groups:microgrant"), share * on * Math.floor(5 * t));
        b.set(p, allQ, metrics.indexOf("groups:organic"), share * 30);
        b.set(p, allQ, metrics.indexOf("groups:replicated"), 0);
        for (int s = 0; s < SETTINGS.size(); s++) {
          for (int k = 0; k < STAGES.size(); k++) {
            String suffix = STAGES.get(k) + ":" + SETTINGS.get(s);
            double flow = week == 0 ? 0 : share * on * FLOW[s][k];
            b.set(p, allQ, metrics.indexOf("referral_flow:" + suffix), flow);
            b.set(p, allQ, metrics.indexOf("referral_stage:" + suffix), share * on * week);
          }
        }
        b.set(p, allQ, metrics.indexOf("bikes_in_use"), share * on * 3 * week);
        b.set(p, allQ, metrics.indexOf("champions"), share * on * week / 4);
        b.set(p, allQ, metrics.indexOf("grants_awarded"), share * on * (week / 13));
      }
      setSpending(b, metrics, week, places.size(), active);
    }
    return b.build(Map.of());
  }

  /** The ledger and the spend_gbp metrics, which are its sums. */
  private static void setSpending(
      Recording.Builder b, List<String> metrics, int week, int places, boolean active) {
    double[][] ledger = new double[LEVERS.size()][places + 1];
    if (active && week > 0) {
      for (int p = 0; p < places; p++) {
        ledger[0][p] = 100;
      }
      ledger[1][places] = 250;
      ledger[1][1] = week % 4 == 0 ? 40 : 0;
      for (int lever = 0; lever < LEVERS.size(); lever++) {
        for (int slot = 0; slot <= places; slot++) {
          b.setSpend(lever, slot, ledger[lever][slot]);
        }
      }
    }
    int allQ = Recording.ALL_QUINTILES;
    double[] allPlaces = new double[LEVERS.size()];
    for (int p = 0; p < places; p++) {
      double total = 0;
      for (int lever = 0; lever < LEVERS.size(); lever++) {
        b.set(p, allQ, metrics.indexOf("spend_gbp:" + LEVERS.get(lever)), ledger[lever][p]);
        total += ledger[lever][p];
      }
      b.set(p, allQ, metrics.indexOf("spend_gbp"), total);
    }
    double total = 0;
    for (int lever = 0; lever < LEVERS.size(); lever++) {
      for (int slot = 0; slot <= places; slot++) {
        allPlaces[lever] += ledger[lever][slot];
      }
      b.set(places, allQ, metrics.indexOf("spend_gbp:" + LEVERS.get(lever)), allPlaces[lever]);
      total += allPlaces[lever];
    }
    b.set(places, allQ, metrics.indexOf("spend_gbp"), total);
  }

  /**
   * Mechanism counts for one week, in a pattern that leaves most cells empty, adds to some cells
   * twice and uses every mechanism; accumulates them into {@code movedUp} (with ALL aggregates).
   */
  private static void addMechanisms(Recording.Builder b, int week, double[][] movedUp) {
    int places = movedUp.length - 1;
    for (int p = 0; p < places; p++) {
      for (int q = 0; q < Quintiles.COUNT; q++) {
        if ((week + p + q) % 3 != 0) {
          continue;
        }
        int age = (week + p) % 4;
        int condition = (week + q) % 2;
        Mechanism m = Mechanism.of((week + p + q) % Mechanism.COUNT);
        double n = 2.5 * (1 + q);
        b.addMechanism(p, q, age, condition, m, n);
        b.addMechanism(p, q, age, condition, m, 0.5);
        b.addMechanism(p, q, (age + 1) % 4, 1 - condition, Mechanism.BASELINE, 1);
        double added = n + 0.5 + 1;
        movedUp[p][q] += added;
        movedUp[p][Recording.ALL_QUINTILES] += added;
        movedUp[places][q] += added;
        movedUp[places][Recording.ALL_QUINTILES] += added;
      }
    }
  }

  /** Programmes of {@link #withProgrammes}: one under a rule, one without. */
  static final List<String> PROGRAMMES = List.of("social-prescribing", "microgrants");

  /** The evidence threshold of {@code social-prescribing}'s rule. */
  static final double THRESHOLD = 1.645;

  /**
   * Two years of weekly data, three places, with two programmes (MODEL.md §5).
   *
   * <p>{@code social-prescribing} is piloted in "Tendring, Clacton" and Colchester from week 1,
   * evaluated at weeks 52 and 78 (Tendring's evidence 0.5 then 1.5, Colchester's −0.2) and reviewed
   * at week 91: Tendring's evidence reaches 2, the programme scales from there and is replicated
   * into Basildon (planned from week 91, a replica from week 104); Colchester is decommissioned.
   * {@code microgrants} has no rule (threshold NaN): a pilot in Basildon from week 1, evaluated at
   * week 52 (−0.3), and an evaluation refused at week 78 with a reason that CSV must quote.
   */
  static Recording withProgrammes() {
    List<String> places = List.of("Basildon", "Colchester", "Tendring, Clacton");
    List<String> metrics = new ArrayList<>(List.of("inactive_share"));
    for (String programme : PROGRAMMES) {
      metrics.add("evidence:" + programme);
      metrics.add("programme_state:" + programme);
    }
    Recording.Builder b = new Recording.Builder(places, metrics);
    int all = places.size();
    int allQ = Recording.ALL_QUINTILES;
    for (int week = 0; week <= 104; week++) {
      b.beginWeek(week);
      for (int p = 0; p <= all; p++) {
        for (int q = 0; q <= allQ; q++) {
          b.set(p, q, 0, 0.3 - 0.01 * p - 0.02 * week / 104.0);
        }
      }
      double[][] state = {
        {
          week >= 104 ? 3 : week >= 91 ? 1 : 0,
          week >= 91 ? 4 : week >= 1 ? 2 : 0,
          week >= 1 ? 2 : 0
        },
        {week >= 1 ? 2 : 0, 0, 0}
      };
      double[][] evidence = {
        {
          Double.NaN,
          week >= 52 ? -0.2 : Double.NaN,
          week >= 91 ? 2 : week >= 78 ? 1.5 : week >= 52 ? 0.5 : Double.NaN
        },
        {week >= 52 ? -0.3 : Double.NaN, Double.NaN, Double.NaN}
      };
      for (int k = 0; k < PROGRAMMES.size(); k++) {
        int running = 0;
        for (int p = 0; p < all; p++) {
          b.set(p, allQ, 2 + 2 * k, state[k][p]);
          if (!Double.isNaN(evidence[k][p])) {
            b.set(p, allQ, 1 + 2 * k, evidence[k][p]);
          }
          running += state[k][p] == 2 || state[k][p] == 3 ? 1 : 0;
        }
        b.set(all, allQ, 2 + 2 * k, running);
      }
    }
    String sp = PROGRAMMES.get(0);
    String mg = PROGRAMMES.get(1);
    double none = Double.NaN;
    b.addDecision(
        new Decision(1, sp, "Tendring, Clacton", Decision.Kind.PILOT, none, THRESHOLD, "pilot"));
    b.addDecision(new Decision(1, sp, "Colchester", Decision.Kind.PILOT, none, THRESHOLD, "pilot"));
    b.addDecision(new Decision(1, mg, "Basildon", Decision.Kind.PILOT, none, none, "pilot"));
    b.addDecision(
        new Decision(
            52,
            sp,
            "Colchester",
            Decision.Kind.EVALUATE,
            -0.2,
            THRESHOLD,
            "follow-up of 150 pairs"));
    b.addDecision(
        new Decision(
            52,
            sp,
            "Tendring, Clacton",
            Decision.Kind.EVALUATE,
            0.5,
            THRESHOLD,
            "follow-up of 150 pairs"));
    b.addDecision(
        new Decision(
            52, mg, "Basildon", Decision.Kind.EVALUATE, -0.3, none, "follow-up of 80 pairs"));
    b.addDecision(
        new Decision(
            78,
            sp,
            "Tendring, Clacton",
            Decision.Kind.EVALUATE,
            1.5,
            THRESHOLD,
            "follow-up of 150 pairs"));
    b.addDecision(
        new Decision(
            78,
            mg,
            "Basildon",
            Decision.Kind.CAPACITY_BLOCKED,
            -0.3,
            none,
            "evaluators: 5 of 5 busy, \"no slack\""));
    b.addDecision(
        new Decision(
            91,
            sp,
            "Colchester",
            Decision.Kind.DECOMMISSION,
            -0.2,
            THRESHOLD,
            "evidence -0.2 below 0 after 90 weeks"));
    b.addDecision(
        new Decision(
            91, sp, "Tendring, Clacton", Decision.Kind.SCALE, 2, THRESHOLD, "evidence 2 >= 1.645"));
    b.addDecision(
        new Decision(
            91,
            sp,
            "Basildon",
            Decision.Kind.REPLICATE,
            none,
            THRESHOLD,
            "next by need; starts week 104"));
    return b.build(Map.of());
  }
}
