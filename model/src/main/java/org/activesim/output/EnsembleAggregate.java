package org.activesim.output;

import java.util.Arrays;
import java.util.List;
import org.activesim.core.Recording;

/**
 * What the top level of an ensemble's result folder is written from: the summary estimated across
 * replicates, and three recordings of the same shape holding, cell by cell, the mean across
 * replicates and the limits of its 95% confidence interval (NaN where a cell has no value, or no
 * interval). The mean recording also carries the mean spending and mechanism counts, so every
 * figure of a single run can be drawn from it.
 *
 * @param summary one estimate per summary key, in the replicates' summary order, then the rows that
 *     describe the ensemble itself
 * @param mean cell means (and mean summary, spending and mechanism counts)
 * @param ciLow lower 95% limits, cell by cell
 * @param ciHigh upper 95% limits, cell by cell
 */
public record EnsembleAggregate(
    List<SummaryEstimate> summary, Recording mean, Recording ciLow, Recording ciHigh) {

  public EnsembleAggregate {
    summary = List.copyOf(summary);
    for (Recording bound : List.of(ciLow, ciHigh)) {
      if (!bound.places().equals(mean.places())
          || !bound.metrics().equals(mean.metrics())
          || !Arrays.equals(bound.weeks(), mean.weeks())) {
        throw new IllegalArgumentException("the interval recordings must have the mean's shape");
      }
    }
  }
}
