package io.github.dvckpi.period;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The buckets of a count: consecutive, non-overlapping closed ranges of days, in order, each
 * starting the day after the previous one ends. A period counted as one bucket, as its calendar
 * months, as its official months (the 15th-to-14th months of Nghị định 09/2019/NĐ-CP) or as any
 * split the caller gives.
 *
 * <p>Each counter places a dossier in a bucket by its own date (intake, resolution, or the state at
 * the bucket's last day), so the tally of a span of consecutive buckets is the tally over the
 * span's days: intake and resolution counters add up over the buckets, the in-progress counters are
 * those of the span's last bucket.
 *
 * <p>Immutable and thread-safe. {@code toString()} lists the ranges, e.g. {@code
 * [2024-01-01..2024-01-31, 2024-02-01..2024-02-29]}.
 */
public final class Buckets {

  private final ImmutableList<DateRange> ranges;

  private Buckets(ImmutableList<DateRange> ranges) {
    this.ranges = ranges;
  }

  /**
   * One bucket: the days of a range.
   *
   * @param range the days
   * @return the buckets
   */
  public static Buckets of(DateRange range) {
    return new Buckets(ImmutableList.of(requireNonNull(range, "range")));
  }

  /**
   * One bucket: the days of a reporting period.
   *
   * @param period the period
   * @return the buckets
   */
  public static Buckets of(ReportingPeriod period) {
    return of(period.range());
  }

  /**
   * Buckets given range by range.
   *
   * @param ranges at least one range, each starting the day after the previous one ends
   * @return the buckets
   * @throws IllegalArgumentException if there is no range, or two ranges leave a gap or overlap
   */
  public static Buckets split(List<DateRange> ranges) {
    ImmutableList<DateRange> list = ImmutableList.copyOf(ranges);
    checkArgument(!list.isEmpty(), "buckets need at least one range");
    for (int i = 1; i < list.size(); i++) {
      LocalDate expected = list.get(i - 1).last().plusDays(1);
      checkArgument(
          list.get(i).first().equals(expected),
          "bucket %s must start on %s, the day after bucket %s ends (buckets are consecutive"
              + " and do not overlap)",
          list.get(i),
          expected,
          list.get(i - 1));
    }
    return new Buckets(list);
  }

  /**
   * Buckets given range by range.
   *
   * @param ranges at least one range, each starting the day after the previous one ends
   * @return the buckets
   * @throws IllegalArgumentException if there is no range, or two ranges leave a gap or overlap
   */
  public static Buckets split(DateRange... ranges) {
    return split(ImmutableList.copyOf(ranges));
  }

  /**
   * The months of a period in its own convention: calendar months for a calendar period, the
   * official 15th-to-14th months for an official one; the first and the last are cut to the
   * period's days (a year to date 1/1–14/11 ends with the bucket 1/11–14/11).
   *
   * @param period the period
   * @return the buckets, covering the period's days exactly once
   */
  public static Buckets months(ReportingPeriod period) {
    return months(period.range(), period.convention());
  }

  /**
   * The months of a range of days in a convention, the first and the last cut to the range.
   *
   * @param range the days
   * @param convention calendar months (1st to last day) or official months (15th to 14th)
   * @return the buckets, covering the range exactly once
   */
  public static Buckets months(DateRange range, PeriodConvention convention) {
    requireNonNull(range, "range");
    requireNonNull(convention, "convention");
    List<DateRange> out = new ArrayList<>();
    LocalDate from = range.first();
    while (!from.isAfter(range.last())) {
      LocalDate end = monthEnd(from, convention);
      LocalDate to = end.isAfter(range.last()) ? range.last() : end;
      out.add(DateRange.of(from, to));
      from = to.plusDays(1);
    }
    return new Buckets(ImmutableList.copyOf(out));
  }

  /** The last day of the month (in a convention) that contains a day. */
  private static LocalDate monthEnd(LocalDate day, PeriodConvention convention) {
    if (convention == PeriodConvention.CALENDAR) {
      return YearMonth.from(day).atEndOfMonth();
    }
    return day.getDayOfMonth() <= 14
        ? day.withDayOfMonth(14)
        : day.plusMonths(1).withDayOfMonth(14);
  }

  /**
   * The number of buckets.
   *
   * @return at least 1
   */
  public int size() {
    return ranges.size();
  }

  /**
   * The days of a bucket.
   *
   * @param index 0 for the first bucket
   * @return the range
   * @throws IndexOutOfBoundsException if the index is outside {@code 0..size()-1}
   */
  public DateRange get(int index) {
    return ranges.get(index);
  }

  /**
   * Every bucket, in order.
   *
   * @return the ranges
   */
  public ImmutableList<DateRange> ranges() {
    return ranges;
  }

  /**
   * All the days the buckets cover.
   *
   * @return the first bucket's first day to the last bucket's last day
   */
  public DateRange span() {
    return DateRange.of(ranges.get(0).first(), ranges.get(ranges.size() - 1).last());
  }

  /**
   * The bucket that contains a day.
   *
   * @param day the day
   * @return its index, or -1 if no bucket contains it
   */
  public int indexOf(LocalDate day) {
    requireNonNull(day, "day");
    int i =
        Collections.binarySearch(
            ranges,
            DateRange.of(day, day),
            (a, b) -> a.last().isBefore(b.first()) ? -1 : a.first().isAfter(b.last()) ? 1 : 0);
    return i >= 0 ? i : -1;
  }

  /**
   * The buckets from {@code from} to {@code to}, both included, whose days make up a range: the
   * inverse of a span.
   *
   * @param span a range that starts on a bucket's first day and ends on a bucket's last day
   * @return the indices of its first and last bucket, {@code {first, last}}
   * @throws IllegalArgumentException if the range is not a span of whole buckets
   */
  public int[] indicesOf(DateRange span) {
    requireNonNull(span, "span");
    int first = indexOf(span.first());
    int last = indexOf(span.last());
    checkArgument(
        first >= 0
            && last >= 0
            && ranges.get(first).first().equals(span.first())
            && ranges.get(last).last().equals(span.last()),
        "%s is not a span of whole buckets of %s",
        span,
        this);
    return new int[] {first, last};
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Buckets b && b.ranges.equals(ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return ranges.toString();
  }
}
