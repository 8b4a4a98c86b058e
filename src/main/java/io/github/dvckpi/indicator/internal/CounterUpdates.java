package io.github.dvckpi.indicator.internal;

import io.github.dvckpi.domain.Timeliness;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.DossierFacts;
import java.util.function.IntFunction;

/**
 * The one place that decides which counters a dossier adds to, and in which bucket: the intake
 * counters in the bucket it was received, the resolution counters in the bucket it was resolved
 * (early, on time or late against its due date), and the two in-progress counters at the end of
 * every bucket it is still open, within the deadline or overdue.
 *
 * <p>The date comparison lives here and only here: {@link #resolutionCounter(int, int, boolean)}
 * (resolved before, on or after the due date, by date) and {@link #overdueFrom(BucketIndex, int)}
 * (an open dossier is overdue at the end of a bucket whose last day is after its due date). It is
 * every on-time rule's judgement of a dossier known only by its dates ({@link
 * io.github.dvckpi.domain.OnTimeRule#ofDateComparison(Timeliness)}); a dossier whose history a rule
 * must read is counted by {@link #countJudged} with the rule's own classes.
 *
 * <p>Counters are one {@code long[]} per group, buckets × 16, indexed by {@link Counter} ordinal.
 * The in-progress counters are kept as differences (+step in the first bucket the dossier is open
 * at the end of, −step in the first bucket it no longer is), so a dossier costs a constant number
 * of updates however long it stays open; the running sums are taken when the counters are read.
 */
@SuppressWarnings("EnumOrdinal") // counters are a dense array indexed by ordinal, by design
public final class CounterUpdates {

  /** The number of counters of one cell. */
  public static final int WIDTH = Counter.values().length;

  /** Index of the in-progress-within-deadline counter in a cell. */
  public static final int WITHIN_DEADLINE = Counter.IN_PROGRESS_WITHIN_DEADLINE.ordinal();

  /** Index of the in-progress-overdue counter in a cell. */
  public static final int OVERDUE = Counter.IN_PROGRESS_OVERDUE.ordinal();

  private static final int RECEIVED = Counter.RECEIVED.ordinal();
  private static final int RECEIVED_ONLINE = Counter.RECEIVED_ONLINE.ordinal();
  private static final int ELIGIBLE = Counter.ELIGIBLE.ordinal();
  private static final int ELIGIBLE_ONLINE = Counter.ELIGIBLE_ONLINE.ordinal();
  private static final int FULL_ONLINE_ELIGIBLE = Counter.FULL_ONLINE_ELIGIBLE.ordinal();
  private static final int FULL_ONLINE_FILED = Counter.FULL_ONLINE_FILED.ordinal();
  private static final int INTAKE_DIGITIZED = Counter.INTAKE_DIGITIZED.ordinal();
  private static final int FEE_CHARGED = Counter.FEE_CHARGED.ordinal();
  private static final int PAID_ONLINE = Counter.PAID_ONLINE.ordinal();
  private static final int RESOLVED_EARLY = Counter.RESOLVED_EARLY.ordinal();
  private static final int RESOLVED_ON_TIME = Counter.RESOLVED_ON_TIME.ordinal();
  private static final int RESOLVED_LATE = Counter.RESOLVED_LATE.ordinal();
  private static final int RESULT_ISSUED = Counter.RESULT_ISSUED.ordinal();
  private static final int RESULT_DIGITIZED = Counter.RESULT_DIGITIZED.ordinal();

  private CounterUpdates() {}

  /**
   * Counts (or, with a negative step, retracts) one dossier.
   *
   * @param c the counters of every group
   * @param row the index of the group's first counter
   * @param index the buckets
   * @param received the span day it was received
   * @param due the span day it is due
   * @param resolved the span day it was resolved, or {@link BucketIndex#NOT_RESOLVED}
   * @param facts its {@link DossierFacts facts}
   * @param step 1 to count, −1 to retract
   * @param onTimeAsEarly whether the rule calls a dossier resolved on its due date early
   */
  public static void count(
      long[] c,
      int row,
      BucketIndex index,
      int received,
      int due,
      int resolved,
      int facts,
      long step,
      boolean onTimeAsEarly) {
    int n = index.size();
    int a = index.bucket(received);
    if (a >= 0 && a < n) {
      intake(c, row + a * WIDTH, facts, step);
    }
    int end = n;
    if (resolved != BucketIndex.NOT_RESOLVED) {
      int r = index.bucket(resolved);
      if (r >= 0 && r < n) {
        int at = row + r * WIDTH;
        c[at + resolutionCounter(resolved, due, onTimeAsEarly)] += step;
        c[at + RESULT_ISSUED] += bit(facts, DossierFacts.RESULT_ISSUED) * step;
        c[at + RESULT_DIGITIZED] += bit(facts, DossierFacts.RESULT_DIGITIZED) * step;
      }
      end = Math.min(r, n);
    }
    // in progress at the end of buckets [from, end): received by then, not resolved by then
    int from = Math.max(a, 0);
    if (from < end) {
      int overdue = Math.max(overdueFrom(index, due), from);
      int within = Math.min(overdue, end);
      if (from < within) {
        mark(c, row, n, from, within, WITHIN_DEADLINE, step);
      }
      if (overdue < end) {
        mark(c, row, n, overdue, end, OVERDUE, step);
      }
    }
  }

