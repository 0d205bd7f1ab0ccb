package org.activesim.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activesim.output.EnsembleWriter;
import org.activesim.output.ResultFolder;
import org.activesim.scenario.Scenario;

/**
 * Where {@code run --resume} goes on: the partial folder of an interrupted ensemble with the same
 * {@link EnsembleCheckpoint.Identity}, beside the result folder ({@code --out}'s parent, or {@code
 * results/<scenario>/}). With {@code --out}, only a partial folder of that name qualifies; without,
 * any run id does (the resumed ensemble keeps the run id, and so the folder name, it started with).
 * Of several, the one with the most replicates done.
 *
 * @param folder the partial folder
 * @param state its checkpoint
 */
record ResumePoint(Path folder, EnsembleCheckpoint.State state) {

  /** The partial folder to go on with, or null if there is none (the ensemble starts afresh). */
  static ResumePoint find(RunRequest options, Scenario scenario, EnsembleCheckpoint.Identity id)
      throws IOException {
    Path parent =
        options.out() != null
            ? options.out().toAbsolutePath().normalize().getParent()
            : Path.of("results", FolderNames.checked(scenario.name())).toAbsolutePath().normalize();
    String name =
        options.out() != null
            ? options.out().toAbsolutePath().normalize().getFileName().toString()
            : null;
    ResumePoint best = null;
    for (Path partial : ResultFolder.partials(parent)) {
      if (name != null && !ResultFolder.targetName(partial).equals(name)) {
        continue;
      }
      Path checkpoint = partial.resolve(EnsembleWriter.CHECKPOINT_FILE);
      if (!Files.isRegularFile(checkpoint)) {
        continue;
      }
      try {
        if (!EnsembleCheckpoint.identity(checkpoint).equals(id)) {
          continue;
        }
        EnsembleCheckpoint.State state = EnsembleCheckpoint.read(checkpoint);
        if (best == null || state.done() >= best.state().done()) {
          best = new ResumePoint(partial, state);
        }
      } catch (IOException corrupt) {
        // A checkpoint cut short (disk full) or of another format: not one to go on with.
      }
    }
    return best;
  }
}
