package io.github.dvckpi.engine;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * A cell of a monthly tally: a {@link UnitTier group} in one month.
 *
 * @param group the unit and tier
 * @param month the month
 */
public record UnitTierMonth(UnitTier group, YearMonth month) {

  /**
   * Validates the cell.
   *
   * @param group the unit and tier
   * @param month the month
   */
  public UnitTierMonth {
    requireNonNull(group, "group");
    requireNonNull(month, "month");
  }

  /**
   * A cell.
   *
   * @param group the unit and tier
   * @param month the month
   * @return the cell
   */
  public static UnitTierMonth of(UnitTier group, YearMonth month) {
    return new UnitTierMonth(group, month);
  }

  @Override
  public String toString() {
    return group + "@" + month;
  }
}
