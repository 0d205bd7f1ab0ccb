package org.activesim.core.levers;

import java.util.Arrays;
import org.activesim.core.PersonMoves;
import org.activesim.core.Residents;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The matched pairs an evaluation follows, as pairs of people (ODD 7.8, 7.15).
 *
 * <p>At scale k an agent stands for about k people, so a matched pair of agents stands for about k
 * pairs of people: the j-th pair for {@code ⌊(j+1)k⌋ − ⌊jk⌋} of them, which makes the cohort's size
 * in people exact at any k without a random count. The two agents are the first pair. Every other
 * person shares the circumstances of its agent (cell, contacts, group, pathway, bike, motivation)
 * and makes its own weekly moves with the agent's hazards ({@link PersonMoves}), from the agent's
 * state in the first week it is followed. A follow-up therefore observes people, each with its own
 * chance outcome, and n follow-ups carry the sampling noise of n people at any scale; at scale 1
 * every pair is one pair of residents and nothing extra is drawn.
 *
 * <p>Pairs wait first in, first out (the follow-up is a fixed delay after enrolment).
 */
final class FollowedCohort {
  /** Level of a person not followed yet: it takes its agent's state at its first step. */
  private static final byte NOT_STARTED = -1;

  /** The pairs of people each pushed agent pair stands for. */
  private final RealUnits people;

  private int[] treated = new int[64];
  private int[] comparison = new int[64];
  private int[] due = new int[64];

  /** Index of the pair's first other person in the person arrays, and their number. */
  private int[] firstOther = new int[64];

  private int[] others = new int[64];
  private int head;
  private int tail;

  /**
   * The others of every waiting pair: the pair's treated people first, then its comparison people,
   * so that treated person s and comparison person s make a pair.
   */
  private byte[] level = new byte[64];

  private int[] weeks = new int[64];
  private boolean[] enteredUp = new boolean[64];
  private int personHead;
  private int personTail;

  /**
   * Receives each matured pair of people: its place and {@code treatedOut << 1 | comparisonOut}.
   */
  @FunctionalInterface
  interface Outcomes {
    void matured(int place, int outcome);
  }

  FollowedCohort(double scale) {
    this.people = new RealUnits(scale);
  }

  /** Adds a pair of a participant and its comparison resident, followed up in week {@code due}. */
  void push(int t, int c, int dueWeek) {
    int extra = people.next() - 1;
    if (tail == treated.length) {
      int n = tail * 2;
      treated = Arrays.copyOf(treated, n);
      comparison = Arrays.copyOf(comparison, n);
      due = Arrays.copyOf(due, n);
      firstOther = Arrays.copyOf(firstOther, n);
      others = Arrays.copyOf(others, n);
    }
    treated[tail] = t;
    comparison[tail] = c;
    due[tail] = dueWeek;
    firstOther[tail] = personTail;
    others[tail++] = extra;
    int need = personTail + 2 * extra;
    if (need > level.length) {
      int n = Math.max(need, level.length * 2);
      level = Arrays.copyOf(level, n);
      weeks = Arrays.copyOf(weeks, n);
      enteredUp = Arrays.copyOf(enteredUp, n);
    }
    Arrays.fill(level, personTail, need, NOT_STARTED);
    personTail = need;
  }

  /**
   * One week of moves for every other person of the waiting pairs, in queue order, from the state
   * the residents' phase of the week reads.
   */
  void step(Residents r, PersonMoves moves, UniformRandomProvider rng) {
    for (int k = head; k < tail; k++) {
      int from = firstOther[k];
      int n = others[k];
      for (int s = 0; s < 2 * n; s++) {
        int person = from + s;
        int agent = s < n ? treated[k] : comparison[k];
        start(r, person, agent);
        int before = level[person];
        int after = moves.move(agent, before, weeks[person], enteredUp[person], rng.nextDouble());
        if (after == before) {
          weeks[person]++;
        } else {
          level[person] = (byte) after;
          weeks[person] = 0;
          enteredUp[person] = after > before;
        }
      }
    }
  }

  /** A person followed from now on takes its agent's state. */
  private void start(Residents r, int person, int agent) {
    if (level[person] == NOT_STARTED) {
      level[person] = r.level[agent];
      weeks[person] = r.weeksInLevel(agent);
      enteredUp[person] = r.enteredUp[agent] == 1;
    }
  }

  /**
   * Hands every pair due by week {@code w} to {@code out}, person by person (the agents first),
   * with the state committed at the end of last week.
   */
  void mature(long w, Residents r, Outcomes out) {
    while (head < tail && due[head] <= w) {
      int t = treated[head];
      int c = comparison[head];
      int p = r.place[t];
      out.matured(p, (r.level[t] != 0 ? 2 : 0) | (r.level[c] != 0 ? 1 : 0));
      int from = firstOther[head];
      int n = others[head];
      for (int s = 0; s < n; s++) {
        start(r, from + s, t);
        start(r, from + n + s, c);
        out.matured(p, (level[from + s] != 0 ? 2 : 0) | (level[from + n + s] != 0 ? 1 : 0));
      }
      personHead = from + 2 * n;
      head++;
    }
    compact();
  }

  /** Drops the matured pairs' slots once they are most of the arrays. */
  private void compact() {
    if (head > 1024 && head * 2 > tail) {
      int keep = Math.max(tail, head + 64);
      treated = Arrays.copyOfRange(treated, head, keep);
      comparison = Arrays.copyOfRange(comparison, head, keep);
      due = Arrays.copyOfRange(due, head, keep);
      others = Arrays.copyOfRange(others, head, keep);
      firstOther = Arrays.copyOfRange(firstOther, head, keep);
      for (int k = 0; k < tail - head; k++) {
        firstOther[k] -= personHead;
      }
      int personKeep = Math.max(personTail, personHead + 64);
      level = Arrays.copyOfRange(level, personHead, personKeep);
      weeks = Arrays.copyOfRange(weeks, personHead, personKeep);
      enteredUp = Arrays.copyOfRange(enteredUp, personHead, personKeep);
      tail -= head;
      head = 0;
      personTail -= personHead;
      personHead = 0;
    }
  }
}
