package org.activesim.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Writes {@code manifest.json}: how a result folder was made (version, scenario and its hash, seed,
 * JVM, times, command) and a SHA-256 for every other file in it, so that a result can be checked
 * and reproduced later. An ensemble's manifest also describes its replicates ({@code ensemble},
 * after {@code years}); a single run's has no such key.
 *
 * <p>Keys are written in a fixed order by hand (streaming generator, no data binding), so the file
 * is stable across Jackson versions and runs.
 */
public final class Manifest {

  public static final String FILE_NAME = "manifest.json";

  /** Closing the generator must not close a stream the caller owns. */
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /**
   * Two-space indent and {@code \n} whatever the platform: Jackson's default indenter uses the
   * system line separator, which would make the manifest differ between Windows and Linux.
   */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  /** A file listed in the manifest: path relative to the result folder, with {@code /}. */
  public record FileEntry(String path, long bytes, String sha256) {}

  private Manifest() {}

  /**
   * Hashes {@code files} (paths inside {@code resultDir}) and writes {@code manifest.json} into
   * {@code resultDir}.
   *
   * @return the entries written, sorted by path
   */
  public static List<FileEntry> write(RunInfo run, Path resultDir, Collection<Path> files)
      throws IOException {
    List<FileEntry> entries = describe(resultDir, files);
    try (OutputStream out = Files.newOutputStream(resultDir.resolve(FILE_NAME))) {
      write(run, entries, out);
    }
    return entries;
  }

  /** Size and SHA-256 of each file, keyed by its relative path, sorted by path. */
  static List<FileEntry> describe(Path resultDir, Collection<Path> files) throws IOException {
    List<FileEntry> entries = new ArrayList<>();
    for (Path file : files) {
      Path absolute = resultDir.resolve(file);
      String relative = relativePath(resultDir, absolute);
      if (relative.equals(FILE_NAME)) {
        throw new IllegalArgumentException("the manifest cannot list itself");
      }
      entries.add(new FileEntry(relative, Files.size(absolute), Sha256.of(absolute)));
    }
    // String order is by UTF-16 code unit: the same on every machine, unlike a Collator.
    entries.sort(Comparator.comparing(FileEntry::path));
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).path().equals(entries.get(i - 1).path())) {
        throw new IllegalArgumentException("file listed twice: " + entries.get(i).path());
      }
    }
    return List.copyOf(entries);
  }

  /** {@code file} relative to {@code dir}, separated by {@code /} on every platform. */
  static String relativePath(Path dir, Path file) {
    Path relative = dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    if (relative.toString().isEmpty() || relative.startsWith("..")) {
      throw new IllegalArgumentException(file + " is not inside " + dir);
    }
    List<String> parts = new ArrayList<>();
    relative.forEach(part -> parts.add(part.toString()));
    return String.join("/", parts);
  }

  /** Writes the manifest JSON (UTF-8) for already-described files. */
  static void write(RunInfo run, List<FileEntry> entries, OutputStream out) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      // The printer keeps nesting state, so each document gets its own copy.
      json.setPrettyPrinter(PRETTY.createInstance());
      json.writeStartObject();
      json.writeStringField("activesimVersion", run.activesimVersion());
      json.writeStringField("scenarioName", run.scenarioName());
      json.writeStringField("scenarioFile", run.scenarioFile());
      json.writeStringField("scenarioSha256", run.scenarioSha256());
      json.writeNumberField("seed", run.seed());
      json.writeNumberField("scale", run.scale());
      json.writeNumberField("years", run.years());
      if (run.ensemble() != null) {
        writeEnsemble(json, run.ensemble());
      }
      json.writeStringField("gitCommit", run.gitCommit());
      json.writeObjectFieldStart("jvm");
      json.writeStringField("version", run.jvm().version());
      json.writeStringField("vmName", run.jvm().vmName());
      json.writeEndObject();
      json.writeStringField("startedAt", run.startedAt());
      json.writeStringField("finishedAt", run.finishedAt());
      json.writeArrayFieldStart("command");
      for (String arg : run.command()) {
        json.writeString(arg);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("files");
      for (FileEntry entry : entries) {
        json.writeStartObject();
        json.writeStringField("path", entry.path());
        json.writeNumberField("bytes", entry.bytes());
        json.writeStringField("sha256", entry.sha256());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
      // A text file ends with a newline (POSIX); the generator does not write one.
      json.writeRaw('\n');
    }
  }

  /** The {@code ensemble} object; a single run's manifest has none. */
  private static void writeEnsemble(JsonGenerator json, RunInfo.EnsembleInfo e) throws IOException {
    json.writeObjectFieldStart("ensemble");
    json.writeNumberField("replicates", e.replicates());
    if (e.precision() == null) {
      json.writeNullField("precision");
      json.writeNullField("maxReplicates");
    } else {
      json.writeNumberField("precision", e.precision());
      json.writeNumberField("maxReplicates", e.maxReplicates());
    }
    json.writeStringField("primaryOutcome", e.primaryOutcome());
    json.writeFieldName("ciHalfWidth");
    if (Double.isFinite(e.ciHalfWidth())) {
      // Nine significant digits, never an exponent: the text must not depend on the JDK's
      // Double.toString (JDK-4511638).
      json.writeNumber(
          new BigDecimal(e.ciHalfWidth())
              .round(new MathContext(9))
              .stripTrailingZeros()
              .toPlainString());
    } else {
      json.writeNull();
    }
    if (e.precisionReached() == null) {
      json.writeNullField("precisionReached");
    } else {
      json.writeBooleanField("precisionReached", e.precisionReached());
    }
    json.writeEndObject();
  }
}
