package io.github.dvckpi.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.indicator.TallyAccumulator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The tallies of every unit × tier × month: an immutable snapshot of a {@link
 * MonthlyTallyAccumulator}, or of many merged.
 *
 * <p>Monthly tallies form a commutative monoid under {@link #plus(MonthlyTallies)} with {@link
 * #empty(MonthRange)} as the identity, so partitions of the dossiers can be counted anywhere (other
 * threads, other processes, other machines), sent as bytes with {@link MonthlyTalliesCodec} and
 * merged. Equality is by value: the same months and, for every group, the same counters.
 *
 * <p>Each cell is the tally of the group's dossiers over that month's days, every counter placing a
 * dossier by its own date. The cells of one group therefore add up over the months for the intake
 * and resolution counters, but not for the in-progress counters, which describe each month's end:
 * the tally of a whole year is computed over the year, not summed from months.
 *
 * <p>Stored densely (groups in canonical order × months × 16 counters), holding only the groups
 * with at least one non-zero counter.
 */
@SuppressWarnings("EnumOrdinal") // counters are a dense array indexed by ordinal, by design
public final class MonthlyTallies {

  private static final int WIDTH = MonthlyTallyAccumulator.WIDTH;

  private final MonthRange months;
  private final ImmutableList<UnitTier> groups;
  private final long[] counts;
  private final int stride;

  private MonthlyTallies(MonthRange months, ImmutableList<UnitTier> groups, long[] counts) {
    this.months = months;
    this.groups = groups;
    this.counts = counts;
    this.stride = months.size() * WIDTH;
  }

  /** Tallies of groups already in canonical order, each with a non-zero counter; not checked. */
  static MonthlyTallies trusted(MonthRange months, ImmutableList<UnitTier> groups, long[] counts) {
    return new MonthlyTallies(months, groups, counts);
  }

  /** From an accumulator's rows, whose in-progress columns hold month-to-month differences. */
  static MonthlyTallies fromDifferences(
      MonthRange months, int groupCount, IntFunction<UnitTier> group, long[] differences) {
    int n = months.size();
    int stride = n * WIDTH;
    long[] actual = new long[groupCount * stride];
    List<Integer> kept = new ArrayList<>();
    for (int g = 0; g < groupCount; g++) {
      int row = g * stride;
      boolean nonZero = false;
      long within = 0;
      long overdue = 0;
      for (int m = 0; m < n; m++) {
        int at = row + m * WIDTH;
        System.arraycopy(differences, at, actual, at, WIDTH);
        within += differences[at + MonthlyTallyAccumulator.WITHIN_DEADLINE];
        overdue += differences[at + MonthlyTallyAccumulator.OVERDUE];
        actual[at + MonthlyTallyAccumulator.WITHIN_DEADLINE] = within;
        actual[at + MonthlyTallyAccumulator.OVERDUE] = overdue;
        for (int i = 0; i < WIDTH; i++) {
          long v = actual[at + i];
          if (v < 0) {
            throw new IllegalStateException(
                "counter "
                    + Counter.values()[i]
                    + " of "
                    + group.apply(g)
                    + " in "
                    + months.month(m)
                    + " is negative: "
                    + v
                    + " (more retracted than added)");
          }
          nonZero |= v != 0;
        }
      }
      if (nonZero) {
        kept.add(g);
      }
    }
    kept.sort((x, y) -> group.apply(x).compareTo(group.apply(y)));
    ImmutableList.Builder<UnitTier> order = ImmutableList.builderWithExpectedSize(kept.size());
    long[] out = new long[kept.size() * stride];
    for (int i = 0; i < kept.size(); i++) {
      int g = kept.get(i);
      order.add(group.apply(g));
      System.arraycopy(actual, g * stride, out, i * stride, stride);
    }
    return new MonthlyTallies(months, order.build(), out);
  }

