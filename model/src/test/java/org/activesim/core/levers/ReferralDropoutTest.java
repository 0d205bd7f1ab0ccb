package org.activesim.core.levers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.activesim.TestScenarios;
import org.activesim.core.Residents;
import org.activesim.core.WeekObserver;
import org.activesim.scenario.Scenario;
import org.activesim.scenario.lever.Hardwiring;
import org.activesim.scenario.lever.ReferralPathway;
import org.junit.jupiter.api.Test;

/**
 * Referral pathway drop-out (MODEL.md §7.4, Dishman, domain-facts §6): of the residents who enrol,
 * half have dropped out 26 weeks after enrolment ({@code sixMonthDropout} 0.5, by the closed-form
 * engaged hazard of {@link ReferralPathway#engagedDropoutHazard()}).
 *
 * <p>Observed from outside, week by week, through {@code Residents.referralStage}: a resident
 * enrols in the week their stage goes from REFERRED (1) to ENROLLED (2), and drops out in the week
 * the stage falls back to none (0) or to a new referral (1). The default pathway ends 26 weeks
 * after enrolment, so a completion in week 26 looks the same as a drop-out in week 26; the main
 * check therefore uses a 52-week pathway (primary care; every other field at its default), where a
 * stage lost within 26 weeks can only be a drop-out. Its drop-out share must be 0.5 ± 0.05.
 *
 * <p>The default 26-week pathway (adult social care) is checked on the weeks that are unambiguous:
 * the share gone before week 26 is {@code 1 − engageShare·exp(−h·(12 + f·11))} = 0.493 (the last
 * week's drop-outs, 0.7% of enrolments, hide among the completions). It too must be 0.5 ± 0.05.
 *
 * <p>Dose: contact 90% a year at full funded coverage, scale 20, two years, counting enrolments
 * early enough to be followed 26 weeks. That gives about 2,500 enrolments per pathway: the share's
 * binomial standard error is 0.01, so ± 0.05 is five of them.
 */
class ReferralDropoutTest {
  private static final long SEED = 31;
  private static final int YEARS = 2;
  private static final int HORIZON = ReferralPathway.DROPOUT_HORIZON_WEEKS;

  @Test
  void halfOfEnrolledResidentsDropOutWithinSixMonths() {
    ReferralPathway longPathway = TestLevers.pathway("primaryCare", 0.9, 1.0, 52);
    ReferralPathway defaultPathway = TestLevers.pathway("adultSocialCare", 0.9, 1.0, 26);
    Hardwiring lever =
        new Hardwiring(Hardwiring.defaults().basics(), List.of(longPathway, defaultPathway));
    Scenario s = TestScenarios.essex(20, YEARS, SEED).withLevers(List.of(lever));
    int settings = s.stocks().settings().size();
    Episodes episodes = new Episodes(settings, s.weeks() - HORIZON);
    TestLevers.run(s, 2, episodes);

    int primaryCare = s.stocks().settings().indexOf("primaryCare");
    long n = episodes.enrolled[primaryCare];
    assertTrue(n > 1000, "too few enrolments to measure: " + n);
    double share = (double) episodes.droppedWithin[primaryCare] / n;
    assertEquals(
        0.5,
        share,
        0.05,
        "52-week pathway: drop-out within 26 weeks of " + n + " (seed " + SEED + ")");

    int adultSocialCare = s.stocks().settings().indexOf("adultSocialCare");
    long m = episodes.enrolled[adultSocialCare];
    assertTrue(m > 1000, "too few enrolments to measure: " + m);
    double before = (double) episodes.droppedBefore[adultSocialCare] / m;
    assertEquals(
        0.5, before, 0.05, "26-week pathway: gone before week 26 of " + m + " (seed " + SEED + ")");
    // Nobody stays in a 26-week pathway beyond 26 weeks.
    assertEquals(0, episodes.stayedBeyond[adultSocialCare], "26-week pathway members past week 26");
  }

  /** Follows each enrolment for 26 weeks, per setting. */
  private static final class Episodes implements WeekObserver {
    private final int lastEnrolmentWeek;
    final long[] enrolled;
    final long[] droppedWithin;
    final long[] droppedBefore;
    final long[] stayedBeyond;
    private byte[] previous;
    private int[] enrolledAt;
    private byte[] setting;

    Episodes(int settings, int lastEnrolmentWeek) {
      this.lastEnrolmentWeek = lastEnrolmentWeek;
      enrolled = new long[settings];
      droppedWithin = new long[settings];
      droppedBefore = new long[settings];
      stayedBeyond = new long[settings];
    }

    @Override
    public void observe(int week, Residents r) {
      if (previous == null) {
        previous = r.referralStage.clone();
        enrolledAt = new int[r.count];
        Arrays.fill(enrolledAt, -1);
        setting = new byte[r.count];
        return;
      }
      for (int i = 0; i < r.count; i++) {
        byte now = r.referralStage[i];
        if (enrolledAt[i] >= 0) {
          int weeks = week - enrolledAt[i];
          int k = setting[i];
          if (now < 2) {
            droppedWithin[k] += weeks <= HORIZON ? 1 : 0;
            droppedBefore[k] += weeks < HORIZON ? 1 : 0;
            enrolledAt[i] = -1;
          } else if (weeks > HORIZON) {
            stayedBeyond[k]++;
            enrolledAt[i] = -1; // followed long enough
          }
        }
        if (previous[i] == 1 && now == 2 && week <= lastEnrolmentWeek) {
          enrolledAt[i] = week;
          setting[i] = r.referralSetting[i];
          enrolled[setting[i]]++;
        }
        previous[i] = now;
      }
    }
  }
}
