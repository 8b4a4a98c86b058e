package io.github.dvckpi.spark;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.KeyCodec;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.io.CatalogueImport;
import io.github.dvckpi.io.ColumnMapping;
import io.github.dvckpi.io.DossierRowMapper;
import io.github.dvckpi.io.ImportOptions;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.io.Rejection;
import io.github.dvckpi.io.RejectionReason;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiQuery;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The library's KPI report as a Spark job, for dossier exports too large for one machine: the
 * exports are read with Spark's own distributed CSV reader (any number of files, any size, all
 * cells as text, the header from the files), every row is checked and mapped with the library's
 * import rules ({@link DossierRowMapper}: the same column names, value parsing and rejections as
 * the single-machine import), every partition counts its dossiers with the library's counting core
 * by unit and tier, the partial tallies travel in the library's binary form and are merged exactly
 * by a {@link TalliesAggregator}, and the report is built from the merged tallies by the library
 * ({@link KpiQuery#computeFrom}): the same {@link KpiReport}, cell for cell, as {@code
 * Kpi.over(dossiers, hierarchy)…compute(…)} on one machine. Rejected rows are counted (read =
 * accepted + rejected over the whole job) and written out as CSV in the layout of the library's
 * {@code RejectionCsvWriter}.
 *
 * <pre>{@code
 * SparkKpiResult result = SparkKpiJob.of("don_vi.csv", "co_quan.csv", "thu_tuc.csv",
 *         List.of("hdfs:///exports/ho_so/2024/"))
 *     .period(ReportingPeriod.parse("2024-YTD@2024-11-14"))
 *     .within("436")
 *     .byTier()
 *     .rejectionsTo("hdfs:///exports/ho_so/2024-rejected")
 *     .run(spark);
 * System.out.print(result.report().render(ReportFormat.TEXT, RateFormat.VIETNAMESE));
 * }</pre>
 *
 * <p>What differs from one machine (docs/distributed.md): rejections name the file without its
 * directories, and a file Spark splits into several parts names its later parts {@code file@offset}
 * with the record's number in the part; the duplicate-id check (off by default here, on for one
 * machine) can only look within one part; cells may not span lines (Spark reads a multi-line CSV
 * file as one part); the columns go by the default column mapping; lenient mode only (a strict job
 * would fail a task, which Spark retries). Immutable: every step returns a new job.
 */
public final class SparkKpiJob {

  /** The column Spark's reader puts a record it cannot fit to the header in. */
  static final String CORRUPT = "_corrupt_record";

  private final String units;
  private final String agencies;
  private final String procedures;
  private final ImmutableList<String> dossiers;
  private final ReportingPeriod period;
  private final String territory;
  private final boolean byTier;
  private final boolean byUnit;
  private final ImmutableList<Indicator> indicators;
  private final String rejections;
  private final boolean duplicateCheck;
  private final int coalesce;

  private SparkKpiJob(
      String units,
      String agencies,
      String procedures,
      ImmutableList<String> dossiers,
      ReportingPeriod period,
      String territory,
      boolean byTier,
      boolean byUnit,
      ImmutableList<Indicator> indicators,
      String rejections,
      boolean duplicateCheck,
      int coalesce) {
    this.units = units;
    this.agencies = agencies;
    this.procedures = procedures;
    this.dossiers = dossiers;
    this.period = period;
    this.territory = territory;
    this.byTier = byTier;
    this.byUnit = byUnit;
    this.indicators = indicators;
    this.rejections = rejections;
    this.duplicateCheck = duplicateCheck;
    this.coalesce = coalesce;
  }

