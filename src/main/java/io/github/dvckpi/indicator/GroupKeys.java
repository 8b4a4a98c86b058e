package io.github.dvckpi.indicator;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Dossier;
import java.util.function.Function;

/**
 * The usual ways to group dossiers for {@link TallyCalculator}: by the handling agency's tier, by
 * agency, by the agency's territorial unit. Any other {@code Function<Dossier, K>} works too.
 */
public final class GroupKeys {

  private GroupKeys() {}

  /**
   * Groups by the handling agency's tier (cấp tỉnh / huyện / xã).
   *
   * @return the grouping function
   */
  public static Function<Dossier, AdministrativeLevel> tier() {
    return Dossier::tier;
  }

  /**
   * Groups by the handling agency.
   *
   * @return the grouping function
   */
  public static Function<Dossier, Agency> agency() {
    return Dossier::agency;
  }

  /**
   * Groups by the code of the handling agency's territorial unit.
   *
   * @return the grouping function
   */
  public static Function<Dossier, String> unitCode() {
    return d -> d.agency().unitCode();
  }
}
