package org.activesim.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back what {@link Manifest} wrote: enough to check a result folder's files and to run it
 * again ({@code activesim verify}). Unknown fields are skipped, so manifests of later versions with
 * more fields still read.
 */
public final class ManifestReader {

  private static final JsonFactory JSON = new JsonFactory();

  private ManifestReader() {}

  /**
   * A manifest's content.
   *
   * @param activesimVersion the version that wrote it
   * @param scenarioSha256 hash of the scenario file (of all of them, for a comparison)
   * @param seed root seed as run
   * @param scale scale as run
   * @param years horizon as run
   * @param replicates replicates of an ensemble or comparison, or 0 for a single run
   * @param precision the precision target, or null
   * @param maxReplicates the cap with a precision target, or null
   * @param command the arguments that repeat the run
   * @param files every other file, sorted by path
   * @param scenarioName the scenario's name (names joined by {@code " vs "} for a comparison), or
   *     null
   * @param gitCommit the commit that ran, or null
   * @param finishedAt when the run finished (UTC, ISO 8601), or null
   */
  public record Content(
      String activesimVersion,
      String scenarioSha256,
      long seed,
      double scale,
      int years,
      int replicates,
      Double precision,
      Integer maxReplicates,
      List<String> command,
      List<Manifest.FileEntry> files,
      String scenarioName,
      String gitCommit,
      String finishedAt) {

    public Content {
      command = List.copyOf(command);
      files = List.copyOf(files);
    }

    /** The value after {@code option} in the command, or null. */
    public String option(String option) {
      int i = command.indexOf(option);
      return i >= 0 && i + 1 < command.size() ? command.get(i + 1) : null;
    }
  }

  /**
   * Reads {@code manifest.json}.
   *
   * @throws IOException if it cannot be read or is not a manifest
   */
  public static Content read(Path manifest) throws IOException {
    Builder b = new Builder();
    try (JsonParser p = JSON.createParser(manifest.toFile())) {
      expect(p.nextToken(), JsonToken.START_OBJECT, manifest);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "activesimVersion" -> b.version = p.getValueAsString();
          case "scenarioName" -> b.name = p.getValueAsString();
          case "gitCommit" -> b.commit = p.getValueAsString();
          case "finishedAt" -> b.finishedAt = p.getValueAsString();
          case "scenarioSha256" -> b.sha = p.getValueAsString();
          case "seed" -> b.seed = p.getLongValue();
          case "scale" -> b.scale = p.getDoubleValue();
          case "years" -> b.years = p.getIntValue();
          case "ensemble" -> ensemble(p, b);
          case "command" -> b.command = strings(p);
          case "files" -> b.files = files(p, manifest);
          default -> p.skipChildren();
        }
      }
    }
    if (b.version == null || b.sha == null || b.files == null || b.command == null) {
      throw new IOException(manifest + " is not an ActiveSim manifest (fields are missing)");
    }
    return new Content(
        b.version,
        b.sha,
        b.seed,
        b.scale,
        b.years,
        b.replicates,
        b.precision,
        b.maxReplicates,
        b.command,
        b.files,
        b.name,
        b.commit,
        b.finishedAt);
  }

  private static final class Builder {
    String version;
    String sha;
    long seed;
    double scale;
    int years;
    int replicates;
    Double precision;
    Integer maxReplicates;
    List<String> command;
    List<Manifest.FileEntry> files;
    String name;
    String commit;
    String finishedAt;
  }

  private static void ensemble(JsonParser p, Builder b) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      boolean isNull = value == JsonToken.VALUE_NULL;
      switch (field) {
        case "replicates" -> b.replicates = p.getIntValue();
        case "precision" -> b.precision = isNull ? null : p.getDoubleValue();
        case "maxReplicates" -> b.maxReplicates = isNull ? null : p.getIntValue();
        default -> p.skipChildren();
      }
    }
  }

  private static List<String> strings(JsonParser p) throws IOException {
    List<String> list = new ArrayList<>();
    while (p.nextToken() == JsonToken.VALUE_STRING) {
      list.add(p.getText());
    }
    return list;
  }

  private static List<Manifest.FileEntry> files(JsonParser p, Path manifest) throws IOException {
    List<Manifest.FileEntry> files = new ArrayList<>();
    while (p.nextToken() == JsonToken.START_OBJECT) {
      String path = null;
      long bytes = -1;
      String sha = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "path" -> path = p.getValueAsString();
          case "bytes" -> bytes = p.getLongValue();
          case "sha256" -> sha = p.getValueAsString();
          default -> p.skipChildren();
        }
      }
      if (path == null || sha == null) {
        throw new IOException(manifest + ": a file entry without path or sha256");
      }
      files.add(new Manifest.FileEntry(path, bytes, sha));
    }
    return files;
  }

  private static void expect(JsonToken actual, JsonToken expected, Path manifest)
      throws IOException {
    if (actual != expected) {
      throw new IOException(manifest + " is not a JSON object");
    }
  }
}
