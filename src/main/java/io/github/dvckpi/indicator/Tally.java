package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.OnTimeRule;
import io.github.dvckpi.domain.WorkingCalendar;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Rate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The counters of one group of dossiers over one period: an immutable snapshot.
 *
 * <p>Tallies form a commutative monoid under {@link #plus(Tally)} with {@link #empty()} as the
 * identity, so tallies of parts can be computed anywhere, in any order, and merged. Every
 * indicator's {@link #rate(Indicator) rate} is read from the counters, so a roll-up adds counts and
 * never averages rates. Dossiers are counted by a {@link TallyAccumulator}: {@link #of(Iterable,
 * DateRange)} for one period, {@link Tallies} for groups and buckets.
 *
 * <p>It also exposes the timeliness partition: early + on time + late = resolved; within deadline +
 * overdue = in progress.
 *
 * <pre>{@code
 * Tally t = Tally.empty().with(Counter.ELIGIBLE, 10_000).with(Counter.ELIGIBLE_ONLINE, 9_979);
 * t.rate(Indicator.ONLINE_SUBMISSION_ELIGIBLE)   // 99,79% (9.979/10.000)
 * }</pre>
 */
@SuppressWarnings("EnumOrdinal") // counters are a dense array indexed by ordinal, by design
public final class Tally {

  private static final int SIZE = Counter.values().length;
  private static final Tally EMPTY = new Tally(new long[SIZE]);

  private final long[] counts;

  private Tally(long[] counts) {
    this.counts = counts;
  }

  /** The tally of the 16 counters from {@code at}, already checked not to be negative. */
  static Tally ofCounts(long[] counts, int at) {
    long[] copy = new long[SIZE];
    System.arraycopy(counts, at, copy, 0, SIZE);
    return new Tally(copy);
  }

  /**
   * The tally of dossiers over a period: every counter places a dossier by its own date (intake,
   * resolution, or its state on the period's last day).
   *
   * <pre>{@code
   * Tally.of(dossiers, DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 14)))
   *     .rate(Indicator.ONLINE_SUBMISSION_ELIGIBLE)
   * }</pre>
   *
   * @param dossiers the dossiers, read once
   * @param period the period
   * @return the tally: {@link Tallies#of(Iterable, Grouping, Buckets)} of {@link Grouping#all()}
   *     over one bucket, the period
   */
  public static Tally of(Iterable<? extends Dossier> dossiers, DateRange period) {
    return Tallies.of(dossiers, Grouping.all(), Buckets.of(period)).total();
  }

  /**
   * Counts dossiers over a period, their timeliness judged by an on-time rule.
   *
   * @param dossiers the dossiers, read once
   * @param period the period
   * @param rule the on-time rule
   * @param calendar the working-day calendar of the rule
   * @return the tally
   * @throws java.time.DateTimeException if the rule needs the calendar and a day of a dossier's
   *     history is outside its range
   */
  public static Tally of(
      Iterable<? extends Dossier> dossiers,
      DateRange period,
      OnTimeRule rule,
      WorkingCalendar calendar) {
    return Tallies.of(dossiers, Grouping.all(), Buckets.of(period), rule, calendar).total();
  }

  /**
   * The tally of no dossiers: every counter 0; the identity of {@link #plus(Tally)}.
   *
   * @return the empty tally
   */
  public static Tally empty() {
    return EMPTY;
  }

  /**
   * The sum of tallies.
   *
   * @param tallies the tallies to add
   * @return their sum; {@link #empty()} if there are none
   * @throws ArithmeticException if a counter overflows
   */
  public static Tally sum(Iterable<Tally> tallies) {
    long[] sum = new long[SIZE];
    for (Tally tally : tallies) {
      for (int i = 0; i < SIZE; i++) {
        sum[i] = Math.addExact(sum[i], tally.counts[i]);
      }
    }
    return new Tally(sum);
  }

  /**
   * This tally with one counter set to a value.
   *
   * @param counter the counter
   * @param value its new value, {@code >= 0}
   * @return the changed copy
   * @throws IllegalArgumentException if the value is negative
   */
  public Tally with(Counter counter, long value) {
    requireNonNull(counter, "counter");
    if (value < 0) {
      throw new IllegalArgumentException("counter " + counter + " cannot be negative: " + value);
    }
    long[] copy = counts.clone();
    copy[counter.ordinal()] = value;
    return new Tally(copy);
  }

