package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.dvckpi.words.Words;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A working-day calendar (lịch ngày làm việc): which days are working days, and the arithmetic of
 * durations "N ngày làm việc" over them.
 *
 * <p>{@link #vietnam()} is the Vietnamese public-sector calendar (cán bộ, công chức, viên chức):
 * Monday to Friday are working days; Saturdays, Sundays, the public holidays of the Labour Code
 * 2019 and the announced days off are not; a Saturday announced as worked (làm bù) is. For the
 * years with an announcement bundled with the library (2023–2026) the days are those announced; for
 * the other years of the range they are computed defaults ({@code docs/calendar.md} states the
 * rule: Tết on the last two days of the lunar year and the first three of the new one, 1 and 2
 * September, a day in lieu for each holiday on a weekend). Every entry keeps its source and
 * certainty ({@link #day(LocalDate)}).
 *
 * <p><b>Counting.</b> {@link #workingDaysBetween(LocalDate, LocalDate)} counts the working days one
 * steps onto going from the start to the end: the start excluded, the end included (forwards, the
 * days in {@code (start, end]}; backwards, the negative count of {@code [end, start)}). {@link
 * #plusWorkingDays(LocalDate, int)} is its inverse: {@code workingDaysBetween(d, plusWorkingDays(d,
 * n)) == n} for every day and every {@code n}, and {@code plusWorkingDays(d, workingDaysBetween(d,
 * w)) == w} for every working day {@code w}.
 *
 * <p><b>Receipt.</b> A dossier counts from the day it is received, or from the next working day if
 * it is received on a day that is not a working day or after the procedure's cut-off hour ({@link
 * #countsFrom(LocalDateTime, LocalTime)}); a duration of N working days then ends on the N-th
 * working day after that day ({@link #plusWorkingDays(LocalDateTime, int, LocalTime)}). Times are
 * local times in Vietnam ({@link #VIETNAM_TIME}, UTC+7, no daylight saving time); convert an
 * instant with {@code LocalDateTime.ofInstant(instant, VIETNAM_TIME)}.
 *
 * <p><b>Data.</b> Calendars are values: {@link #withEntries(Collection)} and {@link
 * #withAnnouncements(String)} add an announcement (a later year's, a correction, a parsed official
 * list), {@link #withDayOff} and {@link #withWorkingDay} a province's own days. Entries naming a
 * holiday replace every earlier entry (computed or announced) of that holiday in that year; any
 * other entry replaces the earlier entry of its day.
 *
 * <p><b>Range.</b> {@value #FIRST_YEAR}–{@value #LAST_YEAR}: from the Labour Code 2019, in force
 * since 1 January 2021, to the end of {@link LunarCalendar}'s range. A day outside it is refused
 * with a {@link DateTimeException}, never guessed.
 *
 * <p>Immutable and thread-safe. The bundled calendar is read once, on first use, from the resource
 * {@code io/github/dvckpi/domain/vietnam-public-sector.txt} and held by a holder class.
 */
public final class WorkingCalendar {

  /** The first year of the range: the Labour Code 2019 is in force from 1 January 2021. */
  public static final int FIRST_YEAR = 2021;

  /** The last year of the range: the last lunar year of {@link LunarCalendar}. */
  public static final int LAST_YEAR = LunarCalendar.LAST_YEAR;

  /** The time of Vietnam, UTC+7, the time of every {@link LocalDateTime} this class reads. */
  public static final ZoneOffset VIETNAM_TIME = ZoneOffset.ofHours(LunarCalendar.VIETNAM);

  private static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);
  private static final String BUNDLED = "vietnam-public-sector.txt";

  /** The entries: every day that is not an ordinary weekday or weekend day. */
  private final ImmutableSortedMap<LocalDate, CalendarDay> entries;

  /** {@code prefix[i]}: the working days among the first {@code i} days of the range. */
  private final int[] prefix;

  private WorkingCalendar(ImmutableSortedMap<LocalDate, CalendarDay> entries) {
    this.entries = entries;
    int days = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
    int[] counts = new int[days + 1];
    LocalDate d = FIRST_DAY;
    for (int i = 0; i < days; i++, d = d.plusDays(1)) {
      CalendarDay entry = entries.get(d);
      boolean working = entry == null ? !CalendarDay.isWeekend(d) : entry.isWorkingDay();
      counts[i + 1] = counts[i] + (working ? 1 : 0);
    }
    this.prefix = counts;
  }

  /**
   * The Vietnamese public-sector calendar, with the announcements bundled with the library.
   *
   * @return the calendar (the same instance on every call)
   */
  public static WorkingCalendar vietnam() {
    return Bundled.VIETNAM;
  }

  /** Holds the bundled calendar, built on first use (class initialisation is thread-safe). */
  private static final class Bundled {
    static final WorkingCalendar VIETNAM = load();

    private static WorkingCalendar load() {
      Map<LocalDate, CalendarDay> defaults = new HashMap<>();
      for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
        for (CalendarDay day : HolidayDefaults.of(year)) {
          defaults.put(day.date(), day);
        }
      }
      // read by this class, not through Guava's Resources: a resource of a named module's package
      // that is not open is found only by the module's own code
      String text;
      try (InputStream in = WorkingCalendar.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("the bundled calendar " + BUNDLED + " is missing");
        }
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new WorkingCalendar(ImmutableSortedMap.copyOf(defaults))
          .withEntries(CalendarText.parse(BUNDLED, text));
    }
  }

  // ---- the days

  /**
   * Whether a day is a working day.
   *
   * @param date the day
   * @return true for a weekday that is no day off, and for a worked Saturday or Sunday
   * @throws DateTimeException if the day is outside the calendar's range
   */
  public boolean isWorkingDay(LocalDate date) {
    int i = index(date);
    return prefix[i + 1] > prefix[i];
  }

  /**
   * A day and why it is a working day or a day off.
   *
   * @param date the day
   * @return its entry, or an ordinary weekday or weekend day
   * @throws DateTimeException if the day is outside the calendar's range
   */
  public CalendarDay day(LocalDate date) {
    index(date);
    CalendarDay entry = entries.get(date);
    return entry == null ? CalendarDay.ordinary(date) : entry;
  }

  /**
   * Every day of a range and why it is a working day or a day off.
   *
   * @param from the first day
   * @param to the last day, included
   * @return the days in order; empty if {@code to} is before {@code from}
   * @throws DateTimeException if a day of the range is outside the calendar's range
   */
  public ImmutableList<CalendarDay> days(LocalDate from, LocalDate to) {
    ImmutableList.Builder<CalendarDay> out = ImmutableList.builder();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      out.add(day(d));
    }
    return out.build();
  }

  /**
   * The working days of a range.
   *
   * @param from the first day
   * @param to the last day, included
   * @return the working days in order
   * @throws DateTimeException if a day of the range is outside the calendar's range
   */
  public ImmutableList<LocalDate> workingDays(LocalDate from, LocalDate to) {
    ImmutableList.Builder<LocalDate> out = ImmutableList.builder();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        out.add(d);
      }
    }
    return out.build();
  }

  /**
   * The days off of a range, with the reason of each: weekends, holidays, days in lieu, swapped and
   * local days off.
   *
   * @param from the first day
   * @param to the last day, included
   * @return the days off in order
   * @throws DateTimeException if a day of the range is outside the calendar's range
   */
  public ImmutableList<CalendarDay> daysOff(LocalDate from, LocalDate to) {
    ImmutableList.Builder<CalendarDay> out = ImmutableList.builder();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      if (!isWorkingDay(d)) {
        out.add(day(d));
      }
    }
    return out.build();
  }

  /**
   * The entries of a year: its holidays, days in lieu, swapped days off, make-up days and local
   * days, announced or computed.
   *
   * @param year the year
   * @return the entries in date order
   * @throws DateTimeException if the year is outside the calendar's range
   */
  public ImmutableList<CalendarDay> entries(int year) {
    index(LocalDate.of(year, 1, 1));
    return entries.subMap(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).values().asList();
  }

  // ---- counting

  /**
   * The working days one steps onto going from one day to another: the start excluded, the end
   * included.
   *
   * @param start the day counted from
   * @param end the day counted to
   * @return the number of working days in {@code (start, end]} if {@code end} is not before {@code
   *     start}, otherwise minus the number in {@code [end, start)}
   * @throws DateTimeException if a day is outside the calendar's range
   */
  public int workingDaysBetween(LocalDate start, LocalDate end) {
    int s = index(start);
    int e = index(end);
    return e >= s ? prefix[e + 1] - prefix[s + 1] : -(prefix[s] - prefix[e]);
  }

  /**
   * The n-th working day after (or, for a negative n, before) a day: the inverse of {@link
   * #workingDaysBetween(LocalDate, LocalDate)}.
   *
   * @param start the day counted from, not itself counted; it need not be a working day
   * @param workingDays how many working days to step; 0 returns {@code start} itself
   * @return the day reached, a working day unless {@code workingDays} is 0
   * @throws DateTimeException if a day is outside the calendar's range, or the result would be
   */
  public LocalDate plusWorkingDays(LocalDate start, int workingDays) {
    int s = index(start);
    if (workingDays == 0) {
      return start;
    }
    // Day e is the target-th working day of the range when prefix[e + 1] == target and e is a
    // working day. Forwards: the first e > s with prefix[e + 1] - prefix[s + 1] == n. Backwards:
    // the last e < s with prefix[s] - prefix[e] == -n, which is the working day that brings the
    // count to prefix[s] + n + 1.
    int target = workingDays > 0 ? prefix[s + 1] + workingDays : prefix[s] + workingDays + 1;
    if (target < 1 || target > prefix[prefix.length - 1]) {
      throw new DateTimeException(
          Words.both(
              "calendar.working.beyondRange",
              start.toString(),
              String.valueOf(workingDays),
              String.valueOf(FIRST_YEAR),
              String.valueOf(LAST_YEAR)));
    }
    // the first i with prefix[i] >= target: day i - 1 is the target-th working day of the range
    int i = Arrays.binarySearch(prefix, target);
    while (i > 0 && prefix[i - 1] == target) {
      i--;
    }
    return FIRST_DAY.plusDays(i - 1L);
  }

  /**
   * The day a dossier received on a date counts from: the date itself if it is a working day,
   * otherwise the next working day.
   *
   * @param receivedOn the day received
   * @return the day the duration counts from
   * @throws DateTimeException if a day is outside the calendar's range
   */
  public LocalDate countsFrom(LocalDate receivedOn) {
    return isWorkingDay(receivedOn) ? receivedOn : plusWorkingDays(receivedOn, 1);
  }

  /**
   * The day a dossier received at a time counts from: the day received if it is a working day and
   * the time is not after the cut-off hour, otherwise the next working day.
   *
   * @param receivedAt the local time of receipt, in Vietnam
   * @param cutOff the cut-off hour: a dossier received after it (e.g. after 15:00) counts from the
   *     next working day; {@link LocalTime#MAX} for none
   * @return the day the duration counts from
   * @throws DateTimeException if a day is outside the calendar's range
   */
  public LocalDate countsFrom(LocalDateTime receivedAt, LocalTime cutOff) {
    requireNonNull(cutOff, "cutOff");
    LocalDate day = receivedAt.toLocalDate();
    return receivedAt.toLocalTime().isAfter(cutOff) ? plusWorkingDays(day, 1) : countsFrom(day);
  }

  /**
   * The end of a duration of working days from a receipt at a time, with a cut-off hour: {@code
   * plusWorkingDays(countsFrom(receivedAt, cutOff), workingDays)}.
   *
   * @param receivedAt the local time of receipt, in Vietnam
   * @param workingDays the duration, in working days, {@code >= 0}
   * @param cutOff the cut-off hour (received after it: counts from the next working day)
   * @return the day the duration ends on
   * @throws IllegalArgumentException if {@code workingDays} is negative
   * @throws DateTimeException if a day is outside the calendar's range
   */
  public LocalDate plusWorkingDays(LocalDateTime receivedAt, int workingDays, LocalTime cutOff) {
    if (workingDays < 0) {
      throw new IllegalArgumentException(
          Words.both("calendar.working.negativeDuration", String.valueOf(workingDays)));
    }
    return plusWorkingDays(countsFrom(receivedAt, cutOff), workingDays);
  }

  // ---- data

  /**
   * This calendar with entries added: an announcement (a year's list, a correction) or local days.
   * An entry naming a holiday (a holiday or a day in lieu) replaces every entry of this calendar
   * for that holiday in that year; any entry replaces this calendar's entry of its day.
   *
   * @param added the entries; a swapped day off and its make-up day must both be among them
   * @return the new calendar
   * @throws IllegalArgumentException if two entries fall on one day, a swap's other half is missing
   *     or does not point back
   * @throws DateTimeException if an entry is outside the calendar's range
   */
  public WorkingCalendar withEntries(Collection<CalendarDay> added) {
    Map<LocalDate, CalendarDay> byDay = new HashMap<>();
    Map<Integer, Set<Holiday>> named = new TreeMap<>();
    for (CalendarDay day : added) {
      index(day.date());
      if (byDay.put(day.date(), day) != null) {
        throw new IllegalArgumentException(
            Words.both("calendar.entries.twice", day.date().toString()));
      }
      day.holiday()
          .ifPresent(
              h ->
                  named
                      .computeIfAbsent(day.date().getYear(), y -> EnumSet.noneOf(Holiday.class))
                      .add(h));
    }
    for (CalendarDay day : added) {
      if (day.counterpart().isPresent()) {
        LocalDate other = day.counterpart().get();
        CalendarDay half = byDay.get(other);
        if (half == null
            || half.kind() == day.kind()
            || !half.counterpart().equals(Optional.of(day.date()))) {
          throw new IllegalArgumentException(
              Words.both("calendar.entries.halfSwap", day.date().toString(), other.toString()));
        }
      }
    }
    TreeMap<LocalDate, CalendarDay> next = new TreeMap<>(entries);
    next.values()
        .removeIf(
            day ->
                day.holiday().isPresent()
                    && named
                        .getOrDefault(day.date().getYear(), Set.of())
                        .contains(day.holiday().get()));
    next.putAll(byDay);
    return new WorkingCalendar(ImmutableSortedMap.copyOfSorted(next));
  }

  /**
   * This calendar with the entries of a text in the library's calendar format ({@code
   * docs/calendar.md}; the bundled announcements are written in it), e.g.
   *
   * <pre>{@code
   * year 2027 | verified | Thông báo nghỉ Tết Âm lịch 2027
   * 2027-02-04..2027-02-10 | holiday LUNAR_NEW_YEAR
   * }</pre>
   *
   * @param text the text
   * @return the new calendar, as {@link #withEntries(Collection)} makes it
   * @throws IllegalArgumentException naming the line, if a line cannot be read, or as {@link
   *     #withEntries(Collection)}
   */
  public WorkingCalendar withAnnouncements(String text) {
    return withEntries(CalendarText.parse("text", requireNonNull(text, "text")));
  }

  /**
   * This calendar with a local day off (a province's or agency's own).
   *
   * @param date the day
   * @param name what it is, in the decision's words
   * @param source the decision
   * @return the new calendar
   * @throws DateTimeException if the day is outside the calendar's range
   */
  public WorkingCalendar withDayOff(LocalDate date, String name, CalendarSource source) {
    return withEntries(ImmutableList.of(CalendarDay.localDayOff(date, name, source)));
  }

  /**
   * This calendar with a local working day (a day worked by a province's or agency's decision).
   *
   * @param date the day
   * @param name what it is, in the decision's words
   * @param source the decision
   * @return the new calendar
   * @throws DateTimeException if the day is outside the calendar's range
   */
  public WorkingCalendar withWorkingDay(LocalDate date, String name, CalendarSource source) {
    return withEntries(ImmutableList.of(CalendarDay.localWorkingDay(date, name, source)));
  }

  private int index(LocalDate date) {
    requireNonNull(date, "date");
    if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
      throw new DateTimeException(
          Words.both(
              "calendar.working.outOfRange",
              date.toString(),
              String.valueOf(FIRST_YEAR),
              String.valueOf(LAST_YEAR)));
    }
    return (int) (date.toEpochDay() - FIRST_DAY.toEpochDay());
  }

  /** Equal when the same days are working days for the same reasons. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WorkingCalendar other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  /** E.g. {@code WorkingCalendar[2021–2100, 1.234 entries]}. */
  @Override
  public String toString() {
    return "WorkingCalendar[" + FIRST_YEAR + "–" + LAST_YEAR + ", " + entries.size() + " entries]";
  }
}
