package org.activesim.output;

import java.io.IOException;
import java.nio.file.Path;

/** A result folder already exists and the caller did not ask to replace it. */
public final class ResultExistsException extends IOException {

  private final Path target;

  public ResultExistsException(Path target) {
    super(
        "result folder "
            + target
            + " already exists; use --force to replace it or --out to write elsewhere");
    this.target = target;
  }

  /** The folder that exists. */
  public Path target() {
    return target;
  }
}
