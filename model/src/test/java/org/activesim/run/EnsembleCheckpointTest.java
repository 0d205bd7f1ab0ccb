package org.activesim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activesim.output.SummaryEstimate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint restores the statistics bit for bit: folding further replicates into the restored
 * statistics gives exactly what folding all of them into one gives, so a resumed ensemble writes
 * the bytes of an uninterrupted one.
 */
class EnsembleCheckpointTest {

  @TempDir Path tmp;

  private static final EnsembleCheckpoint.Identity ID =
      new EnsembleCheckpoint.Identity("1.0", "abc", 7, 10, 2, 3, null, 3);

  @Test
  void restoredStatisticsContinueBitForBit() throws IOException {
    EnsembleStatistics all = new EnsembleStatistics();
    EnsembleStatistics firstTwo = new EnsembleStatistics();
    double[] ends = {0.20, 0.22, 0.27};
    for (int r = 0; r < 2; r++) {
      all.add(EnsembleStatisticsTest.replicate(ends[r], r, r != 1));
      firstTwo.add(EnsembleStatisticsTest.replicate(ends[r], r, r != 1));
    }
    Path file = tmp.resolve(".checkpoint");
    EnsembleCheckpoint.write(
        file, new EnsembleCheckpoint.State(ID, "out", "2026-01-01T00:00:00Z", 2, firstTwo));
    EnsembleCheckpoint.State state = EnsembleCheckpoint.read(file);
    assertEquals(ID, state.identity());
    assertEquals(ID, EnsembleCheckpoint.identity(file));
    assertEquals("out", state.targetName());
    assertEquals(2, state.done());
    EnsembleStatistics restored = state.statistics();
    all.add(EnsembleStatisticsTest.replicate(ends[2], 2, true));
    restored.add(EnsembleStatisticsTest.replicate(ends[2], 2, true));
    assertEquals(all.summary().size(), restored.summary().size());
    for (int i = 0; i < all.summary().size(); i++) {
      SummaryEstimate a = all.summary().get(i);
      SummaryEstimate b = restored.summary().get(i);
      assertEquals(a, b, a.metric());
    }
    assertEquals(all.aggregate().mean().summary(), restored.aggregate().mean().summary());
  }

  @Test
  void anotherIdentityIsAnotherEnsemble() {
    assertNotEquals(ID, new EnsembleCheckpoint.Identity("1.0", "abc", 8, 10, 2, 3, null, 3));
    assertNotEquals(ID, new EnsembleCheckpoint.Identity("1.0", "abc", 7, 10, 2, 3, 0.01, 3));
  }

  @Test
  void aTruncatedCheckpointIsAnIoProblemNotACrash() throws IOException {
    EnsembleStatistics s = new EnsembleStatistics();
    s.add(EnsembleStatisticsTest.replicate(0.2, 0, true));
    Path file = tmp.resolve(".checkpoint");
    EnsembleCheckpoint.write(
        file, new EnsembleCheckpoint.State(ID, "out", "2026-01-01T00:00:00Z", 1, s));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThrows(IOException.class, () -> EnsembleCheckpoint.read(file));
  }
}
