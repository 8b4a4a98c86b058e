package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

import java.sql.SQLException;

/**
 * A {@link SQLException} met where no checked exception may be thrown: while a {@link
 * DossierImport} opened on a query is consumed as a stream, or closed. Like {@link
 * java.io.UncheckedIOException}, it only wraps: the cause is the driver's exception, with its SQL
 * state and vendor code.
 */
public final class UncheckedSqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Wraps a driver's exception.
   *
   * @param message what was being done, e.g. {@code reading the rows of SELECT * FROM ho_so}
   * @param cause the driver's exception
   */
  public UncheckedSqlException(String message, SQLException cause) {
    super(message, requireNonNull(cause, "cause"));
  }

  /**
   * The driver's exception.
   *
   * @return the cause, never null
   */
  @Override
  public synchronized SQLException getCause() {
    return (SQLException) requireNonNull(super.getCause());
  }
}
