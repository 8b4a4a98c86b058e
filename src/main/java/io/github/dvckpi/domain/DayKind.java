package io.github.dvckpi.domain;

import io.github.dvckpi.words.Words;
import java.util.Locale;

/**
 * What a day is in a working-day calendar: an ordinary weekday or weekend day, or an entry that
 * makes it a day off or a working day against the weekly rule.
 */
public enum DayKind {
  /** An ordinary weekday (Monday to Friday): a working day. */
  WEEKDAY(true, "calendar.dayKind.weekday"),
  /** An ordinary Saturday or Sunday: a day off. */
  WEEKEND(false, "calendar.dayKind.weekend"),
  /** A public holiday (ngày nghỉ lễ, tết), on whatever day of the week it falls. */
  HOLIDAY(false, "calendar.dayKind.holiday"),
  /** Nghỉ bù: a weekday off because a holiday fell on a weekend day. */
  IN_LIEU(false, "calendar.dayKind.inLieu"),
  /** Nghỉ hoán đổi: a weekday given off, its work made up on a Saturday or Sunday. */
  SWAPPED_DAY_OFF(false, "calendar.dayKind.swappedDayOff"),
  /** Làm bù: a Saturday or Sunday worked in exchange for a swapped day off. */
  MAKE_UP_DAY(true, "calendar.dayKind.makeUpDay"),
  /** A day off of a province's or agency's own (an extra local holiday, a local decision). */
  LOCAL_DAY_OFF(false, "calendar.dayKind.localDayOff"),
  /** A day worked by a province's or agency's own decision. */
  LOCAL_WORKING_DAY(true, "calendar.dayKind.localWorkingDay");

  private final boolean working;
  private final String key;

  DayKind(boolean working, String key) {
    this.working = working;
    this.key = key;
  }

  /**
   * Whether a day of this kind is a working day.
   *
   * @return true for {@link #WEEKDAY}, {@link #MAKE_UP_DAY} and {@link #LOCAL_WORKING_DAY}
   */
  public boolean isWorking() {
    return working;
  }

  /**
   * The kind's name in a language.
   *
   * @param locale the language
   * @return e.g. {@code nghỉ bù} / {@code day off in lieu}
   */
  public String displayName(Locale locale) {
    return Words.of(locale).text(key);
  }

  /** The message key of the name. */
  String key() {
    return key;
  }
}