  /**
   * The value of a counter.
   *
   * @param counter the counter
   * @return its value, {@code >= 0}
   */
  public long count(Counter counter) {
    return counts[counter.ordinal()];
  }

  /**
   * The numerator of an indicator: the sum of its numerator's counters.
   *
   * @param indicator the indicator
   * @return the successful dossiers
   */
  public long numerator(Indicator indicator) {
    return sumOf(indicator.numeratorCounters());
  }

  /**
   * The denominator of an indicator: the sum of its denominator's counters.
   *
   * @param indicator the indicator
   * @return the dossiers in the population
   */
  public long denominator(Indicator indicator) {
    return sumOf(indicator.denominatorCounters());
  }

  private long sumOf(Iterable<Counter> counters) {
    long sum = 0;
    for (Counter counter : counters) {
      sum = Math.addExact(sum, counts[counter.ordinal()]);
    }
    return sum;
  }

  /**
   * The rate of an indicator over this group.
   *
   * @param indicator the indicator
   * @return its numerator over its denominator; undefined if the population is empty
   * @throws IllegalArgumentException if the counters were set by hand so that the numerator exceeds
   *     the denominator
   */
  public Rate rate(Indicator indicator) {
    return Rate.of(numerator(indicator), denominator(indicator));
  }

  /**
   * The sum of this tally and another: every counter added.
   *
   * @param other the other tally
   * @return the merged tally
   * @throws ArithmeticException if a counter overflows
   */
  public Tally plus(Tally other) {
    requireNonNull(other, "other");
    long[] sum = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sum[i] = Math.addExact(counts[i], other.counts[i]);
    }
    return new Tally(sum);
  }

  /**
   * This tally without another that is part of it: every counter subtracted.
   *
   * @param part a tally of some of this tally's dossiers
   * @return the difference
   * @throws IllegalArgumentException if a counter of {@code part} exceeds this tally's
   */
  public Tally minus(Tally part) {
    requireNonNull(part, "part");
    long[] difference = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      difference[i] = counts[i] - part.counts[i];
      if (difference[i] < 0) {
        throw new IllegalArgumentException(
            "cannot subtract: counter "
                + Counter.values()[i]
                + " is "
                + counts[i]
                + " here but "
                + part.counts[i]
                + " in the part");
      }
    }
    return new Tally(difference);
  }

  /**
   * Whether every counter is 0.
   *
   * @return true for a tally equal to {@link #empty()}
   */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /**
   * Dossiers resolved in the period: early + on time + late.
   *
   * @return the resolved count
   */
  public long resolved() {
    return early() + onTime() + late();
  }

  /**
   * Dossiers resolved in the period before their due date (trước hạn).
   *
   * @return the count
   */
  public long early() {
    return count(Counter.RESOLVED_EARLY);
  }

  /**
   * Dossiers resolved in the period on their due date (đúng hạn).
   *
   * @return the count
   */
  public long onTime() {
    return count(Counter.RESOLVED_ON_TIME);
  }

  /**
   * Dossiers resolved in the period after their due date (quá hạn).
   *
   * @return the count
   */
  public long late() {
    return count(Counter.RESOLVED_LATE);
  }

  /**
   * Dossiers in progress at the period's end: within deadline + overdue.
   *
   * @return the count
   */
  public long inProgress() {
    return inProgressWithinDeadline() + overdue();
  }

  /**
   * Dossiers in progress at the period's end with the due date not passed (trong hạn).
   *
   * @return the count
   */
  public long inProgressWithinDeadline() {
    return count(Counter.IN_PROGRESS_WITHIN_DEADLINE);
  }

  /**
   * Dossiers in progress at the period's end past their due date (quá hạn).
   *
   * @return the count
   */
  public long overdue() {
    return count(Counter.IN_PROGRESS_OVERDUE);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Tally t && Arrays.equals(t.counts, counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  /** Lists the non-zero counters, e.g. {@code Tally{RECEIVED=10, RECEIVED_ONLINE=9}}. */
  @Override
  public String toString() {
    return "Tally" + describe(counts);
  }

  static String describe(long[] counts) {
    StringBuilder out = new StringBuilder("{");
    boolean first = true;
    for (Counter counter : Counter.values()) {
      long value = counts[counter.ordinal()];
      if (value != 0) {
        out.append(first ? "" : ", ").append(counter).append('=').append(value);
        first = false;
      }
    }
    return out.append('}').toString();
  }
}
