package org.activesim.core.trial;

import java.util.List;

/**
 * Replicate trials of one design, in replicate order (replicate r ran with seed {@code seed + r}),
 * and what they say together.
 *
 * @param replicates one outcome per replicate, in replicate order
 */
public record EnsembleOutcome(List<TrialOutcome> replicates) {

  public EnsembleOutcome {
    replicates = List.copyOf(replicates);
    if (replicates.isEmpty()) {
      throw new IllegalArgumentException("an ensemble needs at least one replicate");
    }
  }

  /** The Mantel–Haenszel risk ratio over replicates (strata), with its 95% interval. */
  public RiskRatio pooledRiskRatio() {
    return RiskRatio.mantelHaenszel(replicates);
  }

  /** Participants per arm over all replicates. */
  public long participantsPerArm() {
    return replicates.stream().mapToLong(TrialOutcome::participantsPerArm).sum();
  }

  /** Referred participants at the target, over all replicates. */
  public long reachedTreated() {
    return replicates.stream().mapToLong(TrialOutcome::reachedTreated).sum();
  }

  /** Usual-care participants at the target, over all replicates. */
  public long reachedControl() {
    return replicates.stream().mapToLong(TrialOutcome::reachedControl).sum();
  }

  /** Programme starters over all replicates. */
  public long starts() {
    return replicates.stream().mapToLong(TrialOutcome::starts).sum();
  }

  /** Starters who dropped out within six months, over all replicates. */
  public long earlyDropouts() {
    return replicates.stream().mapToLong(TrialOutcome::earlyDropouts).sum();
  }

  /** Mean over replicates of the six-month drop-out share (replicates without starters skipped). */
  public double meanDropoutShare() {
    return replicates.stream()
        .mapToDouble(TrialOutcome::dropoutShare)
        .filter(d -> !Double.isNaN(d))
        .average()
        .orElse(Double.NaN);
  }
}
