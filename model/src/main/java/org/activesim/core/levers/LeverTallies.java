package org.activesim.core.levers;

import java.util.Arrays;

/**
 * Lever flows counted since the last recorded week, in residents represented (agents × scale):
 * residents entering each referral stage per setting and place, and grants awarded per place.
 */
public final class LeverTallies {
  /** Referral stages in pathway order (the stage codes of {@code Residents.referralStage}). */
  public static final String[] STAGES = {"referred", "enrolled", "engaged", "adherent"};

  private final int places;
  private final int settings;
  private final double[] referralFlow;
  private final double[] grants;

  LeverTallies(int places, int settings) {
    this.places = places;
    this.settings = settings;
    this.referralFlow = new double[STAGES.length * settings * places];
    this.grants = new double[places];
  }

  void addReferralFlow(int stageCode, int setting, int place, double residents) {
    referralFlow[((stageCode - 1) * settings + setting) * places + place] += residents;
  }

  void addGrant(int place, double grants) {
    this.grants[place] += grants;
  }

  /** Residents entering a stage (1..4) of a setting's pathway in a place since the last record. */
  public double referralFlow(int stageCode, int setting, int place) {
    return referralFlow[((stageCode - 1) * settings + setting) * places + place];
  }

  /** Grants awarded in a place since the last record. */
  public double grants(int place) {
    return grants[place];
  }

  /** Starts a new recording interval. */
  public void clear() {
    Arrays.fill(referralFlow, 0);
    Arrays.fill(grants, 0);
  }
}
