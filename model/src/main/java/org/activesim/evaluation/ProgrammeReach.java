package org.activesim.evaluation;

import java.util.Objects;

/**
 * What one run did with one programme (MODEL.md §5), two numbers a comparison keeps of every
 * replicate: whether the programme scaled at all, and how far it reached by the end.
 *
 * @param programme the programme's lever name
 * @param scaled true if the run took at least one {@code scale} decision for it
 * @param placesRunningEnd places where it ran (as pilot or replica) at the last recorded week
 */
public record ProgrammeReach(String programme, boolean scaled, int placesRunningEnd) {

  public ProgrammeReach {
    Objects.requireNonNull(programme, "programme");
    if (placesRunningEnd < 0) {
      throw new IllegalArgumentException("places running must be >= 0, was " + placesRunningEnd);
    }
  }
}
