package io.github.dvckpi.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Multiset;
import io.github.dvckpi.Kpi;
import io.github.dvckpi.cli.Main;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.io.Catalogue;
import io.github.dvckpi.io.CatalogueCsvReader;
import io.github.dvckpi.io.CatalogueCsvWriter;
import io.github.dvckpi.io.CatalogueImport;
import io.github.dvckpi.io.DossierCsvReader;
import io.github.dvckpi.io.DossierCsvWriter;
import io.github.dvckpi.io.ImportOptions;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.io.Rejection;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiQuery;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.ReportFormat;
import io.github.dvckpi.sample.DossierGenerator;
import io.github.dvckpi.sample.SampleProvince;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spark job in local mode against the single-machine path: the same report cell by cell, the
 * same reconciliation, whatever the partitions; a corrupt export rejected row by row.
 */
class SparkKpiJobTest {

  private static final int FILES = 4;
  private static final long DOSSIERS = 240_000;
  private static final int CORRUPT_ROWS =
      900; // fewer than a report keeps (1,000): all of them compared

  private static final Path SCRATCH = Path.of(System.getProperty("dvckpi.scratch", "target/spark"));
  private static final Path SAMPLES =
      Path.of(System.getProperty("dvckpi.samples", "../../samples"));
  private static final Path DATA = SCRATCH.resolve("exports");

  private static SparkSession spark;
  private static ReportingPeriod period;
  private static String province;

  /** The single machine: the library's CSV import, one file after the other, and the query. */
  private static KpiReport expected;

  private static List<ImportReport> expectedReads;
  private static List<Rejection> expectedRejections;

