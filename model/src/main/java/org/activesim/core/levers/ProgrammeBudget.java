package org.activesim.core.levers;

/**
 * A programme's budget (MODEL.md §2 {@code budget}: spent, committed, remaining): delivery and
 * evaluation together, never exceeded. Every booking of the programme and of its evaluations asks
 * first; what the budget cannot pay for is not delivered. A programme's own budget (its rule's) may
 * sit inside the budget every programme of the scenario shares ({@code
 * scaleAndReplicate.budgetGbp}, ODD 7.15): a booking must fit both.
 */
final class ProgrammeBudget {
  private final Ledger ledger;
  private final int[] lines;
  private final double limit;
  private final ProgrammeBudget shared;

  /**
   * @param lines the ledger lines paid from it (the programme and its evaluations)
   * @param limit £, or +∞ for no limit
   * @param shared the budget it sits inside, or null
   */
  ProgrammeBudget(Ledger ledger, int[] lines, double limit, ProgrammeBudget shared) {
    this.ledger = ledger;
    this.lines = lines.clone();
    this.limit = limit;
    this.shared = shared;
  }

  /** Spent so far from this budget's own lines, £. */
  double spent() {
    double sum = 0;
    for (int line : lines) {
      sum += ledger.total(line);
    }
    return sum;
  }

  /** What can still be spent, £: the smaller of this budget's and the shared budget's rest. */
  double remaining() {
    double own = limit - spent();
    return shared == null ? own : Math.min(own, shared.remaining());
  }

  /** Whether a further booking of {@code gbp} keeps spending within every limit. */
  boolean affords(double gbp) {
    return (Double.isInfinite(limit) || spent() + gbp <= limit)
        && (shared == null || shared.affords(gbp));
  }
}
