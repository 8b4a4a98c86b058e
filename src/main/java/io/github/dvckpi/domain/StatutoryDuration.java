package io.github.dvckpi.domain;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.words.Words;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A procedure's statutory duration (thời hạn giải quyết), "N ngày làm việc kể từ ngày nhận đủ hồ sơ
 * hợp lệ", and its cut-off hour, if it has one: a dossier received after it counts from the next
 * working day.
 *
 * <p>Systems store durations in working hours, a working day being 8 hours; the library counts in
 * whole working days, so a duration of hours that is not a whole number of days ends on the day its
 * last hour falls on, counted as a whole day ({@link #workingDays()} rounds up: 4 hours is 1
 * working day, 12 hours is 2). A duration of 0 ends on the day the dossier counts from.
 *
 * @param hours the duration in working hours, {@code >= 0}
 * @param cutOff the cut-off hour, if the procedure has one
 */
public record StatutoryDuration(int hours, Optional<LocalTime> cutOff) {

  /** The working hours of a working day. */
  public static final int HOURS_PER_DAY = 8;

  /**
   * Checks the parts.
   *
   * @param hours the duration in working hours, {@code >= 0}
   * @param cutOff the cut-off hour, if any
   * @throws IllegalArgumentException if the duration is negative
   */
  public StatutoryDuration {
    requireNonNull(cutOff, "cutOff");
    if (hours < 0) {
      throw new IllegalArgumentException(
          Words.both("dossier.duration.negative", String.valueOf(hours)));
    }
  }

  /**
   * A duration in working days, without a cut-off hour.
   *
   * @param days the working days, {@code >= 0}
   * @return the duration of {@code days × 8} hours
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws ArithmeticException if the hours overflow
   */
  public static StatutoryDuration ofWorkingDays(int days) {
    return new StatutoryDuration(Math.multiplyExact(days, HOURS_PER_DAY), Optional.empty());
  }

  /**
   * A duration in working hours, as systems store it, without a cut-off hour.
   *
   * @param hours the working hours, {@code >= 0}
   * @return the duration
   * @throws IllegalArgumentException if {@code hours} is negative
   */
  public static StatutoryDuration ofHours(int hours) {
    return new StatutoryDuration(hours, Optional.empty());
  }

  /**
   * This duration with a cut-off hour.
   *
   * @param cutOff e.g. 15:00: received after it, a dossier counts from the next working day
   * @return the new duration
   */
  public StatutoryDuration withCutOff(LocalTime cutOff) {
    return new StatutoryDuration(hours, Optional.of(cutOff));
  }

  /**
   * The duration in whole working days, a part of a day counted as a whole one.
   *
   * @return {@code ⌈hours / 8⌉}
   */
  public int workingDays() {
    return (hours + HOURS_PER_DAY - 1) / HOURS_PER_DAY;
  }

  /**
   * The due date of a dossier received at a time: the last of the working days after the day it
   * counts from ({@link WorkingCalendar#countsFrom(LocalDateTime, LocalTime)}, with this duration's
   * cut-off hour).
   *
   * @param receivedAt the local time of receipt, in Vietnam
   * @param calendar the working-day calendar
   * @return the due date and the days it skipped
   * @throws DateTimeException if a day is outside the calendar's range
   */
  public DueDate dueDate(LocalDateTime receivedAt, WorkingCalendar calendar) {
    LocalDate from = calendar.countsFrom(receivedAt, cutOff.orElse(LocalTime.MAX));
    return DueDate.of(receivedAt.toLocalDate(), from, workingDays(), calendar);
  }

  /**
   * The due date of a dossier received on a day, its time unknown (the cut-off hour cannot apply).
   *
   * @param receivedOn the day of receipt
   * @param calendar the working-day calendar
   * @return the due date and the days it skipped
   * @throws DateTimeException if a day is outside the calendar's range
   */
  public DueDate dueDate(LocalDate receivedOn, WorkingCalendar calendar) {
    return DueDate.of(receivedOn, calendar.countsFrom(receivedOn), workingDays(), calendar);
  }

  /** E.g. {@code 15 working days (120 h), cut-off 15:00}. */
  @Override
  public String toString() {
    return Words.english()
        .text(
            "dossier.duration",
            String.valueOf(workingDays()),
            String.valueOf(hours),
            cutOff
                .map(c -> Words.english().text("dossier.duration.cutOff", c.toString()))
                .orElse(""));
  }
}
