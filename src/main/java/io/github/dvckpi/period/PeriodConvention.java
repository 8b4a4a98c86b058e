package io.github.dvckpi.period;

import io.github.dvckpi.rate.RateFormat;
import java.util.Locale;

/**
 * Where a reporting period's data starts and stops.
 *
 * <p>{@link #CALENDAR}: months, quarters and years as on the calendar (1 January to 31 December),
 * as dashboards and news reports use them. {@link #OFFICIAL}: the data cut-off of Nghị định
 * 09/2019/NĐ-CP, Article 12 (chế độ báo cáo của cơ quan hành chính nhà nước): a period runs from
 * the 15th of the month before its first month to the 14th of its last month, so the official
 * "month 5/2024" is 15/04/2024–14/05/2024 and "year 2024" is 15/12/2023–14/12/2024. The nine-month
 * period (15 December – 14 September) follows by analogy; the decree names month, quarter,
 * half-year and year.
 */
public enum PeriodConvention {
  /** Calendar months and years (theo tháng dương lịch). */
  CALENDAR("theo lịch", "calendar"),
  /** The data cut-off of Nghị định 09/2019/NĐ-CP: the 15th of the previous month to the 14th. */
  OFFICIAL("theo Nghị định 09/2019/NĐ-CP", "Decree 09/2019/NĐ-CP cut-off");

  private final String vietnameseName;
  private final String englishName;

  PeriodConvention(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  /**
   * The name in a language: Vietnamese for {@code vi}, English otherwise.
   *
   * @param locale the language
   * @return e.g. {@code theo Nghị định 09/2019/NĐ-CP}
   */
  public String displayName(Locale locale) {
    return RateFormat.isVietnamese(locale) ? vietnameseName : englishName;
  }
}
