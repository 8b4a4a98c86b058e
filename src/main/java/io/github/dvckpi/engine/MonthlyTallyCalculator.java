package io.github.dvckpi.engine;

import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import java.util.Collection;
import java.util.Spliterator;
import java.util.stream.Collector;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Computes every indicator's counters for dossiers grouped by unit × tier × month, in one pass:
 * sequentially, over a parallel stream, or over split input.
 *
 * <p>The source is read once and never collected, so a generated {@link Stream} or {@link Iterable}
 * of any length runs in memory proportional to the number of groups (ten million dossiers fit in a
 * 64 MiB heap; see {@code docs/performance.md}). In parallel each split is counted into its own
 * {@link MonthlyTallyAccumulator} and the partial tallies are merged; the result is identical to
 * the sequential one, since merging is exact and order-free.
 *
 * <pre>{@code
 * MonthlyTallies t = MonthlyTallyCalculator.tally(dossiers, MonthRange.year(2024));
 * t.tally(UnitTier.of("436", AdministrativeLevel.DISTRICT), YearMonth.of(2024, 3))
 *     .rate(Indicator.ONLINE_SUBMISSION_ELIGIBLE);
 * }</pre>
 */
public final class MonthlyTallyCalculator {

  private MonthlyTallyCalculator() {}

  /**
   * The monthly tallies of dossiers, sequentially.
   *
   * @param dossiers the dossiers, read once
   * @param months the months to tally
   * @return the tallies
   */
  public static MonthlyTallies tally(Iterable<? extends Dossier> dossiers, MonthRange months) {
    requireNonNull(dossiers, "dossiers");
    return new MonthlyTallyAccumulator(months).addAll(dossiers).snapshot();
  }

  /**
   * The monthly tallies of a stream; a parallel stream is counted in parallel and the partial
   * tallies merged.
   *
   * @param dossiers the dossiers, consumed
   * @param months the months to tally
   * @return the tallies
   */
  public static MonthlyTallies tally(Stream<? extends Dossier> dossiers, MonthRange months) {
    return dossiers.collect(toMonthlyTallies(months));
  }

  /**
   * The monthly tallies of a collection, counted in parallel on the common fork-join pool (all
   * cores, the calling thread included).
   *
   * @param dossiers the dossiers
   * @param months the months to tally
   * @return the tallies, identical to {@link #tally(Iterable, MonthRange)}
   */
  public static MonthlyTallies tallyParallel(
      Collection<? extends Dossier> dossiers, MonthRange months) {
    return tally(dossiers.parallelStream(), months);
  }

  /**
   * The monthly tallies of split input: the spliterator is split as far as the common pool finds
   * useful and the parts are counted in parallel.
   *
   * @param dossiers the dossiers, consumed
   * @param months the months to tally
   * @return the tallies
   */
  public static MonthlyTallies tallyParallel(
      Spliterator<? extends Dossier> dossiers, MonthRange months) {
    return tally(StreamSupport.stream(dossiers, true), months);
  }

  /**
   * A collector of dossiers into monthly tallies.
   *
   * @param months the months to tally
   * @return the collector; unordered and safe for parallel streams
   */
  public static Collector<Dossier, MonthlyTallyAccumulator, MonthlyTallies> toMonthlyTallies(
      MonthRange months) {
    requireNonNull(months, "months");
    return Collector.of(
        () -> new MonthlyTallyAccumulator(months),
        MonthlyTallyAccumulator::add,
        MonthlyTallyAccumulator::merge,
        MonthlyTallyAccumulator::snapshot,
        Collector.Characteristics.UNORDERED);
  }
}
