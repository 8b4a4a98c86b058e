package io.github.dvckpi.bench;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.DossierEvent;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.LiveTally;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.TallyAccumulator;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.rate.RateFormat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the whole comparison in one go: checks that every contender computes the library's figures
 * on the same dossiers, runs the JMH benchmarks, runs the 10-million-dossier streaming run in a 64
 * MiB heap, then prints the table with the ratios and one {@code TARGET <name> MET|MISSED
 * <measured>} line per target (docs/performance.md).
 *
 * <p>Modes: {@code quick} (the default of {@code mvn -B -ntp -Pbench verify}: 500,000 dossiers, one
 * fork, short iterations) and {@code full} ({@code -Dbench.mode=full}: 5,000,000 dossiers, two
 * forks, longer iterations, and a cross-check of the single-threaded operations in thread CPU
 * time). {@code -Dbench.dossiers=N} overrides the number of dossiers, {@code
 * -Dbench.cpuTimes=true|false} turns the CPU-time cross-check on or off, {@code
 * -Dbench.checkOnly=true} stops after the equality checks.
 */
public final class BenchmarkHarness {

  private static final Locale EN = RateFormat.ENGLISH;
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  /** Rounds of the paired measurement of the parallel mode against the control. */
  private static final int PAIRED_ROUNDS = 30;

  private BenchmarkHarness() {}

  /**
   * Runs the benchmarks.
   *
   * @param args {@code quick} or {@code full}
   * @throws Exception if a check or a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    boolean full = args.length > 0 && args[0].equals("full");
    int n = Integer.getInteger("bench.dossiers", full ? 5_000_000 : 500_000);
    long streamed = Long.getLong("bench.streaming", 10_000_000L);
    System.out.println();
    System.out.println("== dvc-kpi benchmarks, " + (full ? "full" : "quick") + " mode ==");
    System.out.println(
        "machine: "
            + Runtime.getRuntime().availableProcessors()
            + " cores, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch")
            + ", Java "
            + System.getProperty("java.vm.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")");
    System.out.println(
        "dossiers: "
            + RateFormat.count(n, EN)
            + " generated (seed "
            + BenchData.SEED
            + "), unit × tier × month over the 12 months of "
            + BenchData.YEAR.year());

    if (Boolean.getBoolean("bench.exportOnly")) {
      exportToReport(full);
      return;
    }
    check(n);
    if (Boolean.getBoolean("bench.checkOnly")) {
      return;
    }
    boolean cpuTimes =
        Boolean.parseBoolean(System.getProperty("bench.cpuTimes", String.valueOf(full)));
    Map<String, BigDecimal> cpu = cpuTimes ? CpuTimes.measure(BenchData.dossiers(n)) : Map.of();
    if (Boolean.getBoolean("bench.cpuOnly")) {
      printCpu(cpu);
      return;
    }

    String counting = CountingBenchmark.class.getName() + "\\.";
    String fast =
        counting
            + "(librarySequential|libraryParallel|fluent|handLoop|handLoopTwoThreads|duckdbQueryOnly)$|"
            + LiveBenchmark.class.getName()
            + "\\.|"
            + MergeBenchmark.class.getName()
            + "\\.";
    String slow = counting + "(naiveStreams|duckdbLoadAndQuery)$";
    System.out.println(
        "running JMH: "
            + (full ? "2 forks" : "1 fork")
            + " per benchmark; "
            + (full ? "3×2 s warm-up, 5×2 s measured" : "2×1 s warm-up, 3×1 s measured")
            + " (the two slowest contenders: "
            + (full ? "2 + 3" : "1 + 2")
            + " iterations) ...");
    Map<String, BigDecimal> ns = new LinkedHashMap<>();
    Map<String, BigDecimal> error = new LinkedHashMap<>();
    collect(run(fast, n, full, full ? 3 : 2, full ? 5 : 3), ns, error);
    collect(run(slow, n, full, full ? 2 : 1, full ? 3 : 2), ns, error);

    System.out.println(
        "parallel against the control, in alternating rounds (" + PAIRED_ROUNDS + " rounds) ...");
    ParallelProfile paired = ParallelProfile.measure(BenchData.dossiers(n), PAIRED_ROUNDS, false);
    Streaming streaming = streaming(streamed);
    report(n, ns, error, streaming, paired);
    printCpu(cpu);
    exportToReport(full);
  }

  /** Rounds of the export-to-report table: the library and DuckDB in turn, the fastest kept. */
  private static final int EXPORT_ROUNDS = 3;

