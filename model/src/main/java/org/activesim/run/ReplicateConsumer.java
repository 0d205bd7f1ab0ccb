package org.activesim.run;

import java.io.IOException;
import org.activesim.core.Recording;

/**
 * Takes the recordings of an ensemble's replicates, one at a time, strictly in replicate order (0,
 * 1, 2, …) and always on the thread that called {@link Ensemble#run}, whatever order the replicates
 * finish in. It need not be thread-safe.
 */
@FunctionalInterface
public interface ReplicateConsumer {

  /**
   * Takes replicate r. The ensemble keeps no reference to the recording afterwards: a consumer that
   * writes or reduces it and lets it go keeps memory bounded.
   *
   * @param replicate r, from 0, one more than the previous call
   * @param recording what replicate r (seed {@code seed + r}) recorded
   * @throws IOException to abandon the ensemble; the exception reaches the caller of {@link
   *     Ensemble#run}
   */
  void accept(int replicate, Recording recording) throws IOException;
}
