package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.LiveTally;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.indicator.UnitTier;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cross-check of the single-threaded operations that does not depend on how busy the machine is:
 * the CPU time of the measuring thread ({@link ThreadMXBean#getCurrentThreadCpuTime()}), not the
 * wall-clock time, over repeated runs after a warm-up, the best run kept. On a shared machine the
 * JMH scores include the time the thread waited for a core; these do not. They are reported beside
 * the JMH scores, never instead of them.
 */
final class CpuTimes {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CpuTimes() {}

  /** Nanoseconds of CPU per operation, the best of {@code runs} runs of {@code ops} operations. */
  private static BigDecimal best(int runs, long ops, Runnable run) {
    long best = Long.MAX_VALUE;
    for (int r = 0; r < runs; r++) {
      long t0 = THREADS.getCurrentThreadCpuTime();
      run.run();
      long t = THREADS.getCurrentThreadCpuTime() - t0;
      best = Math.min(best, t);
    }
    return BigDecimal.valueOf(best).divide(BigDecimal.valueOf(ops), 1, RoundingMode.HALF_UP);
  }

  static Map<String, BigDecimal> measure(List<Dossier> list) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    int year = BenchData.YEAR.year();
    Object[] sink = new Object[1];
    for (int warm = 0; warm < 2; warm++) {
      out.put(
          "librarySequential",
          best(
              5,
              list.size(),
              () -> sink[0] = Tallies.of(list, Grouping.byUnitAndTier(), BenchData.MONTHS)));
      out.put("handLoop", best(5, list.size(), () -> sink[0] = HandLoop.count(list, year)));
      out.put("fluent", best(5, list.size(), () -> sink[0] = CountingBenchmark.fluent(list)));
    }
    LiveWorkload w = new LiveWorkload(LiveBenchmark.LIVE_DOSSIERS);
    LiveTally<UnitTier> live = new LiveTally<>(Grouping.byUnitAndTier(), BenchData.MONTHS);
    TallyAccumulator<UnitTier> acc =
        new TallyAccumulator<>(Grouping.byUnitAndTier(), BenchData.MONTHS);
    w.fill(live);
    for (Dossier d : w.inProgress) {
      acc.add(d);
    }
    int events = w.kind.length;
    for (int warm = 0; warm < 3; warm++) {
      out.put(
          "liveEvent",
          best(
              3,
              events,
              () -> {
                for (int e = 0; e < events; e++) {
                  w.applyByNumber(live, e);
                }
              }));
      out.put(
          "accumulatorReplace",
          best(
              3,
              2L * w.inProgress.size(),
              () -> {
                for (int i = 0; i < w.inProgress.size(); i++) {
                  acc.replace(w.inProgress.get(i), w.resolved.get(i));
                }
                for (int i = 0; i < w.inProgress.size(); i++) {
                  acc.replace(w.resolved.get(i), w.inProgress.get(i));
                }
              }));
    }
    LiveWorkload small = new LiveWorkload(1_000);
    LiveTally<UnitTier> hot = new LiveTally<>(Grouping.byUnitAndTier(), BenchData.MONTHS);
    small.fill(hot);
    for (int warm = 0; warm < 3; warm++) {
      out.put(
          "liveEventHot",
          best(
              5,
              100L * small.kind.length,
              () -> {
                for (int r = 0; r < 100; r++) {
                  for (int e = 0; e < small.kind.length; e++) {
                    small.applyByNumber(hot, e);
                  }
                }
              }));
    }
    Tallies<UnitTier> left = MergeBenchmark.tallies(1, 0);
    Tallies<UnitTier> right = MergeBenchmark.tallies(2, 0);
    Tallies<UnitTier> shifted = MergeBenchmark.tallies(3, MergeBenchmark.CELLS / 2);
    for (int warm = 0; warm < 3; warm++) {
      out.put(
          "mergeSameGroups",
          best(
              5,
              100,
              () -> {
                for (int i = 0; i < 100; i++) {
                  sink[0] = left.plus(right);
                }
              }));
      out.put(
          "mergeHalfOverlapping",
          best(
              5,
              100,
              () -> {
                for (int i = 0; i < 100; i++) {
                  sink[0] = left.plus(shifted);
                }
              }));
    }
    return out;
  }
}
