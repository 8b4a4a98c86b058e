package io.github.dvckpi.io;

/** What a reader does with a row it refuses. */
public enum ImportMode {
  /**
   * Fail on the first rejection with a {@link RejectedRowException}; the rows before it have been
   * delivered.
   */
  STRICT,
  /** Count every rejection, keep the first ones up to a cap, and go on reading. */
  LENIENT
}
