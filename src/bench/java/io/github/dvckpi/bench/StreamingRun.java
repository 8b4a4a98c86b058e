package io.github.dvckpi.bench;

import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.sample.DossierGenerator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The streaming run, meant for a small heap ({@code -Xmx64m}): counts generated dossiers that are
 * never materialised, sequentially and then in parallel over the split generator, checks both
 * results equal and complete, and prints one line {@code STREAMING key=value ...} with the times
 * and the peak heap (the sum of the heap pools' peaks: an upper bound of the true peak).
 */
public final class StreamingRun {

  private StreamingRun() {}

  /**
   * Runs it.
   *
   * @param args the number of dossiers
   */
  public static void main(String[] args) {
    long n = Long.parseLong(args[0]);
    DossierGenerator gen = DossierGenerator.of(BenchData.SEED, n);
    long t0 = System.nanoTime();
    Tallies<UnitTier> sequential =
        Tallies.of(gen.stream(), Grouping.byUnitAndTier(), BenchData.MONTHS);
    long t1 = System.nanoTime();
    Tallies<UnitTier> parallel =
        Tallies.of(gen.parallelStream(), Grouping.byUnitAndTier(), BenchData.MONTHS);
    long t2 = System.nanoTime();
    long received = sequential.total().count(Counter.RECEIVED);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    boolean ok = sequential.equals(parallel) && received == n;
    System.out.println(
        "STREAMING dossiers="
            + n
            + " sequentialMs="
            + (t1 - t0) / 1_000_000
            + " parallelMs="
            + (t2 - t1) / 1_000_000
            + " peakHeapBytes="
            + peak
            + " maxHeapBytes="
            + Runtime.getRuntime().maxMemory()
            + " groups="
            + sequential.groups().size()
            + " equal="
            + ok);
    if (!ok) {
      System.exit(1);
    }
  }
}