  @BeforeAll
  static void exportsAndSession() throws IOException {
    DossierGenerator generator = DossierGenerator.of(19, DOSSIERS);
    SampleProvince world = generator.province();
    Files.createDirectories(DATA.resolve("ho_so"));
    CatalogueCsvWriter.write(
        Catalogue.of(world.hierarchy(), world.agencies(), world.procedures()),
        DATA.resolve("don_vi.csv"),
        DATA.resolve("co_quan.csv"),
        DATA.resolve("thu_tuc.csv"));
    long perFile = DOSSIERS / FILES;
    for (int f = 0; f < FILES; f++) {
      try (DossierCsvWriter out = DossierCsvWriter.create(dossiers(f))) {
        for (long i = f * perFile; i < (f + 1) * perFile; i++) {
          out.write(generator.dossier(i));
        }
      }
    }
    writeCorrupt(generator, DATA.resolve("ho_so").resolve("ho_so_hong.csv"));
    period = ReportingPeriod.year(generator.year());
    province = world.hierarchy().roots().get(0).code();

    CatalogueImport catalogue = catalogue(DATA);
    List<Dossier> all = new ArrayList<>();
    expectedReads = new ArrayList<>();
    expectedRejections = new ArrayList<>();
    DossierCsvReader reader = DossierCsvReader.of(catalogue.catalogue());
    long start = System.nanoTime();
    try (Stream<Path> files = Files.list(DATA.resolve("ho_so"))) {
      for (Path file : files.sorted().toList()) {
        expectedReads.add(reader.read(file, all::add, expectedRejections::add));
      }
    }
    expected = query(Kpi.over(all, catalogue.catalogue().units())).compute(Indicator.values());
    System.out.printf(
        "dvc-kpi-spark: %,d rows on one machine (one thread, import + query) in %,d ms%n",
        DOSSIERS + CORRUPT_ROWS, (System.nanoTime() - start) / 1_000_000);

    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("dvc-kpi-spark-test")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.local.dir", SCRATCH.resolve("local").toAbsolutePath().toString())
            .config("spark.sql.warehouse.dir", SCRATCH.resolve("warehouse").toUri().toString())
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static Path dossiers(int file) {
    return DATA.resolve("ho_so").resolve("ho_so_" + file + ".csv");
  }

  /** Rows broken in every way a row can break, none with a cell spanning lines. */
  private static void writeCorrupt(DossierGenerator generator, Path file) throws IOException {
    StringBuilder csv = new StringBuilder();
    DossierCsvWriter.to(csv).write(generator.dossier(0)).flush();
    String[] lines = csv.toString().split("\r\n", -1);
    String header = lines[0];
    String row = lines[1];
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write((header + "\r\n").getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < CORRUPT_ROWS; i++) {
        String id = "HONG-" + i;
        String good = id + row.substring(row.indexOf(','));
        String line =
            switch (i % 6) {
              case 0 -> good.substring(0, good.lastIndexOf(',')); // a cell short
              case 1 -> good + ",thừa"; // a cell too many
              case 2 -> good.replaceFirst(",\\d\\d/\\d\\d/2024", ",31/02/2024"); // no such day
              case 3 ->
                  id + ",khong-co-thu-tuc" + good.substring(good.indexOf(',', id.length() + 1));
              case 4 -> "," + good.substring(good.indexOf(',') + 1); // no id
              default -> good.replaceFirst(",", ",\uFFFF"); // replaced below by a broken byte
            };
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (i % 6 == 5) {
          bytes = line.replace("\uFFFF", "#").getBytes(StandardCharsets.UTF_8);
          bytes[id.length() + 1] = (byte) 0xFF;
        }
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static CatalogueImport catalogue(Path dir) throws IOException {
    return CatalogueCsvReader.read(
        dir.resolve("don_vi.csv"),
        dir.resolve("co_quan.csv"),
        dir.resolve("thu_tuc.csv"),
        ImportOptions.defaults());
  }

  private static KpiQuery query(KpiQuery over) {
    return over.period(period).within(province).byTier().byUnit();
  }

  private static SparkKpiJob job() {
    return SparkKpiJob.of(
            DATA.resolve("don_vi.csv").toString(),
            DATA.resolve("co_quan.csv").toString(),
            DATA.resolve("thu_tuc.csv").toString(),
            List.of(DATA.resolve("ho_so").toString()))
        .period(period)
        .within(province)
        .byTier()
        .byUnit();
  }

  /** The rejections without their place in the file: file name, column, value, reason. */
  private static Multiset<List<Object>> what(List<Rejection> rejections) {
    Multiset<List<Object>> out = HashMultiset.create();
    for (Rejection r : rejections) {
      out.add(
          List.of(
              String.valueOf(Path.of(r.source()).getFileName()).replaceFirst("@\\d+$", ""),
              r.column(),
              r.value(),
              r.reason(),
              r.arguments()));
    }
    return out;
  }

  private static long sum(List<ImportReport> reports, boolean accepted) {
    return reports.stream().mapToLong(r -> accepted ? r.accepted() : r.rejected()).sum();
  }

  private static void assertSameAsOneMachine(SparkKpiResult result) {
    assertThat(result.report()).isEqualTo(expected);
    assertThat(result.report().cells()).containsExactlyElementsOf(expected.cells());
    assertThat(result.report().render(ReportFormat.TEXT, RateFormat.VIETNAMESE))
        .isEqualTo(expected.render(ReportFormat.TEXT, RateFormat.VIETNAMESE));
    assertThat(result.dossiers().accepted()).isEqualTo(sum(expectedReads, true));
    assertThat(result.dossiers().rejected()).isEqualTo(sum(expectedReads, false));
    assertThat(result.dossiers().rowsRead()).isEqualTo(DOSSIERS + CORRUPT_ROWS);
    assertThat(result.dossiers().isComplete()).isTrue();
  }

  @Test
  void onePartitionGivesTheSingleMachineReportAndReconciliation() throws IOException {
    Path rejected = SCRATCH.resolve("rejected-1");
    long start = System.nanoTime();
    SparkKpiResult result = job().coalesce(1).rejectionsTo(rejected.toString()).run(spark);
    long nanos = System.nanoTime() - start;
    assertThat(result.partitions()).isEqualTo(1);
    assertSameAsOneMachine(result);
    // one partition reads every file from its start: the very rejections, lines included
    List<Rejection> named = new ArrayList<>();
    for (Rejection r : expectedRejections) {
      named.add(
          new Rejection(
              String.valueOf(Path.of(r.source()).getFileName()),
              r.line(),
              r.column(),
              r.value(),
              r.reason(),
              r.arguments()));
    }
    assertThat(result.dossiers().rejections()).containsExactlyInAnyOrderElementsOf(named);
    // and every rejected row is written out, once
    long written;
    try (Stream<Path> parts = Files.list(rejected)) {
      written =
          parts
              .filter(p -> p.getFileName().toString().endsWith(".csv"))
              .mapToLong(SparkKpiJobTest::rowsAfterHeader)
              .sum();
    }
    assertThat(written).isEqualTo(CORRUPT_ROWS);
    System.out.printf(
        "dvc-kpi-spark: %,d rows in 1 partition in %,d ms%n",
        DOSSIERS + CORRUPT_ROWS, nanos / 1_000_000);
  }

  private static long rowsAfterHeader(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return Math.max(0, lines.count() - 1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void twoPartitionsGiveTheSameResult() {
    long start = System.nanoTime();
    SparkKpiResult result = job().coalesce(2).run(spark);
    long nanos = System.nanoTime() - start;
    assertThat(result.partitions()).isEqualTo(2);
    assertSameAsOneMachine(result);
    assertThat(what(result.dossiers().rejections())).isEqualTo(what(expectedRejections));
    System.out.printf(
        "dvc-kpi-spark: %,d rows in 2 partitions (local[2]) in %,d ms%n",
        DOSSIERS + CORRUPT_ROWS, nanos / 1_000_000);
  }

  @Test
  void manyPartitionsSplittingTheFilesGiveTheSameResult() {
    spark.conf().set("spark.sql.files.maxPartitionBytes", "1m");
    spark.conf().set("spark.sql.files.openCostInBytes", "64k");
    try {
      SparkKpiResult result = job().run(spark);
      assertThat(result.partitions()).isGreaterThan(2 * FILES);
      assertSameAsOneMachine(result);
      assertThat(what(result.dossiers().rejections())).isEqualTo(what(expectedRejections));

      // the corrupt export alone, split in parts of 16 KB: every row rejected, none lost
      spark.conf().set("spark.sql.files.maxPartitionBytes", "16k");
      SparkKpiResult corrupt =
          SparkKpiJob.of(
                  DATA.resolve("don_vi.csv").toString(),
                  DATA.resolve("co_quan.csv").toString(),
                  DATA.resolve("thu_tuc.csv").toString(),
                  List.of(DATA.resolve("ho_so").resolve("ho_so_hong.csv").toString()))
              .period(period)
              .run(spark);
      assertThat(corrupt.partitions()).isGreaterThan(2);
      assertThat(corrupt.dossiers().rowsRead()).isEqualTo(CORRUPT_ROWS);
      assertThat(corrupt.dossiers().rejected()).isEqualTo(CORRUPT_ROWS);
      assertThat(what(corrupt.dossiers().rejections())).isEqualTo(what(expectedRejections));
      assertThat(corrupt.dossiers().rejections())
          .extracting(Rejection::source)
          .anyMatch(source -> source.startsWith("ho_so_hong.csv@"));
    } finally {
      spark.conf().unset("spark.sql.files.maxPartitionBytes");
      spark.conf().unset("spark.sql.files.openCostInBytes");
    }
  }

  @Test
  void theBundledSamplesPrintTheReadmeTable() {
    String units = SAMPLES.resolve("don_vi.csv").toAbsolutePath().toString();
    String agencies = SAMPLES.resolve("co_quan.csv").toAbsolutePath().toString();
    String procedures = SAMPLES.resolve("thu_tuc.csv").toAbsolutePath().toString();
    String dossiers = SAMPLES.resolve("ho_so.csv").toAbsolutePath().toString();
    SparkKpiResult result =
        SparkKpiJob.of(units, agencies, procedures, List.of(dossiers))
            .period(ReportingPeriod.parse("2024-YTD@2024-11-14"))
            .within("436")
            .byTier()
            .run(spark);

    // the README's command line, on the same files
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new String[] {
              "report",
              "--units",
              units,
              "--agencies",
              agencies,
              "--procedures",
              procedures,
              "--dossiers",
              dossiers,
              "--period",
              "2024-YTD@2024-11-14",
              "--territory",
              "436"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    String table = result.report().render(ReportFormat.TEXT, RateFormat.VIETNAMESE);
    assertThat(table).contains("TP Hà Tĩnh");
    assertThat(printed).startsWith(table);
    assertThat(printed).contains(result.dossiers().reconciliation(RateFormat.VIETNAMESE));

    // and spark-submit's entry point, with the README's options, prints the same table
    ByteArrayOutputStream submitted = new ByteArrayOutputStream();
    SparkKpiJob.run(
        new String[] {
          "--units",
          units,
          "--agencies",
          agencies,
          "--procedures",
          procedures,
          "--dossiers",
          dossiers,
          "--period",
          "2024-YTD@2024-11-14",
          "--territory",
          "436"
        },
        spark,
        new PrintStream(submitted, true, StandardCharsets.UTF_8));
    assertThat(submitted.toString(StandardCharsets.UTF_8))
        .startsWith(table)
        .contains(result.dossiers().reconciliation(RateFormat.VIETNAMESE));
    assertThat(result.dossiers().rejected()).isZero();
    assertThat(result.catalogue()).extracting(ImportReport::isClean).containsOnly(true);
    assertThat(ImmutableList.copyOf(result.report().territory().stream().toList()))
        .extracting(AdministrativeUnit::code)
        .containsExactly("436");
  }
}
