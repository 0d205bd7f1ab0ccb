package org.activesim.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.activesim.io.ScenarioException;
import org.activesim.output.Manifest;
import org.activesim.output.ManifestReader;
import org.activesim.output.ResultFolder;
import org.activesim.output.ResultWriter;
import org.activesim.output.ScenariosCsv;
import org.activesim.output.Sha256;

/**
 * {@code activesim verify}: checks a result folder against its manifest, then runs it again from
 * what the folder holds (the copy of the scenario file, the seed, scale, years and replicates of
 * the manifest) into a temporary folder and compares every output byte for byte.
 *
 * <p>The manifest itself is not compared (its times and JVM differ between runs); what it lists is,
 * byte for byte, except the {@code file} column of a comparison's {@code scenarios.csv}: the re-run
 * reads the folder's copies, not the paths first given (names and hashes must still agree). Works
 * for single runs, ensembles and comparisons. A result written by another ActiveSim version is
 * still re-run, with a note: a model change can change the bytes.
 */
public final class VerifyJob {

  private VerifyJob() {}

  /**
   * What verification found.
   *
   * @param files files listed in the manifest
   * @param hashProblems files missing, changed or not listed, one line each
   * @param rerunDifferences outputs of the re-run that differ, one line each (empty if not re-run)
   * @param rerun whether the result was run again
   * @param notes remarks that do not fail the verification (another version)
   */
  public record Report(
      int files,
      List<String> hashProblems,
      List<String> rerunDifferences,
      boolean rerun,
      List<String> notes) {

    public Report {
      hashProblems = List.copyOf(hashProblems);
      rerunDifferences = List.copyOf(rerunDifferences);
      notes = List.copyOf(notes);
    }

    /** Whether the folder matches its manifest and (if re-run) the re-run's bytes. */
    public boolean ok() {
      return hashProblems.isEmpty() && rerunDifferences.isEmpty();
    }
  }

  /** The result folder cannot be verified at all (no manifest, no scenario copy). */
  public static final class NotVerifiableException extends Exception {
    private static final long serialVersionUID = 1L;

    NotVerifiableException(String message) {
      super(message);
    }
  }

  /**
   * Verifies a result folder.
   *
   * @param rerun whether to run it again (else only the hashes)
   * @param threads threads for the re-run (results do not depend on it)
   */
  public static Report verify(Path folder, boolean rerun, int threads, EnsembleProgress progress)
      throws NotVerifiableException,
          IOException,
          ScenarioException,
          IncomparableScenariosException,
          TooLargeForHeapException {
    Path manifest = folder.resolve(Manifest.FILE_NAME);
    if (!Files.isRegularFile(manifest)) {
      throw new NotVerifiableException(
          folder + " has no " + Manifest.FILE_NAME + ": not an ActiveSim result folder");
    }
    ManifestReader.Content content = ManifestReader.read(manifest);
    List<String> notes = new ArrayList<>();
    if (!content.activesimVersion().equals(RunJob.version())) {
      notes.add(
          "written by ActiveSim "
              + content.activesimVersion()
              + ", verified with "
              + RunJob.version()
              + ": a model change can change the outputs");
    }
    List<String> hashProblems = checkHashes(folder, content);
    List<String> differences = new ArrayList<>();
    if (rerun) {
      Path temp = Files.createTempDirectory("activesim-verify-");
      try {
        Path out = temp.resolve("rerun");
        rerun(folder, content, out, threads, progress);
        differences = compare(folder, content, out);
      } finally {
        ResultFolder.delete(temp);
      }
    }
    return new Report(content.files().size(), hashProblems, differences, rerun, notes);
  }

