package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.words.Words;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A due date (ngày hẹn trả) computed from a receipt, a duration and a working-day calendar, with
 * the days it skipped: {@code dueOn} is the {@code workingDays}-th working day after {@code
 * countsFrom}, and {@code skipped} lists the days off in between.
 *
 * @param receivedOn the day of receipt
 * @param countsFrom the day the duration counts from: the day of receipt, or the next working day
 *     (received on a day off, or after the cut-off hour)
 * @param workingDays the duration in working days
 * @param dueOn the due date
 * @param skipped the days off in {@code (countsFrom, dueOn]}, with their reasons
 */
public record DueDate(
    LocalDate receivedOn,
    LocalDate countsFrom,
    int workingDays,
    LocalDate dueOn,
    ImmutableList<CalendarDay> skipped) {

  /**
   * Checks the parts.
   *
   * @param receivedOn the day of receipt
   * @param countsFrom the day counted from, not before {@code receivedOn}
   * @param workingDays the duration, {@code >= 0}
   * @param dueOn the due date, not before {@code countsFrom}
   * @param skipped the days off skipped
   * @throws IllegalArgumentException if the dates are out of order or the duration negative
   */
  public DueDate {
    requireNonNull(receivedOn, "receivedOn");
    requireNonNull(countsFrom, "countsFrom");
    requireNonNull(dueOn, "dueOn");
    requireNonNull(skipped, "skipped");
    if (countsFrom.isBefore(receivedOn) || dueOn.isBefore(countsFrom) || workingDays < 0) {
      throw new IllegalArgumentException(
          Words.both(
              "dossier.dueDate.disordered",
              receivedOn.toString(),
              countsFrom.toString(),
              dueOn.toString(),
              String.valueOf(workingDays)));
    }
  }

  static DueDate of(
      LocalDate receivedOn, LocalDate countsFrom, int workingDays, WorkingCalendar calendar) {
    LocalDate due = calendar.plusWorkingDays(countsFrom, workingDays);
    ImmutableList<CalendarDay> skipped =
        due.isAfter(countsFrom)
            ? calendar.daysOff(countsFrom.plusDays(1), due)
            : ImmutableList.of();
    return new DueDate(receivedOn, countsFrom, workingDays, due, skipped);
  }

  /**
   * The due date in words, with the days skipped, one a line.
   *
   * @param locale the language
   * @return e.g. {@code due 2024-03-04: 15 working days counted from 2024-02-05 (received
   *     2024-02-05), skipping 14 days off:} and the days
   */
  public String format(Locale locale) {
    Words words = Words.of(locale);
    StringBuilder out =
        new StringBuilder(
            words.text(
                "dossier.dueDate",
                dueOn.toString(),
                workingDays,
                countsFrom.toString(),
                receivedOn.toString(),
                skipped.size()));
    for (CalendarDay day : skipped) {
      out.append(System.lineSeparator()).append("  ").append(day.describe(locale));
    }
    return out.toString();
  }

  /** In English. */
  @Override
  public String toString() {
    return format(Words.ENGLISH);
  }
}
