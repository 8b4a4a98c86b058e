package io.github.dvckpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.dvckpi.words.Words;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final WorkingCalendar VN = WorkingCalendar.vietnam();

  /** The days off of the reference notes' table, §6, weekends inside the breaks included. */
  private static final Map<Integer, List<String>> ANNOUNCED_DAYS_OFF =
      Map.of(
          2023,
          List.of(
              "2023-01-02",
              "2023-01-20..2023-01-26",
              "2023-04-29..2023-05-03",
              "2023-09-01..2023-09-04"),
          2024,
          List.of(
              "2024-01-01",
              "2024-02-08..2024-02-14",
              "2024-04-18",
              "2024-04-27..2024-05-01",
              "2024-08-31..2024-09-03"),
          2025,
          List.of(
              "2025-01-01",
              "2025-01-25..2025-02-02",
              "2025-04-05..2025-04-07",
              "2025-04-30..2025-05-04",
              "2025-08-30..2025-09-02"),
          2026,
          List.of(
              "2026-01-01..2026-01-04",
              "2026-02-14..2026-02-22",
              "2026-04-25..2026-04-27",
              "2026-04-30..2026-05-03",
              "2026-08-29..2026-09-02"));

  /** The swapped working Saturdays of the table. */
  private static final Set<LocalDate> SWAPPED_SATURDAYS =
      Set.of(
          LocalDate.of(2024, 5, 4),
          LocalDate.of(2025, 4, 26),
          LocalDate.of(2026, 1, 10),
          LocalDate.of(2026, 8, 22));

  private static Set<LocalDate> expand(List<String> ranges) {
    Set<LocalDate> out = new HashSet<>();
    for (String r : ranges) {
      int dots = r.indexOf("..");
      LocalDate from = LocalDate.parse(dots < 0 ? r : r.substring(0, dots));
      LocalDate to = dots < 0 ? from : LocalDate.parse(r.substring(dots + 2));
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        out.add(d);
      }
    }
    return out;
  }

  private static List<LocalDate> dates(String... days) {
    List<LocalDate> out = new ArrayList<>();
    for (String d : days) {
      out.add(LocalDate.parse(d));
    }
    return out;
  }

  @Test
  void theDaysOffOf2023To2026AreExactlyTheAnnouncedOnes() {
    for (Map.Entry<Integer, List<String>> year : ANNOUNCED_DAYS_OFF.entrySet()) {
      Set<LocalDate> off = expand(year.getValue());
      LocalDate end = LocalDate.of(year.getKey(), 12, 31);
      for (LocalDate d = LocalDate.of(year.getKey(), 1, 1); !d.isAfter(end); d = d.plusDays(1)) {
        boolean expected =
            SWAPPED_SATURDAYS.contains(d) || (!CalendarDay.isWeekend(d) && !off.contains(d));
        assertThat(VN.isWorkingDay(d)).as("%s", VN.day(d)).isEqualTo(expected);
      }
    }
  }

  @Test
  void everyAnnouncedEntryKeepsItsSourceAndCertainty() {
    assertThat(VN.day(LocalDate.of(2023, 1, 20)).source().orElseThrow().certainty())
        .isEqualTo(Certainty.VERIFIED);
    assertThat(VN.day(LocalDate.of(2023, 4, 30)).source().orElseThrow().certainty())
        .isEqualTo(Certainty.SECONDARY);
    assertThat(VN.day(LocalDate.of(2023, 9, 4)).kind()).isEqualTo(DayKind.IN_LIEU);
    assertThat(VN.day(LocalDate.of(2023, 9, 4)).source().orElseThrow().certainty())
        .isEqualTo(Certainty.VERIFIED);
    assertThat(VN.day(LocalDate.of(2024, 5, 4)))
        .isEqualTo(
            CalendarDay.makeUpDay(
                LocalDate.of(2024, 5, 4),
                LocalDate.of(2024, 4, 29),
                CalendarSource.of(
                    "Thông báo nghỉ lễ, Tết năm 2024 (cán bộ, công chức, viên chức)",
                    Certainty.VERIFIED)));
    assertThat(VN.day(LocalDate.of(2025, 1, 1)).source().orElseThrow().certainty())
        .isEqualTo(Certainty.SECONDARY);
    assertThat(VN.day(LocalDate.of(2025, 5, 2)).counterpart()).contains(LocalDate.of(2025, 4, 26));
    assertThat(VN.day(LocalDate.of(2026, 4, 27)).kind()).isEqualTo(DayKind.IN_LIEU);
    assertThat(VN.day(LocalDate.of(2026, 4, 27)).source().orElseThrow().certainty())
        .isEqualTo(Certainty.SECONDARY);
    assertThat(VN.day(LocalDate.of(2026, 2, 17)).holiday()).contains(Holiday.LUNAR_NEW_YEAR);
    assertThat(VN.day(LocalDate.of(2027, 2, 4)).source()).contains(HolidayDefaults.PLACEMENT);
    assertThat(VN.day(LocalDate.of(2027, 4, 16)).source()).contains(HolidayDefaults.LAW);
    assertThat(VN.entries(2024)).hasSize(15).allMatch(d -> d.date().getYear() == 2024);
  }

  @Test
  void theWorkingDaysOfFebruary2024SkipTheTetBreak() {
    assertThat(VN.workingDays(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)))
        .containsExactlyElementsOf(
            dates(
                "2024-02-01",
                "2024-02-02",
                "2024-02-05",
                "2024-02-06",
                "2024-02-07",
                "2024-02-15",
                "2024-02-16",
                "2024-02-19",
                "2024-02-20",
                "2024-02-21",
                "2024-02-22",
                "2024-02-23",
                "2024-02-26",
                "2024-02-27",
                "2024-02-28",
                "2024-02-29"));
  }

  @Test
  void theWorkingDaysOfAprilAndMay2025CountTheSwappedSaturday() {
    ImmutableList<LocalDate> working =
        VN.workingDays(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 31));
    assertThat(working).hasSize(41).contains(LocalDate.of(2025, 4, 26));
    assertThat(working)
        .doesNotContainAnyElementsOf(dates("2025-04-07", "2025-04-30", "2025-05-01", "2025-05-02"));
    assertThat(VN.daysOff(LocalDate.of(2025, 4, 26), LocalDate.of(2025, 5, 4)))
        .extracting(CalendarDay::kind)
        .containsExactly(
            DayKind.WEEKEND,
            DayKind.HOLIDAY,
            DayKind.HOLIDAY,
            DayKind.SWAPPED_DAY_OFF,
            DayKind.WEEKEND,
            DayKind.WEEKEND);
  }

  @Test
  void aFifteenDayDossierReceivedBeforeTet2024IsDueAfterTheBreak() {
    StatutoryDuration fifteen = StatutoryDuration.ofWorkingDays(15);
    DueDate due = fifteen.dueDate(LocalDate.of(2024, 2, 5), VN);
    assertThat(due.dueOn()).isEqualTo("2024-03-04");
    assertThat(due.countsFrom()).isEqualTo("2024-02-05");
    assertThat(due.skipped())
        .extracting(CalendarDay::date)
        .containsExactlyElementsOf(
            dates(
                "2024-02-08",
                "2024-02-09",
                "2024-02-10",
                "2024-02-11",
                "2024-02-12",
                "2024-02-13",
                "2024-02-14",
                "2024-02-17",
                "2024-02-18",
                "2024-02-24",
                "2024-02-25",
                "2024-03-02",
                "2024-03-03"));
    assertThat(due.toString())
        .startsWith(
            "due 2024-03-04: 15 working days counted from 2024-02-05 (received 2024-02-05),"
                + " skipping 13 days off:")
        .contains("2024-02-08 Thursday: holiday — Lunar New Year (Tết Nguyên đán)");
    assertThat(due.format(Words.VIETNAMESE))
        .startsWith("hẹn trả 2024-03-04: 15 ngày làm việc tính từ 2024-02-05");
    assertThat(fifteen.dueDate(LocalDate.of(2024, 2, 7), VN).dueOn()).isEqualTo("2024-03-06");
  }

  @Test
  void aFifteenDayDossierReceivedBeforeTet2025IsDueAfterTheBreak() {
    StatutoryDuration fifteen = StatutoryDuration.ofWorkingDays(15);
    assertThat(fifteen.dueDate(LocalDate.of(2025, 1, 24), VN).dueOn()).isEqualTo("2025-02-21");
    assertThat(fifteen.dueDate(LocalDate.of(2025, 1, 24), VN).skipped()).hasSize(13);
  }

  @Test
  void aDossierReceivedAfterTheCutOffCountsFromTheNextWorkingDay() {
    StatutoryDuration fifteen = StatutoryDuration.ofWorkingDays(15).withCutOff(LocalTime.of(15, 0));
    DueDate late = fifteen.dueDate(LocalDateTime.of(2024, 2, 7, 16, 0), VN);
    assertThat(late.countsFrom()).isEqualTo("2024-02-15");
    assertThat(late.dueOn()).isEqualTo("2024-03-07");
    assertThat(fifteen.dueDate(LocalDateTime.of(2024, 2, 7, 15, 0), VN).dueOn())
        .isEqualTo("2024-03-06");
    assertThat(fifteen.dueDate(LocalDateTime.of(2025, 1, 24, 16, 0), VN).dueOn())
        .isEqualTo("2025-02-24");
    assertThat(VN.plusWorkingDays(LocalDateTime.of(2024, 2, 7, 16, 0), 15, LocalTime.of(15, 0)))
        .isEqualTo("2024-03-07");
    assertThat(StatutoryDuration.ofWorkingDays(15).dueDate(LocalDateTime.of(2024, 2, 7, 16, 0), VN))
        .extracting(DueDate::dueOn)
        .isEqualTo(LocalDate.of(2024, 3, 6));
    // received on a day off (online, on the Saturday of Tết): counts from the first working day
    assertThat(VN.countsFrom(LocalDateTime.of(2024, 2, 10, 9, 0), LocalTime.of(15, 0)))
        .isEqualTo("2024-02-15");
    assertThat(fifteen).hasToString("15 working days (120 h), cut-off 15:00");
  }

  @Test
  void durationsInHoursCountAPartOfADayAsAWholeDay() {
    assertThat(StatutoryDuration.ofHours(4).workingDays()).isEqualTo(1);
    assertThat(StatutoryDuration.ofHours(8).workingDays()).isEqualTo(1);
    assertThat(StatutoryDuration.ofHours(12).workingDays()).isEqualTo(2);
    assertThat(StatutoryDuration.ofHours(0).dueDate(LocalDate.of(2024, 2, 10), VN).dueOn())
        .isEqualTo("2024-02-15");
    assertThatThrownBy(() -> StatutoryDuration.ofHours(-8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a statutory duration of -8 hours is negative");
  }

  @Test
  void theComputedDefaultsDifferFromTheAnnouncementsOnlyByTheSwaps() {
    for (int year = 2023; year <= 2026; year++) {
      Set<LocalDate> defaultsOff = new HashSet<>();
      for (CalendarDay d : HolidayDefaults.of(year)) {
        if (!CalendarDay.isWeekend(d.date())) {
          defaultsOff.add(d.date());
        }
      }
      Set<LocalDate> announcedOff = new HashSet<>();
      Set<LocalDate> swaps = new HashSet<>();
      for (CalendarDay d : VN.entries(year)) {
        if (d.kind() == DayKind.SWAPPED_DAY_OFF) {
          swaps.add(d.date());
        } else if (!d.isWorkingDay() && !CalendarDay.isWeekend(d.date())) {
          announcedOff.add(d.date());
        }
      }
      assertThat(defaultsOff).as("the weekdays off of %s", year).isEqualTo(announcedOff);
      assertThat(swaps).as("%s", year).allMatch(d -> !defaultsOff.contains(d));
    }
  }

  @Test
  void aYearWithoutAnnouncementGetsTheComputedDefaults() {
    assertThat(VN.daysOff(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 14)))
        .extracting(CalendarDay::date)
        .containsExactlyElementsOf(
            dates(
                "2027-02-04",
                "2027-02-05",
                "2027-02-06",
                "2027-02-07",
                "2027-02-08",
                "2027-02-09",
                "2027-02-10",
                "2027-02-13",
                "2027-02-14"));
    assertThat(VN.day(LocalDate.of(2027, 5, 3)))
        .isEqualTo(
            CalendarDay.inLieu(
                LocalDate.of(2027, 5, 3), Holiday.LABOUR_DAY, HolidayDefaults.PLACEMENT));
    assertThat(VN.isWorkingDay(LocalDate.of(2027, 4, 16))).isFalse();
    for (int year = WorkingCalendar.FIRST_YEAR; year <= WorkingCalendar.LAST_YEAR; year++) {
      long weekdaysOff =
          VN.entries(year).stream()
              .filter(d -> !d.isWorkingDay() && !CalendarDay.isWeekend(d.date()))
              .count();
      assertThat(weekdaysOff).as("the weekdays off of %s", year).isBetween(11L, 13L);
    }
  }

  @Test
  void aProvinceCanAddItsOwnDaysAndAYearsAnnouncement() {
    CalendarSource decision = CalendarSource.of("Quyết định của UBND tỉnh", Certainty.VERIFIED);
    WorkingCalendar local =
        VN.withDayOff(LocalDate.of(2024, 3, 26), "Ngày truyền thống của tỉnh", decision)
            .withWorkingDay(LocalDate.of(2024, 3, 23), "Làm việc bù", decision);
    assertThat(local.isWorkingDay(LocalDate.of(2024, 3, 26))).isFalse();
    assertThat(local.isWorkingDay(LocalDate.of(2024, 3, 23))).isTrue();
    assertThat(local.day(LocalDate.of(2024, 3, 26)).describe(Words.VIETNAMESE))
        .isEqualTo(
            "2024-03-26 Thứ Ba: nghỉ theo quyết định của địa phương — Ngày truyền thống của tỉnh"
                + " (Quyết định của UBND tỉnh, đã kiểm chứng)");
    assertThat(VN.isWorkingDay(LocalDate.of(2024, 3, 26))).isTrue();
    assertThat(local).isNotEqualTo(VN);

    WorkingCalendar next =
        VN.withAnnouncements(
            """
            # an announcement of Tết 2027 alone
            year 2027 | verified | Thông báo nghỉ Tết Âm lịch 2027
            2027-02-05..2027-02-11 | holiday LUNAR_NEW_YEAR
            2027-02-20 | make-up 2027-02-12
            2027-02-12 | swapped-off 2027-02-20 | secondary
            """);
    assertThat(next.daysOff(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 21)))
        .extracting(CalendarDay::date)
        .containsExactlyElementsOf(
            dates(
                "2027-02-05",
                "2027-02-06",
                "2027-02-07",
                "2027-02-08",
                "2027-02-09",
                "2027-02-10",
                "2027-02-11",
                "2027-02-12",
                "2027-02-13",
                "2027-02-14",
                "2027-02-21"));
    assertThat(next.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
    assertThat(next.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
    assertThat(next.day(LocalDate.of(2027, 2, 12)).source().orElseThrow().certainty())
        .isEqualTo(Certainty.SECONDARY);
    // the other holidays of 2027 keep their defaults
    assertThat(next.day(LocalDate.of(2027, 4, 16))).isEqualTo(VN.day(LocalDate.of(2027, 4, 16)));
    assertThat(next.day(LocalDate.of(2027, 5, 3))).isEqualTo(VN.day(LocalDate.of(2027, 5, 3)));
  }

  @Test
  void aSwapNeedsBothHalves() {
    CalendarSource s = CalendarSource.of("x", Certainty.VERIFIED);
    LocalDate monday = LocalDate.of(2024, 3, 25);
    LocalDate saturday = LocalDate.of(2024, 3, 30);
    assertThatThrownBy(
            () -> VN.withEntries(ImmutableList.of(CalendarDay.swappedDayOff(monday, saturday, s))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "the swap of 2024-03-25 needs the entry of 2024-03-30 that points back to it");
    assertThatThrownBy(
            () ->
                VN.withEntries(
                    ImmutableList.of(
                        CalendarDay.swappedDayOff(monday, saturday, s),
                        CalendarDay.makeUpDay(saturday, monday.plusDays(1), s))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                VN.withEntries(
                    ImmutableList.of(
                        CalendarDay.localDayOff(monday, "a", s),
                        CalendarDay.localWorkingDay(monday, "b", s))))
        .hasMessageContaining("two of the entries added fall on 2024-03-25");
    WorkingCalendar swapped =
        VN.withEntries(
            ImmutableList.of(
                CalendarDay.swappedDayOff(monday, saturday, s),
                CalendarDay.makeUpDay(saturday, monday, s)));
    assertThat(swapped.workingDaysBetween(monday.minusDays(1), saturday))
        .isEqualTo(VN.workingDaysBetween(monday.minusDays(1), saturday));
  }

  @Test
  void aDayOfTheWrongKindOfWeekdayIsRefused() {
    CalendarSource s = CalendarSource.of("x", Certainty.VERIFIED);
    assertThatThrownBy(() -> CalendarDay.inLieu(LocalDate.of(2024, 3, 30), Holiday.NEW_YEAR, s))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-03-30 là Thứ Bảy: không thể là ngày nghỉ bù")
        .hasMessageContaining("2024-03-30 is a Saturday: it cannot be a day off in lieu");
    assertThatThrownBy(
            () -> CalendarDay.makeUpDay(LocalDate.of(2024, 3, 29), LocalDate.of(2024, 3, 28), s))
        .hasMessageContaining("it cannot be a make-up working day");
    assertThatThrownBy(
            () ->
                CalendarDay.swappedDayOff(LocalDate.of(2024, 3, 28), LocalDate.of(2024, 3, 28), s))
        .hasMessageContaining("has parts that do not fit its kind");
    assertThatThrownBy(() -> CalendarDay.localDayOff(LocalDate.of(2024, 3, 28), " ", s))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CalendarSource.of(" ", Certainty.VERIFIED))
        .hasMessageContaining("a calendar entry's source must name something");
  }

  @Test
  void aCalendarTextThatCannotBeReadNamesTheLine() {
    assertThatThrownBy(() -> VN.withAnnouncements("2027-01-01 | holiday NEW_YEAR"))
        .hasMessageContaining(
            "calendar text text, line 1: an entry comes before any \"year\" line");
    String year = "year 2027 | verified | x\n";
    assertThatThrownBy(() -> VN.withAnnouncements(year + "2027-13-01 | holiday NEW_YEAR"))
        .hasMessageContaining("line 2: \"2027-13-01\" is not a date such as 2024-02-10");
    assertThatThrownBy(() -> VN.withAnnouncements(year + "2027-01-01 | feast NEW_YEAR"))
        .hasMessageContaining("\"feast\" is not a kind of entry");
    assertThatThrownBy(() -> VN.withAnnouncements(year + "2027-01-01 | holiday TET"))
        .hasMessageContaining("\"TET\" is not a holiday");
    assertThatThrownBy(() -> VN.withAnnouncements(year + "2027-01-01 | holiday NEW_YEAR | sure"))
        .hasMessageContaining("\"sure\" is not a certainty");
    assertThatThrownBy(() -> VN.withAnnouncements(year + "2027-01-01"))
        .hasMessageContaining("an entry has 2 to 4 fields separated by \"|\", not 1");
    assertThatThrownBy(() -> VN.withAnnouncements(year + "2027-01-03..2027-01-01 | local-off x"))
        .hasMessageContaining("\"2027-01-03..2027-01-01\" ends before it starts");
    assertThatThrownBy(() -> VN.withAnnouncements(year + "2028-01-03 | local-off x"))
        .hasMessageContaining("2028-01-03 is not in the block's year 2027");
    assertThatThrownBy(() -> VN.withAnnouncements(year + "2027-01-04 | local-off  "))
        .hasMessageContaining("a source or a name is blank");
    assertThatThrownBy(() -> VN.withAnnouncements(year + "2027-01-04 | swapped-off 2027-01-04"))
        .hasMessageContaining("2027-01-04 cannot be swapped with itself");
    assertThatThrownBy(() -> VN.withAnnouncements(year + "2027-01-02 | in-lieu NEW_YEAR"))
        .hasMessageContaining("line 2: 2027-01-02 is a Saturday");
    assertThatThrownBy(() -> VN.withAnnouncements("year 2027 | verified"))
        .hasMessageContaining("a year line reads");
    assertThatThrownBy(() -> VN.withAnnouncements("year MMXXVII | verified | x"))
        .hasMessageContaining("\"MMXXVII\" is not a year");
    assertThatThrownBy(() -> VN.withAnnouncements("year 2027 | verified |  "))
        .hasMessageContaining("a source or a name is blank");
    assertThat(
            VN.withAnnouncements(year + "2027-01-04 | local-work x")
                .isWorkingDay(LocalDate.of(2027, 1, 4)))
        .isTrue();
  }

  @Test
  void daysOutsideTheRangeAreRefusedNeverGuessed() {
    assertThatThrownBy(() -> VN.isWorkingDay(LocalDate.of(2020, 12, 31)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining(
            "2020-12-31 is outside the working-day calendar's range, 2021 to 2100")
        .hasMessageContaining("2020-12-31 nằm ngoài phạm vi của lịch ngày làm việc");
    assertThatThrownBy(() -> VN.plusWorkingDays(LocalDate.of(2100, 12, 29), 5))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("5 working days from 2100-12-29 go beyond");
    assertThatThrownBy(() -> VN.plusWorkingDays(LocalDate.of(2021, 1, 4), -5))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> VN.entries(2101)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(
            () -> VN.plusWorkingDays(LocalDateTime.of(2024, 1, 2, 8, 0), -1, LocalTime.NOON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a duration of -1 working days is negative");
    assertThat(VN.plusWorkingDays(LocalDate.of(2021, 1, 5), -1)).isEqualTo("2021-01-04");
  }

  @Test
  void aDayReadsInBothLanguages() {
    CalendarDay tet = VN.day(LocalDate.of(2024, 2, 8));
    assertThat(tet.describe(Words.VIETNAMESE))
        .isEqualTo(
            "2024-02-08 Thứ Năm: nghỉ lễ, tết — Tết Nguyên đán (Thông báo nghỉ lễ, Tết năm 2024"
                + " (cán bộ, công chức, viên chức), đã kiểm chứng)");
    assertThat(VN.day(LocalDate.of(2024, 5, 4)).toString())
        .isEqualTo(
            "2024-05-04 Saturday: make-up working day — in exchange for 2024-04-29 (Thông báo"
                + " nghỉ lễ, Tết năm 2024 (cán bộ, công chức, viên chức), verified)");
    assertThat(VN.day(LocalDate.of(2024, 4, 29)).describe(Words.VIETNAMESE))
        .contains("nghỉ hoán đổi — làm bù ngày 2024-05-04");
    assertThat(VN.day(LocalDate.of(2024, 3, 5))).hasToString("2024-03-05 Tuesday: working day");
    assertThat(VN.day(LocalDate.of(2024, 3, 9)).describe(Words.VIETNAMESE))
        .isEqualTo("2024-03-09 Thứ Bảy: nghỉ cuối tuần");
    assertThat(VN.days(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 10))).hasSize(7);
    for (Holiday h : Holiday.values()) {
      assertThat(h.displayName(Words.VIETNAMESE)).isNotBlank();
    }
    for (DayKind k : DayKind.values()) {
      assertThat(k.displayName(Words.ENGLISH)).isNotBlank();
    }
    assertThat(Certainty.UNVERIFIED.displayName(Words.VIETNAMESE)).isEqualTo("chưa kiểm chứng");
  }

  @Test
  void calendarsAreValues() {
    CalendarSource s = CalendarSource.of("x", Certainty.VERIFIED);
    LocalDate day = LocalDate.of(2024, 3, 26);
    new EqualsTester()
        .addEqualityGroup(VN, WorkingCalendar.vietnam(), VN.withEntries(ImmutableList.of()))
        .addEqualityGroup(VN.withDayOff(day, "a", s), VN.withDayOff(day, "a", s))
        .addEqualityGroup(VN.withDayOff(day, "b", s))
        .testEquals();
    assertThat(VN.toString()).startsWith("WorkingCalendar[2021–2100, ");
    assertThat(s).hasToString("x, verified");
  }
}
