package org.activesim.core.levers;

/**
 * How many real units (people, grants) each of a sequence of agent units stands for at scale k (ODD
 * 7.8): the j-th stands for {@code ⌊(j+1)k⌋ − ⌊jk⌋}, so that the first n stand for exactly {@code
 * ⌊nk⌋} without a random count, and every one for exactly k at a whole-number scale.
 */
final class RealUnits {
  private final double scale;
  private long taken;

  RealUnits(double scale) {
    this.scale = scale;
  }

  /** The real units the next agent unit stands for, without taking it. */
  int peek() {
    return (int) (Math.floor((taken + 1) * scale) - Math.floor(taken * scale));
  }

  /** The real units the next agent unit stands for, taking it. */
  int next() {
    int n = peek();
    taken++;
    return n;
  }
}
