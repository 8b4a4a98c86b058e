package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.indicator.UnitTier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Where the parallel mode spends its time, on a shared machine: every variant run in alternating
 * rounds in one JVM, the fastest round kept (the one least disturbed by other processes). It splits
 * the parallel count into its parts — counting each half alone, the merge of the two accumulators,
 * the snapshot — and compares the parallel stream's collector (one accumulator per fork-join leaf)
 * with the core's one-part-per-thread split, and with the hand-written loop and its two-thread
 * control.
 *
 * <pre>
 * java -cp … io.github.dvckpi.bench.ParallelProfile [dossiers] [rounds]
 * </pre>
 */
public final class ParallelProfile {

  private ParallelProfile() {}

  /**
   * Runs the profile.
   *
   * @param args the number of dossiers (default 500,000) and of rounds (default 30)
   * @throws Exception if a variant fails
   */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    List<Dossier> list = BenchData.dossiers(n);
    List<Dossier> first = new ArrayList<>(list.subList(0, n / 2));
    List<Dossier> second = new ArrayList<>(list.subList(n / 2, n));
    ExecutorService thread = Executors.newSingleThreadExecutor();
    int year = BenchData.YEAR.year();
    Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
    variants.put("core, sequential", () -> count(list));
    variants.put(
        "core, parallel: one part per thread (Tallies.ofParallel)",
        () -> Tallies.ofParallel(list, Grouping.byUnitAndTier(), BenchData.MONTHS));
    variants.put(
        "core, parallel stream collector (one accumulator per fork-join leaf)",
        () -> Tallies.of(list.parallelStream(), Grouping.byUnitAndTier(), BenchData.MONTHS));
    variants.put("  part: first half alone", () -> accumulate(first));
    variants.put("  part: second half alone", () -> accumulate(second));
    TallyAccumulator<UnitTier> a = accumulate(first);
    TallyAccumulator<UnitTier> b = accumulate(second);
    variants.put(
        "  part: merge two accumulators",
        () -> new TallyAccumulator<>(Grouping.byUnitAndTier(), BenchData.MONTHS).merge(a).merge(b));
    variants.put("  part: snapshot", a::snapshot);
    variants.put("hand-written loop", () -> HandLoop.count(list, year));
    variants.put(
        "control: hand-written loop, 2 threads",
        () -> {
          try {
            return HandLoop.countOnTwoThreads(list, year, thread);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
    Map<String, Long> best = new LinkedHashMap<>();
    Object[] sink = new Object[1];
    for (int r = 0; r < rounds; r++) {
      for (Map.Entry<String, Supplier<Object>> v : variants.entrySet()) {
        long t0 = System.nanoTime();
        sink[0] = v.getValue().get();
        long t = System.nanoTime() - t0;
        best.merge(v.getKey(), t, Math::min);
      }
    }
    thread.shutdownNow();
    System.out.println(
        "fastest of " + rounds + " alternating rounds, " + n + " dossiers (" + sink.length + "):");
    System.out.println("| variant | ms | speed-up over its sequential |");
    System.out.println("|---|---:|---:|");
    long seq = best.get("core, sequential");
    long hand = best.get("hand-written loop");
    for (Map.Entry<String, Long> e : best.entrySet()) {
      boolean isHand = e.getKey().contains("hand-written");
      String speedUp =
          e.getKey().startsWith("  ")
              ? ""
              : String.format("%.2f×", (isHand ? hand : seq) / (double) e.getValue());
      System.out.printf("| %s | %.1f | %s |%n", e.getKey().trim(), e.getValue() / 1e6, speedUp);
    }
  }

  private static Tallies<UnitTier> count(List<Dossier> list) {
    return Tallies.of(list, Grouping.byUnitAndTier(), BenchData.MONTHS);
  }

  private static TallyAccumulator<UnitTier> accumulate(List<Dossier> list) {
    return new TallyAccumulator<>(Grouping.byUnitAndTier(), BenchData.MONTHS).addAll(list);
  }
}