  /**
   * The "export to report" table: the same generated files to the intake counters of the year by
   * tier, by the library and by DuckDB ({@code read_csv} + SQL, all cores and one thread), checked
   * equal before anything is timed, then timed in alternating rounds in this JVM.
   */
  private static void exportToReport(boolean full) throws Exception {
    long rows = Long.getLong("bench.exportRows", full ? 10_000_000L : 1_000_000L);
    System.out.println();
    System.out.println(
        "export to report: " + RateFormat.count(rows, EN) + " dossier rows, writing the files ...");
    ExportToReport.Export export = ExportToReport.write(Paths.get("target", "export-bench"), rows);
    System.out.println(
        "files written: "
            + export.dossiers()
            + " ("
            + fmt(BigDecimal.valueOf(export.bytes()).divide(MILLION), 1)
            + " MB); checking DuckDB equal to the library ...");
    try (ExportToReport.DuckDb duckAll = new ExportToReport.DuckDb(0);
        ExportToReport.DuckDb duckOne = new ExportToReport.DuckDb(1)) {
      var expected = ExportToReport.library(export);
      ExportToReport.checkEqual(expected, duckAll.query(export), "DuckDB (all cores)");
      ExportToReport.checkEqual(expected, duckOne.query(export), "DuckDB (1 thread)");
      long library = Long.MAX_VALUE;
      long duckdb = Long.MAX_VALUE;
      long duckdbOne = Long.MAX_VALUE;
      for (int round = 0; round < EXPORT_ROUNDS; round++) {
        long t0 = System.nanoTime();
        ExportToReport.library(export);
        long t1 = System.nanoTime();
        duckAll.query(export);
        long t2 = System.nanoTime();
        duckOne.query(export);
        long t3 = System.nanoTime();
        library = Math.min(library, t1 - t0);
        duckdb = Math.min(duckdb, t2 - t1);
        duckdbOne = Math.min(duckdbOne, t3 - t2);
        System.out.println(
            "  round "
                + (round + 1)
                + ": library "
                + (t1 - t0) / 1_000_000
                + " ms, DuckDB all cores "
                + (t2 - t1) / 1_000_000
                + " ms, DuckDB 1 thread "
                + (t3 - t2) / 1_000_000
                + " ms");
      }
      BigDecimal base = BigDecimal.valueOf(duckdb);
      System.out.println();
      System.out.println(
          "Export to report, "
              + RateFormat.count(rows, EN)
              + " rows (fastest of "
              + EXPORT_ROUNDS
              + " alternating rounds; the intake counters of "
              + BenchData.YEAR.year()
              + " by tier, checked equal):");
      System.out.println("| contender | time (ms) | rows/s | ratio to DuckDB all cores |");
      System.out.println("|---|---:|---:|---:|");
      exportRow(
          "library, sequential (files → report by tier, duplicate check on)", library, rows, base);
      exportRow("DuckDB read_csv + SQL, all cores", duckdb, rows, base);
      exportRow("DuckDB read_csv + SQL, 1 thread", duckdbOne, rows, base);
      BigDecimal ratio = ratio(BigDecimal.valueOf(library), base);
      target(
          "export-to-report-vs-duckdb",
          ratio.compareTo(new BigDecimal("1.5")) <= 0,
          fmt(ratio, 2) + "× (≤ 1.5×; library sequential over DuckDB on all cores)");
    }
  }

  private static void exportRow(String label, long nanos, long rows, BigDecimal base) {
    BigDecimal t = BigDecimal.valueOf(nanos);
    System.out.println(
        "| "
            + label
            + " | "
            + fmt(t.divide(MILLION), 0)
            + " | "
            + fmt(
                BigDecimal.valueOf(rows)
                    .multiply(BigDecimal.valueOf(1_000_000_000L))
                    .divide(t, 0, RoundingMode.HALF_UP),
                0)
            + " | "
            + fmt(ratio(t, base), 2)
            + " |");
  }

