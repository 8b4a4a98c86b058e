package io.github.dvckpi.engine;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A thread-safe {@link MonthlyTallyAccumulator} for many producer threads: each thread adds
 * dossiers as they arrive, and any thread may take a {@link #snapshot()} at any time.
 *
 * <p>Exact under contention: the counters are striped over several accumulators, each guarded by
 * its own lock, and a thread always uses the stripe of its id, so producers rarely wait on each
 * other and no update is ever lost. A snapshot holds every stripe's lock (always in the same order)
 * while it merges them, so it is a consistent cut: it contains exactly the updates that completed
 * before it, never a retraction without its addition.
 */
public final class ConcurrentMonthlyAccumulator {

  private final MonthRange months;
  private final MonthlyTallyAccumulator[] stripes;
  private final ReentrantLock[] locks;

  /**
   * An accumulator with a stripe per two cores (at least two stripes).
   *
   * @param months the months to tally
   */
  public ConcurrentMonthlyAccumulator(MonthRange months) {
    this(months, 2 * Runtime.getRuntime().availableProcessors());
  }

  /**
   * An accumulator with a chosen number of stripes.
   *
   * @param months the months to tally
   * @param stripes how many independent accumulators, rounded up to a power of two, at least 1
   * @throws IllegalArgumentException if {@code stripes} is less than 1
   */
  public ConcurrentMonthlyAccumulator(MonthRange months, int stripes) {
    this.months = requireNonNull(months, "months");
    if (stripes < 1) {
      throw new IllegalArgumentException("at least one stripe is needed, got " + stripes);
    }
    int size = Integer.highestOneBit(stripes - 1) << 1;
    this.stripes = new MonthlyTallyAccumulator[Math.max(size, 1)];
    this.locks = new ReentrantLock[this.stripes.length];
    for (int i = 0; i < this.stripes.length; i++) {
      this.stripes[i] = new MonthlyTallyAccumulator(months);
      this.locks[i] = new ReentrantLock();
    }
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
  public ConcurrentMonthlyAccumulator add(Dossier dossier) {
    requireNonNull(dossier, "dossier");
    int i = stripe();
    locks[i].lock();
    try {
      stripes[i].add(dossier);
    } finally {
      locks[i].unlock();
    }
    return this;
  }

  /**
   * Retracts a dossier counted before; safe to call from any thread, and the dossier may have been
   * added by another thread.
   *
   * @param dossier the dossier exactly as it was added
   * @return this accumulator
   */
  public ConcurrentMonthlyAccumulator remove(Dossier dossier) {
    requireNonNull(dossier, "dossier");
    int i = stripe();
    locks[i].lock();
    try {
      stripes[i].remove(dossier);
    } finally {
      locks[i].unlock();
    }
    return this;
  }

  /**
   * Replaces a dossier's previous state by its new one, atomically within the thread's stripe.
   *
   * @param before the dossier as it was added
   * @param after its new state
   * @return this accumulator
   */
  public ConcurrentMonthlyAccumulator replace(Dossier before, Dossier after) {
    requireNonNull(before, "before");
    requireNonNull(after, "after");
    int i = stripe();
    locks[i].lock();
    try {
      stripes[i].replace(before, after);
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
  public MonthlyTallies snapshot() {
    MonthlyTallyAccumulator total = new MonthlyTallyAccumulator(months);
    int locked = 0;
    try {
      for (; locked < locks.length; locked++) {
        locks[locked].lock();
      }
      for (MonthlyTallyAccumulator stripe : stripes) {
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
    return "ConcurrentMonthlyAccumulator[" + months + ", " + stripes.length + " stripes]";
  }
}
