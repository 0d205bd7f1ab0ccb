package org.activesim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.activesim.TestScenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Essex at scale 1 in a JVM with a 64 MB heap: refused before it starts, with exit code 2, the heap
 * it needs and a {@code --scale} that fits, and nothing written; not an OutOfMemoryError.
 */
class TooLargeForHeapTest {

  @TempDir Path tmp;

  @Test
  void aRunTooLargeForTheHeapIsRefusedWithAdvice() throws Exception {
    Path scenario = TestScenarios.scenarios().resolve("essex-ldp.yaml").toAbsolutePath();
    Path out = tmp.resolve("never");
    Path log = tmp.resolve("log.txt");
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx64m",
            "-Djava.awt.headless=true",
            "-cp",
            System.getProperty("java.class.path"),
            "org.activesim.cli.ActiveSimCommand",
            "run",
            scenario.toString(),
            "--scale",
            "1",
            "--out",
            out.toString(),
            "--quiet");
    pb.redirectErrorStream(true).redirectOutput(log.toFile());
    Process p = pb.start();
    try {
      assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the check must come before the run");
    } finally {
      p.destroyForcibly();
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(ActiveSimCommand.BAD_INPUT, p.exitValue(), text);
    assertTrue(text.contains("1,202,795 agents and needs about"), text);
    assertTrue(text.matches("(?s).*Use --scale \\d+ or larger.*"), text);
    assertTrue(text.contains("ACTIVESIM_JAVA_OPTS=-Xmx"), text);
    assertFalse(text.contains("OutOfMemoryError"), text);
    assertFalse(Files.exists(out));
  }
}