  private static void printCpu(Map<String, BigDecimal> cpu) {
    if (!cpu.isEmpty()) {
      System.out.println();
      System.out.println(
          "Cross-check, thread CPU time (best run; excludes waiting for a core on a shared machine):");
      System.out.println("| operation | CPU time |");
      System.out.println("|---|---:|");
      System.out.println(
          "| library, sequential | " + fmt(get(cpu, "librarySequential"), 1) + " ns/dossier |");
      System.out.println("| hand-written loop | " + fmt(get(cpu, "handLoop"), 1) + " ns/dossier |");
      System.out.println("| fluent sentence | " + fmt(get(cpu, "fluent"), 1) + " ns/dossier |");
      System.out.println(
          "| live event by number, 100,000 live dossiers | "
              + fmt(get(cpu, "liveEvent"), 1)
              + " ns |");
      System.out.println(
          "| live event, 1,000 live dossiers (cache-resident) | "
              + fmt(get(cpu, "liveEventHot"), 1)
              + " ns |");
      System.out.println(
          "| accumulator replace only | " + fmt(get(cpu, "accumulatorReplace"), 1) + " ns |");
      System.out.println(
          "| merge, same groups | "
              + fmt(get(cpu, "mergeSameGroups").divide(BigDecimal.valueOf(1000)), 1)
              + " µs |");
      System.out.println(
          "| merge, half overlapping | "
              + fmt(get(cpu, "mergeHalfOverlapping").divide(BigDecimal.valueOf(1000)), 1)
              + " µs |");
    }
  }

  private static Collection<RunResult> run(
      String include, int n, boolean full, int warmups, int measurements) throws Exception {
    Options options =
        new OptionsBuilder()
            .include(include)
            .param("dossiers", String.valueOf(n))
            .forks(full ? 2 : 1)
            .warmupIterations(warmups)
            .warmupTime(TimeValue.seconds(full ? 2 : 1))
            .measurementIterations(measurements)
            .measurementTime(TimeValue.seconds(full ? 2 : 1))
            .jvmArgs(full ? "-Xmx4g" : "-Xmx2g")
            .shouldFailOnError(true)
            .verbosity(full ? VerboseMode.NORMAL : VerboseMode.SILENT)
            .build();
    return new Runner(options).run();
  }