  /**
   * Counts (or retracts) one dossier whose timeliness a rule judged from its history: the intake
   * and result counters as {@link #count}, the resolution counter of the class it ended in, and at
   * the end of every bucket it is still open the class it had then.
   *
   * @param c the counters of every group
   * @param row the index of the group's first counter
   * @param index the buckets
   * @param received the span day it was received
   * @param resolved the span day it was resolved, or {@link BucketIndex#NOT_RESOLVED}
   * @param facts its {@link DossierFacts facts}
   * @param step 1 to count, −1 to retract
   * @param ended the class it ended in (early, on time or late); ignored if not resolved
   * @param openAtEndOf the class it had at the end of a bucket it was open at (in progress within
   *     the deadline or overdue), by the bucket's index
   * @throws IllegalStateException if a class is not one of its kind
   */
  public static void countJudged(
      long[] c,
      int row,
      BucketIndex index,
      int received,
      int resolved,
      int facts,
      long step,
      Timeliness ended,
      IntFunction<Timeliness> openAtEndOf) {
    int n = index.size();
    int a = index.bucket(received);
    if (a >= 0 && a < n) {
      intake(c, row + a * WIDTH, facts, step);
    }
    int end = n;
    if (resolved != BucketIndex.NOT_RESOLVED) {
      int r = index.bucket(resolved);
      if (r >= 0 && r < n) {
        int at = row + r * WIDTH;
        c[at + endCounter(ended)] += step;
        c[at + RESULT_ISSUED] += bit(facts, DossierFacts.RESULT_ISSUED) * step;
        c[at + RESULT_DIGITIZED] += bit(facts, DossierFacts.RESULT_DIGITIZED) * step;
      }
      end = Math.min(r, n);
    }
    for (int b = Math.max(a, 0); b < end; b++) {
      Timeliness t = openAtEndOf.apply(b);
      int column;
      if (t == Timeliness.IN_PROGRESS_WITHIN_DEADLINE) {
        column = WITHIN_DEADLINE;
      } else if (t == Timeliness.OVERDUE) {
        column = OVERDUE;
      } else {
        throw new IllegalStateException("a dossier open at a bucket's end was judged " + t);
      }
      mark(c, row, n, b, b + 1, column, step);
    }
  }

  private static int endCounter(Timeliness t) {
    return switch (t) {
      case EARLY -> RESOLVED_EARLY;
      case ON_TIME -> RESOLVED_ON_TIME;
      case LATE -> RESOLVED_LATE;
      case IN_PROGRESS_WITHIN_DEADLINE, OVERDUE ->
          throw new IllegalStateException("a dossier ended was judged " + t);
    };
  }

  private static void intake(long[] c, int at, int facts, long step) {
    long online = bit(facts, DossierFacts.FILED_ONLINE);
    long eligible = bit(facts, DossierFacts.ONLINE_SERVICE);
    long full = bit(facts, DossierFacts.FULL_ONLINE_SERVICE);
    c[at + RECEIVED] += step;
    c[at + RECEIVED_ONLINE] += online * step;
    c[at + ELIGIBLE] += eligible * step;
    c[at + ELIGIBLE_ONLINE] += eligible * online * step;
    c[at + FULL_ONLINE_ELIGIBLE] += full * step;
    c[at + FULL_ONLINE_FILED] += full * online * step;
    c[at + INTAKE_DIGITIZED] += bit(facts, DossierFacts.INTAKE_DIGITIZED) * step;
    c[at + FEE_CHARGED] += bit(facts, DossierFacts.FEE_CHARGED) * step;
    c[at + PAID_ONLINE] += bit(facts, DossierFacts.PAID_ONLINE) * step;
  }

  private static long bit(int facts, int fact) {
    return (facts & fact) == 0 ? 0 : 1;
  }

  /**
   * The resolution counter of a dossier resolved on a day: early before its due date, on time on it
   * (or early, for a rule that has no "on time"), late after it.
   *
   * @param resolved the span day resolved
   * @param due the span day due
   * @param onTimeAsEarly whether the rule calls a dossier resolved on its due date early
   * @return the index of {@link Counter#RESOLVED_EARLY}, {@link Counter#RESOLVED_ON_TIME} or {@link
   *     Counter#RESOLVED_LATE}
   */
  public static int resolutionCounter(int resolved, int due, boolean onTimeAsEarly) {
    return resolved < due
        ? RESOLVED_EARLY
        : resolved == due ? (onTimeAsEarly ? RESOLVED_EARLY : RESOLVED_ON_TIME) : RESOLVED_LATE;
  }

  /**
   * The first bucket at whose end a dossier still open is overdue: the bucket of the day after its
   * due date.
   *
   * @param index the buckets
   * @param due the span day due
   * @return a bucket index, -1 to {@code index.size()}
   */
  public static int overdueFrom(BucketIndex index, int due) {
    return index.bucketAfter(due);
  }

  /** Adds {@code step} to a column over buckets {@code [from, to)}, as differences. */
  private static void mark(long[] c, int row, int n, int from, int to, int column, long step) {
    c[row + from * WIDTH + column] += step;
    if (to < n) {
      c[row + to * WIDTH + column] -= step;
    }
  }
}
