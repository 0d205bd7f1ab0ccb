package org.activesim.core.groups;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.activesim.core.Residents;
import org.activesim.core.network.FrozenNetwork;

/**
 * Community groups as a struct of arrays indexed by group id; ids are never reused, so a dissolved
 * group keeps its slot (with {@code alive = false}) and its history. Members are held in a flat
 * array of {@code maxCapacity} slots per group; residents point back through {@code groupOf}.
 *
 * <p>Threads: in the GROUPS phase one task per place lives and recruits its own groups at the same
 * time as the other places' tasks ({@link GroupDynamics#week}). That is safe because everything
 * such a task changes is a slot of one of its groups or {@code groupOf} of one of its place's
 * residents, apart from the alive count (an atomic counter) and the join listener (the tasks use
 * {@link #joinUnreported} and report afterwards, in order). Creating a group grows the arrays, so
 * {@link #create} runs on one thread only.
 */
public final class CommunityGroups {
  private final int maxCapacity;
  private final Residents residents;
  private final FrozenNetwork network;
  private final int[] groupOf;
  private int count;

  /**
   * Atomic: the places' tasks dissolve groups at the same time; the sum does not depend on order.
   */
  private final AtomicInteger aliveCount = new AtomicInteger();

  private int[] place = new int[64];
  private int[] capacity = new int[64];
  private int[] leader = new int[64];
  private int[] fundingWeeks = new int[64];
  private double[] sustainability = new double[64];
  private byte[] origin = new byte[64];
  private boolean[] alive = new boolean[64];
  private int[] size = new int[64];
  private int[] members = new int[64 * 4];

  /**
   * The members' ties, the sum of their degrees: recruitment walks the members' ties as one
   * sequence and, knowing its length, stops once no later tie fires, which for most groups most
   * weeks is before the first member (GroupDynamics).
   */
  private int[] ties = new int[64];

  /** A programme's tag on a group (a lever's ledger line), or -1 (MODEL.md §5). */
  private int[] tag = new int[64];

  private JoinListener joinListener;

  /** Told when a resident joins a tagged group: evaluations follow programme participants. */
  @FunctionalInterface
  public interface JoinListener {
    void joined(int tag, int resident);
  }

  /**
   * @param maxCapacity largest capacity of any group
   * @param residents whose {@code groupOf} the groups keep, and whose move bounds a change of
   *     membership makes unknown (membership changes both hazards)
   * @param network the residents' ties (a group counts its members')
   */
  public CommunityGroups(int maxCapacity, Residents residents, FrozenNetwork network) {
    this.maxCapacity = maxCapacity;
    this.residents = residents;
    this.network = network;
    this.groupOf = residents.groupOf;
    this.members = new int[64 * maxCapacity];
  }

  /** Creates a group with its leader as first member; returns its id. */
  public int create(int placeIndex, int cap, int leaderResident, GroupOrigin o, double h) {
    if (cap < 1 || cap > maxCapacity) {
      throw new IllegalArgumentException("capacity out of range: " + cap);
    }
    ensureCapacity(count + 1);
    int g = count++;
    place[g] = placeIndex;
    capacity[g] = cap;
    leader[g] = leaderResident;
    sustainability[g] = h;
    origin[g] = (byte) o.ordinal();
    alive[g] = true;
    aliveCount.incrementAndGet();
    size[g] = 0;
    ties[g] = 0;
    tag[g] = -1;
    join(g, leaderResident);
    return g;
  }

  /** Adds a resident who is in no group; returns false if the group is full. */
  public boolean join(int g, int resident) {
    if (!joinUnreported(g, resident)) {
      return false;
    }
    reportJoin(g, resident);
    return true;
  }

  /**
   * Adds a resident like {@link #join} without telling the join listener: the caller reports the
   * join later with {@link #reportJoin}. For joins made in parallel, whose reports (which draw from
   * an evaluation's stream) must reach the listener in a fixed order.
   */
  boolean joinUnreported(int g, int resident) {
    if (groupOf[resident] != -1) {
      throw new IllegalStateException("resident " + resident + " is already in a group");
    }
    if (size[g] >= capacity[g]) {
      return false;
    }
    members[g * maxCapacity + size[g]++] = resident;
    ties[g] += network.degree(resident);
    groupOf[resident] = g;
    residents.joinedGroup(resident);
    return true;
  }

