package org.activesim.core;

import java.util.Arrays;

/**
 * Resident state as a struct of arrays (STYLE.md "State as arrays"): resident i is index i into
 * every array; there is no object per resident. Residents of a place are contiguous, ordered by IMD
 * quintile, so a place is the index range {@code [placeStart[p], placeStart[p+1])}.
 *
 * <p>Attributes (place, quintile, age band, condition, sex, motivation) are fixed for a run;
 * activity, habit time, group membership and lever state change every week.
 */
public final class Residents {
  /** Number of agents. */
  public final int count;

  /** Residents of place p are {@code [placeStart[p], placeStart[p + 1])}. */
  public final int[] placeStart;

  public final short[] place;
  public final byte[] quintile;
  public final byte[] ageBand;
  public final byte[] ltc;
  public final byte[] female;

  /** Calibration cell ({@link Cells#of}). */
  public final int[] cell;

  /** Motivation m in [0,1] (MODEL.md §2). */
  public final float[] motivation;

  /** Activity level ordinal ({@link org.activesim.scenario.ActivityLevel}), start of week. */
  public final byte[] level;

  /**
   * Habit time (MODEL.md §3), kept as the count of weekly commits at which the current level was
   * entered: weeks in the level = {@link #commits} − this. Nothing is written for residents who
   * stay, so a week's commit touches only the residents who moved. A short: initial habit times are
   * at most 5,200 weeks and a burn-in and a run at most 5,200 each.
   */
  private final short[] levelEntered;

  /** Weekly commits so far (burn-in included). */
  private int commits;

  /**
   * What resident i shows its contacts, packed into one byte so that the peer pass reads one byte
   * per contact instead of three: level (bits 0–1), champion (bit 2) and the network's homophily
   * class (bits 3–7). Packed afresh by {@link #packPeerBytes} when a burn-in or a run starts, then
   * kept by the weekly writers of level and champion ({@link #setLevel}, {@link #setChampion}), so
   * that a week no longer repacks every resident (about 0.1 ms of a full-scale week that did not
   * scale with threads; bench/README, session 8).
   */
  final byte[] peerByte;

  /** 1 when the current level was entered by moving up (relapse applies for a window). */
  public final byte[] enteredUp;

  /** Community group of the resident, or -1. */
  public final int[] groupOf;

  /**
   * 1 for a community champion ("people like me" role model, MODEL.md §2); set by {@link
   * #setChampion}.
   */
  public final byte[] champion;

  /** 1 while the resident is engaged or adherent in a referral pathway (levers, MODEL.md §4). */
  public final byte[] referralEngaged;

  /**
   * 1 while the resident holds an active-travel bike (levers, MODEL.md §4); set by {@link
   * #setBike}.
   */
  public final byte[] bike;

  /**
   * Referral pathway stage: 0 none, 1 referred, 2 enrolled, 3 engaged, 4 adherent (MODEL.md §2,
   * Husk et al. 2019).
   */
  public final byte[] referralStage;

  /** Setting index of the resident's referral pathway (meaningful while the stage is not 0). */
  public final byte[] referralSetting;

  /**
   * Bikes in use, champions, and residents per (referral stage, setting), per place: kept by the
   * setters ({@link #setBike}, {@link #setChampion}, {@link #setReferral}), so that recording a
   * week reads counts instead of passing over three bytes of every resident (about 1.3 ms a
   * full-scale week, most of the data collection's cost; bench/README, session 7).
   */
  private final int[] bikesInUse;

  private final int[] champions;

  /** Index {@code ((setting · STAGES + stage − 1) · places + place)}; grows with the settings. */
  private int[] referrals = new int[0];

  /** Referral stages counted (1–4: referred, enrolled, engaged, adherent). */
  private static final int STAGES = 4;

  /**
   * A cached upper bound of the resident's weekly move probability, coded ({@link MoveBounds}).
   * Whatever raises a resident's hazards other than the weekly stocks must raise it ({@link
   * #joinedGroup} and the like) or call {@link #forgetMoveBound}.
   */
  final byte[] moveBound;

  /**
   * Code steps by which joining a group, leaving one, a referral's engagement and a bike raise a
   * resident's bound ({@link MoveBounds#steps}); until the dynamics set them, each forgets it.
   */
  private int joinSteps = MoveBounds.UNBOUNDED_CODE;

  private int leaveSteps = MoveBounds.UNBOUNDED_CODE;
  private int referralSteps = MoveBounds.UNBOUNDED_CODE;
  private int bikeSteps = MoveBounds.UNBOUNDED_CODE;

  Residents(int[] placeStart) {
    this.placeStart = placeStart.clone();
    this.count = placeStart[placeStart.length - 1];
    place = new short[count];
    quintile = new byte[count];
    ageBand = new byte[count];
    ltc = new byte[count];
    female = new byte[count];
    cell = new int[count];
    motivation = new float[count];
    level = new byte[count];
    peerByte = new byte[count];
    levelEntered = new short[count];
    enteredUp = new byte[count];
    groupOf = new int[count];
    Arrays.fill(groupOf, -1);
    champion = new byte[count];
    referralEngaged = new byte[count];
    bike = new byte[count];
    referralStage = new byte[count];
    referralSetting = new byte[count];
    moveBound = new byte[count];
    Arrays.fill(moveBound, MoveBounds.UNKNOWN);
    bikesInUse = new int[places()];
    champions = new int[places()];
  }