  private static void collect(
      Collection<RunResult> results, Map<String, BigDecimal> ns, Map<String, BigDecimal> error) {
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      BigDecimal factor = nanosPer(r.getPrimaryResult().getScoreUnit());
      ns.put(name, BigDecimal.valueOf(r.getPrimaryResult().getScore()).multiply(factor));
      double err = r.getPrimaryResult().getScoreError();
      error.put(
          name, Double.isNaN(err) ? BigDecimal.ZERO : BigDecimal.valueOf(err).multiply(factor));
    }
  }

  private static BigDecimal nanosPer(String unit) {
    if (unit.startsWith("ms")) {
      return MILLION;
    }
    if (unit.startsWith("us")) {
      return BigDecimal.valueOf(1_000);
    }
    if (unit.startsWith("ns")) {
      return BigDecimal.ONE;
    }
    if (unit.startsWith("s")) {
      return BigDecimal.valueOf(1_000_000_000);
    }
    throw new IllegalStateException("unexpected unit " + unit);
  }

  /** Every contender's results equal the library's, or the run stops here. */
  private static void check(int n) throws Exception {
    List<Dossier> list = BenchData.dossiers(n);
    Tallies<UnitTier> library = Tallies.of(list, Grouping.byUnitAndTier(), BenchData.MONTHS);
    Map<String, long[]> figures = Figures.of(library);
    int cells = figures.size();
    System.out.println("checking every contender against the library's " + library + ":");
    require(
        "library parallel",
        Tallies.ofParallel(list, Grouping.byUnitAndTier(), BenchData.MONTHS).equals(library),
        cells);
    int year = BenchData.YEAR.year();
    HandLoop.Result hand = HandLoop.count(list, year);
    report(
        "hand-written loop (all 16 counters)",
        Figures.requireEqual(
            "hand-written loop", Figures.counters(library), HandLoop.counters(hand)));
    ExecutorService second = Executors.newSingleThreadExecutor();
    try {
      report(
          "hand-written loop on two threads (all 16 counters)",
          Figures.requireEqual(
              "hand-written loop on two threads",
              Figures.counters(library),
              HandLoop.counters(HandLoop.countOnTwoThreads(list, year, second))));
    } finally {
      second.shutdownNow();
    }
    Map<String, String> rowOf = Figures.rowOf(CountingBenchmark.HIERARCHY, "42");
    Map<String, long[]> fluent = Figures.rows(CountingBenchmark.fluent(list));
    report(
        "fluent sentence = the library's months spanned and rolled up by unit",
        Figures.requireEqual("fluent sentence", Figures.rows(library, rowOf), fluent));
    report(
        "fluent sentence = the hand-written loop's months rolled up by unit",
        Figures.requireEqual("hand-written loop by unit", Figures.rows(hand, rowOf), fluent));
    report(
        "naive streams (8 indicators × numerator, denominator)",
        Figures.requireEqual(
            "naive streams", figures, NaiveStreams.figures(list, BenchData.MONTHS)));
    try (DuckDbContender duck = new DuckDbContender(BenchData.MONTHS)) {
      duck.load(list);
      report(
          "DuckDB (8 indicators × numerator, denominator)",
          Figures.requireEqual("DuckDB", figures, duck.query(BenchData.MONTHS)));
    }
    // live: replaying one whole cycle of events leaves every dossier in progress again
    LiveWorkload w = new LiveWorkload(LiveBenchmark.LIVE_DOSSIERS);
    LiveTally<UnitTier> byId = new LiveTally<>(Grouping.byUnitAndTier(), BenchData.MONTHS);
    LiveTally<UnitTier> byNumber = new LiveTally<>(Grouping.byUnitAndTier(), BenchData.MONTHS);
    w.inProgress.forEach(d -> byId.apply(DossierEvent.received(d)));
    w.fill(byNumber);
    Map<String, Dossier> model = new HashMap<>();
    w.inProgress.forEach(d -> model.put(d.id(), d));
    for (int i = 0; i < w.events.length; i++) {
      byId.apply(w.events[i]);
      w.applyByNumber(byNumber, i);
      apply(model, w.events[i]);
      if (i == w.events.length / 2) {
        Tallies<UnitTier> batch =
            Tallies.of(model.values(), Grouping.byUnitAndTier(), BenchData.MONTHS);
        require(
            "live tally mid-cycle, by id and by number = batch of its current dossiers",
            byId.snapshot().equals(batch) && byNumber.snapshot().equals(batch),
            byId.size());
      }
    }
    Tallies<UnitTier> batch = Tallies.of(w.inProgress, Grouping.byUnitAndTier(), BenchData.MONTHS);
    require(
        "live tally after a cycle, by id and by number = batch of the dossiers",
        byId.snapshot().equals(batch) && byNumber.snapshot().equals(batch),
        byId.size());
    MergeBenchmark merge = new MergeBenchmark();
    merge.build();
    Tallies<UnitTier> viaAccumulator =
        new TallyAccumulator<>(Grouping.byUnitAndTier(), BenchData.MONTHS)
            .add(merge.left)
            .add(merge.shifted)
            .snapshot();
    int mergedCells = nonEmptyCells(merge.left);
    require(
        "merge of 10,000-cell tallies = accumulator sum, via bytes too",
        merge.mergeHalfOverlapping().equals(viaAccumulator)
            && merge.decode().plus(merge.shifted).equals(viaAccumulator)
            && mergedCells == MergeBenchmark.CELLS,
        mergedCells);
    System.out.println(
        "binary form of a 10,000-cell tally: "
            + RateFormat.count(merge.leftBytes.length, EN)
            + " bytes ("
            + RateFormat.count(merge.left.groups().size(), EN)
            + " groups × 12 months × 16 counters)");
  }

  private static int nonEmptyCells(Tallies<UnitTier> t) {
    int cells = 0;
    for (UnitTier g : t.groups()) {
      for (int m = 0; m < t.buckets().size(); m++) {
        cells += t.tally(g, m).isEmpty() ? 0 : 1;
      }
    }
    return cells;
  }

  /** What an event does to the model, by the rules of {@link Dossier}. */
  private static void apply(Map<String, Dossier> model, DossierEvent e) {
    if (e instanceof DossierEvent.Received r) {
      model.put(r.dossierId(), r.dossier());
      return;
    }
    Dossier d = model.get(e.dossierId());
    if (d == null) {
      throw new IllegalStateException("an event about a dossier not received: " + e);
    }
    if (e instanceof DossierEvent.Resolved r) {
      model.put(r.dossierId(), d.toBuilder().resolved(r.resolvedOn(), r.outcome()).build());
    } else if (e instanceof DossierEvent.ResultDigitized) {
      model.put(e.dossierId(), d.toBuilder().resultDigitized(true).build());
    } else if (e instanceof DossierEvent.Paid p) {
      model.put(e.dossierId(), d.toBuilder().paidOnline(p.online()).build());
    } else if (e instanceof DossierEvent.Corrected c) {
      model.put(e.dossierId(), c.dossier());
    } else {
      model.remove(e.dossierId());
    }
  }

  private static void require(String what, boolean ok, int cells) {
    if (!ok) {
      throw new IllegalStateException("CHECK FAILED: " + what);
    }
    report(what, cells);
  }

  private static void report(String what, int cells) {
    System.out.println("  CHECK " + what + ": equal (" + RateFormat.count(cells, EN) + ")");
  }

  /** What the streaming run printed. */
  private record Streaming(boolean ok, Map<String, String> values, String line) {}

  private static Streaming streaming(long n) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Xmx64m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(StreamingRun.class.getName());
    command.add(String.valueOf(n));
    System.out.println(
        "streaming " + RateFormat.count(n, EN) + " generated dossiers with -Xmx64m ...");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String line = "";
    StringBuilder all = new StringBuilder();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String l = in.readLine(); l != null; l = in.readLine()) {
        all.append(l).append('\n');
        if (l.startsWith("STREAMING ")) {
          line = l;
        }
      }
    }
    int exit = p.waitFor();
    Map<String, String> values = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(\\w+)=(\\S+)").matcher(line);
    while (m.find()) {
      values.put(m.group(1), m.group(2));
    }
    boolean ok = exit == 0 && "true".equals(values.get("equal"));
    if (!ok) {
      System.out.println("streaming run failed (exit " + exit + "):\n" + all);
    }
    return new Streaming(ok, values, line);
  }

  private static void report(
      int n,
      Map<String, BigDecimal> ns,
      Map<String, BigDecimal> error,
      Streaming streaming,
      ParallelProfile paired) {
    BigDecimal seq = get(ns, "librarySequential");
    BigDecimal par = get(ns, "libraryParallel");
    BigDecimal hand = get(ns, "handLoop");
    BigDecimal handTwo = get(ns, "handLoopTwoThreads");
    BigDecimal naive = get(ns, "naiveStreams");
    BigDecimal duckAll = get(ns, "duckdbLoadAndQuery");
    BigDecimal duckQuery = get(ns, "duckdbQueryOnly");
    BigDecimal fluent = get(ns, "fluent");
    BigDecimal live = get(ns, "liveEvent");
    BigDecimal liveById = get(ns, "liveEventById");
    BigDecimal replace = get(ns, "accumulatorReplace");
    BigDecimal mergeSame = get(ns, "mergeSameGroups");
    BigDecimal mergeHalf = get(ns, "mergeHalfOverlapping");

    System.out.println();
    System.out.println(
        "| contender ("
            + RateFormat.count(n, EN)
            + " dossiers, unit × tier × month, 8 indicators)"
            + " | ms/op | ± | ns/dossier | × library sequential |");
    System.out.println("|---|---:|---:|---:|---:|");
    row("library, sequential", "librarySequential", n, ns, error, seq);
    row("library, parallel (2 cores)", "libraryParallel", n, ns, error, seq);
    row(
        "fluent sentence: Kpi.over(list, hierarchy).period(year).within(province).byUnit()"
            + ".compute(all)",
        "fluent",
        n,
        ns,
        error,
        seq);
    row("hand-written loop (1 thread)", "handLoop", n, ns, error, seq);
    row("control: hand-written loop, 2 threads", "handLoopTwoThreads", n, ns, error, seq);
    row("naive streams: groupingBy + filter-count", "naiveStreams", n, ns, error, seq);
    row("DuckDB load + query", "duckdbLoadAndQuery", n, ns, error, seq);
    row("DuckDB query only", "duckdbQueryOnly", n, ns, error, seq);
    System.out.println();
    System.out.println("| operation | time | ± |");
    System.out.println("|---|---:|---:|");
    System.out.println(
        "| live event by number (read state, retract, recount, write state) | "
            + fmt(live, 1)
            + " ns | "
            + fmt(get(error, "liveEvent"), 1)
            + " ns |");
    System.out.println(
        "| live event by id (hash lookup, then the same) | "
            + fmt(liveById, 1)
            + " ns | "
            + fmt(get(error, "liveEventById"), 1)
            + " ns |");
    System.out.println(
        "| accumulator replace only | "
            + fmt(replace, 1)
            + " ns | "
            + fmt(get(error, "accumulatorReplace"), 1)
            + " ns |");
    System.out.println(
        "| merge two 10,000-cell tallies, same groups | "
            + fmt(mergeSame.divide(BigDecimal.valueOf(1000)), 1)
            + " µs | "
            + fmt(get(error, "mergeSameGroups").divide(BigDecimal.valueOf(1000)), 1)
            + " µs |");
    System.out.println(
        "| merge two 10,000-cell tallies, half overlapping | "
            + fmt(mergeHalf.divide(BigDecimal.valueOf(1000)), 1)
            + " µs | "
            + fmt(get(error, "mergeHalfOverlapping").divide(BigDecimal.valueOf(1000)), 1)
            + " µs |");
    System.out.println(
        "| serialise a 10,000-cell tally | "
            + fmt(get(ns, "encode").divide(BigDecimal.valueOf(1000)), 1)
            + " µs | "
            + fmt(get(error, "encode").divide(BigDecimal.valueOf(1000)), 1)
            + " µs |");
    System.out.println(
        "| deserialise a 10,000-cell tally | "
            + fmt(get(ns, "decode").divide(BigDecimal.valueOf(1000)), 1)
            + " µs | "
            + fmt(get(error, "decode").divide(BigDecimal.valueOf(1000)), 1)
            + " µs |");
    Map<String, String> s = streaming.values();
    String peak =
        s.containsKey("peakHeapBytes")
            ? fmt(new BigDecimal(s.get("peakHeapBytes")).divide(BigDecimal.valueOf(1 << 20)), 1)
                + " MiB"
            : "n/a";
    System.out.println(
        "| streaming "
            + RateFormat.count(Long.parseLong(s.getOrDefault("dossiers", "0")), EN)
            + " generated dossiers, -Xmx64m: sequential / parallel | "
            + s.getOrDefault("sequentialMs", "n/a")
            + " / "
            + s.getOrDefault("parallelMs", "n/a")
            + " ms | peak heap "
            + peak
            + " |");
    System.out.println();
    paired.print(n);
    System.out.println();

    BigDecimal vsHand = ratio(seq, hand);
    BigDecimal naiveVs = ratio(naive, seq);
    BigDecimal vsDuckAll = ratio(seq, duckAll);
    BigDecimal vsDuckQuery = ratio(seq, duckQuery);
    BigDecimal speedUp = ratio(seq, par);
    BigDecimal mergeWorst = mergeSame.max(mergeHalf);
    target(
        "library-sequential-vs-hand-loop",
        vsHand.compareTo(new BigDecimal("1.5")) <= 0,
        fmt(vsHand, 2) + "× (≤ 1.5×)");
    target(
        "naive-streams-vs-library",
        naiveVs.compareTo(BigDecimal.valueOf(5)) >= 0,
        fmt(naiveVs, 1) + "× (≥ 5×)");
    target(
        "library-vs-duckdb-load-and-query",
        vsDuckAll.compareTo(BigDecimal.ONE) < 0,
        fmt(vsDuckAll, 2) + "× (< 1×; library sequential over DuckDB on all cores)");
    target(
        "library-vs-duckdb-query-only",
        vsDuckQuery.compareTo(BigDecimal.valueOf(2)) <= 0,
        fmt(vsDuckQuery, 2) + "× (≤ 2×; library sequential over DuckDB on all cores)");
    target(
        "parallel-speed-up",
        speedUp.compareTo(new BigDecimal("1.6")) >= 0,
        fmt(speedUp, 2)
            + "× on "
            + Runtime.getRuntime().availableProcessors()
            + " cores (≥ 1.6×; control: the hand-written loop gains "
            + fmt(ratio(hand, handTwo), 2)
            + "× from a second thread in this run)");
    BigDecimal coreGain = BigDecimal.valueOf(paired.coreGain());
    BigDecimal controlGain = BigDecimal.valueOf(paired.controlGain());
    target(
        "parallel-gain-vs-control",
        coreGain.compareTo(controlGain) >= 0,
        fmt(coreGain, 2)
            + "× (≥ the control's "
            + fmt(controlGain, 2)
            + "×; median of "
            + PAIRED_ROUNDS
            + " alternating rounds, the same loads for both)");
    BigDecimal fluentVsCore = ratio(fluent, seq);
    BigDecimal fluentVsHand = ratio(fluent, hand);
    target(
        "fluent-vs-core",
        fluentVsCore.compareTo(new BigDecimal("1.1")) <= 0,
        fmt(fluentVsCore, 2) + "× (≤ 1.1×; the sentence over the core's unit × tier × month pass)");
    target(
        "fluent-vs-hand-loop",
        fluentVsHand.compareTo(BigDecimal.ONE) <= 0,
        fmt(fluentVsHand, 2) + "× (≤ 1.0×; the sentence over the hand-written loop)");
    target(
        "incremental-update-per-event",
        live.compareTo(BigDecimal.valueOf(100)) <= 0,
        fmt(live, 1) + " ns by number (≤ 100 ns; by id: " + fmt(liveById, 1) + " ns)");
    target(
        "merge-two-10000-group-tallies",
        mergeWorst.compareTo(MILLION) <= 0,
        fmt(mergeWorst.divide(BigDecimal.valueOf(1000)), 1) + " µs (≤ 1,000 µs)");
    target(
        "streaming-10m-in-64mib-heap",
        streaming.ok() && Long.parseLong(s.getOrDefault("dossiers", "0")) >= 10_000_000L,
        (streaming.ok() ? "completed, peak heap " + peak : "failed") + " (-Xmx64m)");
  }

  private static void row(
      String label,
      String key,
      int n,
      Map<String, BigDecimal> ns,
      Map<String, BigDecimal> error,
      BigDecimal base) {
    BigDecimal t = get(ns, key);
    System.out.println(
        "| "
            + label
            + " | "
            + fmt(t.divide(MILLION), 1)
            + " | "
            + fmt(get(error, key).divide(MILLION), 1)
            + " | "
            + fmt(t.divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP), 1)
            + " | "
            + fmt(ratio(t, base), 2)
            + " |");
  }

  private static BigDecimal get(Map<String, BigDecimal> results, String benchmark) {
    BigDecimal v = results.get(benchmark);
    if (v == null) {
      throw new IllegalStateException("no result for benchmark " + benchmark);
    }
    return v;
  }

  private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    return a.divide(b, 4, RoundingMode.HALF_UP);
  }

  private static String fmt(BigDecimal v, int scale) {
    return RateFormat.number(v.setScale(scale, RoundingMode.HALF_UP), EN);
  }

  private static void target(String name, boolean met, String measured) {
    System.out.println("TARGET " + name + " " + (met ? "MET" : "MISSED") + " " + measured);
  }
}
