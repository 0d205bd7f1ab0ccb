package org.activesim.run;

/**
 * A run would not fit in the JVM's heap ({@link MemoryEstimate}): refused before it starts, with
 * how much it needs and which {@code --scale} would fit, rather than failing with an
 * OutOfMemoryError after minutes.
 */
public final class TooLargeForHeapException extends Exception {

  private static final long serialVersionUID = 1L;

  TooLargeForHeapException(String message) {
    super(message);
  }
}
