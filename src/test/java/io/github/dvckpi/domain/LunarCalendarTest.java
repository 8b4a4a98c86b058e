package io.github.dvckpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LunarCalendarTest {

  private static Gen<LocalDate> daysOfTheRange() {
    return longs()
        .between(LunarCalendar.firstDate().toEpochDay(), LunarCalendar.lastDate().toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Test
  void tetFallsOnTheDatesOfTheReferenceNotesAndOf2028To2030() {
    assertThat(LunarCalendar.tet(2023)).isEqualTo("2023-01-22");
    assertThat(LunarCalendar.tet(2024)).isEqualTo("2024-02-10");
    assertThat(LunarCalendar.tet(2025)).isEqualTo("2025-01-29");
    assertThat(LunarCalendar.tet(2026)).isEqualTo("2026-02-17");
    assertThat(LunarCalendar.tet(2027)).isEqualTo("2027-02-06");
    assertThat(LunarCalendar.tet(2028)).isEqualTo("2028-01-26");
    assertThat(LunarCalendar.tet(2029)).isEqualTo("2029-02-13");
    assertThat(LunarCalendar.tet(2030)).isEqualTo("2030-02-02");
  }

  @Test
  void hungKingsCommemorationFallsOnTheDatesOfTheReferenceNotes() {
    assertThat(LunarCalendar.hungKingsCommemoration(2023)).isEqualTo("2023-04-29");
    assertThat(LunarCalendar.hungKingsCommemoration(2024)).isEqualTo("2024-04-18");
    assertThat(LunarCalendar.hungKingsCommemoration(2025)).isEqualTo("2025-04-07");
    assertThat(LunarCalendar.hungKingsCommemoration(2026)).isEqualTo("2026-04-26");
    assertThat(LunarCalendar.hungKingsCommemoration(2027)).isEqualTo("2027-04-16");
  }

  @Test
  void theVietnameseCalendarDiffersFromTheChineseWhereItIsKnownTo() {
    // the reference notes: 2007 and 2030 (Vietnam a day earlier), 2053
    assertThat(LunarCalendar.tet(2007)).isEqualTo("2007-02-17");
    assertThat(LunarCalendar.tet(2007, 8)).isEqualTo("2007-02-18");
    assertThat(LunarCalendar.tet(2030)).isEqualTo("2030-02-02");
    assertThat(LunarCalendar.tet(2030, 8)).isEqualTo("2030-02-03");
    assertThat(LunarCalendar.tet(2053)).isNotEqualTo(LunarCalendar.tet(2053, 8));
    assertThat(LunarCalendar.tet(2053)).isEqualTo("2053-02-18");
    // widely documented (secondary): Tết Mậu Thân 1968 and Ất Sửu 1985, a month apart
    assertThat(LunarCalendar.tet(1968)).isEqualTo("1968-01-29");
    assertThat(LunarCalendar.tet(1968, 8)).isEqualTo("1968-01-30");
    assertThat(LunarCalendar.tet(1985)).isEqualTo("1985-01-21");
    assertThat(LunarCalendar.tet(1985, 8)).isEqualTo("1985-02-20");
    for (int year = 2023; year <= 2029; year++) {
      assertThat(LunarCalendar.tet(year)).as("Tết %s", year).isEqualTo(LunarCalendar.tet(year, 8));
    }
  }

  @Test
  void leapMonthsAreTheKnownOnes() {
    assertThat(LunarCalendar.leapMonth(2020)).isEqualTo(OptionalInt.of(4));
    assertThat(LunarCalendar.leapMonth(2023)).isEqualTo(OptionalInt.of(2));
    assertThat(LunarCalendar.leapMonth(2024)).isEmpty();
    assertThat(LunarCalendar.leapMonth(2025)).isEqualTo(OptionalInt.of(6));
    assertThat(LunarCalendar.leapMonth(2028)).isEqualTo(OptionalInt.of(5));
    assertThat(LunarCalendar.leapMonth(2033)).isEqualTo(OptionalInt.of(11));
    assertThat(LunarDate.ofLeapMonth(2023, 2, 1).toGregorian()).isEqualTo("2023-03-22");
    assertThat(LunarDate.of(2023, 3, 1).toGregorian()).isEqualTo("2023-04-20");
    assertThat(LunarDate.ofLeapMonth(2033, 11, 1).toGregorian()).isEqualTo("2033-12-22");
  }

  @Test
  void conversionsNameTheLunarDateBothWays() {
    assertThat(LunarDate.from(LocalDate.of(2024, 2, 10))).isEqualTo(LunarDate.of(2024, 1, 1));
    assertThat(LunarDate.from(LocalDate.of(2024, 2, 9))).isEqualTo(LunarDate.of(2023, 12, 30));
    assertThat(LunarDate.from(LocalDate.of(2023, 4, 19)))
        .isEqualTo(LunarDate.ofLeapMonth(2023, 2, 29));
    assertThat(LunarDate.of(2024, 3, 10).toGregorian()).isEqualTo("2024-04-18");
    assertThat(LunarDate.of(2024, 3, 10)).hasToString("10/3/2024 (lunar)");
    assertThat(LunarDate.ofLeapMonth(2023, 2, 10).format(io.github.dvckpi.words.Words.VIETNAMESE))
        .isEqualTo("10/2 nhuận/2023 (âm lịch)");
  }

  @Test
  void toGregorianInvertsToLunar() {
    qt().withExamples(300)
        .forAll(daysOfTheRange())
        .checkAssert(d -> assertThat(LunarCalendar.toLunar(d).toGregorian()).isEqualTo(d));
  }

  @Test
  void theNextDayIsTheNextLunarDayOrTheFirstOfTheNextMonth() {
    qt().withExamples(300)
        .forAll(daysOfTheRange().assuming(d -> d.isBefore(LunarCalendar.lastDate())))
        .checkAssert(
            d -> {
              LunarDate today = LunarCalendar.toLunar(d);
              LunarDate tomorrow = LunarCalendar.toLunar(d.plusDays(1));
              if (tomorrow.day() == 1) {
                assertThat(today.day()).isBetween(29, 30);
                assertThat(tomorrow.month() == today.month() && !today.leapMonth())
                    .as("leap month follows its month: %s then %s", today, tomorrow)
                    .isEqualTo(tomorrow.leapMonth());
              } else {
                assertThat(tomorrow)
                    .isEqualTo(
                        new LunarDate(
                            today.year(), today.month(), today.leapMonth(), today.day() + 1));
              }
            });
  }

  @Test
  void everyYearOfTheRangeHasTwelveMonthsAndAtMostOneLeapMonth() {
    for (int year = LunarCalendar.FIRST_YEAR; year <= LunarCalendar.LAST_YEAR; year++) {
      LocalDate tet = LunarCalendar.tet(year);
      LocalDate next =
          year < LunarCalendar.LAST_YEAR
              ? LunarCalendar.tet(year + 1)
              : LunarCalendar.lastDate().plusDays(1);
      long days = next.toEpochDay() - tet.toEpochDay();
      boolean leap = LunarCalendar.leapMonth(year).isPresent();
      assertThat(days).as("lunar year %s", year).isBetween(leap ? 383L : 353L, leap ? 385L : 355L);
      assertThat(tet.getMonthValue() * 100 + tet.getDayOfMonth()).isBetween(121, 220);
    }
  }

  @Test
  void datesOutsideTheRangeAreRefusedInBothLanguages() {
    assertThatThrownBy(() -> LunarCalendar.tet(1899))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("1899 nằm ngoài phạm vi của âm lịch")
        .hasMessageContaining(
            "1899 is outside the lunar calendar's range: lunar years 1900 to 2100");
    assertThatThrownBy(() -> LunarCalendar.tet(2101)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(1900, 1, 30)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("1900-01-30");
    assertThatThrownBy(() -> LunarCalendar.toLunar(LocalDate.of(2101, 1, 29)))
        .isInstanceOf(DateTimeException.class);
    assertThat(LunarCalendar.toLunar(LunarCalendar.firstDate()))
        .isEqualTo(LunarDate.of(1900, 1, 1));
    assertThat(LunarCalendar.toLunar(LunarCalendar.lastDate()).year()).isEqualTo(2100);
    assertThat(LunarCalendar.tet(2100)).isBefore(LunarCalendar.lastDate());
  }

  @Test
  void lunarDatesThatDoNotExistAreRefused() {
    assertThatThrownBy(() -> LunarDate.ofLeapMonth(2024, 5, 1).toGregorian())
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("the lunar year 2024 has no leap month 5");
    LocalDate month12 = LunarDate.of(2024, 12, 1).toGregorian();
    int length = (int) (LunarCalendar.tet(2025).toEpochDay() - month12.toEpochDay());
    assertThat(length).isEqualTo(29);
    assertThatThrownBy(() -> LunarDate.of(2024, 12, 30).toGregorian())
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("30/12/2024 (lunar) does not exist: that month has 29 days");
    assertThatThrownBy(() -> LunarDate.of(2024, 13, 1))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("not 13");
    assertThatThrownBy(() -> LunarDate.of(2024, 1, 31))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("not 31");
    assertThatThrownBy(() -> LunarDate.of(2024, 0, 1)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> LunarDate.of(2024, 1, 0)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void theAstronomyReproducesMeeusExamplesAndObservedInstants() {
    // Meeus, example 49.a: the new moon of 1977 February, k = -283
    assertThat(Astronomy.newMoonJde(-283)).isCloseTo(2443192.65118, within(0.0001));
    // Meeus, example 25.b: the Sun's apparent longitude on 1992-10-13.0 TD, 199°54'21.818"
    assertThat(Astronomy.sunApparentLongitude(2448908.5)).isCloseTo(199.906061, within(0.0001));
    // the March equinox of 2024 at 03:06 UTC
    double equinox = Astronomy.localMidnight(LocalDate.of(2024, 3, 20), 0) + (3 + 6 / 60.0) / 24;
    double longitude = Astronomy.sunApparentLongitude(equinox + Astronomy.deltaTDays(equinox));
    assertThat(longitude > 180 ? longitude - 360 : longitude).isCloseTo(0, within(0.001));
    // the new moon of 2024-02-09 22:59 UTC, Tết 2024 at UTC+7
    int k = Astronomy.lunationNear(Astronomy.localMidnight(LocalDate.of(2024, 2, 10), 0));
    double newMoon = Astronomy.newMoonJde(k);
    double observed = Astronomy.localMidnight(LocalDate.of(2024, 2, 9), 0) + (22 + 59 / 60.0) / 24;
    assertThat(newMoon - Astronomy.deltaTDays(newMoon)).isCloseTo(observed, within(1.0 / 1440));
    assertThat(Astronomy.deltaTSeconds(2000)).isCloseTo(63.86, within(0.01));
    assertThat(Astronomy.deltaTSeconds(1900)).isCloseTo(-2.79, within(0.01));
  }

  /**
   * The dates of the range that depend on less than a minute: a new moon, or a major solar term at
   * the start of a month, within 60 seconds of local midnight. docs/calendar.md lists them; this
   * test keeps the list honest.
   */
  @Test
  void theCloseCallsOfTheRangeAreTheDocumentedOnes() {
    List<String> close = new ArrayList<>();
    int first = LunarCalendar.month11(LunarCalendar.FIRST_YEAR - 1, LunarCalendar.VIETNAM);
    int last = LunarCalendar.month11(LunarCalendar.LAST_YEAR + 1, LunarCalendar.VIETNAM);
    for (int k = first; k <= last; k++) {
      double jde = Astronomy.newMoonJde(k);
      double local = jde - Astronomy.deltaTDays(jde) - Astronomy.EPOCH_JD + 7 / 24.0;
      double seconds = (local - Math.floor(local)) * 86400;
      LocalDate day = LunarCalendar.newMoonDay(k, LunarCalendar.VIETNAM);
      if (Math.min(seconds, 86400 - seconds) < 60) {
        close.add("new moon " + day);
      }
      double longitude = LunarCalendar.sunAtStartOf(day, LunarCalendar.VIETNAM);
      double off = Math.min(longitude % 30, 30 - longitude % 30);
      if (off / 360 * 365.2422 * 86400 < 60) {
        close.add("solar term " + day);
      }
    }
    assertThat(close)
        .containsExactly(
            "solar term 1938-09-24",
            "new moon 1944-06-20",
            "new moon 1967-07-07",
            "new moon 2054-05-08",
            "new moon 2077-11-15",
            "new moon 2085-10-18");
  }
}
