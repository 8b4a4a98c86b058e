package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

/**
 * A link from a unit of an older hierarchy to a unit of a newer one.
 *
 * @param oldCode the old unit's code, in the older hierarchy
 * @param newCode the new unit's code, in the newer hierarchy (it may equal {@code oldCode}: codes
 *     are reused across hierarchies)
 * @param kind whether the whole old unit or a part of it went into the new unit
 */
public record UnitLink(String oldCode, String newCode, LinkKind kind) {

  /**
   * Validates the link.
   *
   * @param oldCode not blank
   * @param newCode not blank
   * @param kind the kind
   * @throws IllegalArgumentException if a code is blank
   */
  public UnitLink {
    requireNonNull(oldCode, "oldCode");
    requireNonNull(newCode, "newCode");
    requireNonNull(kind, "kind");
    if (oldCode.isBlank() || newCode.isBlank()) {
      throw new IllegalArgumentException(
          "a unit link needs two codes, got " + oldCode + " → " + newCode);
    }
  }

  /**
   * A whole link.
   *
   * @param oldCode the old unit
   * @param newCode the new unit
   * @return the link
   */
  public static UnitLink whole(String oldCode, String newCode) {
    return new UnitLink(oldCode, newCode, LinkKind.WHOLE);
  }

  /**
   * A partial link.
   *
   * @param oldCode the old unit
   * @param newCode the new unit
   * @return the link
   */
  public static UnitLink partial(String oldCode, String newCode) {
    return new UnitLink(oldCode, newCode, LinkKind.PARTIAL);
  }

  @Override
  public String toString() {
    return oldCode + (kind == LinkKind.WHOLE ? " → " : " ⇢ ") + newCode;
  }
}
