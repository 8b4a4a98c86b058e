package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A domain record that cannot exist: the message names the kind of record, its identifier, the
 * offending field and the reason, e.g. {@code Dossier "HS-001": resolvedOn 2024-01-01 is before
 * receivedOn 2024-01-05}.
 *
 * <p>The parts are also available separately, so an importer can report them in its own words.
 */
public final class InvalidRecordException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The kind of record. */
  private final String recordType;

  /** The record's identifier. */
  private final String recordId;

  /** The offending field. */
  private final String field;

  /** Why the value is impossible. */
  private final String reason;

  /**
   * Creates the exception.
   *
   * @param recordType the kind of record, e.g. {@code Dossier}
   * @param recordId the record's identifier, or {@code ?} when it has none yet
   * @param field the offending field, e.g. {@code resolvedOn}
   * @param reason why the value is impossible, in English
   */
  public InvalidRecordException(String recordType, String recordId, String field, String reason) {
    super(recordType + " \"" + recordId + "\": " + field + " " + reason);
    this.recordType = requireNonNull(recordType, "recordType");
    this.recordId = requireNonNull(recordId, "recordId");
    this.field = requireNonNull(field, "field");
    this.reason = requireNonNull(reason, "reason");
  }

  /**
   * The kind of record.
   *
   * @return e.g. {@code Dossier}
   */
  public String recordType() {
    return recordType;
  }

  /**
   * The identifier of the record.
   *
   * @return e.g. {@code HS-001}
   */
  public String recordId() {
    return recordId;
  }

  /**
   * The offending field.
   *
   * @return e.g. {@code resolvedOn}
   */
  public String field() {
    return field;
  }

  /**
   * Why the value is impossible.
   *
   * @return e.g. {@code 2024-01-01 is before receivedOn 2024-01-05}
   */
  public String reason() {
    return reason;
  }

  static String requireText(
      String recordType, String recordId, String field, @Nullable String value) {
    if (value == null) {
      throw new InvalidRecordException(recordType, recordId, field, "is missing");
    }
    if (value.isBlank()) {
      throw new InvalidRecordException(recordType, recordId, field, "is blank");
    }
    return value;
  }

  static <T> T require(String recordType, String recordId, String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidRecordException(recordType, recordId, field, "is missing");
    }
    return value;
  }
}
