package io.github.dvckpi.period;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A closed range of dates, both ends included: the days a period covers.
 *
 * <p>Immutable and thread-safe. {@code toString()} is {@code 2024-01-01..2024-11-14}.
 *
 * @param first the first day included
 * @param last the last day included, not before {@code first}
 */
public record DateRange(LocalDate first, LocalDate last) {

  /**
   * Validates the ends.
   *
   * @param first the first day included
   * @param last the last day included, not before {@code first}
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public DateRange {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "a date range needs first <= last, got first=" + first + ", last=" + last);
    }
  }

  /**
   * The days from {@code first} to {@code last}, both included.
   *
   * @param first the first day
   * @param last the last day, not before {@code first}
   * @return the range
   */
  public static DateRange of(LocalDate first, LocalDate last) {
    return new DateRange(first, last);
  }

  /**
   * Whether a day lies in the range, ends included.
   *
   * @param date the day
   * @return true if {@code first <= date <= last}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * The number of days covered, ends included.
   *
   * @return at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  @Override
  public String toString() {
    return first + ".." + last;
  }
}
