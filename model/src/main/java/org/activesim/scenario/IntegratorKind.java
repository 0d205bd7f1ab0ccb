package org.activesim.scenario;

/** Numerical scheme for the weekly stock-flow update (MODEL.md §2: Euler by default, RK4). */
public enum IntegratorKind {
  EULER,
  RK4
}
