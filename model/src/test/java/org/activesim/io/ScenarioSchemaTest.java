package org.activesim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.activesim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code scenarios/schema.json} and the loader agree: the schema is generated from {@link
 * ScenarioFields} ({@link ScenarioSchema}) and the committed file must equal it; every shipped
 * scenario declares the schema on its first line and validates against it; and on a corpus of valid
 * and invalid files the schema and the loader give the same verdict, except for the checks across
 * keys that only the loader can make (files marked {@code # schema: accepts}).
 *
 * <p>To regenerate the file after changing {@link ScenarioFields}: {@code ./mvnw -pl model test
 * -Dtest=ScenarioSchemaTest -Dactivesim.writeSchema=true}.
 */
class ScenarioSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The header that points the YAML language server at the schema. */
  static final String HEADER = "# yaml-language-server: $schema=";

  /** Marks a corpus file that only the loader can refuse (a check across keys). */
  static final String LOADER_ONLY = "# schema: accepts";

  static Path schemaFile() {
    return TestScenarios.scenarios().resolve("schema.json");
  }

  private static JsonSchema validator() throws IOException {
    JsonNode schema = JSON.readTree(schemaFile().toFile());
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
  }

  static List<Path> shippedScenarios() throws IOException {
    try (Stream<Path> files = Files.walk(TestScenarios.scenarios())) {
      return files
          .filter(p -> p.toString().endsWith(".yaml") && !TestScenarios.isStudyFile(p))
          .sorted()
          .toList();
    }
  }

  static List<Path> corpus(String folder) throws IOException {
    Path dir = Path.of("src", "test", "resources", folder);
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** The valid corpus, and the loader tests' full scenarios. */
  static List<Path> validCorpus() throws IOException {
    List<Path> files = new java.util.ArrayList<>(corpus("valid"));
    // Not full-scenario.yaml: it writes "integrator: RK4" to test that the loader ignores the case
    // of choices; the schema asks for the spelling editors complete, lower case.
    files.add(
        Path.of("src", "test", "resources", "org", "activesim", "io", "levers-scenario.yaml"));
    return files;
  }

  static List<Path> invalidCorpus() throws IOException {
    return corpus("invalid");
  }

  @Test
  void schemaFileHasExactlyTheLoadersKeys() throws IOException {
    JsonNode generated = ScenarioSchema.generate();
    if (Boolean.getBoolean("activesim.writeSchema")) {
      Files.writeString(schemaFile(), ScenarioSchema.text(generated), StandardCharsets.UTF_8);
    }
    JsonNode committed = JSON.readTree(schemaFile().toFile());
    Set<String> loader = ScenarioSchema.loaderKeys();
    Set<String> schema = ScenarioSchema.schemaKeys(committed);
    Set<String> missingFromSchema = new TreeSet<>(loader);
    missingFromSchema.removeAll(schema);
    Set<String> unknownToLoader = new TreeSet<>(schema);
    unknownToLoader.removeAll(loader);
    String regenerate =
        "; regenerate with ./mvnw -pl model test -Dtest=ScenarioSchemaTest"
            + " -Dactivesim.writeSchema=true";
    if (!missingFromSchema.isEmpty() || !unknownToLoader.isEmpty()) {
      fail(
          "scenarios/schema.json and the loader (ScenarioFields) disagree on keys."
              + "\n  accepted by the loader, missing from schema.json: "
              + missingFromSchema
              + "\n  in schema.json, not accepted by the loader: "
              + unknownToLoader
              + "\n"
              + regenerate);
    }
    List<String> expected = ScenarioSchema.text(generated).lines().toList();
    List<String> actual = Files.readString(schemaFile(), StandardCharsets.UTF_8).lines().toList();
    for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
      String e = i < expected.size() ? expected.get(i) : "(end of file)";
      String a = i < actual.size() ? actual.get(i) : "(end of file)";
      if (!e.equals(a)) {
        fail(
            "scenarios/schema.json differs from ScenarioFields (a range, kind or order) at line "
                + (i + 1)
                + ":\n  expected: "
                + e.strip()
                + "\n  found:    "
                + a.strip()
                + "\n"
                + regenerate);
      }
    }
  }

  @Test
  void theKeyWalkersSeeEveryKindOfKey() {
    Set<String> keys = ScenarioSchema.loaderKeys();
    for (String key :
        List.of(
            "name",
            "places[].activityShares.inactive",
            "levers[].type",
            "levers[][type=hardwiring].pathways[].eligible.ageBands",
            "levers[][type=socialMarketing].audiences[].members.levels",
            "levers[][type=microgrants].target.places")) {
      assertTrue(keys.contains(key), key);
    }
    assertEquals(keys, ScenarioSchema.schemaKeys(ScenarioSchema.generate()));
  }

  /** What the merge of a new key looks like: the message names it and the side it is missing. */
  @Test
  void aKeyMissingFromTheSchemaIsNamed() {
    JsonNode schema = ScenarioSchema.generate();
    ((com.fasterxml.jackson.databind.node.ObjectNode) schema.get("properties")).remove("economics");
    Set<String> missing = new TreeSet<>(ScenarioSchema.loaderKeys());
    missing.removeAll(ScenarioSchema.schemaKeys(schema));
    assertTrue(missing.contains("economics.gbpPerWellby"), missing.toString());
  }

  @Test
  void anUnknownNestedBlockIsABugWithAMessage() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ScenarioSchema.childBlock("noSuchBlock"));
    assertTrue(e.getMessage().contains("noSuchBlock"), e.getMessage());
  }

  @ParameterizedTest
  @MethodSource("shippedScenarios")
  void everyShippedScenarioDeclaresTheSchemaOnItsFirstLine(Path file) throws IOException {
    String first = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    String relative =
        file.toAbsolutePath()
            .getParent()
            .relativize(schemaFile().toAbsolutePath())
            .toString()
            .replace('\\', '/');
    assertEquals(HEADER + relative, first, file.toString());
  }

  @ParameterizedTest
  @MethodSource({"shippedScenarios", "validCorpus"})
  void validFilesPassTheSchemaAndTheLoader(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    Set<ValidationMessage> errors = validator().validate(YamlJson.of(text));
    assertTrue(errors.isEmpty(), file + ": " + errors);
    ScenarioLoader.parse(file.toString(), text);
  }

  @ParameterizedTest
  @MethodSource("invalidCorpus")
  void invalidFilesFailTheLoaderAndTheSchemaUnlessOnlyTheLoaderCanTell(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThrows(ScenarioException.class, () -> ScenarioLoader.parse(file.toString(), text));
    JsonNode json;
    try {
      json = YamlJson.of(text);
    } catch (RuntimeException notYaml) {
      return; // not YAML at all: no editor accepts it either
    }
    Set<ValidationMessage> errors = validator().validate(json);
    if (text.contains(LOADER_ONLY)) {
      assertTrue(
          errors.isEmpty(),
          file
              + " is marked as a check only the loader makes, but the schema refuses it: "
              + errors);
    } else {
      assertFalse(errors.isEmpty(), file + ": the loader refuses it, the schema accepts it");
    }
  }
}
