package io.github.dvckpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class WorkingCalendarPropertiesTest {

  private static final WorkingCalendar VN = WorkingCalendar.vietnam();

  /**
   * Days of 2023–2097: 400 working days (about 560 calendar days) either way stay inside the
   * calendar's range (2021–2100); two thirds of them in the announced years 2023–2026.
   */
  private static Gen<LocalDate> days() {
    Gen<LocalDate> any =
        integers().between(0, 75 * 365).map(n -> LocalDate.of(2023, 1, 1).plusDays(n));
    Gen<LocalDate> announced =
        integers().between(0, 4 * 365).map(n -> LocalDate.of(2023, 1, 1).plusDays(n));
    return any.mix(announced, 66);
  }

  @Test
  void plusWorkingDaysAndWorkingDaysBetweenInvertEachOther() {
    qt().forAll(days(), integers().between(-400, 400), integers().between(-40, 400))
        .checkAssert(
            (day, n, span) -> {
              assertThat(VN.workingDaysBetween(day, VN.plusWorkingDays(day, n))).isEqualTo(n);
              LocalDate other = day.plusDays(span);
              if (VN.isWorkingDay(other)) {
                assertThat(VN.plusWorkingDays(day, VN.workingDaysBetween(day, other)))
                    .isEqualTo(other);
              }
            });
  }

  @Test
  void aWorkingDayCountNeverCountsAHolidayOrWeekendAndAlwaysCountsASwappedSaturday() {
    qt().forAll(days(), integers().between(0, 120))
        .checkAssert(
            (from, length) -> {
              LocalDate to = from.plusDays(length);
              int counted = 0;
              for (CalendarDay d : VN.days(from.plusDays(1), to)) {
                switch (d.kind()) {
                  case WEEKEND, HOLIDAY, IN_LIEU, SWAPPED_DAY_OFF, LOCAL_DAY_OFF ->
                      assertThat(VN.isWorkingDay(d.date())).as("%s", d).isFalse();
                  case WEEKDAY, MAKE_UP_DAY, LOCAL_WORKING_DAY -> {
                    assertThat(VN.isWorkingDay(d.date())).as("%s", d).isTrue();
                    counted++;
                  }
                }
              }
              assertThat(VN.workingDaysBetween(from, to)).isEqualTo(counted);
              assertThat(VN.workingDays(from.plusDays(1), to)).hasSize(counted);
              assertThat(VN.workingDaysBetween(to, from))
                  .isEqualTo(-VN.workingDays(from, to.minusDays(1)).size());
            });
  }

  @Test
  void aDossierCountsFromTheFirstWorkingDayItCouldBeHandledOn() {
    qt().forAll(days(), integers().between(0, 23), integers().between(0, 59))
        .checkAssert(
            (day, hour, minute) -> {
              LocalDateTime at = day.atTime(hour, minute);
              LocalTime cutOff = LocalTime.of(15, 0);
              LocalDate from = VN.countsFrom(at, cutOff);
              assertThat(VN.isWorkingDay(from)).isTrue();
              boolean sameDay = VN.isWorkingDay(day) && !at.toLocalTime().isAfter(cutOff);
              assertThat(from).isEqualTo(sameDay ? day : VN.plusWorkingDays(day, 1));
              assertThat(VN.countsFrom(at, LocalTime.MAX)).isEqualTo(VN.countsFrom(day));
            });
  }

  @Test
  void aReceiptAfterTheCutOffIsDueOneWorkingDayLater() {
    qt().forAll(days(), integers().between(0, 60))
        .assuming((day, n) -> VN.isWorkingDay(day))
        .checkAssert(
            (day, n) -> {
              LocalTime cutOff = LocalTime.of(15, 0);
              LocalDate before = VN.plusWorkingDays(day.atTime(10, 0), n, cutOff);
              LocalDate after = VN.plusWorkingDays(day.atTime(16, 0), n, cutOff);
              assertThat(after).isEqualTo(VN.plusWorkingDays(before, 1));
              assertThat(VN.workingDaysBetween(VN.countsFrom(day.atTime(16, 0), cutOff), after))
                  .isEqualTo(n);
            });
  }
}
