package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import java.util.Comparator;

/**
 * A group of {@link Grouping#byUnitAndTier()}: the territorial unit of the handling agency and the
 * agency's tier. Provincial departments (sở, ban, ngành) belong to the province's unit at the
 * province tier; a district's or commune's people's committee to its own unit at its tier.
 *
 * <p>Groups are ordered by unit code, then tier.
 *
 * @param unitCode the code of the agency's territorial unit
 * @param tier the agency's tier (cấp)
 */
public record UnitTier(String unitCode, AdministrativeLevel tier) implements Comparable<UnitTier> {

  private static final Comparator<UnitTier> ORDER =
      Comparator.comparing(UnitTier::unitCode).thenComparing(UnitTier::tier);

  /**
   * Validates the group.
   *
   * @param unitCode the unit's code, not blank
   * @param tier the tier
   * @throws IllegalArgumentException if the code is blank
   */
  public UnitTier {
    requireNonNull(unitCode, "unitCode");
    requireNonNull(tier, "tier");
    if (unitCode.isBlank()) {
      throw new IllegalArgumentException("a unit code cannot be blank");
    }
  }

  /**
   * A group.
   *
   * @param unitCode the unit's code
   * @param tier the tier
   * @return the group
   */
  public static UnitTier of(String unitCode, AdministrativeLevel tier) {
    return new UnitTier(unitCode, tier);
  }

  /**
   * The group an agency's dossiers count in.
   *
   * @param agency the handling agency
   * @return its unit and tier
   */
  public static UnitTier of(Agency agency) {
    return new UnitTier(agency.unitCode(), agency.tier());
  }

  @Override
  public int compareTo(UnitTier other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return unitCode + "/" + tier.englishName();
  }
}
