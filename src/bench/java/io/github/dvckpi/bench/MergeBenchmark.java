package io.github.dvckpi.bench;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.engine.MonthRange;
import io.github.dvckpi.engine.MonthlyTallies;
import io.github.dvckpi.engine.MonthlyTalliesCodec;
import io.github.dvckpi.engine.UnitTier;
import io.github.dvckpi.engine.UnitTierMonth;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Tally;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Merging two partial tallies of 10,000 groups (unit × tier × month cells) each, and their
 * serialised form: the same groups (two partitions of one province), and groups that overlap by
 * half (two partitions of neighbouring territories).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init") // JMH initialises state in @Setup
public class MergeBenchmark {

  /** The number of non-empty cells of each tally. */
  static final int CELLS = 10_000;

  MonthlyTallies left;
  MonthlyTallies right;
  MonthlyTallies shifted;
  byte[] leftBytes;

  /** Builds the tallies. */
  @Setup(Level.Trial)
  public void build() {
    left = tallies(1, 0);
    right = tallies(2, 0);
    shifted = tallies(3, CELLS / 2);
    leftBytes = MonthlyTalliesCodec.encode(left);
  }

  /** {@link #CELLS} cells with random counters, cell numbers from {@code firstCell}. */
  static MonthlyTallies tallies(long seed, int firstCell) {
    MonthRange months = BenchData.MONTHS;
    SplittableRandom random = new SplittableRandom(seed);
    Map<UnitTierMonth, Tally> cells = new HashMap<>();
    for (int c = firstCell; c < firstCell + CELLS; c++) {
      UnitTier group =
          UnitTier.of(String.valueOf(30_000 + c / months.size()), AdministrativeLevel.COMMUNE);
      Tally t = Tally.empty();
      for (Counter counter : Counter.values()) {
        t = t.with(counter, 1 + random.nextInt(5_000));
      }
      cells.put(UnitTierMonth.of(group, months.month(c % months.size())), t);
    }
    return MonthlyTallies.of(months, cells);
  }

  /** Two tallies over the same 10,000 cells. */
  @Benchmark
  public MonthlyTallies mergeSameGroups() {
    return left.plus(right);
  }

  /** Two tallies of 10,000 cells sharing half of them. */
  @Benchmark
  public MonthlyTallies mergeHalfOverlapping() {
    return left.plus(shifted);
  }

  /** Serialising a 10,000-cell tally. */
  @Benchmark
  public byte[] encode() {
    return MonthlyTalliesCodec.encode(left);
  }

  /** Deserialising a 10,000-cell tally. */
  @Benchmark
  public MonthlyTallies decode() {
    return MonthlyTalliesCodec.decode(leftBytes);
  }
}
