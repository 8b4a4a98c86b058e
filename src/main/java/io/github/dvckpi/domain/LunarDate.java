package io.github.dvckpi.domain;

import io.github.dvckpi.words.Phrase;
import io.github.dvckpi.words.Words;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch): the lunar year, the month (1–12, and
 * whether it is the leap month — tháng nhuận — that repeats that number) and the day (1–30).
 *
 * <p>The lunar year is named by the Gregorian year in which its first day (Tết) falls: lunar year
 * 2024 runs from 10/2/2024 to 28/1/2025. A value can name a day that does not exist (a 30th day of
 * a 29-day month, a leap month the year does not have); converting it ({@link #toGregorian()}) says
 * so. Conversions go through {@link LunarCalendar}, with its range of validity.
 *
 * @param year the lunar year, named by the Gregorian year of its Tết
 * @param month the month number, 1–12
 * @param leapMonth true for the leap month that follows month {@code month}
 * @param day the day of the month, 1–30
 */
public record LunarDate(int year, int month, boolean leapMonth, int day) {

  /**
   * Checks the parts.
   *
   * @param year the lunar year
   * @param month the month, 1–12
   * @param leapMonth whether it is the leap month
   * @param day the day, 1–30
   * @throws DateTimeException if the month or the day is out of its range
   */
  public LunarDate {
    if (month < 1 || month > 12) {
      throw new DateTimeException(
          Words.both("calendar.lunar.badMonth", String.valueOf(month), String.valueOf(year)));
    }
    if (day < 1 || day > 30) {
      throw new DateTimeException(
          Words.both("calendar.lunar.badDay", String.valueOf(day), String.valueOf(year)));
    }
  }

  /**
   * A day of an ordinary (not leap) month.
   *
   * @param year the lunar year
   * @param month the month, 1–12
   * @param day the day, 1–30
   * @return the lunar date
   */
  public static LunarDate of(int year, int month, int day) {
    return new LunarDate(year, month, false, day);
  }

  /**
   * A day of a leap month.
   *
   * @param year the lunar year
   * @param month the number of the month the leap month repeats, 1–12
   * @param day the day, 1–30
   * @return the lunar date
   */
  public static LunarDate ofLeapMonth(int year, int month, int day) {
    return new LunarDate(year, month, true, day);
  }

  /**
   * The lunar date of a Gregorian date.
   *
   * @param date the Gregorian date
   * @return the lunar date
   * @throws DateTimeException if the date is outside {@link LunarCalendar}'s range
   */
  public static LunarDate from(LocalDate date) {
    return LunarCalendar.toLunar(date);
  }

  /**
   * The Gregorian date of this lunar date.
   *
   * @return the Gregorian date
   * @throws DateTimeException if the year is outside {@link LunarCalendar}'s range, or the year has
   *     no such leap month, or the month has fewer days
   */
  public LocalDate toGregorian() {
    return LunarCalendar.toGregorian(this);
  }

  /**
   * The date as a reader of a language writes it: {@code 10/3/2024 (âm lịch)}, {@code 10/2
   * nhuận/2023 (âm lịch)}; {@code 10/3/2024 (lunar)}, {@code 10/2 leap/2023 (lunar)}.
   *
   * @param locale the language
   * @return the date in words
   */
  public String format(Locale locale) {
    return phrase().in(locale);
  }

  /** The date as a phrase, rendered in the reader's language. */
  Phrase phrase() {
    return Phrase.of(
        leapMonth ? "calendar.lunar.leapDate" : "calendar.lunar.date",
        String.valueOf(day),
        String.valueOf(month),
        String.valueOf(year));
  }

  /** In English, e.g. {@code 10/3/2024 (lunar)}. */
  @Override
  public String toString() {
    return format(Words.ENGLISH);
  }
}
