package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Thrown in {@link ImportMode#STRICT strict mode} at the first refused row. It carries the
 * rejection and the report of the rows read until then (the refused row included).
 */
public final class RejectedRowException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The first rejection. */
  @SuppressWarnings("serial") // immutable value, not meant to be serialized
  private final Rejection rejection;

  /** The report of the rows read until then. */
  @SuppressWarnings("serial")
  private final ImportReport report;

  /**
   * Creates the exception.
   *
   * @param rejection the first rejection
   * @param report the report so far
   */
  public RejectedRowException(Rejection rejection, ImportReport report) {
    super(rejection.message(Locale.ENGLISH));
    this.rejection = requireNonNull(rejection, "rejection");
    this.report = requireNonNull(report, "report");
  }

  /**
   * The refused row.
   *
   * @return the rejection
   */
  public Rejection rejection() {
    return rejection;
  }

  /**
   * The rows read until the refused one, which is counted as rejected.
   *
   * @return the partial report, not {@link ImportReport#isComplete() complete}
   */
  public ImportReport report() {
    return report;
  }
}