  /**
   * The tallies of no dossiers; the identity of {@link #plus(MonthlyTallies)}.
   *
   * @param months the months
   * @return tallies with no group
   */
  public static MonthlyTallies empty(MonthRange months) {
    return new MonthlyTallies(requireNonNull(months, "months"), ImmutableList.of(), new long[0]);
  }

  /**
   * Tallies given cell by cell, e.g. computed elsewhere.
   *
   * @param months the months
   * @param cells the tally of each cell; missing cells are empty
   * @return the tallies
   * @throws IllegalArgumentException if a cell's month is outside {@code months}
   */
  public static MonthlyTallies of(MonthRange months, Map<UnitTierMonth, Tally> cells) {
    requireNonNull(months, "months");
    java.util.TreeSet<UnitTier> sorted = new java.util.TreeSet<>();
    cells.keySet().forEach(cell -> sorted.add(cell.group()));
    ImmutableList<UnitTier> order = ImmutableList.copyOf(sorted);
    int stride = months.size() * WIDTH;
    long[] out = new long[order.size() * stride];
    for (Map.Entry<UnitTierMonth, Tally> e : cells.entrySet()) {
      int m = months.indexOf(e.getKey().month());
      if (m < 0) {
        throw new IllegalArgumentException(
            "cell " + e.getKey() + " is outside the months " + months);
      }
      int at = Collections.binarySearch(order, e.getKey().group()) * stride + m * WIDTH;
      for (Counter counter : Counter.values()) {
        out[at + counter.ordinal()] = e.getValue().count(counter);
      }
    }
    // through an accumulator: drops the groups whose counters are all 0
    return new MonthlyTallyAccumulator(months)
        .add(new MonthlyTallies(months, order, out))
        .snapshot();
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
   * The groups with at least one non-zero counter, in canonical order (unit code, then tier).
   *
   * @return the groups
   */
  public ImmutableList<UnitTier> groups() {
    return groups;
  }

  /**
   * The number of cells (group × month) with at least one non-zero counter.
   *
   * @return the number of non-empty cells
   */
  public int cellCount() {
    int cells = 0;
    for (int at = 0; at < counts.length; at += WIDTH) {
      if (!isZero(at)) {
        cells++;
      }
    }
    return cells;
  }

  private boolean isZero(int at) {
    for (int i = 0; i < WIDTH; i++) {
      if (counts[at + i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether no dossier is counted.
   *
   * @return true if there is no group
   */
  public boolean isEmpty() {
    return groups.isEmpty();
  }

  /**
   * One counter of a cell, without allocating.
   *
   * @param group the unit and tier
   * @param month the month
   * @param counter the counter
   * @return its value; 0 for a group or month not tallied
   */
  public long count(UnitTier group, YearMonth month, Counter counter) {
    int at = offset(group, month);
    return at < 0 ? 0 : counts[at + counter.ordinal()];
  }

  private int offset(UnitTier group, YearMonth month) {
    int g = Collections.binarySearch(groups, requireNonNull(group, "group"));
    int m = months.indexOf(requireNonNull(month, "month"));
    return g < 0 || m < 0 ? -1 : g * stride + m * WIDTH;
  }

  /**
   * The tally of a group in a month.
   *
   * @param group the unit and tier
   * @param month the month
   * @return the tally; empty for a group or month not tallied
   */
  public Tally tally(UnitTier group, YearMonth month) {
    int at = offset(group, month);
    return at < 0 ? Tally.empty() : tallyAt(at);
  }

  private Tally tallyAt(int at) {
    return new TallyAccumulator().addCounts(counts, at).snapshot();
  }

  /**
   * The tally of every group together in a month: the sum over groups (which is exact for every
   * counter, the in-progress ones included).
   *
   * @param month the month
   * @return the tally; empty for a month not tallied
   * @throws ArithmeticException if a counter overflows
   */
  public Tally total(YearMonth month) {
    int m = months.indexOf(requireNonNull(month, "month"));
    TallyAccumulator acc = new TallyAccumulator();
    if (m >= 0) {
      for (int g = 0; g < groups.size(); g++) {
        acc.addCounts(counts, g * stride + m * WIDTH);
      }
    }
    return acc.snapshot();
  }

  /**
   * Every non-empty cell and its tally.
   *
   * @return the tallies by cell, groups in canonical order, months in order
   */
  public ImmutableMap<UnitTierMonth, Tally> cells() {
    ImmutableMap.Builder<UnitTierMonth, Tally> out = ImmutableMap.builder();
    for (int g = 0; g < groups.size(); g++) {
      for (int m = 0; m < months.size(); m++) {
        int at = g * stride + m * WIDTH;
        if (!isZero(at)) {
          out.put(UnitTierMonth.of(groups.get(g), months.month(m)), tallyAt(at));
        }
      }
    }
    return out.buildOrThrow();
  }

  /**
   * The sum of these tallies and others over the same months: every counter of every cell added.
   * Both are in canonical order, so this is one merge pass over the groups, with no hashing.
   *
   * @param other the other tallies
   * @return the merged tallies
   * @throws IllegalArgumentException if the months differ
   * @throws ArithmeticException if a counter overflows
   */
  public MonthlyTallies plus(MonthlyTallies other) {
    requireNonNull(other, "other");
    if (!other.months.equals(months)) {
      throw new IllegalArgumentException(
          "cannot merge tallies of months " + other.months + " with tallies of months " + months);
    }
    // first the merged groups, so that the counters are allocated once at their exact size
    int size = groups.size();
    int theirs = other.groups.size();
    int[] from = new int[size + theirs];
    int[] fromOther = new int[size + theirs];
    ImmutableList.Builder<UnitTier> order = ImmutableList.builderWithExpectedSize(size + theirs);
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < size || j < theirs) {
      int c = i == size ? 1 : j == theirs ? -1 : groups.get(i).compareTo(other.groups.get(j));
      order.add(c <= 0 ? groups.get(i) : other.groups.get(j));
      from[k] = c <= 0 ? i++ : -1;
      fromOther[k] = c >= 0 ? j++ : -1;
      k++;
    }
    long[] out = new long[k * stride];
    for (int g = 0; g < k; g++) {
      int to = g * stride;
      int a = from[g];
      int b = fromOther[g];
      if (b < 0) {
        System.arraycopy(counts, a * stride, out, to, stride);
      } else if (a < 0) {
        System.arraycopy(other.counts, b * stride, out, to, stride);
      } else {
        int x = a * stride;
        int y = b * stride;
        for (int v = 0; v < stride; v++) {
          out[to + v] = Math.addExact(counts[x + v], other.counts[y + v]);
        }
      }
    }
    return new MonthlyTallies(months, order.build(), out);
  }

  /** The counters, groups × months × counters; not to be changed. */
  long[] counts() {
    return counts;
  }

  /** A copy of the counters whose in-progress columns hold month-to-month differences. */
  long[] differences() {
    long[] out = counts.clone();
    int n = months.size();
    for (int g = 0; g < groups.size(); g++) {
      for (int m = n - 1; m > 0; m--) {
        int at = g * stride + m * WIDTH;
        int before = at - WIDTH;
        out[at + MonthlyTallyAccumulator.WITHIN_DEADLINE] -=
            counts[before + MonthlyTallyAccumulator.WITHIN_DEADLINE];
        out[at + MonthlyTallyAccumulator.OVERDUE] -=
            counts[before + MonthlyTallyAccumulator.OVERDUE];
      }
    }
    return out;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MonthlyTallies t
        && t.months.equals(months)
        && t.groups.equals(groups)
        && Arrays.equals(t.counts, counts);
  }

  @Override
  public int hashCode() {
    return (months.hashCode() * 31 + groups.hashCode()) * 31 + Arrays.hashCode(counts);
  }

  /** E.g. {@code MonthlyTallies[2024-01..2024-12, 214 groups, 2568 cells]}. */
  @Override
  public String toString() {
    return "MonthlyTallies["
        + months
        + ", "
        + groups.size()
        + " groups, "
        + cellCount()
        + " cells]";
  }
}
