package io.github.dvckpi.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.OnTimeRule;
import io.github.dvckpi.domain.WorkingCalendar;
import io.github.dvckpi.indicator.internal.CounterUpdates;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The tallies of every group over every bucket: the immutable snapshot of a {@link
 * TallyAccumulator}, or of many merged.
 *
 * <p>Tallies form a commutative monoid under {@link #plus(Tallies)} with {@link #empty(Buckets)} as
 * the identity, so parts of the dossiers can be counted anywhere (other threads, other processes,
 * other machines), shipped in their compact binary form ({@link #encode(KeyCodec)}) and merged.
 * Equality is by value: the same buckets and, for every group, the same counters, whatever the
 * order the groups were met in.
 *
 * <p>Each cell is the tally of the group's dossiers over the bucket's days, every counter placing a
 * dossier by its own date. The tally of a span of consecutive buckets ({@link #tally(Object, int,
 * int)}) is therefore the tally over the span's days: intake and resolution counters add up over
 * the buckets, the in-progress counters are those of the span's last bucket.
 *
 * <pre>{@code
 * Tallies<AdministrativeLevel> t =
 *     Tallies.of(dossiers, Grouping.byTier(), Buckets.months(ReportingPeriod.year(2024)));
 * t.tally(AdministrativeLevel.COMMUNE, 0, 10).rate(Indicator.ON_TIME_INDEX_2_1); // January–November
 * }</pre>
 *
 * <p>Stored densely: groups × buckets × 16 counters, holding only the groups with a non-zero
 * counter.
 *
 * @param <K> the group key
 */
public final class Tallies<K> {

  private static final int WIDTH = CounterUpdates.WIDTH;
  private static final int WITHIN = CounterUpdates.WITHIN_DEADLINE;
  private static final int OVERDUE = CounterUpdates.OVERDUE;

  private final Buckets buckets;
  private final ImmutableList<K> groups;
  private final ImmutableMap<K, Integer> index;
  private final long[] counts;
  private final int stride;

  private Tallies(Buckets buckets, ImmutableList<K> groups, long[] counts) {
    this.buckets = buckets;
    this.groups = groups;
    this.counts = counts;
    this.stride = buckets.size() * WIDTH;
    ImmutableMap.Builder<K, Integer> byKey = ImmutableMap.builderWithExpectedSize(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      byKey.put(groups.get(g), g);
    }
    this.index = byKey.buildOrThrow();
  }

  /** Tallies whose groups are distinct and each has a non-zero counter; not checked. */
  static <K> Tallies<K> trusted(Buckets buckets, ImmutableList<K> groups, long[] counts) {
    return new Tallies<>(buckets, groups, counts);
  }

  /**
   * From an accumulator's rows, whose in-progress columns hold bucket-to-bucket differences: takes
   * the running sums, checks that no counter is negative and drops the groups of zeros.
   */
  static <K> Tallies<K> fromDifferences(
      Buckets buckets, int groupCount, IntFunction<K> key, long[] differences) {
    int n = buckets.size();
    int stride = n * WIDTH;
    long[] actual = new long[groupCount * stride];
    ImmutableList.Builder<K> kept = ImmutableList.builder();
    int out = 0;
    for (int g = 0; g < groupCount; g++) {
      int row = g * stride;
      int to = out * stride;
      boolean nonZero = false;
      long within = 0;
      long overdue = 0;
      for (int b = 0; b < n; b++) {
        int at = row + b * WIDTH;
        int dest = to + b * WIDTH;
        System.arraycopy(differences, at, actual, dest, WIDTH);
        within += differences[at + WITHIN];
        overdue += differences[at + OVERDUE];
        actual[dest + WITHIN] = within;
        actual[dest + OVERDUE] = overdue;
        for (int i = 0; i < WIDTH; i++) {
          long v = actual[dest + i];
          if (v < 0) {
            throw new IllegalStateException(
                "counter "
                    + Counter.values()[i]
                    + " of "
                    + key.apply(g)
                    + " in "
                    + buckets.get(b)
                    + " is negative: "
                    + v
                    + " (more retracted than added)");
          }
          nonZero |= v != 0;
        }
      }
      if (nonZero) {
        kept.add(key.apply(g));
        out++;
      }
    }
    return new Tallies<>(buckets, kept.build(), Arrays.copyOf(actual, out * stride));
  }

  /**
   * The tallies of no dossiers; the identity of {@link #plus(Tallies)}.
   *
   * @param <K> the group key
   * @param buckets the buckets
   * @return tallies with no group
   */
  public static <K> Tallies<K> empty(Buckets buckets) {
    return new Tallies<>(requireNonNull(buckets, "buckets"), ImmutableList.of(), new long[0]);
  }

  /**
   * Counts dossiers, in one pass.
   *
   * @param <K> the group key
   * @param dossiers the dossiers, read once and never collected: memory is proportional to the
   *     groups, not to the dossiers
   * @param grouping what a dossier's group is
   * @param buckets the buckets
   * @return the tallies
   */
  public static <K> Tallies<K> of(
      Iterable<? extends Dossier> dossiers, Grouping<K> grouping, Buckets buckets) {
    return new TallyAccumulator<>(grouping, buckets).addAll(dossiers).snapshot();
  }

  /**
   * Counts dossiers in one pass, their timeliness judged by an on-time rule.
   *
   * @param <K> the group key
   * @param dossiers the dossiers, read once
   * @param grouping what a dossier's group is
   * @param buckets the buckets
   * @param rule the on-time rule
   * @param calendar the working-day calendar of the rule
   * @return the tallies
   * @throws java.time.DateTimeException if the rule needs the calendar and a day of a dossier's
   *     history is outside its range
   */
  public static <K> Tallies<K> of(
      Iterable<? extends Dossier> dossiers,
      Grouping<K> grouping,
      Buckets buckets,
      OnTimeRule rule,
      WorkingCalendar calendar) {
    return new TallyAccumulator<>(grouping, buckets, rule, calendar).addAll(dossiers).snapshot();
  }

  /**
   * Counts the dossiers of a stream; a parallel stream is counted in parallel, one accumulator per
   * split, and the accumulators merged.
   *
   * @param <K> the group key
   * @param dossiers the dossiers, consumed
   * @param grouping what a dossier's group is
   * @param buckets the buckets
   * @return the tallies, identical to the sequential count
   */
  public static <K> Tallies<K> of(
      Stream<? extends Dossier> dossiers, Grouping<K> grouping, Buckets buckets) {
    return dossiers.collect(toTallies(grouping, buckets));
  }

  /**
   * Counts a collection in parallel on the common fork-join pool (the calling thread included): it
   * is cut into one part per thread, each counted by its own accumulator, and the accumulators are
   * merged.
   *
   * @param <K> the group key
   * @param dossiers the dossiers
   * @param grouping what a dossier's group is
   * @param buckets the buckets
   * @return the tallies, identical to the sequential count
   */
  public static <K> Tallies<K> ofParallel(
      Collection<? extends Dossier> dossiers, Grouping<K> grouping, Buckets buckets) {
    return Parallel.count(dossiers, grouping, buckets).snapshot();
  }

  /**
   * A collector of dossiers into tallies.
   *
   * @param <K> the group key
   * @param grouping what a dossier's group is
   * @param buckets the buckets
   * @return the collector; unordered and safe for parallel streams
   */
  public static <K> Collector<Dossier, TallyAccumulator<K>, Tallies<K>> toTallies(
      Grouping<K> grouping, Buckets buckets) {
    requireNonNull(grouping, "grouping");
    requireNonNull(buckets, "buckets");
    return Collector.of(
        () -> new TallyAccumulator<>(grouping, buckets),
        TallyAccumulator::add,
        TallyAccumulator::merge,
        TallyAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The buckets.
   *
   * @return the buckets
   */
  public Buckets buckets() {
    return buckets;
  }

  /**
   * The groups with at least one non-zero counter, in the order they were first met.
   *
   * @return the groups
   */
  public ImmutableList<K> groups() {
    return groups;
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
   * @param group the group
   * @param bucket the bucket's index
   * @param counter the counter
   * @return its value; 0 for a group not counted
   * @throws IndexOutOfBoundsException if there is no such bucket
   */
  public long count(K group, int bucket, Counter counter) {
    java.util.Objects.checkIndex(bucket, buckets.size());
    Integer g = index.get(requireNonNull(group, "group"));
    return g == null ? 0 : counts[g * stride + bucket * WIDTH + counter.ordinal()];
  }

  /**
   * The tally of a group in one bucket.
   *
   * @param group the group
   * @param bucket the bucket's index
   * @return the tally; empty for a group not counted
   * @throws IndexOutOfBoundsException if there is no such bucket
   */
  public Tally tally(K group, int bucket) {
    return tally(group, bucket, bucket);
  }

  /**
   * The tally of a group over a span of consecutive buckets, both ends included: the tally over the
   * span's days.
   *
   * @param group the group
   * @param first the index of the span's first bucket
   * @param last the index of its last bucket, not before {@code first}
   * @return the tally; empty for a group not counted
   * @throws IndexOutOfBoundsException if the span is not within the buckets
   */
  public Tally tally(K group, int first, int last) {
    checkSpan(first, last);
    Integer g = index.get(requireNonNull(group, "group"));
    long[] out = new long[WIDTH];
    if (g != null) {
      addSpan(out, g, first, last);
    }
    return Tally.ofCounts(out, 0);
  }

  /**
   * The tally of a group over all the buckets.
   *
   * @param group the group
   * @return the tally; empty for a group not counted
   */
  public Tally tally(K group) {
    return tally(group, 0, buckets.size() - 1);
  }

  /**
   * The tally of a group over a span of whole buckets given by its days.
   *
   * @param group the group
   * @param span the days, from a bucket's first day to a bucket's last day
   * @return the tally
   * @throws IllegalArgumentException if the range is not a span of whole buckets
   */
  public Tally tally(K group, DateRange span) {
    int[] at = buckets.indicesOf(span);
    return tally(group, at[0], at[1]);
  }

  /**
   * The tally of every group together in one bucket.
   *
   * @param bucket the bucket's index
   * @return the sum over groups
   * @throws IndexOutOfBoundsException if there is no such bucket
   */
  public Tally total(int bucket) {
    return total(bucket, bucket);
  }

  /**
   * The tally of every group together over a span of buckets, both ends included.
   *
   * @param first the index of the span's first bucket
   * @param last the index of its last bucket
   * @return the sum over groups of their span tallies
   * @throws IndexOutOfBoundsException if the span is not within the buckets
   * @throws ArithmeticException if a counter overflows
   */
  public Tally total(int first, int last) {
    checkSpan(first, last);
    long[] out = new long[WIDTH];
    for (int g = 0; g < groups.size(); g++) {
      addSpan(out, g, first, last);
    }
    return Tally.ofCounts(out, 0);
  }

  /**
   * The tally of every group together over all the buckets: the grouping-free total.
   *
   * @return the total
   */
  public Tally total() {
    return total(0, buckets.size() - 1);
  }

  /**
   * The tally of every group together over a span of whole buckets given by its days.
   *
   * @param span the days, from a bucket's first day to a bucket's last day
   * @return the total
   * @throws IllegalArgumentException if the range is not a span of whole buckets
   */
  public Tally total(DateRange span) {
    int[] at = buckets.indicesOf(span);
    return total(at[0], at[1]);
  }

  /**
   * The tally of every group over all the buckets.
   *
   * @return the tallies by group, in {@link #groups()} order
   */
  public ImmutableMap<K, Tally> byGroup() {
    ImmutableMap.Builder<K, Tally> out = ImmutableMap.builderWithExpectedSize(groups.size());
    long[] cell = new long[WIDTH];
    for (int g = 0; g < groups.size(); g++) {
      Arrays.fill(cell, 0);
      addSpan(cell, g, 0, buckets.size() - 1);
      out.put(groups.get(g), Tally.ofCounts(cell, 0));
    }
    return out.buildOrThrow();
  }

  private void checkSpan(int first, int last) {
    java.util.Objects.checkIndex(first, buckets.size());
    java.util.Objects.checkIndex(last, buckets.size());
    if (last < first) {
      throw new IndexOutOfBoundsException(
          "a span of buckets needs first <= last, got " + first + ".." + last);
    }
  }

  /** Adds group g's span tally: intake and resolution counters summed, in-progress of the last. */
  private void addSpan(long[] out, int g, int first, int last) {
    int row = g * stride;
    for (int b = first; b <= last; b++) {
      int at = row + b * WIDTH;
      for (int i = 0; i < WIDTH; i++) {
        if (i != WITHIN && i != OVERDUE) {
          out[i] = Math.addExact(out[i], counts[at + i]);
        }
      }
    }
    int end = row + last * WIDTH;
    out[WITHIN] = Math.addExact(out[WITHIN], counts[end + WITHIN]);
    out[OVERDUE] = Math.addExact(out[OVERDUE], counts[end + OVERDUE]);
  }

  /**
   * The sum of these tallies and others over the same buckets: every counter of every cell added.
   *
   * @param other the other tallies
   * @return the merged tallies: this one's groups first, then the other's new ones
   * @throws IllegalArgumentException if the buckets differ
   * @throws ArithmeticException if a counter overflows
   */
  public Tallies<K> plus(Tallies<K> other) {
    requireNonNull(other, "other");
    requireSameBuckets(other.buckets);
    List<K> order = new ArrayList<>(groups);
    int[] target = new int[other.groups.size()];
    for (int g = 0; g < other.groups.size(); g++) {
      Integer mine = index.get(other.groups.get(g));
      if (mine == null) {
        target[g] = order.size();
        order.add(other.groups.get(g));
      } else {
        target[g] = mine;
      }
    }
    long[] out = Arrays.copyOf(counts, order.size() * stride);
    for (int g = 0; g < target.length; g++) {
      int to = target[g] * stride;
      int from = g * stride;
      for (int v = 0; v < stride; v++) {
        out[to + v] = Math.addExact(out[to + v], other.counts[from + v]);
      }
    }
    return new Tallies<>(buckets, ImmutableList.copyOf(order), out);
  }

  /**
   * The same counts under other keys: the groups that map to the same new key are added together,
   * those that map to null are left out. Rolls communes up into their district, re-keys the units
   * of an old hierarchy to the new ones, or turns a fine grouping into a coarse one.
   *
   * @param <J> the new key
   * @param newKey the new key of a group, or null to leave the group out
   * @return the regrouped tallies
   * @throws ArithmeticException if a counter overflows
   */
  public <J> Tallies<J> regroup(Function<? super K, ? extends @Nullable J> newKey) {
    requireNonNull(newKey, "newKey");
    Map<J, Integer> ids = new HashMap<>();
    List<J> order = new ArrayList<>();
    int[] target = new int[groups.size()];
    for (int g = 0; g < groups.size(); g++) {
      J key = newKey.apply(groups.get(g));
      if (key == null) {
        target[g] = -1;
      } else {
        Integer id = ids.get(key);
        if (id == null) {
          id = order.size();
          order.add(key);
          ids.put(key, id);
        }
        target[g] = id;
      }
    }
    long[] out = new long[order.size() * stride];
    for (int g = 0; g < groups.size(); g++) {
      if (target[g] >= 0) {
        int to = target[g] * stride;
        int from = g * stride;
        for (int v = 0; v < stride; v++) {
          out[to + v] = Math.addExact(out[to + v], counts[from + v]);
        }
      }
    }
    return new Tallies<>(buckets, ImmutableList.copyOf(order), out);
  }

  void requireSameBuckets(Buckets other) {
    checkArgument(
        other.equals(buckets),
        "cannot merge tallies over the buckets %s with tallies over %s",
        other,
        buckets);
  }

  /** The counters, groups × buckets × counters; not to be changed. */
  long[] counts() {
    return counts;
  }

  /** The number of a group, or -1. */
  int indexOf(K group) {
    Integer g = index.get(group);
    return g == null ? -1 : g;
  }

  /** A copy of the counters whose in-progress columns hold bucket-to-bucket differences. */
  long[] differences() {
    long[] out = counts.clone();
    int n = buckets.size();
    for (int g = 0; g < groups.size(); g++) {
      for (int b = n - 1; b > 0; b--) {
        int at = g * stride + b * WIDTH;
        out[at + WITHIN] -= counts[at - WIDTH + WITHIN];
        out[at + OVERDUE] -= counts[at - WIDTH + OVERDUE];
      }
    }
    return out;
  }

  /**
   * The compact binary form, for another process to decode and merge: versioned, documented in
   * {@code docs/performance.md}, stable across library versions of the same format version. Groups
   * are written in the order of their encoded keys, so equal tallies have equal bytes.
   *
   * @param keys how to write a group's key
   * @return the bytes
   */
  public byte[] encode(KeyCodec<? super K> keys) {
    return TalliesCodec.encode(this, requireNonNull(keys, "keys"));
  }

  /**
   * Writes the binary form to a stream.
   *
   * @param keys how to write a group's key
   * @param out the stream; not closed
   * @throws IOException if the stream fails
   */
  public void writeTo(KeyCodec<? super K> keys, OutputStream out) throws IOException {
    out.write(encode(keys));
  }

  /**
   * Reads tallies from their binary form.
   *
   * @param <K> the group key
   * @param bytes exactly one binary form
   * @param keys how to read a group's key
   * @return the tallies, equal to those encoded
   * @throws MalformedTalliesException naming the byte offset and the field, if the bytes are not a
   *     valid binary form or their keys not of this codec
   */
  public static <K> Tallies<K> decode(byte[] bytes, KeyCodec<K> keys) {
    return TalliesCodec.decode(requireNonNull(bytes, "bytes"), requireNonNull(keys, "keys"));
  }

  /**
   * Reads tallies from a stream holding exactly one binary form.
   *
   * @param <K> the group key
   * @param in the stream, read to its end; not closed
   * @param keys how to read a group's key
   * @return the tallies
   * @throws IOException if the stream fails
   * @throws MalformedTalliesException if the bytes are not a valid binary form
   */
  public static <K> Tallies<K> readFrom(InputStream in, KeyCodec<K> keys) throws IOException {
    return decode(in.readAllBytes(), keys);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Tallies<?> t)
        || !t.buckets.equals(buckets)
        || t.groups.size() != groups.size()) {
      return false;
    }
    for (int g = 0; g < groups.size(); g++) {
      Integer theirs = t.index.get(groups.get(g));
      if (theirs == null
          || !Arrays.equals(
              counts,
              g * stride,
              (g + 1) * stride,
              t.counts,
              theirs * stride,
              (theirs + 1) * stride)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = buckets.hashCode();
    for (int g = 0; g < groups.size(); g++) {
      int row = 1;
      for (int v = g * stride; v < (g + 1) * stride; v++) {
        row = 31 * row + Long.hashCode(counts[v]);
      }
      h += groups.get(g).hashCode() ^ row;
    }
    return h;
  }

  /** E.g. {@code Tallies[12 buckets 2024-01-01..2024-12-31, 222 groups]}. */
  @Override
  public String toString() {
    return "Tallies["
        + buckets.size()
        + (buckets.size() == 1 ? " bucket " : " buckets ")
        + buckets.span()
        + ", "
        + groups.size()
        + (groups.size() == 1 ? " group]" : " groups]");
  }
}
