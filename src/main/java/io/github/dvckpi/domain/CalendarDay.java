package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.words.Phrase;
import io.github.dvckpi.words.Words;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * One day of a working-day calendar and why it is a working day or a day off: an ordinary weekday
 * or weekend day, or an entry — a holiday, a day off in lieu (nghỉ bù), a swapped day off and its
 * make-up Saturday (nghỉ hoán đổi, làm bù), or a local day off or working day — with its source.
 *
 * <p>Build entries with the factories ({@link #holiday}, {@link #inLieu}, {@link #swappedDayOff},
 * {@link #makeUpDay}, {@link #localDayOff}, {@link #localWorkingDay}); {@link
 * WorkingCalendar#day(LocalDate)} gives any day.
 *
 * @param date the day
 * @param kind what it is
 * @param holiday the holiday, for {@link DayKind#HOLIDAY} and {@link DayKind#IN_LIEU} (the holiday
 *     it compensates); empty otherwise
 * @param counterpart the other day of a swap: for {@link DayKind#SWAPPED_DAY_OFF} the day it is
 *     worked on, for {@link DayKind#MAKE_UP_DAY} the day off it makes up; empty otherwise
 * @param name the local name, for {@link DayKind#LOCAL_DAY_OFF} and {@link
 *     DayKind#LOCAL_WORKING_DAY}; empty otherwise
 * @param source where the entry comes from; empty exactly for {@link DayKind#WEEKDAY} and {@link
 *     DayKind#WEEKEND}
 */
public record CalendarDay(
    LocalDate date,
    DayKind kind,
    Optional<Holiday> holiday,
    Optional<LocalDate> counterpart,
    Optional<String> name,
    Optional<CalendarSource> source) {

  /**
   * Checks that the parts fit the kind.
   *
   * @param date the day
   * @param kind what it is
   * @param holiday the holiday, present exactly for holidays and days in lieu
   * @param counterpart the other day, present exactly for the two days of a swap
   * @param name the local name, present (not blank) exactly for local days
   * @param source the source, present exactly for entries (not for ordinary days)
   * @throws IllegalArgumentException naming the day, if a part is missing or out of place, or the
   *     day of the week does not fit (an ordinary day that is not, a day in lieu or a swapped day
   *     off on a weekend, a make-up day on a weekday)
   */
  public CalendarDay {
    requireNonNull(date, "date");
    requireNonNull(kind, "kind");
    requireNonNull(holiday, "holiday");
    requireNonNull(counterpart, "counterpart");
    requireNonNull(name, "name");
    requireNonNull(source, "source");
    boolean entry = kind != DayKind.WEEKDAY && kind != DayKind.WEEKEND;
    boolean holidayKind = kind == DayKind.HOLIDAY || kind == DayKind.IN_LIEU;
    boolean swapKind = kind == DayKind.SWAPPED_DAY_OFF || kind == DayKind.MAKE_UP_DAY;
    boolean localKind = kind == DayKind.LOCAL_DAY_OFF || kind == DayKind.LOCAL_WORKING_DAY;
    if (holiday.isPresent() != holidayKind
        || counterpart.isPresent() != swapKind
        || name.isPresent() != localKind
        || source.isPresent() != entry
        || name.filter(String::isBlank).isPresent()
        || counterpart.filter(date::equals).isPresent()) {
      throw new IllegalArgumentException(
          Words.both("calendar.day.badParts", date.toString(), kind.toString()));
    }
    Optional<Phrase> misfit = misfit(date, kind);
    if (misfit.isPresent()) {
      throw new IllegalArgumentException(misfit.get().both());
    }
  }

  /**
   * Why a kind of day cannot fall on a date's day of the week: an ordinary weekday, a day in lieu
   * or a swapped day off on a Saturday or Sunday, an ordinary weekend day or a make-up day on a
   * weekday.
   */
  static Optional<Phrase> misfit(LocalDate date, DayKind kind) {
    boolean weekend = isWeekend(date);
    boolean fits =
        switch (kind) {
          case WEEKDAY, IN_LIEU, SWAPPED_DAY_OFF -> !weekend;
          case WEEKEND, MAKE_UP_DAY -> weekend;
          default -> true;
        };
    return fits
        ? Optional.empty()
        : Optional.of(
            Phrase.of(
                "calendar.day.wrongWeekday",
                date.toString(),
                weekday(date),
                Phrase.of(kind.key())));
  }

  /**
   * A public holiday.
   *
   * @param date the day
   * @param holiday the holiday
   * @param source where it comes from
   * @return the entry
   */
  public static CalendarDay holiday(LocalDate date, Holiday holiday, CalendarSource source) {
    return new CalendarDay(
        date,
        DayKind.HOLIDAY,
        Optional.of(holiday),
        Optional.empty(),
        Optional.empty(),
        Optional.of(source));
  }

  /**
   * A weekday off in lieu of a holiday that fell on a weekend day (nghỉ bù).
   *
   * @param date the weekday off
   * @param holiday the holiday it compensates
   * @param source where it comes from
   * @return the entry
   * @throws IllegalArgumentException if the date is a Saturday or Sunday
   */
  public static CalendarDay inLieu(LocalDate date, Holiday holiday, CalendarSource source) {
    return new CalendarDay(
        date,
        DayKind.IN_LIEU,
        Optional.of(holiday),
        Optional.empty(),
        Optional.empty(),
        Optional.of(source));
  }

  /**
   * A weekday given off, its work made up on another day (nghỉ hoán đổi).
   *
   * @param date the weekday off
   * @param workedOn the Saturday or Sunday worked instead
   * @param source where it comes from
   * @return the entry; the calendar also needs the {@link #makeUpDay} entry of {@code workedOn}
   * @throws IllegalArgumentException if the date is a Saturday or Sunday
   */
  public static CalendarDay swappedDayOff(
      LocalDate date, LocalDate workedOn, CalendarSource source) {
    return new CalendarDay(
        date,
        DayKind.SWAPPED_DAY_OFF,
        Optional.empty(),
        Optional.of(workedOn),
        Optional.empty(),
        Optional.of(source));
  }

  /**
   * A Saturday or Sunday worked in exchange for a swapped day off (làm bù).
   *
   * @param date the Saturday or Sunday worked
   * @param dayOff the weekday given off
   * @param source where it comes from
   * @return the entry; the calendar also needs the {@link #swappedDayOff} entry of {@code dayOff}
   * @throws IllegalArgumentException if the date is a weekday
   */
  public static CalendarDay makeUpDay(LocalDate date, LocalDate dayOff, CalendarSource source) {
    return new CalendarDay(
        date,
        DayKind.MAKE_UP_DAY,
        Optional.empty(),
        Optional.of(dayOff),
        Optional.empty(),
        Optional.of(source));
  }

  /**
   * A day off of a province's or agency's own.
   *
   * @param date the day
   * @param name what it is, in the words of the decision
   * @param source the decision
   * @return the entry
   */
  public static CalendarDay localDayOff(LocalDate date, String name, CalendarSource source) {
    return new CalendarDay(
        date,
        DayKind.LOCAL_DAY_OFF,
        Optional.empty(),
        Optional.empty(),
        Optional.of(name),
        Optional.of(source));
  }

  /**
   * A day worked by a province's or agency's own decision.
   *
   * @param date the day
   * @param name what it is, in the words of the decision
   * @param source the decision
   * @return the entry
   */
  public static CalendarDay localWorkingDay(LocalDate date, String name, CalendarSource source) {
    return new CalendarDay(
        date,
        DayKind.LOCAL_WORKING_DAY,
        Optional.empty(),
        Optional.empty(),
        Optional.of(name),
        Optional.of(source));
  }

  /** An ordinary day: a weekday or a weekend day, by the weekly rule alone. */
  static CalendarDay ordinary(LocalDate date) {
    return new CalendarDay(
        date,
        isWeekend(date) ? DayKind.WEEKEND : DayKind.WEEKDAY,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Whether it is a working day.
   *
   * @return {@code kind().isWorking()}
   */
  public boolean isWorkingDay() {
    return kind.isWorking();
  }

  /**
   * The day in words, e.g. {@code 2024-02-08 Thứ Năm: nghỉ lễ, tết — Tết Nguyên đán (Lịch nghỉ …,
   * đã kiểm chứng)} / {@code 2024-02-08 Thursday: holiday — Lunar New Year (Tết Nguyên đán) (…,
   * verified)}.
   *
   * @param locale the language
   * @return the description
   */
  public String describe(Locale locale) {
    Words words = Words.of(locale);
    String detail =
        holiday
            .map(h -> h.displayName(locale))
            .or(() -> counterpart.map(c -> words.text(counterpartKey(kind), c.toString())))
            .or(() -> name)
            .map(d -> words.text("calendar.day.detail", d))
            .orElse("");
    String from = source.map(s -> words.text("calendar.day.source", s.format(locale))).orElse("");
    return words.text(
        "calendar.day", date.toString(), weekday(date), Phrase.of(kind.key()), detail, from);
  }

  /** In English. */
  @Override
  public String toString() {
    return describe(Words.ENGLISH);
  }

  static boolean isWeekend(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
  }

  private static Phrase weekday(LocalDate date) {
    return Phrase.of("calendar.weekday." + date.getDayOfWeek().getValue());
  }

  private static String counterpartKey(DayKind kind) {
    return kind == DayKind.SWAPPED_DAY_OFF ? "calendar.day.workedOn" : "calendar.day.makesUp";
  }
}
