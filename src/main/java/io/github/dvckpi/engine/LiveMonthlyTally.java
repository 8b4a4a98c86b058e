package io.github.dvckpi.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Tally;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Monthly tallies kept up to date event by event, for a real-time dashboard.
 *
 * <p>Each {@link DossierEvent} retracts the dossier's previous contribution and adds its new one,
 * in constant time (one map lookup and two {@link MonthlyTallyAccumulator} updates), so the live
 * state always equals a batch {@link MonthlyTallyCalculator#tally(Iterable, MonthRange)
 * recomputation} over the current dossiers. It keeps each dossier's current state to know what to
 * retract; a service that keeps the states elsewhere can call {@link
 * MonthlyTallyAccumulator#replace(Dossier, Dossier)} directly.
 *
 * <p>Not thread-safe: apply events from one thread (or guard it), or feed a {@link
 * ConcurrentMonthlyAccumulator} from many.
 */
public final class LiveMonthlyTally {

  private final MonthlyTallyAccumulator tallies;
  private final Map<String, Dossier> current = new HashMap<>();

  /**
   * A live tally with no dossier.
   *
   * @param months the months to tally
   */
  public LiveMonthlyTally(MonthRange months) {
    this.tallies = new MonthlyTallyAccumulator(months);
  }

  /**
   * Applies an event: the dossier's previous state is retracted and its new state counted.
   *
   * @param event the event
   * @return this live tally
   * @throws io.github.dvckpi.domain.InvalidRecordException naming the dossier, if the event does
   *     not apply to its current state; the live state is then unchanged
   */
  public LiveMonthlyTally apply(DossierEvent event) {
    String id = event.dossierId();
    Dossier before = current.get(id);
    Dossier after = event.applyTo(before);
    if (before == null) {
      if (after != null) {
        tallies.add(after);
        current.put(id, after);
      }
    } else if (after != null) {
      tallies.replace(before, after);
      // the key's bucket was just read: this second lookup hits the cache
      current.put(id, after);
    } else {
      tallies.remove(before);
      current.remove(id);
    }
    return this;
  }

  /**
   * Applies events in order.
   *
   * @param events the events
   * @return this live tally
   * @throws io.github.dvckpi.domain.InvalidRecordException at the first event that does not apply;
   *     the events before it stay applied
   */
  public LiveMonthlyTally applyAll(Iterable<? extends DossierEvent> events) {
    for (DossierEvent event : events) {
      apply(requireNonNull(event, "event"));
    }
    return this;
  }

  /**
   * The current state of a dossier.
   *
   * @param id the dossier's id
   * @return its state, or empty if it was never received or was deleted
   */
  public Optional<Dossier> dossier(String id) {
    return Optional.ofNullable(current.get(id));
  }

  /**
   * The number of dossiers currently counted.
   *
   * @return the number of dossiers
   */
  public int size() {
    return current.size();
  }

  /**
   * The dossiers currently counted.
   *
   * @return a copy, in no particular order
   */
  public ImmutableList<Dossier> dossiers() {
    return ImmutableList.copyOf(current.values());
  }

  /**
   * The current tally of a group in a month.
   *
   * @param group the unit and tier
   * @param month the month
   * @return the tally
   */
  public Tally tally(UnitTier group, YearMonth month) {
    return tallies.tally(group, month);
  }

  /**
   * The current tallies.
   *
   * @return an immutable snapshot
   */
  public MonthlyTallies snapshot() {
    return tallies.snapshot();
  }

  @Override
  public String toString() {
    return "LiveMonthlyTally[" + tallies.months() + ", " + current.size() + " dossiers]";
  }
}
