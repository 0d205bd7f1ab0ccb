package org.activesim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFolderTest {

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void commitMakesTheTargetWithTheFiles(@TempDir Path parent) throws IOException {
    Path target = parent.resolve("run-1");
    try (ResultFolder folder = ResultFolder.create(target, false)) {
      assertEquals(parent.toAbsolutePath(), folder.dir().getParent());
      assertTrue(folder.dir().getFileName().toString().startsWith(".run-1.tmp-"));
      assertFalse(Files.exists(target), "nothing at the target before commit");
      Files.createDirectories(folder.dir().resolve("charts"));
      Files.writeString(folder.dir().resolve("charts/x.svg"), "<svg/>");
      Files.writeString(folder.dir().resolve("summary.csv"), "metric,value\n");
      folder.commit();
      assertTrue(folder.isCommitted());
    }
    assertEquals("metric,value\n", Files.readString(target.resolve("summary.csv")));
    assertEquals("<svg/>", Files.readString(target.resolve("charts/x.svg")));
    assertEquals(List.of("run-1"), names(parent), "no temporary folder left");
  }

  @Test
  void exceptionBeforeCommitLeavesNothing(@TempDir Path parent) {
    Path target = parent.resolve("run-1");
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () -> {
              try (ResultFolder folder = ResultFolder.create(target, false)) {
                Files.createDirectories(folder.dir().resolve("charts"));
                Files.writeString(folder.dir().resolve("charts/half.png"), "half");
                throw new IllegalStateException("simulation failed");
              }
            });
    assertEquals("simulation failed", thrown.getMessage());
    assertFalse(Files.exists(target));
    assertEquals(List.of(), assertNoThrowNames(parent));
  }

  @Test
  void existingTargetWithoutForceIsRefusedAndUntouched(@TempDir Path parent) throws IOException {
    Path target = Files.createDirectories(parent.resolve("run-1"));
    Files.writeString(target.resolve("summary.csv"), "old");
    ResultExistsException e =
        assertThrows(ResultExistsException.class, () -> ResultFolder.create(target, false));
    assertTrue(e.getMessage().contains(target.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("--force"), e.getMessage());
    assertTrue(e.getMessage().contains("--out"), e.getMessage());
    assertEquals("old", Files.readString(target.resolve("summary.csv")));
    assertEquals(List.of("run-1"), names(parent));
  }

  @Test
  void targetCreatedDuringTheRunIsNotOverwrittenWithoutForce(@TempDir Path parent)
      throws IOException {
    Path target = parent.resolve("run-1");
    try (ResultFolder folder = ResultFolder.create(target, false)) {
      Files.writeString(folder.dir().resolve("summary.csv"), "new");
      Files.createDirectories(target);
      Files.writeString(target.resolve("summary.csv"), "other run");
      assertThrows(ResultExistsException.class, folder::commit);
    }
    assertEquals("other run", Files.readString(target.resolve("summary.csv")));
    assertEquals(List.of("run-1"), names(parent));
  }

  @Test
  void forceReplacesTheOldFolder(@TempDir Path parent) throws IOException {
    Path target = Files.createDirectories(parent.resolve("run-1"));
    Files.writeString(target.resolve("manifest.json"), "{}");
    Files.writeString(target.resolve("summary.csv"), "old");
    Files.writeString(target.resolve("stale.csv"), "only in the old result");
    try (ResultFolder folder = ResultFolder.create(target, true)) {
      Files.writeString(folder.dir().resolve("summary.csv"), "new");
      assertEquals("old", Files.readString(target.resolve("summary.csv")), "old kept until commit");
      folder.commit();
    }
    assertEquals("new", Files.readString(target.resolve("summary.csv")));
    assertFalse(Files.exists(target.resolve("stale.csv")), "replaced, not merged");
    assertEquals(List.of("run-1"), names(parent), "old folder and temp folder deleted");
  }

  @Test
  void forceNeverReplacesAFolderThatIsNotAResult(@TempDir Path parent) throws IOException {
    Path target = Files.createDirectories(parent.resolve("notes"));
    Files.writeString(target.resolve("thesis.txt"), "years of work");
    ResultExistsException e =
        assertThrows(ResultExistsException.class, () -> ResultFolder.create(target, true));
    assertTrue(e.getMessage().contains("not an ActiveSim result folder"), e.getMessage());
    assertEquals("years of work", Files.readString(target.resolve("thesis.txt")));
    assertEquals(List.of("notes"), names(parent));
  }

  @Test
  void forceReplacesAnEmptyFolder(@TempDir Path parent) throws IOException {
    Path target = Files.createDirectories(parent.resolve("empty"));
    try (ResultFolder folder = ResultFolder.create(target, true)) {
      Files.writeString(folder.dir().resolve("summary.csv"), "new");
      folder.commit();
    }
    assertEquals("new", Files.readString(target.resolve("summary.csv")));
  }

  @Test
  void forceWithoutCommitKeepsTheOldFolder(@TempDir Path parent) throws IOException {
    Path target = Files.createDirectories(parent.resolve("run-1"));
    Files.writeString(target.resolve("manifest.json"), "{}");
    Files.writeString(target.resolve("summary.csv"), "old");
    try (ResultFolder folder = ResultFolder.create(target, true)) {
      Files.writeString(folder.dir().resolve("summary.csv"), "new");
    }
    assertEquals("old", Files.readString(target.resolve("summary.csv")));
    assertEquals(List.of("run-1"), names(parent));
  }

  @Test
  void committedFolderHasTheSamePermissionsAsAPlainFolder(@TempDir Path parent) throws IOException {
    assumeTrue(parent.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path plain = Files.createDirectory(parent.resolve("plain"));
    Path target = parent.resolve("run-1");
    try (ResultFolder folder = ResultFolder.create(target, false)) {
      folder.commit();
    }
    assertEquals(
        Files.getPosixFilePermissions(plain),
        Files.getPosixFilePermissions(target),
        "not the 0700 of a temp directory");
  }

  @Test
  void missingParentsAreCreated(@TempDir Path parent) throws IOException {
    Path target = parent.resolve("results/essex/run-1");
    try (ResultFolder folder = ResultFolder.create(target, false)) {
      folder.commit();
    }
    assertTrue(Files.isDirectory(target));
  }

  private static List<String> assertNoThrowNames(Path dir) {
    try {
      return names(dir);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
