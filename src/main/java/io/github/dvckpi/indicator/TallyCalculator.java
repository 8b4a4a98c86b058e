package io.github.dvckpi.indicator;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.period.DateRange;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Counts dossiers into tallies over a period, in one pass, without collecting the dossiers.
 *
 * <p>Memory is proportional to the number of groups, not of dossiers. Each dossier is placed in the
 * period by each counter's own date (intake, resolution, or state at the period's end); dossiers
 * that touch no counter of the period create no group.
 *
 * <pre>{@code
 * Map<AdministrativeLevel, Tally> byTier =
 *     TallyCalculator.tallyBy(dossiers, period, GroupKeys.tier());
 * byTier.get(AdministrativeLevel.COMMUNE).rate(Indicator.RESULT_DIGITIZATION);
 * }</pre>
 */
public final class TallyCalculator {

  private TallyCalculator() {}

  /**
   * The tally of all dossiers over a period.
   *
   * @param dossiers the dossiers, read once
   * @param period the period
   * @return the tally
   */
  public static Tally tally(Iterable<? extends Dossier> dossiers, DateRange period) {
    requireNonNull(period, "period");
    TallyAccumulator acc = new TallyAccumulator();
    for (Dossier dossier : dossiers) {
      acc.add(requireNonNull(dossier, "dossier"), period);
    }
    return acc.snapshot();
  }

  /**
   * The tally of all dossiers of a stream over a period; a parallel stream is counted in parallel.
   *
   * @param dossiers the dossiers, consumed
   * @param period the period
   * @return the tally
   */
  public static Tally tally(Stream<? extends Dossier> dossiers, DateRange period) {
    return dossiers.collect(toTally(period));
  }

  /**
   * Tallies per group over a period, in one pass.
   *
   * @param <K> the group key
   * @param dossiers the dossiers, read once
   * @param period the period
   * @param key the group of a dossier, never null
   * @return the tallies by group, in the order groups were first met
   */
  public static <K> ImmutableMap<K, Tally> tallyBy(
      Iterable<? extends Dossier> dossiers,
      DateRange period,
      Function<? super Dossier, ? extends K> key) {
    requireNonNull(period, "period");
    requireNonNull(key, "key");
    Map<K, TallyAccumulator> groups = new LinkedHashMap<>();
    for (Dossier dossier : dossiers) {
      requireNonNull(dossier, "dossier");
      if (TallyAccumulator.isRelevant(dossier, period)) {
        K k = requireNonNull(key.apply(dossier), "group key");
        groups.computeIfAbsent(k, unused -> new TallyAccumulator()).add(dossier, period);
      }
    }
    return snapshot(groups);
  }

  /**
   * Tallies per group of a stream over a period; a parallel stream is counted in parallel and the
   * partial tallies merged.
   *
   * @param <K> the group key
   * @param dossiers the dossiers, consumed
   * @param period the period
   * @param key the group of a dossier, never null
   * @return the tallies by group
   */
  public static <K> ImmutableMap<K, Tally> tallyBy(
      Stream<? extends Dossier> dossiers,
      DateRange period,
      Function<? super Dossier, ? extends K> key) {
    return dossiers.collect(groupingBy(period, key));
  }

  /**
   * A collector of dossiers into one tally over a period.
   *
   * @param period the period
   * @return the collector; safe for parallel streams
   */
  public static Collector<Dossier, ?, Tally> toTally(DateRange period) {
    requireNonNull(period, "period");
    return Collector.of(
        TallyAccumulator::new,
        (acc, dossier) -> acc.add(dossier, period),
        TallyAccumulator::add,
        TallyAccumulator::snapshot);
  }

  /**
   * A collector of dossiers into tallies per group over a period.
   *
   * @param <K> the group key
   * @param period the period
   * @param key the group of a dossier, never null
   * @return the collector; safe for parallel streams
   */
  public static <K> Collector<Dossier, ?, ImmutableMap<K, Tally>> groupingBy(
      DateRange period, Function<? super Dossier, ? extends K> key) {
    requireNonNull(period, "period");
    requireNonNull(key, "key");
    return Collector.<Dossier, Map<K, TallyAccumulator>, ImmutableMap<K, Tally>>of(
        HashMap::new,
        (groups, dossier) -> {
          if (TallyAccumulator.isRelevant(dossier, period)) {
            K k = requireNonNull(key.apply(dossier), "group key");
            groups.computeIfAbsent(k, unused -> new TallyAccumulator()).add(dossier, period);
          }
        },
        (left, right) -> {
          right.forEach((k, acc) -> left.merge(k, acc, TallyAccumulator::add));
          return left;
        },
        TallyCalculator::snapshot);
  }

  private static <K> ImmutableMap<K, Tally> snapshot(Map<K, TallyAccumulator> groups) {
    ImmutableMap.Builder<K, Tally> out = ImmutableMap.builderWithExpectedSize(groups.size());
    groups.forEach((k, acc) -> out.put(k, acc.snapshot()));
    return out.buildOrThrow();
  }
}
