package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.engine.DossierEvent;
import io.github.dvckpi.engine.LiveMonthlyTally;
import io.github.dvckpi.engine.MonthlyTallies;
import io.github.dvckpi.engine.MonthlyTallyAccumulator;
import io.github.dvckpi.engine.MonthlyTallyCalculator;
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
    int year = BenchData.MONTHS.first().getYear();
    Object[] sink = new Object[1];
    for (int warm = 0; warm < 2; warm++) {
      out.put(
          "librarySequential",
          best(
              5,
              list.size(),
              () -> sink[0] = MonthlyTallyCalculator.tally(list, BenchData.MONTHS)));
      out.put("handLoop", best(5, list.size(), () -> sink[0] = HandLoop.count(list, year)));
    }
    LiveWorkload w = new LiveWorkload(LiveBenchmark.LIVE_DOSSIERS);
    LiveMonthlyTally live = new LiveMonthlyTally(BenchData.MONTHS);
    MonthlyTallyAccumulator acc = new MonthlyTallyAccumulator(BenchData.MONTHS);
    for (Dossier d : w.inProgress) {
      live.apply(DossierEvent.received(d));
      acc.add(d);
    }
    DossierEvent[] events = w.events;
    for (int warm = 0; warm < 3; warm++) {
      out.put(
          "liveEvent",
          best(
              3,
              events.length,
              () -> {
                for (DossierEvent e : events) {
                  live.apply(e);
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
    LiveMonthlyTally hot = new LiveMonthlyTally(BenchData.MONTHS);
    small.inProgress.forEach(d -> hot.apply(DossierEvent.received(d)));
    for (int warm = 0; warm < 3; warm++) {
      out.put(
          "liveEventHot",
          best(
              5,
              100L * small.events.length,
              () -> {
                for (int r = 0; r < 100; r++) {
                  for (DossierEvent e : small.events) {
                    hot.apply(e);
                  }
                }
              }));
    }
    MonthlyTallies left = MergeBenchmark.tallies(1, 0);
    MonthlyTallies right = MergeBenchmark.tallies(2, 0);
    MonthlyTallies shifted = MergeBenchmark.tallies(3, MergeBenchmark.CELLS / 2);
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
