package io.github.dvckpi.domain;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public-sector days off of a year for which no announcement is known, computed from the Labour
 * Code 2019 (Article 112: the holidays; Article 111: a holiday on the weekly rest day is
 * compensated on the next working day) and the lunar calendar.
 *
 * <ul>
 *   <li>1 January; 30 April; 1 May; 2 September — fixed by the law.
 *   <li>Giỗ Tổ Hùng Vương, 10/3 lunar — fixed by the law, its date from {@link LunarCalendar}.
 *   <li>Tết, five days: the last two days of the lunar year and the first three of the new one (tet
 *       − 2 … tet + 2). The law leaves the placement to a yearly decision; this placement, with the
 *       in-lieu rule, gives the same working days as every announcement of 2023–2026.
 *   <li>The day beside 2 September: 1 September (the day before), which, with the in-lieu rule,
 *       also gives the working days of every announcement of 2023–2026.
 *   <li>Each of these days that falls on a Saturday or Sunday gives a day off in lieu on the next
 *       weekday that is neither a holiday nor already a day in lieu, taken in date order.
 * </ul>
 *
 * Swapped days off and make-up Saturdays are never defaults: they exist only by an announcement.
 */
final class HolidayDefaults {

  /** The fixed holidays and the computed dates of the law's lunar holidays. */
  static final CalendarSource LAW =
      CalendarSource.of("Bộ luật Lao động 2019, Điều 112", Certainty.VERIFIED);

  /** The library's placements of Tết's five days, of the day beside 2/9 and of days in lieu. */
  static final CalendarSource PLACEMENT =
      CalendarSource.of(
          "dvc-kpi, ngày nghỉ mặc định (default) theo Bộ luật Lao động 2019, Điều 111–112",
          Certainty.UNVERIFIED);

  private HolidayDefaults() {}

  /**
   * The default days off of a year.
   *
   * @param year a year within {@link LunarCalendar}'s range
   * @return the holidays and days in lieu, in date order
   */
  static ImmutableList<CalendarDay> of(int year) {
    List<CalendarDay> holidays = new ArrayList<>();
    holidays.add(CalendarDay.holiday(LocalDate.of(year, 1, 1), Holiday.NEW_YEAR, LAW));
    LocalDate tet = LunarCalendar.tet(year);
    for (int d = -2; d <= 2; d++) {
      holidays.add(CalendarDay.holiday(tet.plusDays(d), Holiday.LUNAR_NEW_YEAR, PLACEMENT));
    }
    holidays.add(
        CalendarDay.holiday(LunarCalendar.hungKingsCommemoration(year), Holiday.HUNG_KINGS, LAW));
    holidays.add(
        CalendarDay.holiday(LocalDate.of(year, Month.APRIL, 30), Holiday.REUNIFICATION, LAW));
    holidays.add(CalendarDay.holiday(LocalDate.of(year, Month.MAY, 1), Holiday.LABOUR_DAY, LAW));
    holidays.add(
        CalendarDay.holiday(
            LocalDate.of(year, Month.SEPTEMBER, 1), Holiday.NATIONAL_DAY, PLACEMENT));
    holidays.add(
        CalendarDay.holiday(LocalDate.of(year, Month.SEPTEMBER, 2), Holiday.NATIONAL_DAY, LAW));
    holidays.sort((a, b) -> a.date().compareTo(b.date()));
    Set<LocalDate> taken = new HashSet<>();
    for (CalendarDay h : holidays) {
      if (!taken.add(h.date())) {
        throw new IllegalStateException("two holidays fall on " + h.date());
      }
    }
    ImmutableList.Builder<CalendarDay> out = ImmutableList.builder();
    out.addAll(holidays);
    for (CalendarDay h : holidays) {
      if (CalendarDay.isWeekend(h.date())) {
        LocalDate lieu = h.date().plusDays(1);
        while (CalendarDay.isWeekend(lieu) || !taken.add(lieu)) {
          lieu = lieu.plusDays(1);
        }
        out.add(CalendarDay.inLieu(lieu, h.holiday().orElseThrow(), PLACEMENT));
      }
    }
    return out.build();
  }
}
