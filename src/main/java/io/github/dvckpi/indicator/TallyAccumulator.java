package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.DossierHistory;
import io.github.dvckpi.domain.OnTimeRule;
import io.github.dvckpi.domain.Timeliness;
import io.github.dvckpi.domain.WorkingCalendar;
import io.github.dvckpi.indicator.internal.BucketIndex;
import io.github.dvckpi.indicator.internal.CounterUpdates;
import io.github.dvckpi.period.Buckets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The one accumulator of the library: counts dossiers into one tally per group × bucket, in one
 * pass, and gives an immutable {@link Tallies} snapshot. Every count goes through it: a single
 * period ({@link Tally#of(Iterable, io.github.dvckpi.period.DateRange)}), a report ({@code
 * Kpi.over(...)}), months by unit and tier, parallel parts, many producer threads ({@link
 * Concurrent}), and live events ({@link LiveTally}).
 *
 * <p>Each counter places a dossier by its own date: the intake counters in the bucket it was
 * received, the resolution counters in the bucket it was resolved, and the two in-progress counters
 * (index 2.1) at the end of every bucket it was still open. The last are kept as differences, so a
 * dossier costs a constant number of array updates however long it stays open.
 *
 * <p>Adding a dossier allocates nothing once its group is known: a grouping by agency finds the
 * group through an identity cache of agencies, and the counters are one {@code long[]} of groups ×
 * buckets × 16. Memory is proportional to the number of groups and of days the buckets cover, not
 * to the number of dossiers.
 *
 * <p>Two ways in, one path: {@link #add(Dossier)} takes a dossier whole, and {@link #add(int,
 * LocalDate, LocalDate, LocalDate, int)} (or its epoch-day form) the counting facts of one dossier
 * — its group's number ({@link #group(Object)}), its dates and its {@link DossierFacts} — so that
 * an import can count a row from its parsed fields without building a {@code Dossier}. Both end in
 * the same update.
 *
 * <p>The timeliness counters follow an on-time rule ({@link OnTimeRule}), the {@link
 * OnTimeRule#defaultRule() default} unless one is given with its working-day calendar ({@link
 * #TallyAccumulator(Grouping, Buckets, OnTimeRule, WorkingCalendar)}). A dossier known only by its
 * dates is judged by their comparison, as the rule names its classes ({@link
 * OnTimeRule#ofDateComparison(Timeliness)}); a dossier with a {@link Dossier#history() history} is
 * judged by the rule from it, at its end and at the end of every bucket it is still open. The
 * default rule judges every dossier by its dates, so that no earlier figure changes. The facts path
 * ({@link #add(int, LocalDate, LocalDate, LocalDate, int)}) has only dates.
 *
 * <p>The counters form a group, not just a monoid: {@link #remove(Dossier)} retracts a dossier
 * added before and {@link #replace(Dossier, Dossier)} swaps its old state for its new one. Not
 * thread-safe: give each thread its own accumulator and {@link #merge(TallyAccumulator) merge}
 * them, or use {@link #concurrent(Grouping, Buckets)}.
 *
 * <pre>{@code
 * TallyAccumulator<UnitTier> acc =
 *     new TallyAccumulator<>(Grouping.byUnitAndTier(), Buckets.months(ReportingPeriod.year(2024)));
 * for (Dossier d : dossiers) acc.add(d);
 * Tallies<UnitTier> tallies = acc.snapshot();
 * }</pre>
 *
 * @param <K> the group key
 */
public final class TallyAccumulator<K> {

  /** The epoch day of a dossier not resolved, for {@link #add(int, long, long, long, int)}. */
  public static final long NOT_RESOLVED = Long.MIN_VALUE;

  private static final int WIDTH = CounterUpdates.WIDTH;

  private final Buckets buckets;
  private final BucketIndex index;
  private final GroupIndex<K> groups;
  private final int stride;
  private final OnTimeRule rule;
  private final WorkingCalendar calendar;
  private final boolean onTimeAsEarly;
  private long[] counts;

  /**
   * An accumulator with nothing counted, under the default on-time rule.
   *
   * @param grouping what a dossier's group is
   * @param buckets the buckets
   */
  public TallyAccumulator(Grouping<K> grouping, Buckets buckets) {
    this(grouping, buckets, OnTimeRule.defaultRule(), WorkingCalendar.vietnam());
  }

  /**
   * An accumulator with nothing counted, whose timeliness counters follow an on-time rule.
   *
   * @param grouping what a dossier's group is
   * @param buckets the buckets
   * @param rule the on-time rule
   * @param calendar the working-day calendar the rule counts waits for the applicant and computed
   *     due dates in
   */
  public TallyAccumulator(
      Grouping<K> grouping, Buckets buckets, OnTimeRule rule, WorkingCalendar calendar) {
    this.rule = requireNonNull(rule, "rule");
    this.calendar = requireNonNull(calendar, "calendar");
    this.onTimeAsEarly = rule.ofDateComparison(Timeliness.ON_TIME) == Timeliness.EARLY;
    this.buckets = requireNonNull(buckets, "buckets");
    this.index = new BucketIndex(buckets);
    this.groups = new GroupIndex<>(requireNonNull(grouping, "grouping"));
    this.stride = buckets.size() * WIDTH;
    this.counts = new long[4 * stride];
  }

  /**
   * A thread-safe accumulator for many producer threads.
   *
   * @param <K> the group key
   * @param grouping what a dossier's group is
   * @param buckets the buckets
   * @return an accumulator with a stripe per two cores
   */
  public static <K> Concurrent<K> concurrent(Grouping<K> grouping, Buckets buckets) {
    return new Concurrent<>(grouping, buckets, 2 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * A thread-safe accumulator for many producer threads, with a chosen number of stripes.
   *
   * @param <K> the group key
   * @param grouping what a dossier's group is
   * @param buckets the buckets
   * @param stripes how many independent accumulators, rounded up to a power of two, at least 1
   * @return the accumulator
   * @throws IllegalArgumentException if {@code stripes} is less than 1
   */
  public static <K> Concurrent<K> concurrent(Grouping<K> grouping, Buckets buckets, int stripes) {
    return new Concurrent<>(grouping, buckets, stripes);
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
   * The on-time rule the timeliness counters follow.
   *
   * @return the rule
   */
  public OnTimeRule rule() {
    return rule;
  }

  /**
   * The working-day calendar of the rule.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * The grouping.
   *
   * @return what a dossier's group is
   */
  public Grouping<K> grouping() {
    return groups.grouping();
  }

  /**
   * Counts a dossier in every bucket and counter it belongs to; a dossier the grouping leaves out
   * changes nothing.
   *
   * @param dossier the dossier
   * @return this accumulator
   * @throws io.github.dvckpi.domain.InvalidRecordException naming the dossier, if the grouping
   *     cannot place it
   * @throws java.time.DateTimeException if the rule needs the calendar and a day of the dossier's
   *     history is outside its range
   */
  public TallyAccumulator<K> add(Dossier dossier) {
    apply(dossier, 1);
    return this;
  }

  /**
   * Retracts a dossier counted before: the inverse of {@link #add(Dossier)}.
   *
   * @param dossier the dossier exactly as it was added
   * @return this accumulator
   */
  public TallyAccumulator<K> remove(Dossier dossier) {
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
  public TallyAccumulator<K> replace(Dossier before, Dossier after) {
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
  public TallyAccumulator<K> addAll(Iterable<? extends Dossier> dossiers) {
    for (Dossier dossier : dossiers) {
      apply(dossier, 1);
    }
    return this;
  }

  private void apply(Dossier d, long step) {
    int g = groups.idOf(d);
    if (g >= 0) {
      LocalDate resolved = d.resolvedOnOrNull();
      int received = index.day(d.receivedOn());
      int resolvedDay = resolved == null ? BucketIndex.NOT_RESOLVED : index.day(resolved);
      DossierHistory h = d.historyOrNull();
      if (h == null || rule == OnTimeRule.RESOLVED_VS_DUE) {
        count(g, received, index.day(d.dueOn()), resolvedDay, DossierFacts.of(d), step);
      } else {
        int at = row(g); // first: it may grow the counters
        Timeliness ended =
            resolved == null
                ? Timeliness.IN_PROGRESS_WITHIN_DEADLINE
                : rule.classify(h, calendar, resolved).orElseThrow();
        CounterUpdates.countJudged(
            counts,
            at,
            index,
            received,
            resolvedDay,
            DossierFacts.of(d),
            step,
            ended,
            b -> rule.classify(h, calendar, buckets.get(b).last()).orElseThrow());
      }
    }
  }

  /** The number of a dossier's group, with room for its counters, or -1 if it is left out. */
  int groupOf(Dossier d) {
    int g = groups.idOf(d);
    if (g >= 0) {
      row(g);
    }
    return g;
  }

  /** The one update every way in ends in. */
  void count(int group, int received, int due, int resolved, int facts, long step) {
    int at = row(group); // first: it may grow the counters
    CounterUpdates.count(counts, at, index, received, due, resolved, facts, step, onTimeAsEarly);
  }

  /**
   * The number of a group, assigned if new: what {@link #add(int, LocalDate, LocalDate, LocalDate,
   * int)} takes. Look it up once per distinct key, not per dossier.
   *
   * @param key the group
   * @return its number, from 0
   */
  public int group(K key) {
    int id = groups.idOf(requireNonNull(key, "key"));
    row(id);
    return id;
  }

  /**
   * Counts one dossier from its facts: the same update as {@link #add(Dossier)} of a dossier with
   * these dates and facts in that group.
   *
   * @param group the number of its group, from {@link #group(Object)}
   * @param receivedOn the intake date
   * @param dueOn the due date
   * @param resolvedOn the resolution date, or null while in progress
   * @param facts its {@link DossierFacts}
   * @return this accumulator
   * @throws IllegalArgumentException if the group was never numbered or the facts are not
   *     consistent ({@link DossierFacts#check(int)}), or a result is issued without a resolution
   */
  public TallyAccumulator<K> add(
      int group, LocalDate receivedOn, LocalDate dueOn, @Nullable LocalDate resolvedOn, int facts) {
    int resolved = resolvedOn == null ? BucketIndex.NOT_RESOLVED : index.day(resolvedOn);
    return addFacts(group, index.day(receivedOn), index.day(dueOn), resolved, facts);
  }

  /**
   * Counts one dossier from its facts, dates as epoch days (days since 1970-01-01, {@link
   * LocalDate#toEpochDay()}).
   *
   * @param group the number of its group, from {@link #group(Object)}
   * @param receivedOn the intake date
   * @param dueOn the due date
   * @param resolvedOn the resolution date, or {@link #NOT_RESOLVED} while in progress
   * @param facts its {@link DossierFacts}
   * @return this accumulator
   * @throws IllegalArgumentException if the group was never numbered or the facts are not
   *     consistent, or a result is issued without a resolution
   */
  public TallyAccumulator<K> add(
      int group, long receivedOn, long dueOn, long resolvedOn, int facts) {
    int resolved = resolvedOn == NOT_RESOLVED ? BucketIndex.NOT_RESOLVED : index.day(resolvedOn);
    return addFacts(group, index.day(receivedOn), index.day(dueOn), resolved, facts);
  }

  /** Checks the facts of one dossier, then counts them (span days). */
  private TallyAccumulator<K> addFacts(int group, int received, int due, int resolved, int facts) {
    java.util.Objects.checkIndex(group, groups.size());
    DossierFacts.check(facts);
    if (resolved == BucketIndex.NOT_RESOLVED && (facts & DossierFacts.RESULT_ISSUED) != 0) {
      throw new IllegalArgumentException(
          "a dossier in progress has no result document: " + DossierFacts.describe(facts));
    }
    count(group, received, due, resolved, facts, 1);
    return this;
  }

  /** The index of a group's first counter, making room for it. */
  private int row(int id) {
    int needed = (id + 1) * stride;
    if (needed > counts.length) {
      counts = Arrays.copyOf(counts, Math.max(needed, counts.length * 2));
    }
    return id * stride;
  }

  /**
   * Adds every counter of another accumulator over the same buckets, group by group.
   *
   * @param other the accumulator to merge in; it is not changed
   * @return this accumulator
   * @throws IllegalArgumentException if the buckets, the on-time rules or their calendars differ
   * @throws ArithmeticException if a counter overflows
   */
  public TallyAccumulator<K> merge(TallyAccumulator<K> other) {
    requireNonNull(other, "other");
    requireSameBuckets(other.buckets);
    if (other.rule != rule || (other.calendar != calendar && !other.calendar.equals(calendar))) {
      throw new IllegalArgumentException(
          "cannot merge counts under the on-time rule "
              + other.rule
              + " into counts under "
              + rule
              + " (or their calendars differ)");
    }
    for (int g = 0; g < other.groups.size(); g++) {
      addRow(group(other.groups.key(g)), other.counts, g * stride, 1);
    }
    return this;
  }

  /**
   * Adds every counter of tallies over the same buckets.
   *
   * @param tallies the tallies to merge in
   * @return this accumulator
   * @throws IllegalArgumentException if the buckets differ
   * @throws ArithmeticException if a counter overflows
   */
  public TallyAccumulator<K> add(Tallies<K> tallies) {
    return addTallies(tallies, 1);
  }

  /**
   * Subtracts every counter of tallies over the same buckets: the inverse of {@link #add(Tallies)}.
   *
   * @param tallies the tallies to take out
   * @return this accumulator
   * @throws IllegalArgumentException if the buckets differ
   * @throws ArithmeticException if a counter overflows
   */
  public TallyAccumulator<K> subtract(Tallies<K> tallies) {
    return addTallies(tallies, -1);
  }

  private TallyAccumulator<K> addTallies(Tallies<K> tallies, int sign) {
    requireNonNull(tallies, "tallies");
    requireSameBuckets(tallies.buckets());
    long[] source = tallies.differences();
    for (int g = 0; g < tallies.groups().size(); g++) {
      addRow(group(tallies.groups().get(g)), source, g * stride, sign);
    }
    return this;
  }

  private void addRow(int id, long[] source, int offset, int sign) {
    int r = row(id);
    for (int i = 0; i < stride; i++) {
      long v = source[offset + i];
      counts[r + i] =
          sign > 0 ? Math.addExact(counts[r + i], v) : Math.subtractExact(counts[r + i], v);
    }
  }

  private void requireSameBuckets(Buckets other) {
    if (!other.equals(buckets)) {
      throw new IllegalArgumentException(
          "cannot merge counts over the buckets " + other + " into counts over " + buckets);
    }
  }

  /**
   * The current tally of a group in a bucket, without a snapshot.
   *
   * @param key the group
   * @param bucket the bucket's index
   * @return the tally; empty for a group never counted
   * @throws IndexOutOfBoundsException if there is no such bucket
   * @throws IllegalStateException if a counter is negative (more retracted than added)
   */
  public Tally tally(K key, int bucket) {
    java.util.Objects.checkIndex(bucket, buckets.size());
    int g = groups.find(requireNonNull(key, "key"));
    if (g < 0) {
      return Tally.empty();
    }
    long[] cell = new long[WIDTH];
    int r = g * stride;
    System.arraycopy(counts, r + bucket * WIDTH, cell, 0, WIDTH);
    long within = 0;
    long overdue = 0;
    for (int b = 0; b <= bucket; b++) {
      within += counts[r + b * WIDTH + CounterUpdates.WITHIN_DEADLINE];
      overdue += counts[r + b * WIDTH + CounterUpdates.OVERDUE];
    }
    cell[CounterUpdates.WITHIN_DEADLINE] = within;
    cell[CounterUpdates.OVERDUE] = overdue;
    for (int i = 0; i < WIDTH; i++) {
      if (cell[i] < 0) {
        throw new IllegalStateException(
            "counter " + Counter.values()[i] + " of " + key + " is negative: " + cell[i]);
      }
    }
    return Tally.ofCounts(cell, 0);
  }

  /**
   * Whether every counter is 0.
   *
   * @return true if nothing is counted, or everything counted was retracted
   */
  public boolean isEmpty() {
    int used = groups.size() * stride;
    for (int i = 0; i < used; i++) {
      if (counts[i] != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * An immutable copy of the counters: the groups with a non-zero counter.
   *
   * @return the tallies
   * @throws IllegalStateException if a counter is negative (more retracted than added)
   */
  public Tallies<K> snapshot() {
    return Tallies.fromDifferences(buckets, groups.size(), groups::key, counts);
  }

  @Override
  public String toString() {
    return "TallyAccumulator["
        + groups.grouping()
        + ", "
        + buckets.size()
        + " buckets "
        + buckets.span()
        + ", "
        + groups.size()
        + " groups"
        + (rule == OnTimeRule.defaultRule() ? "" : ", on time by " + rule)
        + "]";
  }

  /**
   * The thread-safe mode of the accumulator, for many producer threads: each thread adds dossiers
   * as they arrive, and any thread may take a {@link #snapshot()} at any time.
   *
   * <p>Exact under contention: the counters are striped over several {@link TallyAccumulator}s,
   * each guarded by its own lock, and a thread always uses the stripe of its id, so producers
   * rarely wait on each other and no update is lost. A snapshot holds every stripe's lock (always
   * in the same order) while it merges them: a consistent cut, never a retraction without its
   * addition.
   *
   * @param <K> the group key
   */
  public static final class Concurrent<K> {

    private final Grouping<K> grouping;
    private final Buckets buckets;
    private final TallyAccumulator<K>[] stripes;
    private final ReentrantLock[] locks;

    @SuppressWarnings({"unchecked", "rawtypes"}) // an array of accumulators of one key type
    private Concurrent(Grouping<K> grouping, Buckets buckets, int stripes) {
      this.grouping = requireNonNull(grouping, "grouping");
      this.buckets = requireNonNull(buckets, "buckets");
      if (stripes < 1) {
        throw new IllegalArgumentException("at least one stripe is needed, got " + stripes);
      }
      int size = stripes == 1 ? 1 : Integer.highestOneBit(stripes - 1) << 1;
      this.stripes = new TallyAccumulator[size];
      this.locks = new ReentrantLock[size];
      for (int i = 0; i < size; i++) {
        this.stripes[i] = new TallyAccumulator<>(grouping, buckets);
        this.locks[i] = new ReentrantLock();
      }
    }

    /**
     * The number of stripes.
     *
     * @return a power of two
     */
    public int stripes() {
      return stripes.length;
    }

    private int stripe() {
      long id = Thread.currentThread().getId();
      return (int) (id ^ (id >>> 32)) & (stripes.length - 1);
    }

    /**
     * Counts a dossier; safe to call from any thread.
     *
     * @param dossier the dossier
     * @return this accumulator
     */
    public Concurrent<K> add(Dossier dossier) {
      return update(null, requireNonNull(dossier, "dossier"));
    }

    /**
     * Retracts a dossier counted before, possibly by another thread; safe to call from any thread.
     *
     * @param dossier the dossier exactly as it was added
     * @return this accumulator
     */
    public Concurrent<K> remove(Dossier dossier) {
      return update(requireNonNull(dossier, "dossier"), null);
    }

    /**
     * Replaces a dossier's previous state by its new one, atomically within the thread's stripe.
     *
     * @param before the dossier as it was added
     * @param after its new state
     * @return this accumulator
     */
    public Concurrent<K> replace(Dossier before, Dossier after) {
      return update(requireNonNull(before, "before"), requireNonNull(after, "after"));
    }

    private Concurrent<K> update(@Nullable Dossier before, @Nullable Dossier after) {
      int i = stripe();
      locks[i].lock();
      try {
        if (before != null) {
          stripes[i].remove(before);
        }
        if (after != null) {
          stripes[i].add(after);
        }
      } finally {
        locks[i].unlock();
      }
      return this;
    }

    /**
     * The tallies of everything added so far: a consistent cut, taken with every stripe locked.
     *
     * @return the tallies
     * @throws IllegalStateException if a counter is negative (more retracted than added)
     */
    public Tallies<K> snapshot() {
      TallyAccumulator<K> total = new TallyAccumulator<>(grouping, buckets);
      int locked = 0;
      try {
        for (; locked < locks.length; locked++) {
          locks[locked].lock();
        }
        for (TallyAccumulator<K> stripe : stripes) {
          total.merge(stripe);
        }
      } finally {
        while (locked > 0) {
          locks[--locked].unlock();
        }
      }
      return total.snapshot();
    }

    @Override
    public String toString() {
      return "TallyAccumulator.Concurrent[" + grouping + ", " + stripes.length + " stripes]";
    }
  }
}
