package io.github.dvckpi.engine;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.indicator.internal.CounterUpdates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;

/**
 * Counts dossiers into one {@link Tally} per unit × tier × month, in one pass: the mutable engine
 * behind {@link MonthlyTallies}.
 *
 * <p>Each month's tally of a group equals {@link TallyAccumulator#add(Dossier,
 * io.github.dvckpi.period.DateRange)} of the group's dossiers over that month's days: every counter
 * places a dossier by its own date. A dossier therefore lands in up to three kinds of bucket: the
 * month it was received (intake counters), the month it was resolved (resolution counters) and
 * every month at whose end it was still in progress (the two in-progress counters of index 2.1).
 * The last are kept as differences (+1 in the first such month, −1 after the last), so every
 * dossier costs a constant number of array updates however long it stays open, and the running sums
 * are taken only when a tally is read.
 *
 * <p>Adding a dossier allocates nothing once its agency has been met: the group is found through an
 * identity cache of agencies and the counters are one {@code long[]} of groups × months × 16.
 * Memory is proportional to the number of groups, not of dossiers.
 *
 * <p>The counters form a group, not just a monoid: {@link #remove(Dossier)} retracts a dossier
 * added before, and {@link #replace(Dossier, Dossier)} swaps a dossier's old state for its new one
 * (what a live tally does on each event). Not thread-safe: give each thread its own accumulator and
 * {@link #merge(MonthlyTallyAccumulator) merge} them, or use {@link ConcurrentMonthlyAccumulator}.
 *
 * <pre>{@code
 * MonthlyTallyAccumulator acc = new MonthlyTallyAccumulator(MonthRange.year(2024));
 * for (Dossier d : dossiers) acc.add(d);
 * MonthlyTallies tallies = acc.snapshot();
 * }</pre>
 */
public final class MonthlyTallyAccumulator {

  /** The number of counters per cell. */
  static final int WIDTH = CounterUpdates.WIDTH;

  /** Column of the in-progress-within-deadline differences. */
  static final int WITHIN_DEADLINE = CounterUpdates.WITHIN_DEADLINE;

  /** Column of the in-progress-overdue differences. */
  static final int OVERDUE = CounterUpdates.OVERDUE;

  private final MonthRange months;
  private final int monthCount;
  private final int stride;
  private final GroupIndex index = new GroupIndex();
  private long[] counts;

  /**
   * An accumulator with no group yet.
   *
   * @param months the months to tally
   */
  public MonthlyTallyAccumulator(MonthRange months) {
    this.months = requireNonNull(months, "months");
    this.monthCount = months.size();
    this.stride = monthCount * WIDTH;
    this.counts = new long[16 * stride];
  }

  /**
   * The months tallied.
   *
   * @return the month range
   */
  public MonthRange months() {
    return months;
  }

  /**
   * Counts a dossier in every month and counter it belongs to.
   *
   * @param dossier the dossier
   * @return this accumulator
   */
  public MonthlyTallyAccumulator add(Dossier dossier) {
    apply(dossier, 1);
    return this;
  }

  /**
   * Retracts a dossier counted before: the inverse of {@link #add(Dossier)}.
   *
   * @param dossier the dossier exactly as it was added
   * @return this accumulator
   */
  public MonthlyTallyAccumulator remove(Dossier dossier) {
    apply(dossier, -1);
    return this;
  }

  /**
   * Replaces a dossier's previous state by its new one: retracts {@code before} and adds {@code
   * after}, in constant time.
   *
   * @param before the dossier as it was added
   * @param after its new state
   * @return this accumulator
   */
  public MonthlyTallyAccumulator replace(Dossier before, Dossier after) {
    apply(before, -1);
    apply(after, 1);
    return this;
  }

  /**
   * Counts every dossier of a source, read once.
   *
   * @param dossiers the dossiers
   * @return this accumulator
   */
  public MonthlyTallyAccumulator addAll(Iterable<? extends Dossier> dossiers) {
    for (Dossier dossier : dossiers) {
      apply(dossier, 1);
    }
    return this;
  }

  private void apply(Dossier d, long step) {
    int row = group(index.idOf(d.agency())) * stride;
    long[] c = counts;
    int n = monthCount;
    LocalDate received = d.receivedOn();
    int a = months.offset(received);
    if (a >= 0 && a < n) {
      CounterUpdates.intake(c, row + a * WIDTH, d, step);
    }
    LocalDate resolved = d.resolvedOnOrNull();
    int end = n;
    if (resolved != null) {
      int r = months.offset(resolved);
      if (r >= 0 && r < n) {
        CounterUpdates.resolution(c, row + r * WIDTH, d, resolved, step);
      }
      end = Math.min(r, n);
    }
    // in progress at the end of months [from, end): received by then, not resolved by then
    int from = Math.max(a, 0);
    if (from < end) {
      LocalDate due = d.dueOn();
      // the first month whose last day is after the due date
      int overdueFrom = months.offset(due) + (due.getDayOfMonth() == due.lengthOfMonth() ? 1 : 0);
      int withinEnd = Math.min(overdueFrom, end);
      if (from < withinEnd) {
        mark(row, from, withinEnd, WITHIN_DEADLINE, step);
      }
      int overdueStart = Math.max(overdueFrom, from);
      if (overdueStart < end) {
        mark(row, overdueStart, end, OVERDUE, step);
      }
    }
  }

