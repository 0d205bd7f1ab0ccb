package org.activesim.core;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.activesim.core.RandomStreams.Purpose;
import org.activesim.core.network.FrozenNetwork;
import org.activesim.scenario.NetworkSpec;
import org.activesim.scenario.PlaceSpec;
import org.activesim.scenario.ResidentDraws;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The weekly resident transition (MODEL.md §3), over struct-of-arrays state.
 *
 * <p>Design: synchronous update. Every decision reads {@code residents.level} as it stood at the
 * start of the week and lists its move; {@link #commit} applies the week's moves, so resident order
 * and thread count cannot change the result. Residents are processed in fixed chunks of {@value
 * #CHUNK}, each with its own random streams keyed by (week, chunk), so any thread may run any
 * chunk. Every resident has one uniform a week: up if {@code u < P_up}, else down if {@code u <
 * P_up + P_down}, with {@code P = 1 − e^(−hazard)}. Most residents are settled without being read:
 * a one-byte cached bound of their move probability ({@link MoveBounds}) and skip-ahead sampling
 * ({@link SkipAhead}) leave a few percent to visit, and exact thinning ({@link #decide}) most of
 * those without an {@code exp} or the network. No allocation per resident.
 */
public final class ResidentDynamics {

  /** Residents per chunk: the unit of random streams and of parallel work. */
  public static final int CHUNK = 4096;

  private final Residents r;
  private final FrozenNetwork network;
  private final HazardModel hazards;
  private final RandomStreams streams;
  private final boolean homogeneous;

  /** Skip-ahead sampling ({@link SkipAhead}) rather than one uniform per resident. */
  private final boolean skipAhead;

  private final float championWeight;

  /** The burn-in's running peer counts ({@link #countPeers}), else null. */
  private PeerCounts peerCounts;

  /**
   * Contact weights as integers, indexed by {@code sameClass | champion << 1}, when every weight is
   * a small whole number (the defaults: 1, w_like 2, champion 3): float sums of whole numbers below
   * 2^24 are exact, so adding them as ints gives the same bits and avoids a chain of float adds.
   * Null otherwise (then the float loop runs).
   */
  private final int[] wholeWeights;

  private final float[] motivationFactor;
  private final int chunks;

  /**
   * exp(b_env (E − E_ref) + b_aware W) per calibration cell, refreshed from the stocks each week
   * (environment is a place's, awareness a segment's; cells carry both), and the two terms apart
   * for mechanism attribution.
   */
  final double[] cellUpFactor;

  final float[] cellEnvironmentTerm;
  final float[] cellAwarenessTerm;

  /** The residents' cached move bounds; {@link #passThresholds} is this week's table of them. */
  private final MoveBounds moveBounds;

  /** Scratch of {@link #upScales}. */
  private final double[] upScale;

  private double[] passThresholds;

  /** This week's largest code of a bound at most {@link SkipAhead#CANDIDATE_SHARE}. */
  private int largeCode;

  /** This week's key of the residents' random-access uniforms ({@link SkipAhead}). */
  private long fieldKey;

  /** Largest peer factor {@code exp(b_peer (peerUp − ref))} per level, for exact thinning. */
  private final double[] maxPeerFactor = new double[2];

  /** Per chunk, its candidates of the week ({@link SkipAhead.Candidates}). */
  private final SkipAhead.Candidates[] candidates;

  /** Per chunk, the residents its scan left to decide in full. */
  private final DecisionBatch[] pendingByChunk;

  /** Champions who became inactive in the commit under way, per chunk. */
  private final int[] championsLost;

  /** Upward moves of the week, per chunk: resident and credited {@link Mechanism}. */
  private final int[][] upResident;

  private final byte[][] upMechanism;
  private final int[] upCount;

  /** Residents per (place, level) at the start of the week (homogeneous mixing only). */
  private final int[] placeLevelCounts;

  /** The week's moves, for COMMIT and the level counts ({@link WeekMoves}). */
  private final WeekMoves moves;

  /** Burn-in scratch: modifiers without u0 / d0 (see {@link BaselineCalibration}). */
  float[] upModifier;

  float[] downModifier;

  ResidentDynamics(
      Residents r,
      FrozenNetwork network,
      HazardModel hazards,
      NetworkSpec networkSpec,
      RandomStreams streams,
      ResidentDraws draws,
      boolean calibrationScratch) {
    this.r = r;
    this.network = network;
    this.hazards = hazards;
    this.streams = streams;
    this.homogeneous = networkSpec.homogeneousMixing();
    this.skipAhead = draws == ResidentDraws.SKIP_AHEAD;
    this.championWeight = (float) networkSpec.championWeight();
    this.wholeWeights = wholeWeights((float) networkSpec.likeMeWeight(), championWeight);
    this.motivationFactor = new float[r.count];
    for (int i = 0; i < r.count; i++) {
      motivationFactor[i] = (float) Math.exp(hazards.spec.bMotivation() * (r.motivation[i] - 0.5));
    }
    this.chunks = (r.count + CHUNK - 1) / CHUNK;
    this.moves = new WeekMoves(r, chunks, hazards.spec.relapseWindowWeeks());
    int cells = Cells.count(r.places());
    this.cellUpFactor = new double[cells];
    Arrays.fill(cellUpFactor, 1.0);
    this.cellEnvironmentTerm = new float[cells];
    this.cellAwarenessTerm = new float[cells];
    this.moveBounds = new MoveBounds(r.moveBound, r.cell, cells);
    this.upScale = new double[2 * cells];
    r.setBoundSteps(
        MoveBounds.steps(Math.max(hazards.groupUp, hazards.groupDown)),
        MoveBounds.steps(Math.max(1 / hazards.groupUp, 1 / hazards.groupDown)),
        MoveBounds.steps(hazards.referralUp),
        MoveBounds.steps(hazards.travelUp));
    this.pendingByChunk = new DecisionBatch[chunks];
    this.candidates = new SkipAhead.Candidates[chunks];
    for (int c = 0; c < chunks; c++) {
      candidates[c] = new SkipAhead.Candidates();
    }
    this.upResident = new int[chunks][];
    this.upMechanism = new byte[chunks][];
    this.upCount = new int[chunks];
    this.championsLost = new int[chunks];
    this.placeLevelCounts = new int[r.places() * 3];
    this.upModifier = calibrationScratch ? new float[r.count] : null;
    this.downModifier = calibrationScratch ? new float[r.count] : null;
  }

  int chunks() {
    return chunks;
  }

  /** Weighted share of i's contacts at a higher level than L (champions weigh more). */
  double peerUp(int i, int level) {
    if (peerCounts != null && peerCounts.counts(i)) {
      return peerCounts.share(i, level, hazards.peerRef[level]); // the burn-in's running counts
    }
    if (homogeneous) {
      int p = r.place[i];
      int above = 0;
      for (int l = level + 1; l < 3; l++) {
        above += placeLevelCounts[p * 3 + l];
      }
      int others = r.placeSize(p) - 1;
      return others > 0 ? (double) above / others : hazards.peerRef[level];
    }
    short[] deltas = network.contactDeltas();
    byte[] state = r.peerByte; // what each contact shows its peers
    int own = (state[i] & 0xFF) >>> 3;
    int from = network.rowStart(i);
    int end = network.rowEnd(i);
    if (wholeWeights != null && end - from < MAX_WHOLE_DEGREE) {
      int[] weights = wholeWeights;
      // The near contacts are one run of the row, so they need no escape check (a check per
      // contact cost about 5% of the week at scale 10); int sums do not depend on the order.
      int lo = network.nearStart(i);
      int hi = network.nearEnd(i, lo);
      int sum = 0;
      int higher = 0;
      for (int k = lo; k < hi; k++) {
        int s = state[i + deltas[k]] & 0xFF;
        int w = weights[(s >>> 3 == own ? 1 : 0) | (s & 4) >>> 1];
        sum += w;
        if ((s & 3) > level) {
          higher += w;
        }
      }
      // The far contacts, [from, lo) then [hi, end): in about one row in ten.
      for (int k = lo > from ? from : hi; k < end; k = k + 1 == lo ? hi : k + 1) {
        int s = state[network.farContact(k)] & 0xFF;
        int w = weights[(s >>> 3 == own ? 1 : 0) | (s & 4) >>> 1];
        sum += w;
        if ((s & 3) > level) {
          higher += w;
        }
      }
      return sum > 0 ? (float) higher / (float) sum : hazards.peerRef[level];
    }
    return peerUpFloat(i, level);
  }

  /**
   * {@link #peerUp} with float weights, for any weights: the general path, and the reference the
   * whole-number path must equal bit for bit (tested).
   */
  double peerUpFloat(int i, int level) {
    short[] deltas = network.contactDeltas();
    byte[] state = r.peerByte; // what each contact shows its peers
    int own = (state[i] & 0xFF) >>> 3;
    int from = network.rowStart(i);
    int end = network.rowEnd(i);
    float like = network.likeWeight();
    float sum = 0;
    float higher = 0;
    for (int k = from; k < end; k++) {
      int d = deltas[k]; // FrozenNetwork.contact, inlined; in row order, as float sums need
      int s = state[d != FrozenNetwork.FAR ? i + d : network.farContact(k)] & 0xFF;
      float weight = s >>> 3 == own ? like : 1f; // FrozenNetwork.weight, from the packed class
      float w = (s & 4) != 0 ? weight * championWeight : weight;
      sum += w;
      if ((s & 3) > level) {
        higher += w;
      }
    }
    return sum > 0 ? higher / sum : hazards.peerRef[level];
  }

  /** Largest row for the whole-number path: its weighted sums stay far below 2^24. */
  private static final int MAX_WHOLE_DEGREE = 1 << 12;

  /**
   * The four contact weights as ints if each (1, like, champion, like × champion, as the float loop
   * computes them) is a whole number of at most 1024, else null.
   */
  private static int[] wholeWeights(float like, float champion) {
    float[] w = {1f, like, champion, like * champion};
    int[] out = new int[4];
    for (int k = 0; k < 4; k++) {
      if (!(w[k] >= 1 && w[k] <= 1024 && w[k] == Math.rint(w[k]))) {
        return null;
      }
      out[k] = (int) w[k];
    }
    return out;
  }

  /** Up-hazard of resident i at level L < 2, without u0. */
  double upModifier(int i, int level, double peerUp) {
    double m = motivationFactor[i] * cellUpFactor[r.cell[i]];
    if (hazards.spec.bPeer() != 0) {
      m *= Math.exp(hazards.spec.bPeer() * (peerUp - hazards.peerRef[level]));
    }
    if (r.groupOf[i] >= 0) {
      m *= hazards.groupUp;
    }
    if (r.referralEngaged[i] == 1) {
      m *= hazards.referralUp;
    }
    if (r.bike[i] == 1) {
      m *= hazards.travelUp;
    }
    return m;
  }

  /**
   * An upper bound of {@link #upModifier} over every possible peer share: the same product with the
   * peer factor at its largest, {@code exp(max(b_peer (1 − ref), −b_peer ref))}, since {@code
   * peerUp} lies in [0, 1]. Multiplied in the same order, so rounding keeps it an upper bound.
   */
  double upModifierBound(int i, int level) {
    double m = motivationFactor[i] * cellUpFactor[r.cell[i]];
    if (hazards.spec.bPeer() != 0) {
      m *= maxPeerFactor[level];
    }
    if (r.groupOf[i] >= 0) {
      m *= hazards.groupUp;
    }
    if (r.referralEngaged[i] == 1) {
      m *= hazards.referralUp;
    }
    if (r.bike[i] == 1) {
      m *= hazards.travelUp;
    }
    return m;
  }

  /** Refreshes the largest peer factor per level (after the calibration fixes {@code ref}). */
  void refreshPeerBounds() {
    double b = hazards.spec.bPeer();
    for (int level = 0; level < 2; level++) {
      double ref = hazards.peerRef[level];
      maxPeerFactor[level] = Math.exp(Math.max(b * (1 - ref), -b * ref));
    }
  }

  /** Down-hazard of resident i at level L > 0, without d0 or K (habit and group only). */
  double downModifier(int i) {
    return downModifier(i, r.weeksInLevel(i));
  }

  private double downModifier(int i, int weeksInLevel) {
    double m = hazards.habit(weeksInLevel);
    return r.groupOf[i] >= 0 ? m * hazards.groupDown : m;
  }

  /** Down-hazard scale for resident i: the relapse hazard while recently up, else d0. */
  double downScale(int i, int level) {
    return downScale(level, r.enteredUp[i], r.weeksInLevel(i));
  }

  private double downScale(int level, byte enteredUp, int weeksInLevel) {
    return hazards.recentlyUp(enteredUp, weeksInLevel)
        ? hazards.relapseHazard[level]
        : hazards.d0[level];
  }

  /**
   * The move of a person with resident i's circumstances at another level or habit time ({@link
   * PersonMoves}): the plain rule of {@link #decide}, with the relapse term of its own state.
   */
  int personMove(int i, int level, int weeksInLevel, boolean enteredUp, double u) {
    double pUp = 0;
    if (level < 2) {
      double hazardUp = hazards.u0[r.cell[i] * 2 + level] * upModifier(i, level, peerUp(i, level));
      pUp = Rates.probability(hazardUp);
      if (u < pUp) {
        return level + 1;
      }
    }
    if (level == 0) {
      return level;
    }
    double hazardDown =
        downScale(level, (byte) (enteredUp ? 1 : 0), weeksInLevel) * downModifier(i, weeksInLevel);
    return u < pUp + Rates.probability(hazardDown) ? level - 1 : level;
  }

  /** {@link #personMove} as the levers see it. */
  PersonMoves personMoves() {
    return this::personMove;
  }

  /**
   * Prepares what {@link #peerUp} reads from scratch, from the levels and champion flags as they
   * are: the packed peer bytes of every resident ({@link Residents#packPeerBytes}) and, under
   * homogeneous mixing, the residents per (place, level). Call when a burn-in or a run starts, and
   * after writing levels or champions directly (tests); the weekly phases keep both up to date.
   */
  void preparePeers(ChunkRunner runner) {
    if (!homogeneous) {
      byte[] likeClass = network.likeClasses();
      runner.run(
          chunks, c -> r.packPeerBytes(likeClass, c * CHUNK, Math.min(r.count, (c + 1) * CHUNK)));
      return;
    }
    Arrays.fill(placeLevelCounts, 0);
    for (int i = 0; i < r.count; i++) {
      placeLevelCounts[r.place[i] * 3 + r.level[i]]++;
    }
  }

  /**
   * Under homogeneous mixing, the residents per (place, level) at the start of the week, summed
   * from the level counts the commits keep (a pass over every resident each week before); on the
   * network nothing: the peer bytes are kept by the writers of level and champion.
   */
  private void refreshPlaceLevelCounts() {
    if (!homogeneous) {
      return;
    }
    if (!moves.counted()) {
      moves.recount();
    }
    long[] n = moves.placeQuintileLevels();
    Arrays.fill(placeLevelCounts, 0);
    for (int k = 0; k < n.length; k++) {
      placeLevelCounts[k / (3 * PlaceSpec.QUINTILES) * 3 + k % 3] += (int) n[k];
    }
  }

  /**
   * Counts residents per (place, quintile, level) afresh and packs the peer bytes, when a run
   * starts ({@link Simulation}), so that levels set outside the weekly phases (tests) are counted
   * and seen by peers; the commits then keep both up to date from the moves.
   */
  void recountLevels(ChunkRunner runner) {
    moves.recount();
    preparePeers(runner);
  }

  /** One production week: hazards and draws fused, chunks in parallel on the given pool. */
  void step(long week, ChunkRunner runner) {
    refreshPlaceLevelCounts();
    refreshPeerBounds();
    passThresholds = moveBounds.weekThresholds(upScales(), hazards.d0);
    largeCode = moveBounds.largestCodeAtMost(SkipAhead.CANDIDATE_SHARE);
    fieldKey = streams.fieldKey(Purpose.RESIDENT_TRANSITIONS, week);
    runner.run(chunks, c -> residentChunk(week, c));
  }

  /** The residents' cached move bounds (for tests). */
  MoveBounds moveBounds() {
    return moveBounds;
  }

  /**
   * Call whenever the calibrated scales {@code u0} or {@code d0} change: the bounds stay, and the
   * next week's thresholds cover any rise ({@link MoveBounds#observe}).
   */
  void scalesChanged() {
    moveBounds.observe(upScales(), hazards.d0);
  }

  /**
   * Computes every resident's move bound afresh, at the scales now, and drops the rise the
   * thresholds had accumulated: at the end of the burn-in, whose re-fits left the floors below the
   * frozen scales (the thresholds would stay loose all run), and at less cost than deciding every
   * resident in full in week 0, which forgetting the bounds would mean. One streaming pass, chunks
   * in parallel.
   */
  void refreshMoveBounds(ChunkRunner runner) {
    refreshPeerBounds();
    moveBounds.rebase(upScales(), hazards.d0);
    byte[] codes = r.moveBound;
    runner.run(
        chunks,
        c -> {
          int to = Math.min(r.count, (c + 1) * CHUNK);
          for (int i = c * CHUNK; i < to; i++) {
            codes[i] = MoveBounds.code(moveProbabilityBound(i, r.level[i]));
          }
        });
  }

  /**
   * What a resident's up-bound is linear in, per cell and level, for {@link MoveBounds}: {@code
   * u0[2c + L]} times the cell's up-factor (for tests too). The peer references, the other shared
   * factor, change only at the end of the burn-in, which computes every bound afresh.
   */
  double[] upScales() {
    for (int c = 0; c < cellUpFactor.length; c++) {
      upScale[2 * c] = hazards.u0[2 * c] * cellUpFactor[c];
      upScale[2 * c + 1] = hazards.u0[2 * c + 1] * cellUpFactor[c];
    }
    return upScale;
  }

  /**
   * An upper bound of resident i's move probability this week and in every later week until the
   * resident moves or another event forgets it ({@link Residents#forgetMoveBound}), with the cells'
   * up-factors as they are now: the decision's first bound (up-hazard with the peer factor at its
   * largest, plus the down-hazard), with the down-hazard at the largest habit factor from now on
   * and, within the relapse window, the larger of the relapse hazard and {@code d0}.
   */
  double moveProbabilityBound(int i, int level) {
    return moveProbabilityBound(i, level, r.weeksInLevel(i), r.enteredUp[i]);
  }

  /** {@link #moveProbabilityBound} for a given habit time and entry direction. */
  private double moveProbabilityBound(int i, int level, int weeks, byte enteredUp) {
    double up = level < 2 ? hazards.u0[r.cell[i] * 2 + level] * upModifierBound(i, level) : 0;
    double down = 0;
    if (level > 0) {
      double scale =
          hazards.recentlyUp(enteredUp, weeks)
              ? Math.max(hazards.relapseHazard[level], hazards.d0[level])
              : hazards.d0[level];
      double m = hazards.habitCeiling[Math.min(weeks, HazardModel.HABIT_TABLE_WEEKS)];
      down = scale * (r.groupOf[i] >= 0 ? m * hazards.groupDown : m);
    }
    return up + down;
  }

  /**
   * Burn-in start: counts every resident's contacts above each level, kept from then on by the
   * commits ({@link PeerCounts}; not under homogeneous mixing or fractional weights).
   */
  void countPeers() {
    peerCounts = homogeneous ? null : PeerCounts.of(r, network, wholeWeights, MAX_WHOLE_DEGREE);
  }

  /** Whether peer shares come from the burn-in's running counts now (for tests). */
  boolean countsPeers() {
    return peerCounts != null;
  }

  /**
   * After the burn-in: drops the stored modifiers (8 bytes a resident), which only the calibration
   * reads, and the peer counts (12 bytes). The burn-in paths must not run again.
   */
  void releaseCalibrationScratch() {
    upModifier = null;
    downModifier = null;
    peerCounts = null;
  }

  /** Burn-in: store the modifiers of every resident for the calibration controller. */
  void storeModifiers(ChunkRunner runner) {
    refreshPlaceLevelCounts();
    runner.run(chunks, this::storeChunk);
  }

  /** Burn-in: draw transitions from stored modifiers and the freshly fitted scales. */
  void drawFromStored(long week, ChunkRunner runner) {
    fieldKey = streams.fieldKey(Purpose.RESIDENT_TRANSITIONS, week);
    runner.run(chunks, c -> storedChunk(week, c));
  }

  private void storeChunk(int c) {
    int from = c * CHUNK;
    int to = Math.min(r.count, from + CHUNK);
    for (int i = from; i < to; i++) {
      int level = r.level[i];
      upModifier[i] = level < 2 ? (float) upModifier(i, level, peerUp(i, level)) : 0f;
      downModifier[i] = level > 0 ? (float) downModifier(i) : 0f;
    }
  }

  /**
   * Burn-in: every resident's decision from the stored modifiers, with the same uniforms as a
   * production week of the same scheme would give it (under skip-ahead, every resident's uniform of
   * the field, {@link SkipAhead}).
   */
  private void storedChunk(long week, int c) {
    int from = c * CHUNK;
    int to = Math.min(r.count, from + CHUNK);
    startChunk(c);
    SkipAhead.Candidate visit =
        (i, u) -> {
          int level = r.level[i];
          int moved = decideStored(i, level, u);
          if (moved != level) {
            moves.add(c, i, level, moved > level);
          }
        };
    if (skipAhead) {
      drawCandidates(week, c);
      SkipAhead.visit(from, to, r.moveBound, SkipAhead.EVERY_CODE, candidates[c], fieldKey, visit);
    } else {
      UniformRandomProvider rng = streams.block(Purpose.RESIDENT_TRANSITIONS, week, c);
      for (int i = from; i < to; i++) {
        visit.visit(i, rng.nextDouble());
      }
    }
  }

  /**
   * Draws chunk c's candidates of the week from its stream (skip-ahead only), unless drawn already:
   * they read no model state, so the week's draws may be made before RESIDENTS, beside the levers
   * ({@link Simulation}), with the same bytes as drawn by the chunk's own task.
   */
  void drawCandidates(long week, int c) {
    if (skipAhead && !candidates[c].drawnFor(week)) {
      int from = c * CHUNK;
      int to = Math.min(r.count, from + CHUNK);
      candidates[c].draw(from, to, streams.block(Purpose.RESIDENT_TRANSITIONS, week, c), week);
    }
  }

  /**
   * A production week for one chunk: every resident not visited keeps its level; the visited ones
   * are decided in full. Skip-ahead visits only the residents whose uniform may lie below their
   * cached bound ({@link SkipAhead}); otherwise every resident draws one uniform, in order.
   */
  private void residentChunk(long week, int c) {
    int from = c * CHUNK;
    int to = Math.min(r.count, from + CHUNK);
    moves.forgetEndedRelapseWindows(c);
    startChunk(c);
    byte[] codes = r.moveBound;
    double[] pass = passThresholds;
    DecisionBatch pending = pending(c);
    SkipAhead.Candidate visit =
        (i, u) -> {
          if (u < pass[codes[i] & 0xFF] && pending.add(i, u)) { // else no move, from the bound
            decidePending(c, pending, codes);
          }
        };
    if (skipAhead) {
      drawCandidates(week, c);
      SkipAhead.visit(from, to, codes, largeCode, candidates[c], fieldKey, visit);
    } else {
      UniformRandomProvider rng = streams.block(Purpose.RESIDENT_TRANSITIONS, week, c);
      for (int i = from; i < to; i++) {
        visit.visit(i, rng.nextDouble());
      }
    }
    decidePending(c, pending, codes);
  }

  /** Decides the pending residents in full, in resident order, after loading their state. */
  private void decidePending(int c, DecisionBatch pending, byte[] codes) {
    pending.load(r, homogeneous ? null : network, motivationFactor);
    for (int k = 0; k < pending.size(); k++) {
      decideInFull(c, pending.resident(k), pending.uniform(k), codes);
    }
    pending.clear();
  }

  private DecisionBatch pending(int c) {
    DecisionBatch p = pendingByChunk[c];
    if (p == null) {
      p = new DecisionBatch();
      pendingByChunk[c] = p;
    }
    p.clear();
    return p;
  }

  /** Empties chunk c's lists of moves. */
  private void startChunk(int c) {
    moves.startChunk(c);
    upCount[c] = 0;
  }

  /**
   * Resident i's decision with its uniform u, which lies below the resident's cached bound (most
   * uniforms lie at or above it, which settles "no move" from one byte, {@link MoveBounds}):
   * decided in full, and the bound computed afresh if the resident stays.
   */
  private void decideInFull(int c, int i, double u, byte[] codes) {
    int level = r.level[i];
    int moved = decide(c, i, level, u);
    if (moved != level) {
      moves.add(c, i, level, moved > level); // the commit gives it a new bound
    } else {
      // Decided in full, its state at hand: a fresh bound, tighter if its habit has grown or a
      // loan or referral has ended since the last.
      codes[i] = MoveBounds.code(moveProbabilityBound(i, level));
    }
  }

  /**
   * A production week's decision for one resident, with exact thinning: the uniform is drawn first,
   * and the network pass for {@code peerUp} (most of the work) is skipped when an upper bound of
   * the up-probability — the peer factor at its largest — already settles the outcome. With {@code
   * h − h²/2 ≤ P = 1 − e^(−h) ≤ h} most outcomes are settled from hazards alone, without an exp: no
   * move at or above the sum of the hazards' bounds, a move down between the up bound and a lower
   * bound of the down-probability. Otherwise the probabilities, and if still needed the peer share,
   * are computed in full. Margins of 1e-9 cover rounding. The outcome is the full rule's for every
   * uniform, so results are unchanged, byte for byte ({@code TunedKernelGoldenTest}).
   */
  private int decide(int c, int i, int level, double u) {
    double hazardDown = level > 0 ? downScale(i, level) * downModifier(i) : 0;
    double boundUp = level < 2 ? hazards.u0[r.cell[i] * 2 + level] * upModifierBound(i, level) : 0;
    // P = 1 − e^(−h) ≤ h: a uniform above both hazards' sum moves nobody, without any exp (most
    // residents, most weeks). The margin covers the rounding of expm1 and of the sums.
    if (u >= (boundUp + hazardDown) * (1 + 1e-9)) {
      return level;
    }
    double bound = boundUp * (1 + 1e-9); // ≥ P(boundUp) ≥ P_up, with no exp
    // At or above any up-probability and below a lower bound of the down-probability (1 − e^(−h)
    // ≥ h − h²/2): a move down, still without an exp.
    if (level > 0 && u >= bound && u < (hazardDown - hazardDown * hazardDown / 2) * (1 - 1e-9)) {
      return level - 1;
    }
    double pDown = level > 0 ? Rates.probability(hazardDown) : 0;
    double pUp = 0;
    if (level < 2) {
      if (u >= bound + pDown) {
        return level;
      }
      if (u >= bound && u < pDown) {
        return level - 1;
      }
      double peerUp = peerUp(i, level);
      double hazardUp = hazards.u0[r.cell[i] * 2 + level] * upModifier(i, level, peerUp);
      pUp = Rates.probability(hazardUp);
      if (u < pUp) {
        recordUpMove(
            c, i, mechanism(i, level, peerUp, hazardUp, u / pUp, pendingByChunk[c].terms()));
        return level + 1;
      }
    }
    return level > 0 && u < pUp + pDown ? level - 1 : level;
  }

  /**
   * Burn-in decision from the stored modifiers, with exact thinning on both sides: {@code h − h²/2
   * ≤ 1 − e^(−h) ≤ h}, so a uniform at or above the sum of the two hazards is no move, one above
   * the up-hazard is not a move up, and one below the lower bound of the two probabilities' sum is
   * a move down, all without an exp (margins of 1e-9 cover rounding). Only the few uniforms between
   * the bounds need the probabilities; the outcome is the full rule's for every uniform.
   */
  private int decideStored(int i, int level, double u) {
    double hazardUp = level < 2 ? hazards.u0[r.cell[i] * 2 + level] * upModifier[i] : 0;
    double hazardDown = level > 0 ? downScale(i, level) * downModifier[i] : 0;
    if (u >= (hazardUp + hazardDown) * (1 + 1e-9)) {
      return level;
    }
    double pUp = Double.NaN; // computed only when needed
    if (level < 2 && u < hazardUp * (1 + 1e-9)) {
      pUp = Rates.probability(hazardUp);
      if (u < pUp) {
        return level + 1;
      }
    }
    if (level == 0) {
      return level;
    }
    // Below a lower bound of P_up + P_down (1 − e^(−h) ≥ h − h²/2) the move is down for certain;
    // only the narrow band between the bounds needs the exact probabilities.
    double lower =
        (hazardUp - hazardUp * hazardUp / 2 + hazardDown - hazardDown * hazardDown / 2)
            * (1 - 1e-9);
    if (u < lower) {
      return level - 1;
    }
    if (Double.isNaN(pUp)) {
      pUp = level < 2 ? Rates.probability(hazardUp) : 0;
    }
    return u < pUp + Rates.probability(hazardDown) ? level - 1 : level;
  }

  private void recordUpMove(int c, int i, Mechanism m) {
    // Start small and double: a chunk sees a dozen moves up a week, not CHUNK, and a full-size
    // buffer per chunk was 5 bytes a resident kept for the whole run.
    if (upResident[c] == null) {
      upResident[c] = new int[64];
      upMechanism[c] = new byte[64];
    } else if (upCount[c] == upResident[c].length) {
      upResident[c] = Arrays.copyOf(upResident[c], upCount[c] * 2);
      upMechanism[c] = Arrays.copyOf(upMechanism[c], upCount[c] * 2);
    }
    upResident[c][upCount[c]] = i;
    upMechanism[c][upCount[c]++] = (byte) m.ordinal();
  }

  /**
   * The mechanism credited with an upward move (MODEL.md §6). The up-hazard is {@code h = h0 ·
   * exp(Σ t_k)}; the positive terms t_k (peer, group, referral, environment, travel, awareness,
   * motivation) are what raised it above {@code h0}, the hazard without them. Of the move's
   * probability {@code 1 − e^{−h}}, the share {@code (1 − e^{−h0}) / (1 − e^{−h})} would have
   * happened anyway and is credited to BASELINE; the rest is shared among the positive terms in
   * proportion to their size (the attributable-fraction split of epidemiology; Rockhill et al.
   * 1998). One move gets one mechanism, chosen by {@code v}, the move's own uniform rescaled to [0,
   * 1) — no extra random draw — so the credited counts estimate how many moves each mechanism
   * caused, and the term that contributed most is credited most often. A move with no positive term
   * is BASELINE.
   *
   * @param hazard the move's up-hazard h
   * @param v uniform in [0, 1): {@code u / P_up} for the uniform u that decided the move
   */
  Mechanism mechanism(int i, int level, double peerUp, double hazard, double v) {
    return mechanism(i, level, peerUp, hazard, v, new double[Mechanism.values().length]);
  }

  /** {@link #mechanism} with the caller's scratch for the terms (no allocation per move). */
  private Mechanism mechanism(
      int i, int level, double peerUp, double hazard, double v, double[] terms) {
    var spec = hazards.spec;
    terms[0] = 0;
    terms[1] = spec.bPeer() * (peerUp - hazards.peerRef[level]);
    terms[2] = r.groupOf[i] >= 0 ? spec.bGroup() : 0;
    terms[3] = r.referralEngaged[i] == 1 ? spec.bReferral() : 0;
    terms[4] = cellEnvironmentTerm[r.cell[i]];
    terms[5] = r.bike[i] == 1 ? spec.bTravel() : 0;
    terms[6] = cellAwarenessTerm[r.cell[i]];
    terms[7] = spec.bMotivation() * (r.motivation[i] - 0.5);
    double positive = 0;
    for (int k = 1; k < terms.length; k++) {
      positive += Math.max(0, terms[k]);
    }
    if (positive <= 0) {
      return Mechanism.BASELINE;
    }
    double baselineShare =
        Rates.probability(hazard * Math.exp(-positive)) / Rates.probability(hazard);
    if (v < baselineShare) {
      return Mechanism.BASELINE;
    }
    double x = (v - baselineShare) / (1 - baselineShare) * positive;
    int last = 0;
    for (int k = 1; k < terms.length; k++) {
      if (terms[k] > 0) {
        last = k;
        x -= terms[k];
        if (x < 0) {
          return Mechanism.of(k);
        }
      }
    }
    return Mechanism.of(last);
  }

  /** Calls the consumer for every upward move of the last production week, in chunk order. */
  void forEachUpMove(UpMoveConsumer consumer) {
    for (int c = 0; c < chunks; c++) {
      for (int k = 0; k < upCount[c]; k++) {
        consumer.accept(upResident[c][k], Mechanism.of(upMechanism[c][k]));
      }
    }
  }

  /** Receives upward moves: resident index and the mechanism credited (the recorder's counts). */
  @FunctionalInterface
  interface UpMoveConsumer {
    void accept(int resident, Mechanism mechanism);
  }

  /**
   * Applies the week's transitions, touching only the residents who moved: new level, habit time
   * restarted, entry direction, champion status lost on becoming inactive, a fresh move bound;
   * every other resident gains a week of habit through {@link Residents#countCommit}. Brings the
   * counts of residents per level up to date from the moves and adds the week's moves per (place,
   * quintile) into the given arrays, merged in chunk order.
   */
  void commit(long[] movedUp, long[] movedDown, ChunkRunner runner) {
    if (!moves.counted()) {
      moves.recount();
    }
    byte[] level = r.level;
    // Each chunk writes only its own residents, so the result does not depend on the threads.
    runner.run(
        chunks,
        c -> {
          int lost = 0;
          for (int k = 0; k < moves.count(c); k++) {
            int i = moves.resident(c, k);
            boolean up = moves.isUp(c, k);
            int to = up ? level[i] + 1 : level[i] - 1;
            r.setLevel(i, to);
            r.enterLevel(i);
            r.enteredUp[i] = (byte) (up ? 1 : 0);
            // Level, habit time and relapse restart: a new bound, from the state at hand (valid
            // next week too: the stocks' rise since this week is covered by MoveBounds).
            r.moveBound[i] = MoveBounds.code(moveProbabilityBound(i, to, 0, r.enteredUp[i]));
            lost += to == 0 ? r.champion[i] : 0;
          }
          championsLost[c] = lost;
          moves.fileRelapseWindows(c);
        });
    for (int c = 0; c < chunks; c++) { // one thread: the champions are counted per place
      if (championsLost[c] == 0) {
        continue; // most chunks most weeks: their lists stay unread here
      }
      for (int k = 0; k < moves.count(c); k++) {
        int i = moves.resident(c, k);
        if (level[i] == 0 && r.champion[i] == 1) {
          r.setChampion(i, false); // a champion who becomes inactive is no longer a role model
        }
      }
    }
    if (peerCounts != null) { // one thread: a mover's contacts may be in any chunk
      for (int c = 0; c < chunks; c++) {
        for (int k = 0; k < moves.count(c); k++) {
          int i = moves.resident(c, k);
          peerCounts.moved(i, moves.isUp(c, k) ? level[i] - 1 : level[i] + 1, level[i]);
        }
      }
    }
    r.countCommit();
    moves.merge(movedUp, movedDown);
  }

  /**
   * Residents per (place, quintile, level) after the last commit, index {@code (place · 5 +
   * quintile) · 3 + level} (a view: read, don't keep).
   */
  long[] placeQuintileLevels() {
    return moves.placeQuintileLevels();
  }

  /** Resident i's {@code place · 5 + quintile} ({@link WeekMoves#placeQuintile}). */
  int placeQuintile(int i) {
    return moves.placeQuintile(i);
  }

  /** Residents per level after the last commit (a view: read, don't keep). */
  long[] levelCounts() {
    return moves.levelCounts();
  }

  /**
   * Runs {@code count} independent tasks (resident chunks; the groups phase's places);
   * implementations decide the threads.
   */
  @FunctionalInterface
  public interface ChunkRunner {
    void run(int count, java.util.function.IntConsumer task);

    /**
     * Runs {@code serial} and the tasks, which must read nothing {@code serial} writes: on one
     * thread, one after the other; on several, the tasks start on the other threads while this one
     * runs {@code serial}.
     */
    default void runBeside(Runnable serial, int count, java.util.function.IntConsumer task) {
      serial.run();
      run(count, task);
    }

    /** Runs chunks one after another on the calling thread. */
    static ChunkRunner sequential() {
      return (count, task) -> IntStream.range(0, count).forEach(task);
    }
  }
}
