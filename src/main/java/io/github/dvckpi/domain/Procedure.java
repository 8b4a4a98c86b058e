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

  /**
   * A procedure.
   *
   * @param code the official code
   * @param name the name
   * @param serviceLevel the service level
   * @param chargesFee whether it charges a fee
   * @param issuesResult whether it issues a result document
   * @return the procedure
   */
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
