package org.activesim.core;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.Philox4x64;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;

/**
 * Every random number of a run comes from here, derived from one root seed (STYLE.md: randomness is
 * injected, never global).
 *
 * <p>Two kinds of stream:
 *
 * <ul>
 *   <li>{@link #stream(Purpose, long...)}: a sequential XoRoShiRo128++ generator for one purpose
 *       and identifiers (e.g. the network of place 3). Streams of different purposes or ids are
 *       independent, so adding a consumer never shifts another's draws (common random numbers).
 *   <li>{@link #block(Purpose, long, long)}: a Philox4x64 counter-based generator keyed by
 *       (purpose) and positioned at counter (week, block). The resident loop draws from the block
 *       of its fixed chunk of residents, so results do not depend on how chunks are spread over
 *       threads (Salmon et al. 2011, "Parallel random numbers: as easy as 1, 2, 3").
 * </ul>
 *
 * Seeds are combined with SplitMix64 (Steele, Lea &amp; Flood 2014), whose output function is a
 * strong 64-bit mixer.
 */
public final class RandomStreams {

  /** What a stream is for. The ordinal is part of the key: append new purposes at the end only. */
  public enum Purpose {
    POPULATION,
    NETWORK,
    CROSS_TIES,
    INITIAL_LEVELS,
    RESIDENT_TRANSITIONS,
    GROUPS,
    INITIAL_GROUPS,
    /** One stream per lever (keyed by its name) and week. */
    LEVERS,
    /** One stream per champions lever (keyed by its name) and week: recruitment, invitations. */
    CHAMPIONS,
    /** In-model trials: choosing and randomising participants. */
    TRIAL,
    /** An evaluation's followed people other than the agents: their weekly moves (ODD 7.15). */
    EVALUATION
  }

  private final long rootSeed;

  public RandomStreams(long rootSeed) {
    this.rootSeed = rootSeed;
  }

  /** The root seed. */
  public long rootSeed() {
    return rootSeed;
  }

  /** An independent sequential stream for a purpose and identifiers. */
  public UniformRandomProvider stream(Purpose purpose, long... ids) {
    long h = mix(rootSeed, purpose.ordinal() + 1L);
    for (long id : ids) {
      h = mix(h, id);
    }
    SplitMix64 expand = new SplitMix64(h);
    return new XoRoShiRo128PlusPlus(new long[] {expand.nextLong(), expand.nextLong()});
  }

  /**
   * A counter-based generator for one (week, block) of a purpose: the same arguments always give
   * the same sequence, whichever thread asks.
   */
  public UniformRandomProvider block(Purpose purpose, long week, long block) {
    long k = mix(rootSeed, 0x5EEDL + purpose.ordinal());
    return new Philox4x64(new long[] {k, mix(k, 1), 0, 0, week, block});
  }

  /**
   * The key of a random-access field of uniforms for one (purpose, week), read with {@link
   * #uniformAt}.
   */
  public long fieldKey(Purpose purpose, long week) {
    return mix(mix(rootSeed, 0xF1E1DL + purpose.ordinal()), week);
  }

  /**
   * The uniform at {@code index} of a field: output {@code index + 1} of a SplitMix64 sequence
   * seeded with the key, computed directly (SplitMix64 adds a constant to its state and mixes it,
   * so any output can be read in any order).
   */
  public static double uniformAt(long fieldKey, long index) {
    return new SplitMix64(fieldKey + index * SPLITMIX_INCREMENT).nextDouble();
  }

  /** SplitMix64's state increment, the golden ratio in 64 bits (Steele, Lea &amp; Flood 2014). */
  private static final long SPLITMIX_INCREMENT = 0x9E3779B97F4A7C15L;

  /**
   * A 64-bit key for a name (FNV-1a over its UTF-16 code units, then mixed): streams of levers are
   * keyed by name, so that adding or reordering levers never shifts another lever's draws.
   */
  public static long key(String name) {
    long h = 0xcbf29ce484222325L;
    for (int k = 0; k < name.length(); k++) {
      h ^= name.charAt(k);
      h *= 0x100000001b3L;
    }
    return mix(h, name.length());
  }

  /** Mixes a value into a running hash (one SplitMix64 output step). */
  static long mix(long h, long value) {
    return new SplitMix64(h ^ (value * SPLITMIX_INCREMENT)).nextLong();
  }
}