  /** Every listed file present with its size and hash, and no other file in the folder. */
  static List<String> checkHashes(Path folder, ManifestReader.Content content) throws IOException {
    List<String> problems = new ArrayList<>();
    Map<String, Manifest.FileEntry> listed = new HashMap<>();
    for (Manifest.FileEntry entry : content.files()) {
      listed.put(entry.path(), entry);
      Path file = inside(folder, entry.path());
      if (file == null) {
        problems.add("outside the folder: " + entry.path() + " (the manifest is not trustworthy)");
      } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        problems.add("missing: " + entry.path());
      } else if (Files.size(file) != entry.bytes() || !Sha256.of(file).equals(entry.sha256())) {
        problems.add(
            "changed: "
                + entry.path()
                + " (sha256 "
                + Sha256.of(file)
                + ", the manifest says "
                + entry.sha256()
                + ")");
      }
    }
    for (String path : filesIn(folder)) {
      if (!path.equals(Manifest.FILE_NAME)
          && !path.equals(org.activesim.output.report.Report.FILE_NAME)
          && !listed.containsKey(path)) {
        problems.add("not in the manifest: " + path);
      }
    }
    problems.addAll(checkReport(folder));
    return problems;
  }

  /**
   * {@code report.html} is written after the manifest and is not listed in it; if present it must
   * be what {@code activesim report} writes for the folder now. Checked only when the listed files
   * are, since the report is built from them.
   */
  private static List<String> checkReport(Path folder) throws IOException {
    Path file = folder.resolve(org.activesim.output.report.Report.FILE_NAME);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    String expected = org.activesim.output.report.Report.render(folder);
    String actual = Files.readString(file, StandardCharsets.UTF_8);
    return actual.equals(expected)
        ? List.of()
        : List.of(
            "changed: "
                + org.activesim.output.report.Report.FILE_NAME
                + " (not what activesim report writes for this folder; write it again with"
                + " activesim report)");
  }

  /** A manifest path resolved in the folder, or null if it would leave it. */
  private static Path inside(Path folder, String relative) {
    Path root = folder.toAbsolutePath().normalize();
    Path file = root.resolve(relative).normalize();
    return file.startsWith(root) && !file.equals(root) ? file : null;
  }

  /** Every regular file under the folder, relative, with {@code /}, sorted. */
  static List<String> filesIn(Path folder) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static void rerun(
      Path folder, ManifestReader.Content content, Path out, int threads, EnsembleProgress progress)
      throws NotVerifiableException,
          IOException,
          ScenarioException,
          IncomparableScenariosException,
          TooLargeForHeapException {
    String command = content.command().size() > 1 ? content.command().get(1) : "run";
    if (command.equals("compare")) {
      rerunComparison(folder, content, out, threads, progress);
      return;
    }
    Path scenario = folder.resolve(ResultWriter.SCENARIO_FILE);
    if (!Files.isRegularFile(scenario)) {
      throw new NotVerifiableException(
          folder
              + " holds no "
              + ResultWriter.SCENARIO_FILE
              + " (results written before ActiveSim kept a copy of the scenario): the hashes can"
              + " be checked with --hashes-only, but the run cannot be repeated");
    }
    if (!Sha256.of(scenario).equals(content.scenarioSha256())) {
      throw new NotVerifiableException(
          scenario + " is not the scenario the manifest names (its SHA-256 differs)");
    }
    RunRequest run =
        new RunRequest(
            scenario,
            out,
            content.seed(),
            content.years(),
            content.scale(),
            threads,
            false,
            content.command());
    if (content.replicates() == 0) {
      RunJob.run(run, (stage, done, total) -> {});
      return;
    }
    int min = content.replicates();
    if (content.precision() != null && content.option("--replicates") != null) {
      min = Integer.parseInt(content.option("--replicates"));
    }
    int max = content.maxReplicates() == null ? min : content.maxReplicates();
    EnsembleJob.run(new EnsembleRequest(run, min, content.precision(), max), progress);
  }

  /**
   * A comparison again: its scenario copies in order (the first is the baseline), the manifest's
   * seed, scale and years, and the replicates it ended with (a precision target only decided how
   * many; the command pins them).
   */
  private static void rerunComparison(
      Path folder, ManifestReader.Content content, Path out, int threads, EnsembleProgress progress)
      throws NotVerifiableException,
          IOException,
          ScenarioException,
          IncomparableScenariosException,
          TooLargeForHeapException {
    Path dir = folder.resolve(CompareJob.SCENARIOS_DIR);
    List<Path> copies;
    try (Stream<Path> list = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
      copies = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    if (copies.size() < 2) {
      throw new NotVerifiableException(
          folder + " holds no copies of the compared scenarios: the comparison cannot be repeated");
    }
    StringBuilder hashes = new StringBuilder();
    for (Path p : copies) {
      hashes.append(Sha256.of(p)).append('\n');
    }
    if (!Sha256.of(hashes.toString().getBytes(StandardCharsets.UTF_8))
        .equals(content.scenarioSha256())) {
      throw new NotVerifiableException(
          dir + " does not hold the scenarios the manifest names (their SHA-256 differ)");
    }
    CompareJob.run(
        new CompareRequest(
            copies.get(0),
            copies.subList(1, copies.size()),
            out,
            content.seed(),
            content.years(),
            content.scale(),
            threads,
            content.replicates(),
            null,
            content.replicates(),
            false,
            content.command()),
        progress);
  }

  /** Every file of the original against the re-run's, byte for byte; and files only re-run. */
  static List<String> compare(Path folder, ManifestReader.Content original, Path rerun)
      throws IOException {
    List<String> differences = new ArrayList<>();
    List<String> rerunFiles = new ArrayList<>(filesIn(rerun));
    rerunFiles.remove(Manifest.FILE_NAME);
    for (Manifest.FileEntry entry : original.files()) {
      Path a = inside(folder, entry.path());
      Path b = inside(rerun, entry.path());
      if (!rerunFiles.remove(entry.path())) {
        differences.add("not written by the re-run: " + entry.path());
      } else if (a == null || !Files.isRegularFile(a)) {
        differences.add("missing here, written by the re-run: " + entry.path());
      } else if (entry.path().equals(ScenariosCsv.FILE_NAME)
          ? !ScenariosCsv.sameExceptFiles(a, b)
          : Files.mismatch(a, b) >= 0) {
        differences.add("differs from the re-run: " + entry.path());
      }
    }
    rerunFiles.forEach(p -> differences.add("written only by the re-run: " + p));
    return differences;
  }
}