  /** Adds {@code step} to a column over months {@code [from, to)}, as differences. */
  private void mark(int row, int from, int to, int column, long step) {
    counts[row + from * WIDTH + column] += step;
    if (to < monthCount) {
      counts[row + to * WIDTH + column] -= step;
    }
  }

  /** Makes room for group {@code id} and returns it. */
  private int group(int id) {
    int needed = (id + 1) * stride;
    if (needed > counts.length) {
      counts = Arrays.copyOf(counts, Math.max(needed, counts.length * 2));
    }
    return id;
  }

  /**
   * Adds every counter of another accumulator over the same months.
   *
   * @param other the accumulator to merge in; it is not changed
   * @return this accumulator
   * @throws IllegalArgumentException if the months differ
   * @throws ArithmeticException if a counter overflows
   */
  public MonthlyTallyAccumulator merge(MonthlyTallyAccumulator other) {
    requireNonNull(other, "other");
    requireSameMonths(other.months);
    for (int g = 0; g < other.index.size(); g++) {
      addRow(index.idOf(other.index.group(g)), other.counts, g * stride, 1);
    }
    return this;
  }

  /**
   * Adds every counter of immutable tallies over the same months.
   *
   * @param tallies the tallies to merge in
   * @return this accumulator
   * @throws IllegalArgumentException if the months differ
   * @throws ArithmeticException if a counter overflows
   */
  public MonthlyTallyAccumulator add(MonthlyTallies tallies) {
    return addTallies(tallies, 1);
  }

  /**
   * Subtracts every counter of immutable tallies over the same months: the inverse of {@link
   * #add(MonthlyTallies)}.
   *
   * @param tallies the tallies to take out
   * @return this accumulator
   * @throws IllegalArgumentException if the months differ
   * @throws ArithmeticException if a counter overflows
   */
  public MonthlyTallyAccumulator subtract(MonthlyTallies tallies) {
    return addTallies(tallies, -1);
  }

  private MonthlyTallyAccumulator addTallies(MonthlyTallies tallies, int sign) {
    requireNonNull(tallies, "tallies");
    requireSameMonths(tallies.months());
    long[] source = tallies.differences();
    for (int g = 0; g < tallies.groups().size(); g++) {
      addRow(index.idOf(tallies.groups().get(g)), source, g * stride, sign);
    }
    return this;
  }

  private void addRow(int id, long[] source, int offset, int sign) {
    int row = group(id) * stride;
    for (int i = 0; i < stride; i++) {
      long v = source[offset + i];
      counts[row + i] =
          sign > 0 ? Math.addExact(counts[row + i], v) : Math.subtractExact(counts[row + i], v);
    }
  }

  private void requireSameMonths(MonthRange other) {
    if (!other.equals(months)) {
      throw new IllegalArgumentException(
          "cannot merge tallies of months " + other + " into tallies of months " + months);
    }
  }

  /**
   * The current tally of a group in a month.
   *
   * @param group the unit and tier
   * @param month the month
   * @return the tally; empty for a group or month never counted
   * @throws IllegalStateException if a counter is negative (more retracted than added)
   */
  public Tally tally(UnitTier group, YearMonth month) {
    int g = index.find(group);
    int m = months.indexOf(month);
    if (g < 0 || m < 0) {
      return Tally.empty();
    }
    long[] cell = new long[WIDTH];
    System.arraycopy(counts, g * stride + m * WIDTH, cell, 0, WIDTH);
    int row = g * stride;
    long within = 0;
    long overdue = 0;
    for (int i = 0; i <= m; i++) {
      within += counts[row + i * WIDTH + WITHIN_DEADLINE];
      overdue += counts[row + i * WIDTH + OVERDUE];
    }
    cell[WITHIN_DEADLINE] = within;
    cell[OVERDUE] = overdue;
    return new TallyAccumulator().addCounts(cell, 0).snapshot();
  }

  /**
   * Whether every counter is 0.
   *
   * @return true if nothing is counted, or everything counted was retracted
   */
  public boolean isEmpty() {
    int used = index.size() * stride;
    for (int i = 0; i < used; i++) {
      if (counts[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * An immutable copy of the counters: the groups with a non-zero counter, in canonical order.
   *
   * @return the tallies
   * @throws IllegalStateException if a counter is negative (more retracted than added)
   */
  public MonthlyTallies snapshot() {
    return MonthlyTallies.fromDifferences(months, index.size(), index::group, counts);
  }

  @Override
  public String toString() {
    return "MonthlyTallyAccumulator[" + months + ", " + index.size() + " groups]";
  }
}
