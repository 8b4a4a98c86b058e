package io.github.dvckpi.domain;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.words.Words;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed by the astronomical method at the time of
 * Vietnam, UTC+7: Tết Nguyên đán ({@link #tet(int)}), Giỗ Tổ Hùng Vương ({@link
 * #hungKingsCommemoration(int)}) and conversions between Gregorian and lunar dates with leap
 * months.
 *
 * <p><b>The method.</b> A month begins on the day (at UTC+7) of a new moon. Month 11 is the month
 * in which the winter solstice falls (the Sun's apparent longitude reaches 270°). When 13 months
 * begin between one month 11 and the next, the first of them after month 11 in which no major solar
 * term falls (trung khí: the Sun's longitude crossing a multiple of 30°) is the leap month and
 * repeats the number of the month before it. Every day is a local day at UTC+7; the same rules at
 * UTC+8 give the Chinese calendar, which differs in some years (Tết 2007 and 2030, a day earlier in
 * Vietnam; 1985, a month earlier in Vietnam; 2053), so neither ICU's Chinese calendar nor any UTC+8
 * table can stand in. The rules are those published by Hồ Ngọc Đức for the Vietnamese calendar;
 * this implementation is written from the astronomy (new moons: Meeus, chapter 49; the Sun: the
 * abridged VSOP87 theory with nutation and aberration; ΔT by Espenak and Meeus).
 *
 * <p><b>Range and exactness.</b> Valid for the lunar years {@value #FIRST_YEAR} to {@value
 * #LAST_YEAR}, i.e. for the Gregorian dates from {@link #firstDate()} (Tết {@value #FIRST_YEAR}) to
 * {@link #lastDate()} (the eve of Tết 2101); outside it every method throws a {@link
 * DateTimeException} saying so. Within it the results are dates, exact whenever the instant that
 * decides them (a new moon, or a major solar term at the start of a month) is more than about a
 * minute from local midnight; the astronomy uses floating point, never the results. The years
 * before 1968 are computed at UTC+7 as well, as Hồ Ngọc Đức's tables do, although the calendar then
 * in use in Vietnam followed UTC+8 (the North adopted UTC+7 in 1967, the South later). {@code
 * docs/calendar.md} lists the tested dates.
 *
 * <p>Stateless and thread-safe: each call computes from the astronomy (some tens of microseconds);
 * {@link WorkingCalendar} keeps the dates it needs.
 */
public final class LunarCalendar {

  /** The first lunar year of the range. */
  public static final int FIRST_YEAR = 1900;

  /** The last lunar year of the range. */
  public static final int LAST_YEAR = 2100;

  /** Vietnam's time, UTC+7, in hours. */
  static final int VIETNAM = 7;

  /** The longitude of the winter solstice, in degrees. */
  private static final double SOLSTICE = 270;

  private LunarCalendar() {}

  /**
   * The Gregorian date of Tết Nguyên đán, the first day of the first lunar month, in Vietnam.
   *
   * @param year the lunar year, which is the Gregorian year of its Tết
   * @return e.g. 2024-02-10 for 2024
   * @throws DateTimeException if the year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
   */
  public static LocalDate tet(int year) {
    checkYear(year);
    return tet(year, VIETNAM);
  }

  /**
   * The Gregorian date of Giỗ Tổ Hùng Vương, the 10th day of the 3rd lunar month.
   *
   * @param year the lunar year
   * @return e.g. 2024-04-18 for 2024
   * @throws DateTimeException if the year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
   */
  public static LocalDate hungKingsCommemoration(int year) {
    return toGregorian(LunarDate.of(year, 3, 10));
  }

  /**
   * The leap month of a lunar year, if it has one.
   *
   * @param year the lunar year
   * @return the number of the month the leap month repeats (e.g. 2 for 2023, whose leap month
   *     follows month 2), or empty for a year of 12 months
   * @throws DateTimeException if the year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}
   */
  public static OptionalInt leapMonth(int year) {
    checkYear(year);
    for (Months months : new Months[] {Months.of(year - 1, VIETNAM), Months.of(year, VIETNAM)}) {
      for (int i = 0; i < months.size(); i++) {
        if (months.isLeap(i) && months.yearOf(i) == year) {
          return OptionalInt.of(months.number(i));
        }
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The lunar date of a Gregorian date.
   *
   * @param date the Gregorian date
   * @return the lunar date, e.g. 1/1/2024 for 2024-02-10
   * @throws DateTimeException if the date is outside {@link #firstDate()}–{@link #lastDate()}
   */
  public static LunarDate toLunar(LocalDate date) {
    if (date.isBefore(firstDate()) || date.isAfter(lastDate())) {
      throw outOfRange(date.toString());
    }
    return toLunar(date, VIETNAM);
  }

  /**
   * The Gregorian date of a lunar date.
   *
   * @param date the lunar date
   * @return the Gregorian date
   * @throws DateTimeException if the year is outside {@value #FIRST_YEAR}–{@value #LAST_YEAR}, the
   *     year has no such leap month, or the month has fewer days than the date's day
   */
  public static LocalDate toGregorian(LunarDate date) {
    checkYear(date.year());
    Months months = Months.of(date.month() >= 11 ? date.year() : date.year() - 1, VIETNAM);
    for (int i = 0; i < months.size(); i++) {
      if (months.number(i) == date.month() && months.isLeap(i) == date.leapMonth()) {
        int length = months.length(i);
        if (date.day() > length) {
          throw new DateTimeException(
              Words.both("calendar.lunar.shortMonth", date.phrase(), String.valueOf(length)));
        }
        return months.start(i).plusDays(date.day() - 1L);
      }
    }
    throw new DateTimeException(
        Words.both(
            "calendar.lunar.noLeapMonth",
            String.valueOf(date.year()),
            String.valueOf(date.month())));
  }

  /**
   * The first Gregorian date of the range: Tết {@value #FIRST_YEAR}.
   *
   * @return 1900-01-31
   */
  public static LocalDate firstDate() {
    return LocalDate.of(1900, 1, 31);
  }

  /**
   * The last Gregorian date of the range: the eve of Tết 2101.
   *
   * @return 2101-01-28
   */
  public static LocalDate lastDate() {
    return LocalDate.of(2101, 1, 28);
  }

  private static void checkYear(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw outOfRange(String.valueOf(year));
    }
  }

  private static DateTimeException outOfRange(String what) {
    return new DateTimeException(
        Words.both(
            "calendar.lunar.outOfRange",
            what,
            String.valueOf(FIRST_YEAR),
            String.valueOf(LAST_YEAR),
            firstDate().toString(),
            lastDate().toString()));
  }

  // ---- the computation, at any offset (UTC+8 only in tests, to show the Chinese difference)

  static LocalDate tet(int year, int offsetHours) {
    Months months = Months.of(year - 1, offsetHours);
    for (int i = 0; ; i++) {
      if (months.number(i) == 1) {
        return months.start(i);
      }
    }
  }

  static LunarDate toLunar(LocalDate date, int offsetHours) {
    Months months = Months.of(date.getYear(), offsetHours);
    if (date.isBefore(months.start(0))) {
      months = Months.of(date.getYear() - 1, offsetHours);
    }
    int i = months.size() - 1;
    while (months.start(i).isAfter(date)) {
      i--;
    }
    int day = (int) (date.toEpochDay() - months.start(i).toEpochDay()) + 1;
    return new LunarDate(months.yearOf(i), months.number(i), months.isLeap(i), day);
  }

  /** The day a lunation begins at the given offset: the local date of its new moon. */
  static LocalDate newMoonDay(int k, int offsetHours) {
    double jde = Astronomy.newMoonJde(k);
    return Astronomy.localDate(jde - Astronomy.deltaTDays(jde), offsetHours);
  }

  /** The Sun's apparent longitude at local midnight at the start of a day. */
  static double sunAtStartOf(LocalDate day, int offsetHours) {
    double jd = Astronomy.localMidnight(day, offsetHours);
    return Astronomy.sunApparentLongitude(jd + Astronomy.deltaTDays(jd));
  }

  /** The lunation that begins month 11 of a Gregorian year: the month of its winter solstice. */
  static int month11(int gregorianYear, int offsetHours) {
    double guess = Astronomy.localMidnight(LocalDate.of(gregorianYear, 12, 21), offsetHours);
    int k = Astronomy.lunationNear(guess);
    while (sunAtStartOf(newMoonDay(k, offsetHours), offsetHours) >= SOLSTICE) {
      k--;
    }
    while (sunAtStartOf(newMoonDay(k + 1, offsetHours), offsetHours) < SOLSTICE) {
      k++;
    }
    return k;
  }

  /**
   * The months from month 11 of a Gregorian year (the month of its winter solstice) up to, not
   * including, month 11 of the next: 12 or 13 months, numbered 11, 12, 1, …, 10 with at most one
   * leap month. Months 11 and 12 belong to the lunar year {@code gregorianYear}, the others to the
   * next.
   */
  static final class Months {
    private final int gregorianYear;

    /** The first days of the months, and one more: the first day of the next month 11. */
    private final ImmutableList<LocalDate> starts;

    /** The index of the leap month, or −1. */
    private final int leap;

    private Months(int gregorianYear, ImmutableList<LocalDate> starts, int leap) {
      this.gregorianYear = gregorianYear;
      this.starts = starts;
      this.leap = leap;
    }

    static Months of(int gregorianYear, int offsetHours) {
      int first = month11(gregorianYear, offsetHours);
      int next = month11(gregorianYear + 1, offsetHours);
      ImmutableList.Builder<LocalDate> starts = ImmutableList.builder();
      for (int k = first; k <= next; k++) {
        starts.add(newMoonDay(k, offsetHours));
      }
      ImmutableList<LocalDate> days = starts.build();
      int leap = -1;
      if (next - first == 13) {
        int sector = sector(days.get(1), offsetHours);
        for (int i = 1; i <= 12 && leap < 0; i++) {
          int following = sector(days.get(i + 1), offsetHours);
          if (following == sector) {
            leap = i;
          }
          sector = following;
        }
        if (leap < 0) {
          throw new IllegalStateException(
              "no month without a major solar term between the winter solstices of "
                  + gregorianYear
                  + " and "
                  + (gregorianYear + 1));
        }
      }
      return new Months(gregorianYear, days, leap);
    }

    private static int sector(LocalDate day, int offsetHours) {
      return (int) Math.floor(sunAtStartOf(day, offsetHours) / 30);
    }

    int size() {
      return starts.size() - 1;
    }

    LocalDate start(int i) {
      return starts.get(i);
    }

    int length(int i) {
      return (int) (starts.get(i + 1).toEpochDay() - starts.get(i).toEpochDay());
    }

    boolean isLeap(int i) {
      return i == leap;
    }

    int number(int i) {
      int ordinal = leap >= 0 && i >= leap ? i - 1 : i;
      return (ordinal + 10) % 12 + 1;
    }

    int yearOf(int i) {
      return number(i) >= 11 ? gregorianYear : gregorianYear + 1;
    }
  }
}
