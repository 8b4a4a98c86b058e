package io.github.dvckpi.io;

import static java.util.Objects.requireNonNull;

/**
 * A row of a file with a resolved header: its cells by column, trimmed, and rejections naming the
 * file, the line, the column's header and the cell.
 *
 * @param <K> the column type
 */
final class Row<K extends Enum<K>> {

  /** A refused row, thrown by a row parser; no stack trace. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    final transient Rejection rejection;

    Refused(Rejection rejection) {
      super(rejection.reason().name(), null, false, false);
      this.rejection = rejection;
    }
  }

  private final String source;
  private final long line;
  private final String[] cells;
  private final Header<K> header;

  Row(String source, long line, String[] cells, Header<K> header) {
    this.source = source;
    this.line = line;
    this.cells = cells;
    this.header = header;
  }

  /**
   * The line the row starts on.
   *
   * @return the line, 2 or more
   */
  long line() {
    return line;
  }

  /**
   * A cell, trimmed.
   *
   * @param column the column
   * @return the cell, or empty if the file does not have the column
   */
  String get(K column) {
    int i = header.indexOf(column);
    return i < 0 || i >= cells.length ? "" : cells[i].trim();
  }

  /**
   * A cell that must not be blank.
   *
   * @param column the column
   * @return the cell, trimmed
   * @throws Refused with {@link RejectionReason#MISSING_VALUE} if blank
   */
  String required(K column) throws Refused {
    String value = get(column);
    if (value.isEmpty()) {
      throw refuse(column, RejectionReason.MISSING_VALUE);
    }
    return value;
  }

  /**
   * A refusal of a cell.
   *
   * @param column the column at fault
   * @param reason the reason
   * @param arguments the reason's arguments
   * @return the exception to throw
   */
  Refused refuse(K column, RejectionReason reason, String... arguments) {
    return new Refused(rejection(column, get(column), reason, arguments));
  }

  /**
   * A rejection of a cell with a given value.
   *
   * @param column the column at fault
   * @param value the value shown
   * @param reason the reason
   * @param arguments the reason's arguments
   * @return the rejection
   */
  Rejection rejection(K column, String value, RejectionReason reason, String... arguments) {
    return Rejection.of(
        source, line, header.written(column), requireNonNull(value, "value"), reason, arguments);
  }
}
