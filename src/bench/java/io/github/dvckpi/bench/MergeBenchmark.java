package io.github.dvckpi.bench;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.indicator.DossierFacts;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.KeyCodec;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.period.Buckets;
import java.time.LocalDate;
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
 * Merging two partial tallies of 10,000 non-empty cells (unit × tier × month) each, and their
 * binary form: the same groups (two partitions of one province), and groups that overlap by half
 * (two partitions of neighbouring territories).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init") // JMH initialises state in @Setup
public class MergeBenchmark {

  /** The number of non-empty cells of each tally. */
  static final int CELLS = 10_000;

  static final KeyCodec<UnitTier> KEYS = KeyCodec.unitTiers();

  Tallies<UnitTier> left;
  Tallies<UnitTier> right;
  Tallies<UnitTier> shifted;
  byte[] leftBytes;

  /** Builds the tallies. */
  @Setup(Level.Trial)
  public void build() {
    left = tallies(1, 0);
    right = tallies(2, 0);
    shifted = tallies(3, CELLS / 2);
    leftBytes = left.encode(KEYS);
  }

  /**
   * {@link #CELLS} cells, cell numbers from {@code firstCell}, each counting 1 to 400 dossiers with
   * random facts received and resolved in its month.
   */
  static Tallies<UnitTier> tallies(long seed, int firstCell) {
    Buckets months = BenchData.MONTHS;
    SplittableRandom random = new SplittableRandom(seed);
    TallyAccumulator<UnitTier> acc = new TallyAccumulator<>(Grouping.byUnitAndTier(), months);
    for (int c = firstCell; c < firstCell + CELLS; c++) {
      int group =
          acc.group(
              UnitTier.of(String.valueOf(30_000 + c / months.size()), AdministrativeLevel.COMMUNE));
      LocalDate first = months.get(c % months.size()).first();
      for (int n = 1 + random.nextInt(400); n > 0; n--) {
        int facts = random.nextInt(1 << 8);
        facts &= ~((facts & DossierFacts.FEE_CHARGED) == 0 ? DossierFacts.PAID_ONLINE : 0);
        facts |= (facts & DossierFacts.FULL_ONLINE_SERVICE) != 0 ? DossierFacts.ONLINE_SERVICE : 0;
        facts |= (facts & DossierFacts.RESULT_DIGITIZED) != 0 ? DossierFacts.RESULT_ISSUED : 0;
        LocalDate received = first.plusDays(random.nextInt(10));
        acc.add(group, received, received.plusDays(random.nextInt(30)), first.plusDays(20), facts);
      }
    }
    return acc.snapshot();
  }

  /** Two tallies over the same 10,000 cells. */
  @Benchmark
  public Tallies<UnitTier> mergeSameGroups() {
    return left.plus(right);
  }

  /** Two tallies of 10,000 cells sharing half of them. */
  @Benchmark
  public Tallies<UnitTier> mergeHalfOverlapping() {
    return left.plus(shifted);
  }

  /** Encoding a 10,000-cell tally. */
  @Benchmark
  public byte[] encode() {
    return left.encode(KEYS);
  }

  /** Decoding a 10,000-cell tally. */
  @Benchmark
  public Tallies<UnitTier> decode() {
    return Tallies.decode(leftBytes, KEYS);
  }
}
