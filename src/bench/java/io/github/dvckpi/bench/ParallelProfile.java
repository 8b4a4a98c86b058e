package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.indicator.UnitTier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Where the parallel mode spends its time, on a shared machine, and what a second thread gives it
 * beside what it gives the hand-written loop. Every variant runs once per round, the rounds
 * alternate in one JVM, and the fastest round (the one least disturbed by other processes) and the
 * median round (what a run disturbed as usual gets) are kept. Alternating matters: two benchmarks
 * run one after the other (as JMH runs them) meet different loads on a shared machine, so their
 * ratio mixes the code with the moment; variants measured in the same rounds meet the same loads.
 *
 * <p>The variants split the parallel count into its parts — each half counted alone, the merge of
 * two accumulators, the snapshot — and compare the core's parallel mode (chunks from a shared
 * cursor, one accumulator per thread) with static halves on two threads, with the parallel stream's
 * collector (one accumulator per fork-join leaf), and with the hand-written loop and its two-thread
 * control.
 *
 * <pre>
 * java -cp … io.github.dvckpi.bench.ParallelProfile [dossiers] [rounds]
 * </pre>
 */
public final class ParallelProfile {

  static final String SEQUENTIAL = "core, sequential";
  static final String PARALLEL =
      "core, parallel (Tallies.ofParallel: chunks from a shared cursor, one accumulator per"
          + " thread)";
  static final String HAND = "hand-written loop";
  static final String CONTROL = "control: hand-written loop, 2 threads";

  private final Map<String, long[]> times;
  private final int rounds;

  private ParallelProfile(Map<String, long[]> times, int rounds) {
    this.times = times;
    this.rounds = rounds;
  }

  /**
   * Runs the profile.
   *
   * @param args the number of dossiers (default 500,000) and of rounds (default 40)
   * @throws Exception if a variant fails
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    measure(BenchData.dossiers(n), rounds, true).print(n);
  }

  /**
   * Measures the variants in alternating rounds.
   *
   * @param list the dossiers
   * @param rounds how many rounds
   * @param parts whether to measure the parts and the other splits too, or only the four variants
   *     of the speed-up comparison
   */
  static ParallelProfile measure(List<Dossier> list, int rounds, boolean parts) throws Exception {
    int n = list.size();
    List<Dossier> first = new ArrayList<>(list.subList(0, n / 2));
    List<Dossier> second = new ArrayList<>(list.subList(n / 2, n));
    ExecutorService thread = Executors.newSingleThreadExecutor();
    int year = BenchData.YEAR.year();
    Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
    variants.put(SEQUENTIAL, () -> accumulate(list).snapshot());
    variants.put(
        PARALLEL, () -> Tallies.ofParallel(list, Grouping.byUnitAndTier(), BenchData.MONTHS));
    if (parts) {
      variants.put(
          "core, static halves on two threads (one accumulator each, merged)",
          () -> {
            Future<TallyAccumulator<UnitTier>> other =
                thread.submit(() -> accumulate(list.subList(n / 2, n)));
            return accumulate(list.subList(0, n / 2)).merge(get(other)).snapshot();
          });
      variants.put(
          "core, parallel stream collector (one accumulator per fork-join leaf)",
          () -> Tallies.of(list.parallelStream(), Grouping.byUnitAndTier(), BenchData.MONTHS));
      variants.put("  part: first half alone", () -> accumulate(first));
      variants.put("  part: second half alone", () -> accumulate(second));
      TallyAccumulator<UnitTier> a = accumulate(first);
      TallyAccumulator<UnitTier> b = accumulate(second);
      variants.put(
          "  part: merge two accumulators into a new one",
          () ->
              new TallyAccumulator<>(Grouping.byUnitAndTier(), BenchData.MONTHS).merge(a).merge(b));
      variants.put("  part: snapshot", a::snapshot);
    }
    variants.put(HAND, () -> HandLoop.count(list, year));
    variants.put(
        CONTROL,
        () -> {
          try {
            return HandLoop.countOnTwoThreads(list, year, thread);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    Map<String, long[]> times = new LinkedHashMap<>();
    variants.keySet().forEach(k -> times.put(k, new long[rounds]));
    Object[] sink = new Object[1];
    try {
      for (int r = 0; r < rounds; r++) {
        for (Map.Entry<String, Supplier<Object>> v : variants.entrySet()) {
          long t0 = System.nanoTime();
          sink[0] = v.getValue().get();
          timesOf(times, v.getKey())[r] = System.nanoTime() - t0;
        }
      }
    } finally {
      thread.shutdownNow();
    }
    times.values().forEach(Arrays::sort);
    return new ParallelProfile(times, rounds);
  }

  /** The median time of a variant, in nanoseconds. */
  long median(String variant) {
    return timesOf(times, variant)[rounds / 2];
  }

  /** The fastest time of a variant, in nanoseconds. */
  long fastest(String variant) {
    return timesOf(times, variant)[0];
  }

  /** The core's gain from its parallel mode, from the median rounds. */
  double coreGain() {
    return median(SEQUENTIAL) / (double) median(PARALLEL);
  }

  /** The hand-written loop's gain from a second thread, from the median rounds. */
  double controlGain() {
    return median(HAND) / (double) median(CONTROL);
  }

  /** Prints the table. */
  void print(int n) {
    System.out.println(
        "fastest and median of " + rounds + " alternating rounds, " + n + " dossiers:");
    System.out.println(
        "| variant | fastest ms | speed-up over its sequential | median ms | speed-up (median) |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Map.Entry<String, long[]> e : times.entrySet()) {
      boolean part = e.getKey().startsWith("  ");
      String base = e.getKey().contains("hand-written") ? HAND : SEQUENTIAL;
      System.out.printf(
          "| %s | %.1f | %s | %.1f | %s |%n",
          e.getKey().trim(),
          fastest(e.getKey()) / 1e6,
          part ? "" : String.format("%.2f×", fastest(base) / (double) fastest(e.getKey())),
          median(e.getKey()) / 1e6,
          part ? "" : String.format("%.2f×", median(base) / (double) median(e.getKey())));
    }
  }

  private static long[] timesOf(Map<String, long[]> times, String variant) {
    long[] t = times.get(variant);
    if (t == null) {
      throw new IllegalArgumentException("no variant " + variant);
    }
    return t;
  }

  private static <T> T get(Future<T> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static TallyAccumulator<UnitTier> accumulate(List<Dossier> list) {
    return new TallyAccumulator<>(Grouping.byUnitAndTier(), BenchData.MONTHS).addAll(list);
  }
}