  /**
   * A job over catalogue files and dossier exports, each a path Spark reads (local, {@code
   * hdfs://}, {@code s3a://}…), the dossiers also directories or globs; the whole year 2024 and
   * every indicator, one total row, until told otherwise.
   *
   * @param units the units file ({@code don_vi.csv})
   * @param agencies the agencies file ({@code co_quan.csv})
   * @param procedures the procedures file ({@code thu_tuc.csv})
   * @param dossiers the dossier exports, at least one path
   * @return the job
   * @throws IllegalArgumentException if no dossier path is given
   */
  public static SparkKpiJob of(
      String units, String agencies, String procedures, List<String> dossiers) {
    ImmutableList<String> paths = ImmutableList.copyOf(dossiers);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("a job needs at least one dossier export");
    }
    return new SparkKpiJob(
        requireNonNull(units, "units"),
        requireNonNull(agencies, "agencies"),
        requireNonNull(procedures, "procedures"),
        paths,
        ReportingPeriod.year(2024),
        "",
        false,
        false,
        ImmutableList.copyOf(Indicator.values()),
        "",
        false,
        0);
  }

  /**
   * Sets the reporting period.
   *
   * @param period the period
   * @return the changed job
   */
  public SparkKpiJob period(ReportingPeriod period) {
    return new SparkKpiJob(
        units,
        agencies,
        procedures,
        dossiers,
        requireNonNull(period, "period"),
        territory,
        byTier,
        byUnit,
        indicators,
        rejections,
        duplicateCheck,
        coalesce);
  }

  /**
   * Restricts the report to a territory, as {@link KpiQuery#within(String)}.
   *
   * @param unitCode the code of a unit of the catalogue, e.g. {@code 436}
   * @return the changed job
   */
  public SparkKpiJob within(String unitCode) {
    return new SparkKpiJob(
        units,
        agencies,
        procedures,
        dossiers,
        period,
        requireNonNull(unitCode, "unitCode"),
        byTier,
        byUnit,
        indicators,
        rejections,
        duplicateCheck,
        coalesce);
  }

  /**
   * Adds one row per tier, as {@link KpiQuery#byTier()}.
   *
   * @return the changed job
   */
  public SparkKpiJob byTier() {
    return new SparkKpiJob(
        units,
        agencies,
        procedures,
        dossiers,
        period,
        territory,
        true,
        byUnit,
        indicators,
        rejections,
        duplicateCheck,
        coalesce);
  }

  /**
   * Adds a row per unit below the territory, as {@link KpiQuery#byUnit()}.
   *
   * @return the changed job
   */
  public SparkKpiJob byUnit() {
    return new SparkKpiJob(
        units,
        agencies,
        procedures,
        dossiers,
        period,
        territory,
        byTier,
        true,
        indicators,
        rejections,
        duplicateCheck,
        coalesce);
  }

  /**
   * Sets the indicators, in their order in the report.
   *
   * @param indicators at least one, none twice
   * @return the changed job
   */
  public SparkKpiJob indicators(List<Indicator> indicators) {
    return new SparkKpiJob(
        units,
        agencies,
        procedures,
        dossiers,
        period,
        territory,
        byTier,
        byUnit,
        ImmutableList.copyOf(indicators),
        rejections,
        duplicateCheck,
        coalesce);
  }

  /**
   * Writes every rejected row to a directory, as CSV part files with the header of the library's
   * {@code RejectionCsvWriter} ({@code tep, dong, cot, gia_tri, ma_ly_do, ly_do, reason}); replaced
   * if it exists.
   *
   * @param directory a path Spark writes to
   * @return the changed job
   */
  public SparkKpiJob rejectionsTo(String directory) {
    return new SparkKpiJob(
        units,
        agencies,
        procedures,
        dossiers,
        period,
        territory,
        byTier,
        byUnit,
        indicators,
        requireNonNull(directory, "directory"),
        duplicateCheck,
        coalesce);
  }

  /**
   * Turns the duplicate-id check on or off (off by default). On, it looks within one part of a file
   * only: Spark's partitions do not see each other.
   *
   * @param check whether to refuse an id seen before in the same part
   * @return the changed job
   */
  public SparkKpiJob withDuplicateCheck(boolean check) {
    return new SparkKpiJob(
        units,
        agencies,
        procedures,
        dossiers,
        period,
        territory,
        byTier,
        byUnit,
        indicators,
        rejections,
        check,
        coalesce);
  }

  /**
   * Counts in at most this many partitions: Spark's {@code coalesce} of the partitions its CSV
   * reader made (which follow the files and {@code spark.sql.files.maxPartitionBytes}), without a
   * shuffle; the rows of each part of a file stay together.
   *
   * @param partitions at least 1
   * @return the changed job
   * @throws IllegalArgumentException if {@code partitions < 1}
   */
  public SparkKpiJob coalesce(int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("at least one partition: " + partitions);
    }
    return new SparkKpiJob(
        units,
        agencies,
        procedures,
        dossiers,
        period,
        territory,
        byTier,
        byUnit,
        indicators,
        rejections,
        duplicateCheck,
        partitions);
  }

  /**
   * Runs the job.
   *
   * @param spark the session
   * @return the report, the reconciliations and the merged tallies
   * @throws io.github.dvckpi.io.CsvHeaderException if the exports lack a required column
   * @throws UncheckedIOException if a catalogue file cannot be read
   */
  public SparkKpiResult run(SparkSession spark) {
    CatalogueFiles files =
        CatalogueFiles.of(
            units,
            bytes(spark, units),
            agencies,
            bytes(spark, agencies),
            procedures,
            bytes(spark, procedures));
    CatalogueImport catalogue = files.read(ImportOptions.defaults());
    UnitHierarchy hierarchy = catalogue.catalogue().units();
    KpiQuery query = Kpi.over(List.of(), hierarchy).period(period);
    if (!territory.isEmpty()) {
      query = query.within(territory);
    }
    if (byTier) {
      query = query.byTier();
    }
    if (byUnit) {
      query = query.byUnit();
    }
    Buckets buckets = Buckets.of(period);
    String[] paths = dossiers.toArray(new String[0]);

    // The header from the files; checked here, once, so that a missing column fails the driver
    List<String> header = List.of(spark.read().option("header", "true").csv(paths).columns());
    DossierRowMapper.of(
        catalogue.catalogue(),
        ColumnMapping.defaults(),
        ImportOptions.defaults(),
        dossiers.get(0),
        header);
    StructType schema = new StructType();
    List<Column> columns = new ArrayList<>();
    for (String name : header) {
      schema = schema.add(name, DataTypes.StringType, true);
      columns.add(functions.col("`" + name + "`"));
    }
    schema = schema.add(CORRUPT, DataTypes.StringType, true);
    columns.add(functions.col(CORRUPT));
    columns.add(functions.col("_metadata.file_name"));
    columns.add(functions.col("_metadata.file_block_start"));
    Dataset<Row> rows =
        spark
            .read()
            .schema(schema)
            .option("header", "true")
            .option("enforceSchema", "false")
            .option("mode", "PERMISSIVE")
            .option("columnNameOfCorruptRecord", CORRUPT)
            .option("quote", "\"")
            .option("escape", "\"")
            .option("multiLine", "false")
            .option("encoding", "UTF-8")
            .csv(paths)
            .select(columns.toArray(new Column[0]));
    if (coalesce > 0) {
      rows = rows.coalesce(coalesce);
    }

    Broadcast<CatalogueFiles> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(files);
    Dataset<Row> parts =
        rows.mapPartitions(
                new DossierPartitions(header, shared, duplicateCheck, buckets),
                Encoders.row(DossierPartitions.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Column kind = functions.col("kind");
      byte[] merged =
          parts
              .filter(kind.equalTo(DossierPartitions.TALLIES))
              .select(functions.col("tallies"))
              .as(Encoders.BINARY())
              .select(TalliesAggregator.of(KeyCodec::unitTiers).toColumn())
              .first();
      Tallies<UnitTier> tallies =
          merged.length == 0
              ? Tallies.empty(buckets)
              : Tallies.decode(merged, KeyCodec.unitTiers());
      Row counts =
          parts
              .filter(kind.equalTo(DossierPartitions.COUNTS))
              .agg(
                  functions.coalesce(functions.sum("accepted"), functions.lit(0L)),
                  functions.coalesce(functions.sum("rejected"), functions.lit(0L)),
                  functions.count(functions.lit(1)))
              .first();
      Dataset<Row> rejected = parts.filter(kind.equalTo(DossierPartitions.REJECTION));
      if (!rejections.isEmpty()) {
        rejected
            .select("tep", "dong", "cot", "gia_tri", "ma_ly_do", "ly_do", "reason")
            .write()
            .mode(SaveMode.Overwrite)
            .option("header", "true")
            .option("quote", "\"")
            .option("escape", "\"")
            .csv(rejections);
      }
      List<Rejection> kept = new ArrayList<>();
      for (Row r :
          rejected
              .orderBy("tep", "dong")
              .limit(ImportOptions.DEFAULT_MAX_KEPT_REJECTIONS)
              .collectAsList()) {
        List<String> arguments = r.getList(r.fieldIndex("arguments"));
        kept.add(
            new Rejection(
                r.getString(r.fieldIndex("tep")),
                r.getLong(r.fieldIndex("dong")),
                r.getString(r.fieldIndex("cot")),
                r.getString(r.fieldIndex("gia_tri")),
                RejectionReason.valueOf(r.getString(r.fieldIndex("ma_ly_do"))),
                ImmutableList.copyOf(arguments)));
      }
      ImportReport read =
          ImportReport.of(
              String.join(", ", dossiers), counts.getLong(0), counts.getLong(1), kept, true);
      KpiReport report = query.computeFrom(tallies, indicators);
      return SparkKpiResult.of(
          report, read, catalogue.reports(), tallies, Math.toIntExact(counts.getLong(2)));
    } finally {
      parts.unpersist();
    }
  }

  private static byte[] bytes(SparkSession spark, String file) {
    Path path = new Path(file);
    try (InputStream in =
        path.getFileSystem(spark.sparkContext().hadoopConfiguration()).open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the job from {@code spark-submit}, with the options of the library's command line {@code
   * report}: {@code --units F --agencies F --procedures F --dossiers P[,P…] --period P} and
   * optionally {@code --territory CODE}, {@code --by tier|unit|tier,unit|total} (default tier),
   * {@code --indicators K[,K…]}, {@code --rejections DIR}, {@code --format text|markdown|csv},
   * {@code --lang vi|en}. Prints the report, then the reconciliation of every file read.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("dvc-kpi").getOrCreate();
    try {
      run(args, spark, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    } finally {
      spark.stop();
    }
  }

  /** {@link #main} on a session it does not stop, printing to {@code out}. */
  static void run(String[] args, SparkSession spark, PrintStream out) {
    Arguments a = Arguments.parse(args);
    List<String> dossiers = List.of(a.required("dossiers").split(",", -1));
    SparkKpiJob job =
        of(a.required("units"), a.required("agencies"), a.required("procedures"), dossiers)
            .period(ReportingPeriod.parse(a.required("period")));
    String territory = a.get("territory", "");
    if (!territory.isEmpty()) {
      job = job.within(territory);
    }
    for (String rows : a.get("by", "tier").split(",", -1)) {
      switch (rows.trim()) {
        case "tier" -> job = job.byTier();
        case "unit" -> job = job.byUnit();
        case "total" -> {}
        default -> throw new IllegalArgumentException("--by takes tier, unit or total: " + rows);
      }
    }
    String keys = a.get("indicators", "");
    if (!keys.isEmpty()) {
      List<Indicator> list = new ArrayList<>();
      for (String key : keys.split(",", -1)) {
        list.add(Indicator.fromKey(key.trim()));
      }
      job = job.indicators(list);
    }
    String rejections = a.get("rejections", "");
    if (!rejections.isEmpty()) {
      job = job.rejectionsTo(rejections);
    }
    Locale locale = "en".equals(a.get("lang", "vi")) ? RateFormat.ENGLISH : RateFormat.VIETNAMESE;
    ReportFormat format =
        switch (a.get("format", "text")) {
          case "text", "txt" -> ReportFormat.TEXT;
          case "markdown", "md" -> ReportFormat.MARKDOWN;
          case "csv" -> ReportFormat.CSV;
          default ->
              throw new IllegalArgumentException(
                  "--format takes text, markdown or csv: " + a.get("format", ""));
        };
    SparkKpiResult result = job.run(spark);
    out.print(result.report().render(format, locale));
    out.println();
    for (ImportReport r : result.catalogue()) {
      out.println(r.reconciliation(locale));
    }
    out.println(result.dossiers().reconciliation(locale));
    out.flush();
  }

  @Override
  public String toString() {
    return "SparkKpiJob["
        + dossiers
        + ", "
        + period
        + (territory.isEmpty() ? "" : ", " + territory)
        + "]";
  }
}
