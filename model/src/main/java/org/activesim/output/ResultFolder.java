package org.activesim.output;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A result folder that appears at its target path complete or not at all.
 *
 * <p>Files are written into a hidden temporary sibling ({@code .<name>.tmp-<random>}, same parent
 * so same file system) and {@link #commit()} renames it onto the target with {@code ATOMIC_MOVE}. A
 * crash, an exception or a kill before the rename leaves at most a hidden temporary folder, never a
 * half-written result at the target; {@link #close()} removes the temporary folder when the run did
 * not commit.
 *
 * <pre>{@code
 * try (ResultFolder folder = ResultFolder.create(target, force)) {
 *   write files into folder.dir();
 *   folder.commit();
 * }
 * }</pre>
 */
public final class ResultFolder implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Infix of a temporary folder that a resumable run keeps when it is killed. */
  static final String PARTIAL = ".partial-";

  private final Path target;
  private final Path temp;
  private final boolean force;
  private boolean committed;
  private boolean closed;

  private ResultFolder(Path target, Path temp, boolean force) {
    this.target = target;
    this.temp = temp;
    this.force = force;
  }

  /**
   * Starts a result folder for {@code target}.
   *
   * @param force replace an existing target on commit instead of refusing
   * @throws ResultExistsException if the target exists and {@code force} is false; checked here, up
   *     front, so that a long run is not wasted on a folder that cannot be committed
   */
  public static ResultFolder create(Path target, boolean force) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new IllegalArgumentException("a result folder cannot be a file system root: " + target);
    }
    checkTarget(absolute, force);
    Files.createDirectories(parent);
    return new ResultFolder(absolute, createUniqueSibling(absolute, ".tmp-"), force);
  }

  /**
   * Starts a result folder whose temporary sibling is meant to survive an interruption: named
   * {@code .<name>.partial-<random>}, so that {@code run --resume} can find it ({@link #partials})
   * and go on with it ({@link #reopen}). It is removed like any other when the run fails with an
   * exception; a killed process leaves it, hidden and without a manifest.
   */
  public static ResultFolder createPartial(Path target, boolean force) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (parent == null) {
      throw new IllegalArgumentException("a result folder cannot be a file system root: " + target);
    }
    checkTarget(absolute, force);
    Files.createDirectories(parent);
    return new ResultFolder(absolute, createUniqueSibling(absolute, PARTIAL), force);
  }

  /**
   * Goes on with a partial folder left by an interrupted run.
   *
   * @param partial a folder found by {@link #partials}
   * @throws ResultExistsException if the target exists meanwhile and may not be replaced
   */
  public static ResultFolder reopen(Path target, Path partial, boolean force) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    checkTarget(absolute, force);
    if (!Files.isDirectory(partial, LinkOption.NOFOLLOW_LINKS)
        || !partial.toAbsolutePath().normalize().getParent().equals(absolute.getParent())) {
      throw new IllegalArgumentException(partial + " is not a partial folder beside " + target);
    }
    return new ResultFolder(absolute, partial.toAbsolutePath().normalize(), force);
  }

  /**
   * The partial folders in {@code parent} ({@code .<name>.partial-*}), of any target name, sorted;
   * empty if there is no such folder.
   */
  public static java.util.List<Path> partials(Path parent) throws IOException {
    if (!Files.isDirectory(parent)) {
      return java.util.List.of();
    }
    try (var entries = Files.list(parent)) {
      return entries
          .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .filter(p -> p.getFileName().toString().startsWith("."))
          .filter(p -> p.getFileName().toString().contains(PARTIAL))
          .sorted()
          .toList();
    }
  }

  /** The target name a partial folder was made for. */
  public static String targetName(Path partial) {
    String name = partial.getFileName().toString();
    int at = name.lastIndexOf(PARTIAL);
    return at > 1 ? name.substring(1, at) : "";
  }

  /**
   * Refuses a target that exists, unless {@code force}; even with {@code force}, refuses anything
   * but an empty folder or an earlier result (a folder holding {@value Manifest#FILE_NAME}), so a
   * mistyped {@code --out} can never delete a folder of other work.
   *
   * @throws ResultExistsException if the target may not be replaced
   */
  public static void checkTarget(Path target, boolean force) throws ResultExistsException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!force) {
      throw new ResultExistsException(target);
    }
    if (!isReplaceable(target)) {
      throw new ResultExistsException(
          target,
          "exists and is not an ActiveSim result folder (no "
              + Manifest.FILE_NAME
              + "); --force only replaces earlier results or empty folders");
    }
  }

  private static boolean isReplaceable(Path target) {
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    if (Files.isRegularFile(target.resolve(Manifest.FILE_NAME), LinkOption.NOFOLLOW_LINKS)) {
      return true;
    }
    try (var entries = Files.list(target)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  /** The folder to write files into until {@link #commit()}. */
  public Path dir() {
    if (closed) {
      throw new IllegalStateException("result folder already committed or aborted");
    }
    return temp;
  }

  /** The final path of the result folder. */
  public Path target() {
    return target;
  }

  /**
   * Renames the temporary folder onto the target. If the target exists (created meanwhile, or with
   * {@code force}), refuses without {@code force}; with {@code force} the old folder is first
   * renamed aside, the new one renamed in, and only then the old one deleted, so that the target is
   * at every moment either the complete old result, absent, or the complete new result.
   *
   * @throws ResultExistsException if the target exists and {@code force} is false
   * @throws IOException if a rename fails (the target is then as before), or if deleting the
   *     replaced folder fails: the new result is then in place ({@link #isCommitted()} is true) and
   *     a hidden {@code .<name>.old-*} folder is left beside it
   */
  public void commit() throws IOException {
    Path temporary = dir();
    // Check, then rename: on Linux rename(2) silently replaces an *empty* directory created in
    // between by another process, and fails on a non-empty one; both leave a complete folder.
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      committed = true;
      closed = true;
      return;
    }
    checkTarget(target, force);
    // A fresh name for the old folder; the rename needs a target that does not exist.
    Path old = createUniqueSibling(target, ".old-");
    Files.delete(old);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Put the old result back rather than leave nothing; the new one stays in temp for close().
      try {
        Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException restore) {
        e.addSuppressed(restore);
      }
      throw e;
    }
    committed = true;
    closed = true;
    deleteRecursively(old);
  }

  /** Whether {@link #commit()} succeeded. */
  public boolean isCommitted() {
    return committed;
  }

  /** Deletes the temporary folder and everything in it; nothing happens at the target. */
  public void abort() throws IOException {
    if (committed || closed) {
      return;
    }
    closed = true;
    deleteRecursively(temp);
  }

  /** Aborts unless committed. */
  @Override
  public void close() throws IOException {
    abort();
  }

  /**
   * Creates an empty hidden sibling {@code .<name><infix><random>} of {@code target}. Hidden, so
   * that {@code ls} does not show leftovers of a killed run; random, so that concurrent runs never
   * share one. Not {@code Files.createTempDirectory}: that makes the folder mode 0700, which the
   * result would keep after the rename; {@code createDirectory} honours the umask like any other
   * folder.
   */
  private static Path createUniqueSibling(Path target, String infix) throws IOException {
    String prefix = "." + target.getFileName() + infix;
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          target.resolveSibling(prefix + HexFormat.of().toHexDigits(RANDOM.nextLong()));
      try {
        return Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /** Deletes a folder tree (a temporary folder of the caller's), not following links out of it. */
  public static void delete(Path root) throws IOException {
    deleteRecursively(root);
  }

  /** Deletes a folder tree, not following symbolic links out of it. */
  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) {
              throw e;
            }
            Files.deleteIfExists(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
