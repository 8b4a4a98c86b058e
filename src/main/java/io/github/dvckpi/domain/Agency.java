package io.github.dvckpi.domain;

import static io.github.dvckpi.domain.InvalidRecordException.require;
import static io.github.dvckpi.domain.InvalidRecordException.requireText;

/**
 * A body that receives and resolves dossiers: a provincial department (sở, ban, ngành) at the
 * province tier, the people's committee of a district or commune, a one-stop-shop centre.
 *
 * <p>A report "by tier" groups dossiers by {@link #tier()}; a report "by territory" by {@link
 * #unitCode()}, the territorial unit the agency belongs to.
 *
 * @param code the agency's code, unique in a data set
 * @param name the name, e.g. {@code Sở Tư pháp}
 * @param tier the tier the agency works at
 * @param unitCode the code of its territorial unit (for a department: the province)
 */
public record Agency(String code, String name, AdministrativeLevel tier, String unitCode) {

  private static final String TYPE = "Agency";

  /**
   * Validates the agency.
   *
   * @param code the agency's code, not blank
   * @param name the name, not blank
   * @param tier the tier
   * @param unitCode the territorial unit's code, not blank
   * @throws InvalidRecordException naming the agency and the field
   */
  public Agency {
    String id = code == null ? "?" : code;
    requireText(TYPE, id, "code", code);
    requireText(TYPE, id, "name", name);
    require(TYPE, id, "tier", tier);
    requireText(TYPE, id, "unitCode", unitCode);
  }

  /**
   * An agency.
   *
   * @param code the agency's code
   * @param name the name
   * @param tier the tier
   * @param unitCode the territorial unit's code
   * @return the agency
   */
  public static Agency of(String code, String name, AdministrativeLevel tier, String unitCode) {
    return new Agency(code, name, tier, unitCode);
  }

  @Override
  public String toString() {
    return name + " (" + code + ", " + tier.englishName() + ", unit " + unitCode + ")";
  }
}
