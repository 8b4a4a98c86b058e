package io.github.dvckpi.target;

import static java.util.Objects.requireNonNull;

/**
 * A line of a target-set text that cannot be read: the message names the line number, the field and
 * the reason, e.g. {@code line 7, threshold: "80x" is not a percent such as 80%, 80,5% or 80.5%}.
 * The parts are also available separately.
 */
public final class TargetSetFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The 1-based line number. */
  private final int line;

  /** The offending field. */
  private final String field;

  /** Why the field cannot be read. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param line the 1-based line number
   * @param field the offending field, e.g. {@code threshold}
   * @param reason why it cannot be read, in English
   */
  public TargetSetFormatException(int line, String field, String reason) {
    super("line " + line + ", " + field + ": " + reason);
    this.line = line;
    this.field = requireNonNull(field, "field");
    this.reason = requireNonNull(reason, "reason");
  }

  /**
   * The line number.
   *
   * @return the 1-based line number
   */
  public int line() {
    return line;
  }

  /**
   * The offending field.
   *
   * @return e.g. {@code threshold}, {@code direction}, {@code tiers}
   */
  public String field() {
    return field;
  }

  /**
   * Why the field cannot be read.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
