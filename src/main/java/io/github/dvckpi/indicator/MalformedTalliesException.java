package io.github.dvckpi.indicator;

/**
 * Bytes that are not a valid binary form of {@link Tallies}: names the byte offset, the field being
 * read and the reason.
 */
public final class MalformedTalliesException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The byte offset where the faulty field starts. */
  private final int offset;

  /** The faulty field. */
  private final String field;

  /** Why the field is invalid. */
  private final String reason;

  /**
   * An exception for a field at an offset.
   *
   * @param offset the byte offset where the field starts
   * @param field the field, e.g. {@code tier}
   * @param reason what is wrong with it
   */
  public MalformedTalliesException(int offset, String field, String reason) {
    super("malformed tallies at byte " + offset + ": " + field + " " + reason);
    this.offset = offset;
    this.field = field;
    this.reason = reason;
  }

  /**
   * The byte offset where the faulty field starts.
   *
   * @return the offset, from 0
   */
  public int offset() {
    return offset;
  }

  /**
   * The faulty field.
   *
   * @return e.g. {@code magic}, {@code tier}, {@code counter}
   */
  public String field() {
    return field;
  }

  /**
   * Why the field is invalid.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }
}
