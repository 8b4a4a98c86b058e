package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.internal.CounterUpdates;
import io.github.dvckpi.period.DateRange;
import java.time.LocalDate;

/**
 * The mutable counterpart of {@link Tally} for hot loops: adds dossiers one by one without
 * allocating, then gives an immutable {@link #snapshot()}.
 *
 * <p>The counters form a group, not just a monoid: {@link #remove(Dossier, DateRange)} retracts a
 * dossier added before (for incremental updates), and {@link #subtract(Tally)} a whole tally. Not
 * thread-safe: give each thread its own accumulator and merge the snapshots.
 */
@SuppressWarnings("EnumOrdinal") // counters are a dense array indexed by ordinal, by design
public final class TallyAccumulator {

  private static final int SIZE = CounterUpdates.WIDTH;
  private static final int WITHIN_DEADLINE = CounterUpdates.WITHIN_DEADLINE;
  private static final int OVERDUE = CounterUpdates.OVERDUE;

  private final long[] counts = new long[SIZE];

  /** An accumulator with every counter at 0. */
  public TallyAccumulator() {}

  /**
   * Whether a dossier contributes to any counter of a period: received by its last day and not
   * resolved before its first.
   *
   * @param dossier the dossier
   * @param period the period
   * @return false if adding it would change nothing
   */
  public static boolean isRelevant(Dossier dossier, DateRange period) {
    LocalDate resolved = dossier.resolvedOnOrNull();
    return !dossier.receivedOn().isAfter(period.last())
        && (resolved == null || !resolved.isBefore(period.first()));
  }

  /**
   * Counts a dossier in the counters of a period, each by its own date.
   *
   * @param dossier the dossier
   * @param period the period
   * @return this accumulator
   */
  public TallyAccumulator add(Dossier dossier, DateRange period) {
    apply(dossier, period.first(), period.last(), 1);
    return this;
  }

  /**
   * Retracts a dossier counted before with the same period: the inverse of {@link #add(Dossier,
   * DateRange)}.
   *
   * @param dossier the dossier as it was added
   * @param period the period it was added with
   * @return this accumulator
   */
  public TallyAccumulator remove(Dossier dossier, DateRange period) {
    apply(dossier, period.first(), period.last(), -1);
    return this;
  }

  private void apply(Dossier d, LocalDate first, LocalDate last, long step) {
    long[] c = counts;
    LocalDate received = d.receivedOn();
    if (!received.isBefore(first) && !received.isAfter(last)) {
      CounterUpdates.intake(c, 0, d, step);
    }
    LocalDate resolved = d.resolvedOnOrNull();
    if (resolved != null && !resolved.isBefore(first) && !resolved.isAfter(last)) {
      CounterUpdates.resolution(c, 0, d, resolved, step);
    } else if (!received.isAfter(last) && (resolved == null || resolved.isAfter(last))) {
      c[last.isAfter(d.dueOn()) ? OVERDUE : WITHIN_DEADLINE] += step;
    }
  }

  /**
   * Adds every counter of a tally.
   *
   * @param tally the tally to merge in
   * @return this accumulator
   */
  public TallyAccumulator add(Tally tally) {
    requireNonNull(tally, "tally");
    for (int i = 0; i < SIZE; i++) {
      counts[i] = Math.addExact(counts[i], tally.countAt(i));
    }
    return this;
  }

  /**
   * Subtracts every counter of a tally: the inverse of {@link #add(Tally)}.
   *
   * @param tally the tally to take out
   * @return this accumulator
   */
  public TallyAccumulator subtract(Tally tally) {
    requireNonNull(tally, "tally");
    for (int i = 0; i < SIZE; i++) {
      counts[i] = Math.subtractExact(counts[i], tally.countAt(i));
    }
    return this;
  }

  /**
   * Adds every counter of another accumulator.
   *
   * @param other the accumulator to merge in; it is not changed
   * @return this accumulator
   */
  public TallyAccumulator add(TallyAccumulator other) {
    requireNonNull(other, "other");
    for (int i = 0; i < SIZE; i++) {
      counts[i] = Math.addExact(counts[i], other.counts[i]);
    }
    return this;
  }

  /**
   * Adds a value to one counter.
   *
   * @param counter the counter
   * @param delta the value to add, possibly negative
   * @return this accumulator
   */
  public TallyAccumulator increment(Counter counter, long delta) {
    int i = counter.ordinal();
    counts[i] = Math.addExact(counts[i], delta);
    return this;
  }

  /**
   * Adds, to each counter, the value at {@code offset + ordinal} of an array: the bulk form of
   * {@link #increment(Counter, long)}, for engines that keep many tallies in one {@code long[]}.
   *
   * @param values the values, one per counter in {@link Counter} order from {@code offset}
   * @param offset the position of the first counter's value
   * @return this accumulator
   * @throws IndexOutOfBoundsException if the array holds fewer than 16 values from {@code offset}
   * @throws ArithmeticException if a counter overflows
   */
  public TallyAccumulator addCounts(long[] values, int offset) {
    requireNonNull(values, "values");
    java.util.Objects.checkFromIndexSize(offset, SIZE, values.length);
    for (int i = 0; i < SIZE; i++) {
      counts[i] = Math.addExact(counts[i], values[offset + i]);
    }
    return this;
  }

  /**
   * The current value of a counter; may be negative while retractions run ahead of additions.
   *
   * @param counter the counter
   * @return its value
   */
  public long count(Counter counter) {
    return counts[counter.ordinal()];
  }

  /**
   * Whether every counter is 0.
   *
   * @return true if nothing is counted
   */
  public boolean isEmpty() {
    for (long count : counts) {
      if (count != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sets every counter back to 0.
   *
   * @return this accumulator
   */
  public TallyAccumulator clear() {
    java.util.Arrays.fill(counts, 0);
    return this;
  }

  /**
   * An immutable copy of the counters.
   *
   * @return the tally
   * @throws IllegalStateException if a counter is negative (more retracted than added)
   */
  public Tally snapshot() {
    return Tally.ofTrusted(counts.clone());
  }

  @Override
  public String toString() {
    return "TallyAccumulator" + Tally.describe(counts);
  }
}
