package org.activesim.core.levers;

/**
 * A programme's own budget (MODEL.md §2 {@code budget}: spent, committed, remaining): delivery and
 * evaluation together, never exceeded. Every booking of the programme and of its evaluations asks
 * first; what the budget cannot pay for is not delivered.
 */
final class ProgrammeBudget {
  private final Ledger ledger;
  private final int[] lines;
  private final double limit;

  /**
   * @param lines the ledger lines paid from it (the programme and its evaluations)
   * @param limit £, or +∞ for no limit
   */
  ProgrammeBudget(Ledger ledger, int[] lines, double limit) {
    this.ledger = ledger;
    this.lines = lines.clone();
    this.limit = limit;
  }

  /** Spent so far, £. */
  double spent() {
    double sum = 0;
    for (int line : lines) {
      sum += ledger.total(line);
    }
    return sum;
  }

  /** The limit, £ (+∞ for none). */
  double limit() {
    return limit;
  }

  /** Whether a further booking of {@code gbp} keeps spending within the limit. */
  boolean affords(double gbp) {
    return Double.isInfinite(limit) || spent() + gbp <= limit;
  }
}
