package io.github.dvckpi.indicator.internal;

import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import java.time.LocalDate;

/**
 * Where a day falls among the buckets of a count, in a few array reads.
 *
 * <p>Days are first turned into <em>span days</em>: 0 for the first bucket's first day, up to
 * {@code days() - 1} for the last bucket's last day, {@link #BEFORE} for any earlier day and {@link
 * #days()} for any later one. Span days keep the order of dates, so the counting compares them
 * directly; a {@link LocalDate} is turned into one through its year, month and day fields (no
 * arithmetic on epoch days), an epoch day by a subtraction. The bucket of a span day is one more
 * array read. Memory is proportional to the number of days the buckets cover.
 */
public final class BucketIndex {

  /** The span day of every day before the first bucket. */
  public static final int BEFORE = -1;

  /** Marks a dossier not resolved. */
  public static final int NOT_RESOLVED = Integer.MIN_VALUE;

  private final Buckets buckets;
  private final int size;
  private final long firstEpochDay;
  private final int days;

  /** Bucket of span day {@code s} at {@code s + 1}: -1 before, {@code size} after. */
  private final int[] bucketAt;

  /** Span day of the day whose code is {@code codeBase + i}. */
  private final int[] dayOfCode;

  private final int codeBase;

  /**
   * The index of some buckets.
   *
   * @param buckets the buckets
   */
  public BucketIndex(Buckets buckets) {
    this.buckets = buckets;
    this.size = buckets.size();
    DateRange span = buckets.span();
    this.firstEpochDay = span.first().toEpochDay();
    this.days = Math.toIntExact(span.days());
    this.bucketAt = new int[days + 2];
    bucketAt[0] = -1;
    bucketAt[days + 1] = size;
    int s = 1;
    for (int b = 0; b < size; b++) {
      for (long d = buckets.get(b).days(); d > 0; d--) {
        bucketAt[s++] = b;
      }
    }
    this.codeBase = code(span.first());
    this.dayOfCode = new int[code(span.last()) - codeBase + 1];
    int day = 0;
    for (LocalDate d = span.first(); !d.isAfter(span.last()); d = d.plusDays(1)) {
      dayOfCode[code(d) - codeBase] = day++;
    }
    // the codes of days that do not exist (30 February…) keep 0: no LocalDate has them
  }

  /** A code that keeps the order of dates: year × 372 + month × 31 + day of month. */
  private static int code(LocalDate d) {
    return d.getYear() * 372 + d.getMonthValue() * 31 + d.getDayOfMonth();
  }

  /**
   * The buckets.
   *
   * @return the buckets indexed
   */
  public Buckets buckets() {
    return buckets;
  }

  /**
   * The number of buckets.
   *
   * @return at least 1
   */
  public int size() {
    return size;
  }

  /**
   * The number of days the buckets cover.
   *
   * @return at least 1
   */
  public int days() {
    return days;
  }

  /**
   * The span day of a date.
   *
   * @param date the date
   * @return {@link #BEFORE}, {@code 0..days()-1}, or {@link #days()} after the last bucket
   */
  public int day(LocalDate date) {
    int i = code(date) - codeBase;
    if (i < 0) {
      return BEFORE;
    }
    return i < dayOfCode.length ? dayOfCode[i] : days;
  }

  /**
   * The span day of an epoch day.
   *
   * @param epochDay days since 1970-01-01
   * @return {@link #BEFORE}, {@code 0..days()-1}, or {@link #days()} after the last bucket
   */
  public int day(long epochDay) {
    long s = epochDay - firstEpochDay;
    return s < 0 ? BEFORE : s < days ? (int) s : days;
  }

  /**
   * The bucket of a span day.
   *
   * @param day a span day from {@link #day(LocalDate)} or {@link #day(long)}
   * @return -1 before the first bucket, {@code size()} after the last
   */
  public int bucket(int day) {
    return bucketAt[day + 1];
  }

  /**
   * The bucket of the day after a span day.
   *
   * @param day a span day
   * @return -1 before the first bucket, {@code size()} after the last
   */
  public int bucketAfter(int day) {
    return bucketAt[Math.min(day + 2, days + 1)];
  }

  @Override
  public String toString() {
    return "BucketIndex" + buckets;
  }
}
