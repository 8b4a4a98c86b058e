package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.engine.MonthlyTallies;
import io.github.dvckpi.engine.MonthlyTallyCalculator;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One pass over the same generated dossiers, grouped by unit × tier × month, computing every
 * indicator: the library and its contenders. Their results were checked equal by {@link
 * BenchmarkHarness} before this runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@SuppressWarnings("NullAway.Init") // JMH initialises state in @Setup
public class CountingBenchmark {

  /** The number of dossiers. */
  @Param("1000000")
  public int dossiers;

  List<Dossier> list;

  /** Generates the dossiers. */
  @Setup(Level.Trial)
  public void generate() {
    list = BenchData.dossiers(dossiers);
  }

  /** A second thread for the control of the parallel speed-up. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class SecondThread {
    ExecutorService executor;

    /** Starts the thread. */
    @Setup(Level.Trial)
    public void start() {
      executor = Executors.newSingleThreadExecutor();
    }

    /** Stops it. */
    @TearDown(Level.Trial)
    public void stop() {
      executor.shutdownNow();
    }
  }

  /** An in-memory DuckDB database with no table yet. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class EmptyDuckDb {
    DuckDbContender duck;

    /** Opens the database. */
    @Setup(Level.Trial)
    public void open() throws SQLException {
      duck = new DuckDbContender(BenchData.MONTHS);
    }

    /** Closes it. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      duck.close();
    }
  }

  /** An in-memory DuckDB database holding the dossiers. */
  @State(Scope.Benchmark)
  @SuppressWarnings("NullAway.Init")
  public static class LoadedDuckDb {
    DuckDbContender duck;

    /** Opens the database and loads the dossiers. */
    @Setup(Level.Trial)
    public void load(CountingBenchmark data) throws SQLException {
      duck = new DuckDbContender(BenchData.MONTHS);
      duck.load(data.list);
    }

    /** Closes it. */
    @TearDown(Level.Trial)
    public void close() throws SQLException {
      duck.close();
    }
  }

  /** The library, one thread. */
  @Benchmark
  public MonthlyTallies librarySequential() {
    return MonthlyTallyCalculator.tally(list, BenchData.MONTHS);
  }

  /** The library over a parallel stream (all cores). */
  @Benchmark
  public MonthlyTallies libraryParallel() {
    return MonthlyTallyCalculator.tallyParallel(list, BenchData.MONTHS);
  }

  /** The hand-written loop. */
  @Benchmark
  public HandLoop.Result handLoop() {
    return HandLoop.count(list, BenchData.MONTHS.first().getYear());
  }

  /** The control: the hand-written loop over each half, on two threads. */
  @Benchmark
  public HandLoop.Result handLoopTwoThreads(SecondThread second) throws Exception {
    return HandLoop.countOnTwoThreads(list, BenchData.MONTHS.first().getYear(), second.executor);
  }

  /** groupingBy, then filter-and-count per indicator. */
  @Benchmark
  public Map<String, long[]> naiveStreams() {
    return NaiveStreams.figures(list, BenchData.MONTHS);
  }

  /** DuckDB: append the dossiers, then query. */
  @Benchmark
  public Map<String, long[]> duckdbLoadAndQuery(EmptyDuckDb db) throws SQLException {
    db.duck.load(list);
    return db.duck.query(BenchData.MONTHS);
  }

  /** DuckDB: the query over the loaded table. */
  @Benchmark
  public Map<String, long[]> duckdbQueryOnly(LoadedDuckDb db) throws SQLException {
    return db.duck.query(BenchData.MONTHS);
  }
}
