package io.github.dvckpi.domain;

import static io.github.dvckpi.domain.InvalidRecordException.require;
import static io.github.dvckpi.domain.InvalidRecordException.requireText;

/**
 * An administrative procedure (thủ tục hành chính, TTHC) with its official code.
 *
 * @param code the official code in the national procedure database
 * @param name the name
 * @param serviceLevel how fully it is provided online
 * @param chargesFee whether it charges a fee or charge (phí, lệ phí)
 * @param issuesResult whether resolving it issues a result document (permit, certificate…)
 */
public record Procedure(
    String code, String name, ServiceLevel serviceLevel, boolean chargesFee, boolean issuesResult) {

  private static final String TYPE = "Procedure";

  /**
   * Validates the procedure.
   *
   * @param code the official code, not blank
   * @param name the name, not blank
   * @param serviceLevel the service level
   * @param chargesFee whether it charges a fee
   * @param issuesResult whether it issues a result document
   * @throws InvalidRecordException naming the procedure and the field
   */
  public Procedure {
    String id = code == null ? "?" : code;
    requireText(TYPE, id, "code", code);
    requireText(TYPE, id, "name", name);
    require(TYPE, id, "serviceLevel", serviceLevel);
  }

  /** Whether a procedure charges a fee or charge (phí, lệ phí): a named value, not a boolean. */
  public enum Fee {
    /** It charges a fee (có phí, lệ phí). */
    CHARGED,
    /** It charges none (không phí). */
    FREE
  }

  /** Whether resolving a procedure issues a result document: a named value, not a boolean. */
  public enum Result {
    /** It issues a result document: a permit, a certificate… (có kết quả). */
    ISSUED,
    /** It issues none (không có kết quả). */
    NONE
  }

  /**
   * A procedure, its fee and result named: {@code Procedure.of("1.001", "Cấp phép", FULL,
   * Fee.CHARGED, Result.ISSUED)}.
   *
   * @param code the official code
   * @param name the name
   * @param serviceLevel the service level
   * @param fee whether it charges a fee
   * @param result whether it issues a result document
   * @return the procedure
   * @throws InvalidRecordException naming the procedure and the field, for a blank or null part
   */
  public static Procedure of(
      String code, String name, ServiceLevel serviceLevel, Fee fee, Result result) {
    String id = code == null ? "?" : code;
    require(TYPE, id, "fee", fee);
    require(TYPE, id, "result", result);
    return new Procedure(code, name, serviceLevel, fee == Fee.CHARGED, result == Result.ISSUED);
  }

  /**
   * A procedure, its fee and result as two booleans that are easy to swap.
   *
   * @param code the official code
   * @param name the name
   * @param serviceLevel the service level
   * @param chargesFee whether it charges a fee
   * @param issuesResult whether it issues a result document
   * @return the procedure
   * @deprecated two booleans in a row are easy to swap: use {@link #of(String, String,
   *     ServiceLevel, Fee, Result)}
   */
  @Deprecated
  public static Procedure of(
      String code,
      String name,
      ServiceLevel serviceLevel,
      boolean chargesFee,
      boolean issuesResult) {
    return new Procedure(code, name, serviceLevel, chargesFee, issuesResult);
  }

  /**
   * Whether it is provided as an online public service (TTHC đủ điều kiện): full or partial.
   *
   * @return {@code serviceLevel().isOnline()}
   */
  public boolean isOnlineService() {
    return serviceLevel.isOnline();
  }

  @Override
  public String toString() {
    return name + " (" + code + ", " + serviceLevel + ")";
  }
}
