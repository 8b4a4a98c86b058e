package io.github.dvckpi.bench;

import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.sample.SampleProvince;
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

  /** The province the dossiers belong to. */
  static final UnitHierarchy HIERARCHY = SampleProvince.create().hierarchy();

  /** The core, one thread: unit × tier × month. */
  @Benchmark
  public Tallies<UnitTier> librarySequential() {
    return Tallies.of(list, Grouping.byUnitAndTier(), BenchData.MONTHS);
  }

  /** The core's parallel mode (all cores). */
  @Benchmark
  public Tallies<UnitTier> libraryParallel() {
    return Tallies.ofParallel(list, Grouping.byUnitAndTier(), BenchData.MONTHS);
  }

  /** The sentence a user writes: the year, the province by unit, every indicator. */
  @Benchmark
  public KpiReport fluent() {
    return fluent(list);
  }

  static KpiReport fluent(List<Dossier> list) {
    return Kpi.over(list, HIERARCHY)
        .period(BenchData.YEAR)
        .within("42")
        .byUnit()
        .compute(Indicator.values());
  }

  /** The hand-written loop. */
  @Benchmark
  public HandLoop.Result handLoop() {
    return HandLoop.count(list, BenchData.YEAR.year());
  }

  /** The control: the hand-written loop over each half, on two threads. */
  @Benchmark
  public HandLoop.Result handLoopTwoThreads(SecondThread second) throws Exception {
    return HandLoop.countOnTwoThreads(list, BenchData.YEAR.year(), second.executor);
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
