package io.github.dvckpi.domain;

import static io.github.dvckpi.domain.InvalidRecordException.require;
import static io.github.dvckpi.domain.InvalidRecordException.requireText;

import java.util.Optional;

/**
 * An administrative unit (đơn vị hành chính): a province, a district-tier unit, a commune-tier
 * unit. Its tier comes from its {@link UnitKind}; its parent is named by code and resolved by a
 * {@link UnitHierarchy}.
 *
 * @param code the official code (e.g. {@code 42} for Hà Tĩnh, {@code 436} for TP Hà Tĩnh)
 * @param name the name, e.g. {@code TP Hà Tĩnh}
 * @param kind the kind, which fixes the tier
 * @param parentCode the parent's code; empty for a root (a province)
 */
public record AdministrativeUnit(
    String code, String name, UnitKind kind, Optional<String> parentCode) {

  private static final String TYPE = "AdministrativeUnit";

  /**
   * Validates the unit.
   *
   * @param code the official code, not blank
   * @param name the name, not blank
   * @param kind the kind
   * @param parentCode the parent's code, not blank and not the unit's own code, or empty
   * @throws InvalidRecordException naming the unit and the field
   */
  public AdministrativeUnit {
    String id = code == null ? "?" : code;
    requireText(TYPE, id, "code", code);
    requireText(TYPE, id, "name", name);
    require(TYPE, id, "kind", kind);
    require(TYPE, id, "parentCode", parentCode);
    if (parentCode.isPresent() && (parentCode.get().isBlank() || parentCode.get().equals(code))) {
      throw new InvalidRecordException(
          TYPE, id, "parentCode", "must name another unit, got \"" + parentCode.get() + "\"");
    }
  }

  /**
   * A unit without a parent, such as a province.
   *
   * @param code the official code
   * @param name the name
   * @param kind the kind
   * @return the unit
   */
  public static AdministrativeUnit root(String code, String name, UnitKind kind) {
    return new AdministrativeUnit(code, name, kind, Optional.empty());
  }

  /**
   * A unit under a parent.
   *
   * @param code the official code
   * @param name the name
   * @param kind the kind
   * @param parentCode the parent's code
   * @return the unit
   */
  public static AdministrativeUnit of(String code, String name, UnitKind kind, String parentCode) {
    return new AdministrativeUnit(code, name, kind, Optional.of(parentCode));
  }

  /**
   * The tier of the unit.
   *
   * @return {@code kind().level()}
   */
  public AdministrativeLevel level() {
    return kind.level();
  }

  @Override
  public String toString() {
    return name + " (" + code + ")";
  }
}
