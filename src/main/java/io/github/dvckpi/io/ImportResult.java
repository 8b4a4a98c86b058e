package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

/**
 * What a reader made of a whole file: the records accepted and the reconciliation.
 *
 * @param <T> what was read, e.g. a {@code UnitHierarchy}
 * @param value the records accepted
 * @param report the reconciliation of the file's rows
 */
public record ImportResult<T>(T value, ImportReport report) {

  /**
   * Validates the result.
   *
   * @param value the records accepted
   * @param report the reconciliation
   */
  public ImportResult {
    requireNonNull(value, "value");
    requireNonNull(report, "report");
  }
}