  /** Resident i takes up a bike (true) or gives it up. */
  public void setBike(int i, boolean inUse) {
    byte v = (byte) (inUse ? 1 : 0);
    if (bike[i] != v) {
      bike[i] = v;
      bikesInUse[place[i]] += inUse ? 1 : -1;
    }
  }

  /** Resident i becomes a champion (true) or stops being one. */
  public void setChampion(int i, boolean isChampion) {
    byte v = (byte) (isChampion ? 1 : 0);
    if (champion[i] != v) {
      champion[i] = v;
      champions[place[i]] += isChampion ? 1 : -1;
      peerByte[i] = (byte) (peerByte[i] & ~4 | v << 2);
    }
  }

  /** Resident i moves to a level (COMMIT): the level and the byte its contacts read. */
  void setLevel(int i, int to) {
    level[i] = (byte) to;
    peerByte[i] = (byte) (peerByte[i] & ~3 | to);
  }

  /**
   * Packs {@link #peerByte} afresh for residents {@code [from, to)} from their level, champion flag
   * and homophily class: where levels or champions may have been written directly (initial levels,
   * tests) since the last pack.
   */
  void packPeerBytes(byte[] homophilyClass, int from, int to) {
    for (int i = from; i < to; i++) {
      peerByte[i] = (byte) (level[i] | champion[i] << 2 | homophilyClass[i] << 3);
    }
  }

  /**
   * Resident i's referral pathway: stage 0 (none) to 4 (adherent), in the given setting (kept while
   * the stage is 0).
   */
  public void setReferral(int i, int stage, int setting) {
    if (stage < 0 || stage > STAGES) {
      throw new IllegalArgumentException("referral stage " + stage);
    }
    if (referralStage[i] != 0) {
      referrals[referralIndex(referralStage[i], referralSetting[i], place[i])]--;
    }
    referralStage[i] = (byte) stage;
    referralSetting[i] = (byte) setting;
    if (stage != 0) {
      int k = referralIndex(stage, setting, place[i]);
      if (k >= referrals.length) {
        referrals = Arrays.copyOf(referrals, (setting + 1) * STAGES * places());
      }
      referrals[k]++;
    }
  }

  /** {@link #setReferral} in the resident's present setting. */
  public void setReferralStage(int i, int stage) {
    setReferral(i, stage, referralSetting[i]);
  }

  /** Bikes in use in place p. */
  public int bikesInUse(int p) {
    return bikesInUse[p];
  }

  /** Champions in place p. */
  public int champions(int p) {
    return champions[p];
  }

  /** Residents of place p at referral stage 1–4 in a setting. */
  public int referrals(int stage, int setting, int p) {
    int k = referralIndex(stage, setting, p);
    return k < referrals.length ? referrals[k] : 0;
  }

  private int referralIndex(int stage, int setting, int p) {
    return ((setting * STAGES) + stage - 1) * places() + p;
  }

  /**
   * Marks resident i's move bound unknown: to be called whenever something raises the resident's
   * hazards other than through the weekly stocks (group membership, a referral's engagement, a
   * bike). Cheap, and always safe: the next week computes the resident's decision in full.
   */
  public void forgetMoveBound(int i) {
    moveBound[i] = MoveBounds.UNKNOWN;
  }

  /** Sets the code steps of {@link #joinedGroup}, {@link #leftGroup}, and so on. */
  void setBoundSteps(int join, int leave, int referral, int bike) {
    joinSteps = join;
    leaveSteps = leave;
    referralSteps = referral;
    bikeSteps = bike;
  }

  /**
   * Resident i joined a group: its up-hazard is multiplied by {@code e^(b_group)} and its
   * down-hazard by {@code e^(−c_group)}, so its bound by at most the larger; the code rises by that
   * much (no need to read the resident's state, or to decide it in full next week).
   */
  public void joinedGroup(int i) {
    raiseMoveBound(i, joinSteps);
  }

  /** Resident i left its group (or it dissolved): the inverse factors of {@link #joinedGroup}. */
  public void leftGroup(int i) {
    raiseMoveBound(i, leaveSteps);
  }

  /** Resident i's referral reached engagement: its up-hazard gains {@code e^(b_ref)}. */
  public void startedReferral(int i) {
    raiseMoveBound(i, referralSteps);
  }

  /** Resident i got a bike: its up-hazard gains {@code e^(b_travel)}. */
  public void gotBike(int i) {
    raiseMoveBound(i, bikeSteps);
  }

  private void raiseMoveBound(int i, int steps) {
    int code = moveBound[i] & 0xFF;
    if (code < MoveBounds.UNBOUNDED_CODE) {
      moveBound[i] = (byte) Math.min(MoveBounds.UNBOUNDED_CODE, code + steps);
    }
  }

  /** Weeks resident i has spent in its current level (habit time, MODEL.md §3). */
  public int weeksInLevel(int i) {
    return commits - levelEntered[i];
  }

  /** Sets resident i's habit time (initial state, tests). */
  void setWeeksInLevel(int i, int weeks) {
    levelEntered[i] = (short) (commits - weeks);
  }

  /** Resident i enters a new level at the commit under way: zero weeks in it once committed. */
  void enterLevel(int i) {
    levelEntered[i] = (short) (commits + 1);
  }

  /** Weekly commits so far. */
  int commits() {
    return commits;
  }

  /** Ends a week's commit: every resident who stayed has one more week in its level. */
  void countCommit() {
    commits++;
  }

  /** Number of places. */
  public int places() {
    return placeStart.length - 1;
  }

  /** Number of residents in place p. */
  public int placeSize(int p) {
    return placeStart[p + 1] - placeStart[p];
  }
}
