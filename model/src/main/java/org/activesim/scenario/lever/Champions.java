package org.activesim.scenario.lever;

/**
 * Connecting and empowering, "people like me" (LDP System Change Model; ODD 7.10.10): a programme
 * recruits and trains {@code championsPerYear} community champions a year among active members of
 * community groups in the places it serves. A champion is a role model, weighing {@code
 * network.championWeight} in contacts' peer share, a leader and a recruiter: a champion in no group
 * starts a champion-led group at the rate {@code groupStartsPerYear}, and while in a group invites
 * {@code invitationsPerYear} contacts a year; a contact in no group and not active joins the
 * champion's group with probability {@code acceptShare} if it has room. A champion who becomes
 * inactive stops being one.
 *
 * <p>Peer-delivered physical activity interventions raise activity about as much as professionally
 * delivered ones (Ginis, Nigg &amp; Smith 2013; Hulteen et al. 2019); walking groups with lay
 * leaders do as well as with professional ones (Kassavou et al. 2013); community health champions
 * are volunteers who bring friends, family and neighbours into local activities (South, Raine &amp;
 * White 2010) and design and lead activities such as health walks (ibid.). None gives a rate of
 * starting groups or of invitations, an acceptance share or a cost per champion, and none a dose
 * for Essex: the defaults below are ASSUMPTION, two of them sized on the Sheffield champions
 * network (ODD section 9 gives the prior ranges).
 *
 * @param championsPerYear champions recruited and trained a year (real people; at scale k one agent
 *     champion stands for k)
 * @param costPerChampionGbp recruitment, training and a year's support, per champion
 * @param invitationsPerYear invitations a champion in a group makes a year
 * @param acceptShare probability that an invited contact who could join does
 * @param groupStartsPerYear rate a year at which a champion in no group starts a champion-led group
 */
public record Champions(
    LeverBasics basics,
    double championsPerYear,
    double costPerChampionGbp,
    double invitationsPerYear,
    double acceptShare,
    double groupStartsPerYear)
    implements Lever {

  public Champions {
    Checks.nonNegative(championsPerYear, "championsPerYear");
    Checks.nonNegative(costPerChampionGbp, "costPerChampionGbp");
    Checks.nonNegative(invitationsPerYear, "invitationsPerYear");
    Checks.share(acceptShare, "acceptShare");
    Checks.nonNegative(groupStartsPerYear, "groupStartsPerYear");
  }

  /**
   * 50 champions a year: the Sheffield network recruited 130 in a city about the size of the three
   * LDP areas together, in about 2.5 years (the period ASSUMPTION; Yorkshire Post, ODD [9]). 15
   * invitations a year: its champions supported 5,000 people, about 38 each over those years. A
   * quarter accepted, £1,000 a champion and one group started a year by a champion in none:
   * ASSUMPTION.
   */
  public static Champions defaults() {
    return new Champions(LeverBasics.of(LeverType.CHAMPIONS.key()), 50, 1000, 15, 0.25, 1.0);
  }

  @Override
  public LeverType type() {
    return LeverType.CHAMPIONS;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.champions(this);
  }
}
