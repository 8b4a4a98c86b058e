package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.indicator.internal.BucketIndex;
import io.github.dvckpi.period.Buckets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The live mode of the accumulator: tallies kept up to date event by event, for a real-time
 * dashboard. Every event retracts the dossier's previous contribution and adds its next one, in
 * constant time, so the live state always equals a batch count of the current dossiers.
 *
 * <p>The state of the live dossiers is a dense store: each dossier received gets a number (from 0,
 * reused after it is deleted) under which its group, dates and {@link DossierFacts} are kept in one
 * primitive array. The methods that take that number ({@link #resolved(int, LocalDate, Outcome)},
 * {@link #resultDigitized(int)}, {@link #paid(int, boolean)}, {@link #corrected(int, Dossier)},
 * {@link #deleted(int)}) read and write a few adjacent ints and update the counters: no lookup by
 * id, no object built or read. {@link #apply(DossierEvent)} does the same for an event addressed by
 * the dossier's id, with one hash lookup more.
 *
 * <p>Events are checked against the dossier's state with the rules of {@link Dossier}: resolved
 * before it was received, a digitized result without a result document, paid online without a fee,
 * an event about a dossier not received, a dossier received twice. A rejected event throws an
 * {@link InvalidRecordException} naming the dossier and leaves the live state unchanged.
 *
 * <p>Not thread-safe: apply events from one thread, or guard the live tally.
 *
 * @param <K> the group key
 */
public final class LiveTally<K> {

  private static final int STRIDE = 8;
  private static final int GROUP = 0;
  private static final int RECEIVED = 1;
  private static final int DUE = 2;
  private static final int RESOLVED = 3;
  private static final int FACTS = 4;
  private static final int NONE = Integer.MIN_VALUE;

  /** Not a counting fact: the procedure issues a result document when granted. */
  private static final int ISSUES_RESULT = 1 << 8;

  /** Not a counting fact: the number holds a live dossier. */
  private static final int LIVE = 1 << 9;

  private static final int COUNTED = DossierFacts.ALL;

  private final TallyAccumulator<K> counts;
  private final BucketIndex index;
  private final Map<String, Integer> numbers = new HashMap<>();
  private int[] state = new int[64 * STRIDE];
  private @Nullable String[] ids = new String[64];
  private int[] free = new int[16];
  private int freeCount;
  private int used;
  private int size;

  /**
   * A live tally with no dossier.
   *
   * @param grouping what a dossier's group is
   * @param buckets the buckets
   */
  public LiveTally(Grouping<K> grouping, Buckets buckets) {
    this.counts = new TallyAccumulator<>(grouping, buckets);
    this.index = new BucketIndex(buckets);
  }

  /**
   * A dossier was received: counts it and gives it a number.
   *
   * @param dossier the dossier as received
   * @return its number, for the events that follow; valid until it is deleted
   * @throws InvalidRecordException if a dossier with its id is live already
   */
  public int received(Dossier dossier) {
    requireNonNull(dossier, "dossier");
    String id = dossier.id();
    if (numbers.containsKey(id)) {
      throw new InvalidRecordException(
          "Dossier", id, "id", "was already received; send a correction to change it");
    }
    int n = freeCount > 0 ? free[--freeCount] : used++;
    if ((n + 1) * STRIDE > state.length) {
      state = Arrays.copyOf(state, state.length * 2);
      ids = Arrays.copyOf(ids, ids.length * 2);
    }
    ids[n] = id;
    numbers.put(id, n);
    write(n, dossier);
    count(n, 1);
    size++;
    return n;
  }

  private void write(int n, Dossier d) {
    int at = n * STRIDE;
    LocalDate resolved = d.resolvedOnOrNull();
    state[at + GROUP] = counts.groupOf(d);
    state[at + RECEIVED] = (int) d.receivedOn().toEpochDay();
    state[at + DUE] = (int) d.dueOn().toEpochDay();
    state[at + RESOLVED] = resolved == null ? NONE : (int) resolved.toEpochDay();
    state[at + FACTS] =
        DossierFacts.of(d) | (d.procedure().issuesResult() ? ISSUES_RESULT : 0) | LIVE;
  }

  /** Counts (step 1) or retracts (step −1) dossier n's current state. */
  private void count(int n, long step) {
    int at = n * STRIDE;
    int group = state[at + GROUP];
    if (group >= 0) {
      int resolved = state[at + RESOLVED];
      counts.count(
          group,
          index.day(state[at + RECEIVED]),
          index.day(state[at + DUE]),
          resolved == NONE ? BucketIndex.NOT_RESOLVED : index.day(resolved),
          state[at + FACTS] & COUNTED,
          step);
    }
  }

  /** Replaces dossier n's resolution and facts: retract, write, count. */
  private void change(int n, int resolved, int facts) {
    count(n, -1);
    state[n * STRIDE + RESOLVED] = resolved;
    state[n * STRIDE + FACTS] = facts;
    count(n, 1);
  }

  private int live(int n) {
    if (n < 0 || n >= used || (state[n * STRIDE + FACTS] & LIVE) == 0) {
      throw new IllegalArgumentException("no live dossier has the number " + n);
    }
    return state[n * STRIDE + FACTS];
  }

  private InvalidRecordException invalid(int n, String field, String reason) {
    return new InvalidRecordException("Dossier", String.valueOf(ids[n]), field, reason);
  }

  /**
   * A dossier was resolved (or refused, or withdrawn) on a day.
   *
   * @param number the dossier's number
   * @param resolvedOn the day processing ended
   * @param outcome how it ended
   * @return this live tally
   * @throws IllegalArgumentException if no live dossier has the number
   * @throws InvalidRecordException if it was resolved before it was received, or its result was
   *     digitized and the outcome issues none
   */
  public LiveTally<K> resolved(int number, LocalDate resolvedOn, Outcome outcome) {
    requireNonNull(outcome, "outcome");
    int facts = live(number);
    int day = (int) resolvedOn.toEpochDay();
    int received = state[number * STRIDE + RECEIVED];
    if (day < received) {
      throw invalid(
          number,
          "resolvedOn",
          resolvedOn + " is before receivedOn " + LocalDate.ofEpochDay(received));
    }
    boolean issued = outcome == Outcome.GRANTED && (facts & ISSUES_RESULT) != 0;
    if (!issued && (facts & DossierFacts.RESULT_DIGITIZED) != 0) {
      throw invalid(
          number,
          "resultDigitized",
          "is true but no result document was issued (outcome " + outcome + ")");
    }
    change(
        number,
        day,
        issued ? facts | DossierFacts.RESULT_ISSUED : facts & ~DossierFacts.RESULT_ISSUED);
    return this;
  }

  /**
   * A resolved dossier's result was digitized.
   *
   * @param number the dossier's number
   * @return this live tally
   * @throws IllegalArgumentException if no live dossier has the number
   * @throws InvalidRecordException if no result document was issued
   */
  public LiveTally<K> resultDigitized(int number) {
    int facts = live(number);
    if ((facts & DossierFacts.RESULT_ISSUED) == 0) {
      throw invalid(number, "resultDigitized", "is true but no result document was issued");
    }
    change(number, state[number * STRIDE + RESOLVED], facts | DossierFacts.RESULT_DIGITIZED);
    return this;
  }

  /**
   * A dossier's fee was paid.
   *
   * @param number the dossier's number
   * @param online whether it was paid online (thanh toán trực tuyến)
   * @return this live tally
   * @throws IllegalArgumentException if no live dossier has the number
   * @throws InvalidRecordException if it was paid online but no fee was charged
   */
  public LiveTally<K> paid(int number, boolean online) {
    int facts = live(number);
    if (online && (facts & DossierFacts.FEE_CHARGED) == 0) {
      throw invalid(number, "paidOnline", "is true but no fee was charged");
    }
    change(
        number,
        state[number * STRIDE + RESOLVED],
        online ? facts | DossierFacts.PAID_ONLINE : facts & ~DossierFacts.PAID_ONLINE);
    return this;
  }

  /**
   * A dossier's record was corrected: its new state replaces the old one whole.
   *
   * @param number the dossier's number
   * @param dossier the corrected dossier, with the same id
   * @return this live tally
   * @throws IllegalArgumentException if no live dossier has the number, or the id differs
   */
  public LiveTally<K> corrected(int number, Dossier dossier) {
    requireNonNull(dossier, "dossier");
    live(number);
    if (!dossier.id().equals(ids[number])) {
      throw new IllegalArgumentException(
          "dossier number " + number + " is " + ids[number] + ", not " + dossier.id());
    }
    count(number, -1);
    write(number, dossier);
    count(number, 1);
    return this;
  }

  /**
   * A dossier's record was deleted, e.g. entered by mistake: its contribution is retracted and its
   * number freed.
   *
   * @param number the dossier's number
   * @return this live tally
   * @throws IllegalArgumentException if no live dossier has the number
   */
  public LiveTally<K> deleted(int number) {
    live(number);
    count(number, -1);
    state[number * STRIDE + FACTS] = 0;
    numbers.remove(ids[number]);
    ids[number] = null;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = number;
    size--;
    return this;
  }

  /**
   * The number of a live dossier.
   *
   * @param id the dossier's id
   * @return its number, or -1 if no live dossier has the id
   */
  public int numberOf(String id) {
    Integer n = numbers.get(requireNonNull(id, "id"));
    return n == null ? -1 : n;
  }

  /**
   * Applies an event addressed by the dossier's id.
   *
   * @param event the event
   * @return this live tally
   * @throws InvalidRecordException naming the dossier, if the event does not apply to its current
   *     state (e.g. about a dossier never received); the live state is then unchanged
   */
  public LiveTally<K> apply(DossierEvent event) {
    requireNonNull(event, "event");
    if (event instanceof DossierEvent.Received r) {
      received(r.dossier());
      return this;
    }
    int n = numberOf(event.dossierId());
    if (event instanceof DossierEvent.Resolved r) {
      return resolved(known(n, r.dossierId(), "resolved"), r.resolvedOn(), r.outcome());
    } else if (event instanceof DossierEvent.ResultDigitized r) {
      return resultDigitized(known(n, r.dossierId(), "result digitized"));
    } else if (event instanceof DossierEvent.Paid p) {
      return paid(known(n, p.dossierId(), "paid"), p.online());
    } else if (event instanceof DossierEvent.Corrected c) {
      return corrected(known(n, c.dossierId(), "corrected"), c.dossier());
    }
    return deleted(known(n, event.dossierId(), "deleted"));
  }

  private static int known(int number, String id, String event) {
    if (number < 0) {
      throw new InvalidRecordException(
          "Dossier", id, "id", "is not known: " + event + " before it was received");
    }
    return number;
  }

  /**
   * Applies events in order.
   *
   * @param events the events
   * @return this live tally
   * @throws InvalidRecordException at the first event that does not apply; the events before it
   *     stay applied
   */
  public LiveTally<K> applyAll(Iterable<? extends DossierEvent> events) {
    for (DossierEvent event : events) {
      apply(event);
    }
    return this;
  }

  /**
   * The number of live dossiers.
   *
   * @return the dossiers received and not deleted
   */
  public int size() {
    return size;
  }

  /**
   * The current tally of a group in a bucket.
   *
   * @param group the group
   * @param bucket the bucket's index
   * @return the tally
   */
  public Tally tally(K group, int bucket) {
    return counts.tally(group, bucket);
  }

  /**
   * The current tallies.
   *
   * @return an immutable snapshot, equal to the batch count of the live dossiers
   */
  public Tallies<K> snapshot() {
    return counts.snapshot();
  }

  @Override
  public String toString() {
    return "LiveTally[" + counts.grouping() + ", " + size + " dossiers]";
  }
}