  /** Tells the join listener that a resident joined group g, if g is tagged. */
  void reportJoin(int g, int resident) {
    if (tag[g] >= 0 && joinListener != null) {
      joinListener.joined(tag[g], resident);
    }
  }

  /** Removes member at a slot; a departing leader hands over to the first remaining member. */
  public void leave(int g, int slot) {
    int base = g * maxCapacity;
    int resident = members[base + slot];
    members[base + slot] = members[base + size[g] - 1];
    size[g]--;
    ties[g] -= network.degree(resident);
    groupOf[resident] = -1;
    residents.leftGroup(resident);
    if (leader[g] == resident) {
      leader[g] = size[g] > 0 ? members[base] : -1;
    }
  }

  /** Dissolves a group: every member leaves and loses the group's effect on their hazards. */
  public void dissolve(int g) {
    int base = g * maxCapacity;
    for (int s = 0; s < size[g]; s++) {
      groupOf[members[base + s]] = -1;
      residents.leftGroup(members[base + s]);
    }
    size[g] = 0;
    ties[g] = 0;
    leader[g] = -1;
    alive[g] = false;
    aliveCount.decrementAndGet();
  }

  /**
   * Tags a group as a programme's (a microgrant programme funded it): its members now, and everyone
   * who joins later, are reported to the join listener.
   */
  public void tag(int g, int programme) {
    tag[g] = programme;
    if (joinListener != null) {
      for (int s = 0; s < size[g]; s++) {
        joinListener.joined(programme, members[g * maxCapacity + s]);
      }
    }
  }

  /** The programme tag of a group, or -1. */
  public int tag(int g) {
    return tag[g];
  }

  /** Sets the listener told of joins to tagged groups. */
  public void onJoin(JoinListener listener) {
    this.joinListener = listener;
  }

  /** Groups ever created (ids 0..count-1), alive or dissolved. */
  public int count() {
    return count;
  }

  /** Groups alive now. */
  public int aliveCount() {
    return aliveCount.get();
  }

  public boolean alive(int g) {
    return alive[g];
  }

  public int place(int g) {
    return place[g];
  }

  public int capacity(int g) {
    return capacity[g];
  }

  public int size(int g) {
    return size[g];
  }

  public int leader(int g) {
    return leader[g];
  }

  /** The ties of a group's members: the sum of their degrees. */
  public int ties(int g) {
    return ties[g];
  }

  /** Resident at a member slot of a group (slots 0..size-1). */
  public int member(int g, int slot) {
    return members[g * maxCapacity + slot];
  }

  public GroupOrigin origin(int g) {
    return GroupOrigin.of(origin[g]);
  }

  public double sustainability(int g) {
    return sustainability[g];
  }

  public void setSustainability(int g, double h) {
    sustainability[g] = h;
  }

  /** Weeks of grant funding left. */
  public int fundingWeeks(int g) {
    return fundingWeeks[g];
  }

  public void setFundingWeeks(int g, int weeks) {
    fundingWeeks[g] = weeks;
  }

  /** Raises a group's capacity (a grant buys places), up to the largest capacity allowed. */
  public void raiseCapacity(int g, int extra) {
    capacity[g] = Math.min(maxCapacity, capacity[g] + Math.max(0, extra));
  }

  /** Groups alive now per origin ({@link GroupOrigin} ordinal) in one place. */
  public int[] aliveByOrigin(int placeIndex) {
    int[] n = new int[GroupOrigin.values().length];
    for (int g = 0; g < count; g++) {
      if (alive[g] && place[g] == placeIndex) {
        n[origin[g]]++;
      }
    }
    return n;
  }

  private void ensureCapacity(int n) {
    if (n <= place.length) {
      return;
    }
    int len = Math.max(n, place.length * 2);
    place = Arrays.copyOf(place, len);
    capacity = Arrays.copyOf(capacity, len);
    leader = Arrays.copyOf(leader, len);
    fundingWeeks = Arrays.copyOf(fundingWeeks, len);
    sustainability = Arrays.copyOf(sustainability, len);
    origin = Arrays.copyOf(origin, len);
    alive = Arrays.copyOf(alive, len);
    size = Arrays.copyOf(size, len);
    members = Arrays.copyOf(members, len * maxCapacity);
    ties = Arrays.copyOf(ties, len);
    tag = Arrays.copyOf(tag, len);
  }
}
