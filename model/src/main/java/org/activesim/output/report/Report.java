package org.activesim.output.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.activesim.output.Manifest;
import org.activesim.output.ManifestReader;

/**
 * {@code report.html}: one self-contained page for leaders, built from a result folder's files (a
 * run, an ensemble or a comparison). It reads only the files, never a recording, so {@code
 * activesim report RESULT_DIR} and {@code --report} on {@code run} and {@code compare} write the
 * same bytes, and it reads no clock: the date shown is the manifest's, so the same folder always
 * gives the same page.
 *
 * <p>The page is not listed in {@code manifest.json} (it is written after the folder is complete,
 * and can be written again at any time); {@code activesim verify} checks it by writing it again.
 */
public final class Report {

  /** The report's file name in the result folder. */
  public static final String FILE_NAME = "report.html";

  private Report() {}

  /**
   * The report of the result folder, as text.
   *
   * @throws IOException if the folder has no readable manifest or a file cannot be read
   */
  public static String render(Path folder) throws IOException {
    Path manifestFile = folder.resolve(Manifest.FILE_NAME);
    if (!Files.isRegularFile(manifestFile)) {
      throw new IOException(folder + " holds no " + Manifest.FILE_NAME + ": not a result folder");
    }
    ManifestReader.Content manifest = ManifestReader.read(manifestFile);
    List<String> command = manifest.command();
    boolean comparison = command.size() > 1 && command.get(1).equals("compare");
    return comparison
        ? ComparisonReport.render(folder, manifest)
        : RunReport.render(folder, manifest);
  }

  /**
   * Writes {@code report.html} into the folder, replacing an earlier one: written to a hidden
   * temporary file first and then renamed, so a reader never sees half a page.
   *
   * @return the file written
   */
  public static Path write(Path folder) throws IOException {
    byte[] bytes = render(folder).getBytes(StandardCharsets.UTF_8);
    Path target = folder.resolve(FILE_NAME);
    Path temp = folder.resolve("." + FILE_NAME + ".tmp");
    Files.write(temp, bytes);
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return target;
  }
}
