package org.activesim.output;

import java.io.IOException;
import java.nio.file.Path;

/** A result folder already exists and the caller did not ask to replace it. */
public final class ResultExistsException extends IOException {

  private final Path target;

  public ResultExistsException(Path target) {
    this(target, "already exists; use --force to replace it or --out to write elsewhere");
  }

  /** A folder that exists and may not be replaced, with the reason. */
  public ResultExistsException(Path target, String reason) {
    super("result folder " + target + " " + reason);
    this.target = target;
  }

  /** The folder that exists. */
  public Path target() {
    return target;
  }
}
