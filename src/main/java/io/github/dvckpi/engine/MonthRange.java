package io.github.dvckpi.engine;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.period.DateRange;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * Consecutive calendar months (tháng), the buckets of a monthly tally: e.g. the twelve months of
 * 2024.
 *
 * <p>Immutable and thread-safe. {@code toString()} is {@code 2024-01..2024-12}.
 */
public final class MonthRange {

  private final YearMonth first;
  private final int count;
  private final int base;

  private MonthRange(YearMonth first, int count) {
    this.first = first;
    this.count = count;
    this.base = absolute(first.getYear(), first.getMonthValue());
  }

  /**
   * The months from {@code first} to {@code last}, both included.
   *
   * @param first the first month
   * @param last the last month, not before {@code first}
   * @return the range
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static MonthRange of(YearMonth first, YearMonth last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          "a month range needs first <= last, got first=" + first + ", last=" + last);
    }
    long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    return new MonthRange(first, Math.toIntExact(months));
  }

  /**
   * A number of months from a first one.
   *
   * @param first the first month
   * @param count how many months, at least 1
   * @return the range
   * @throws IllegalArgumentException if {@code count} is less than 1
   */
  public static MonthRange starting(YearMonth first, int count) {
    requireNonNull(first, "first");
    if (count < 1) {
      throw new IllegalArgumentException("a month range has at least 1 month, got " + count);
    }
    return new MonthRange(first, count);
  }

  /**
   * The twelve months of a calendar year.
   *
   * @param year the year, e.g. 2024
   * @return January to December of that year
   */
  public static MonthRange year(int year) {
    return new MonthRange(YearMonth.of(year, 1), 12);
  }

  /**
   * The first month.
   *
   * @return the first month
   */
  public YearMonth first() {
    return first;
  }

  /**
   * The last month.
   *
   * @return the last month
   */
  public YearMonth last() {
    return first.plusMonths(count - 1L);
  }

  /**
   * The number of months.
   *
   * @return at least 1
   */
  public int size() {
    return count;
  }

  /**
   * The month at a position.
   *
   * @param index 0 for the first month
   * @return the month
   * @throws IndexOutOfBoundsException if the index is outside {@code 0..size()-1}
   */
  public YearMonth month(int index) {
    java.util.Objects.checkIndex(index, count);
    return first.plusMonths(index);
  }

  /**
   * The position of a month.
   *
   * @param month the month
   * @return its index, or -1 if it is outside the range
   */
  public int indexOf(YearMonth month) {
    int i = absolute(month.getYear(), month.getMonthValue()) - base;
    return i >= 0 && i < count ? i : -1;
  }

  /**
   * Whether a month is in the range.
   *
   * @param month the month
   * @return true if {@code first <= month <= last}
   */
  public boolean contains(YearMonth month) {
    return indexOf(month) >= 0;
  }

  /**
   * The days of the month at a position: the period its tally counts.
   *
   * @param index 0 for the first month
   * @return the first to the last day of that month
   * @throws IndexOutOfBoundsException if the index is outside {@code 0..size()-1}
   */
  public DateRange period(int index) {
    YearMonth m = month(index);
    return DateRange.of(m.atDay(1), m.atEndOfMonth());
  }

  /**
   * All the days of the range.
   *
   * @return the first day of the first month to the last day of the last
   */
  public DateRange days() {
    return DateRange.of(first.atDay(1), last().atEndOfMonth());
  }

  /**
   * The position of a day's month relative to the first month, without range check: negative before
   * the range, {@code >= size()} after it.
   */
  int offset(LocalDate day) {
    return absolute(day.getYear(), day.getMonthValue()) - base;
  }

  private static int absolute(int year, int month) {
    return year * 12 + month - 1;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MonthRange r && r.first.equals(first) && r.count == count;
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + count;
  }

  @Override
  public String toString() {
    return first + ".." + last();
  }
}
