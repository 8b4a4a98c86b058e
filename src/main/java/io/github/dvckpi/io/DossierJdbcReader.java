package io.github.dvckpi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.dvckpi.domain.Dossier;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads dossiers straight from the database of a one-stop-shop system: the rows of a SQL query, one
 * per dossier, become {@link Dossier dossiers} with exactly the checks, rejections and
 * reconciliation of a CSV import ({@link DossierRowMapper}), streamed in one pass without holding
 * them, so a query of millions of rows feeds a {@code TallyAccumulator} in bounded memory.
 *
 * <pre>{@code
 * TallyAccumulator acc = new TallyAccumulator(Grouping.all(), Buckets.of(period));
 * ImportReport report = DossierJdbcReader.of(catalogue)
 *     .read(dataSource, "SELECT * FROM ho_so WHERE ngay_tiep_nhan >= DATE '2024-01-01'", acc::add);
 * report.reconciliation(RateFormat.VIETNAMESE)  // SELECT …: đã đọc 1.037 dòng = 1.000 …
 * }</pre>
 *
 * <p><b>Columns</b> are found by their labels ({@code AS} names) with the {@link ColumnMapping} of
 * the CSV import: the default Vietnamese and English names ({@code ma_ho_so}, {@code dossier_id},
 * {@code MA_HO_SO}…) work as they do for a CSV header. <b>Values</b>: text columns are parsed as
 * CSV cells are (dates {@code dd/MM/yyyy} or ISO, {@code có}/{@code không}, fees {@code
 * 1.500.000}…); native SQL types are read as such: {@code NULL} is a blank cell, {@code DATE} its
 * date, {@code TIMESTAMP} its date, {@code TIMESTAMP WITH TIME ZONE} the date it has in {@link
 * #withZone(ZoneId) the zone} (Vietnam's by default), {@code BOOLEAN}/{@code BIT} yes or no,
 * integers and exact numbers their value ({@code NUMERIC} {@code 20000.00} is a fee of 20,000 đồng,
 * {@code 20000.50} an unparsable fee). A cell the driver cannot read (a data exception, SQL state
 * class 22) rejects its row with {@link RejectionReason#UNREADABLE_SQL_VALUE}.
 *
 * <p><b>Rejections</b> name the query as their source and the row's number in the result, from 1 (a
 * CSV file counts its header as line 1). Read = accepted + rejected, always; strict mode stops at
 * the first rejection with a {@link RejectedRowException}.
 *
 * <p><b>The connection</b>: the statement is forward-only and read-only with a {@link
 * #withFetchSize(int) fetch size} (1,000 rows by default), so that the driver does not load the
 * whole result. On a connection in auto-commit mode the query runs in a read-only transaction of
 * its own, rolled back at the end, and the connection's auto-commit and read-only modes are
 * restored: PostgreSQL streams a result by its fetch size only outside auto-commit. A connection
 * already in a transaction (auto-commit off, as in a Spring {@code @Transactional} method) is used
 * as it is. A connection passed in is never closed; one taken from a {@link DataSource} is closed
 * (returned to its pool) at the end. The result set and the statement are closed on every path: at
 * the end, on a failure, on a strict rejection, and when an {@link #open opened} import is closed
 * before its end.
 *
 * <p>{@code java.sql} only: the library adds no dependency; bring your driver. On the module path
 * the module {@code io.github.dvckpi} {@code requires static java.sql}: a modular application that
 * reads from a database requires {@code java.sql} itself (as it must to use JDBC at all).
 *
 * <p>Immutable and thread-safe; each read has its own state (with {@link
 * ImportOptions#duplicateCheck()}, a map of the ids read, about 150 bytes per dossier).
 */
public final class DossierJdbcReader {

  /** The default number of rows the driver fetches at a time. */
  public static final int DEFAULT_FETCH_SIZE = 1_000;

  /** The default zone that places a timestamp with time zone on a date: Vietnam's. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final Pattern TABLE =
      Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*(\\.[\\p{L}_][\\p{L}\\p{N}_$]*){0,2}");

  private final Catalogue catalogue;
  private final ColumnMapping mapping;
  private final ImportOptions options;
  private final int fetchSize;
  private final ZoneId zone;
  private final ImportProgress progress;
  private final long progressEvery;

  private DossierJdbcReader(
      Catalogue catalogue,
      ColumnMapping mapping,
      ImportOptions options,
      int fetchSize,
      ZoneId zone,
      ImportProgress progress,
      long progressEvery) {
    this.catalogue = catalogue;
    this.mapping = mapping;
    this.options = options;
    this.fetchSize = fetchSize;
    this.zone = zone;
    this.progress = progress;
    this.progressEvery = progressEvery;
  }

  /**
   * A reader of queries whose columns carry the default names, with the default options, a fetch
   * size of 1,000 rows and Vietnam's time zone.
   *
   * @param catalogue the units, agencies and procedures the rows refer to
   * @return the reader
   */
  public static DossierJdbcReader of(Catalogue catalogue) {
    return new DossierJdbcReader(
        requireNonNull(catalogue, "catalogue"),
        ColumnMapping.defaults(),
        ImportOptions.defaults(),
        DEFAULT_FETCH_SIZE,
        DEFAULT_ZONE,
        rows -> {},
        0);
  }

  /**
   * The query that reads a whole table or view: {@code SELECT * FROM table}.
   *
   * @param table a table or view name, optionally qualified ({@code dvc.ho_so}); letters, digits,
   *     {@code _} and {@code $} only, so that it cannot smuggle SQL in
   * @return the query
   * @throws IllegalArgumentException if the name is not a plain identifier
   */
  public static String selectAll(String table) {
    checkArgument(TABLE.matcher(table).matches(), "not a plain table name: \"%s\"", table);
    return "SELECT * FROM " + table;
  }

  /**
   * This reader with another column mapping.
   *
   * @param mapping which column label holds which column
   * @return the changed reader
   */
  public DossierJdbcReader withMapping(ColumnMapping mapping) {
    return new DossierJdbcReader(
        catalogue,
        requireNonNull(mapping, "mapping"),
        options,
        fetchSize,
        zone,
        progress,
        progressEvery);
  }

  /**
   * This reader with other options.
   *
   * @param options strict or lenient, the cap on rejections kept, the duplicate check (the charset,
   *     delimiter and record length do not apply to a query)
   * @return the changed reader
   */
  public DossierJdbcReader withOptions(ImportOptions options) {
    return new DossierJdbcReader(
        catalogue,
        mapping,
        requireNonNull(options, "options"),
        fetchSize,
        zone,
        progress,
        progressEvery);
  }

  /**
   * This reader asking the driver for so many rows at a time.
   *
   * @param rows the fetch size, at least 1
   * @return the changed reader
   * @throws IllegalArgumentException if {@code rows < 1}
   */
  public DossierJdbcReader withFetchSize(int rows) {
    checkArgument(rows >= 1, "the fetch size must be >= 1: %s", rows);
    return new DossierJdbcReader(catalogue, mapping, options, rows, zone, progress, progressEvery);
  }

  /**
   * This reader placing a {@code TIMESTAMP WITH TIME ZONE} on the date it has in another zone.
   *
   * @param zone the zone, e.g. {@code ZoneId.of("Asia/Ho_Chi_Minh")}
   * @return the changed reader
   */
  public DossierJdbcReader withZone(ZoneId zone) {
    return new DossierJdbcReader(
        catalogue,
        mapping,
        options,
        fetchSize,
        requireNonNull(zone, "zone"),
        progress,
        progressEvery);
  }

  /**
   * This reader telling a listener every so many rows how far it got.
   *
   * @param listener told the rows read so far
   * @param everyRows how often, at least 1
   * @return the changed reader
   * @throws IllegalArgumentException if {@code everyRows < 1}
   */
  public DossierJdbcReader withProgress(ImportProgress listener, long everyRows) {
    checkArgument(everyRows >= 1, "everyRows must be >= 1: %s", everyRows);
    return new DossierJdbcReader(
        catalogue,
        mapping,
        options,
        fetchSize,
        zone,
        requireNonNull(listener, "listener"),
        everyRows);
  }

  /**
   * The options in use.
   *
   * @return the options
   */
  public ImportOptions options() {
    return options;
  }

  /**
   * The column mapping in use.
   *
   * @return the mapping
   */
  public ColumnMapping mapping() {
    return mapping;
  }

  /**
   * The rows the driver is asked to fetch at a time.
   *
   * @return the fetch size
   */
  public int fetchSize() {
    return fetchSize;
  }

  /**
   * The zone that places a timestamp with time zone on a date.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Runs a query on a connection, giving each accepted dossier to a consumer; the connection stays
   * open.
   *
   * @param connection the connection, not closed
   * @param query the SQL text, one row per dossier; named as the source of every rejection
   * @param accepted told each accepted dossier, in the query's order
   * @return the reconciliation, with the first rejections
   * @throws SQLException if the driver fails
   * @throws CsvHeaderException if the query's columns lack a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public ImportReport read(Connection connection, String query, Consumer<? super Dossier> accepted)
      throws SQLException {
    return read(connection, query, accepted, rejection -> {});
  }

  /**
   * Runs a query on a connection, giving each accepted dossier and each rejection to a consumer;
   * every rejection reaches {@code rejected}, whatever the cap on those kept in the report.
   *
   * @param connection the connection, not closed
   * @param query the SQL text, one row per dossier
   * @param accepted told each accepted dossier, in the query's order
   * @param rejected told each rejection, in the query's order
   * @return the reconciliation, with the first rejections
   * @throws SQLException if the driver fails
   * @throws CsvHeaderException if the query's columns lack a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public ImportReport read(
      Connection connection,
      String query,
      Consumer<? super Dossier> accepted,
      Consumer<? super Rejection> rejected)
      throws SQLException {
    return drain(open(connection, false, query, rejected), accepted);
  }

  /**
   * Runs a query on a connection taken from a data source (a pool, Spring's {@code DataSource}),
   * giving each accepted dossier to a consumer; the connection is closed at the end.
   *
   * @param source the data source
   * @param query the SQL text, one row per dossier
   * @param accepted told each accepted dossier, in the query's order
   * @return the reconciliation, with the first rejections
   * @throws SQLException if the driver fails
   * @throws CsvHeaderException if the query's columns lack a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public ImportReport read(DataSource source, String query, Consumer<? super Dossier> accepted)
      throws SQLException {
    return read(source, query, accepted, rejection -> {});
  }

  /**
   * Runs a query on a connection taken from a data source, giving each accepted dossier and each
   * rejection to a consumer; the connection is closed at the end.
   *
   * @param source the data source
   * @param query the SQL text, one row per dossier
   * @param accepted told each accepted dossier, in the query's order
   * @param rejected told each rejection, in the query's order
   * @return the reconciliation, with the first rejections
   * @throws SQLException if the driver fails
   * @throws CsvHeaderException if the query's columns lack a required column
   * @throws RejectedRowException in strict mode, at the first refused row
   */
  public ImportReport read(
      DataSource source,
      String query,
      Consumer<? super Dossier> accepted,
      Consumer<? super Rejection> rejected)
      throws SQLException {
    return drain(
        open(requireNonNull(source, "source").getConnection(), true, query, rejected), accepted);
  }

  private static ImportReport drain(Cursor cursor, Consumer<? super Dossier> accepted)
      throws SQLException {
    requireNonNull(accepted, "accepted");
    try {
      for (Dossier next = cursor.next(); next != null; next = cursor.next()) {
        accepted.accept(next);
      }
      ImportReport report = cursor.report();
      cursor.query.close();
      return report;
    } catch (UncheckedSqlException e) {
      close(cursor, e);
      throw e.getCause();
    } catch (RuntimeException | Error e) {
      close(cursor, e);
      throw e;
    }
  }

  private static void close(Cursor cursor, Throwable failure) {
    try {
      cursor.query.close();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Opens a query on a connection to read it as a stream; closing the import closes the result set
   * and the statement, and leaves the connection open.
   *
   * @param connection the connection, not closed
   * @param query the SQL text, one row per dossier
   * @return the open import; close it. Consuming its stream throws {@link UncheckedSqlException} if
   *     the driver fails.
   * @throws SQLException if the query cannot be run
   * @throws CsvHeaderException if the query's columns lack a required column
   */
  public DossierImport open(Connection connection, String query) throws SQLException {
    return open(connection, query, rejection -> {});
  }

  /**
   * Opens a query on a connection to read it as a stream, giving each rejection to a consumer as it
   * is met.
   *
   * @param connection the connection, not closed
   * @param query the SQL text, one row per dossier
   * @param rejected told each rejection, in the query's order
   * @return the open import; close it
   * @throws SQLException if the query cannot be run
   * @throws CsvHeaderException if the query's columns lack a required column
   */
  public DossierImport open(
      Connection connection, String query, Consumer<? super Rejection> rejected)
      throws SQLException {
    return new DossierImport(open(connection, false, query, rejected));
  }

  /**
   * Opens a query on a connection taken from a data source to read it as a stream; closing the
   * import closes the result set, the statement and the connection.
   *
   * @param source the data source
   * @param query the SQL text, one row per dossier
   * @return the open import; close it
   * @throws SQLException if no connection can be had or the query cannot be run
   * @throws CsvHeaderException if the query's columns lack a required column
   */
  public DossierImport open(DataSource source, String query) throws SQLException {
    return new DossierImport(
        open(requireNonNull(source, "source").getConnection(), true, query, rejection -> {}));
  }

  private Cursor open(
      Connection connection, boolean owns, String query, Consumer<? super Rejection> rejected)
      throws SQLException {
    requireNonNull(rejected, "rejected");
    JdbcQuery q = JdbcQuery.open(connection, owns, query, fetchSize, zone);
    try {
      DossierRowMapper rows =
          DossierRowMapper.of(catalogue, mapping, options, query, q.labels(), rejected);
      return new Cursor(q, rows, progress, progressEvery);
    } catch (RuntimeException e) {
      try {
        q.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** The rows of an open query, mapped one by one. */
  private static final class Cursor implements DossierImport.Cursor {
    final JdbcQuery query;
    private final DossierRowMapper rows;
    private final ImportProgress progress;
    private final long progressEvery;
    private final String[] cells;
    private boolean done;
    private boolean complete;

    Cursor(JdbcQuery query, DossierRowMapper rows, ImportProgress progress, long progressEvery) {
      this.query = query;
      this.rows = rows;
      this.progress = progress;
      this.progressEvery = progressEvery;
      this.cells = new String[query.labels().size()];
    }

    @Override
    public @Nullable Dossier next() {
      try {
        while (!done) {
          if (!query.next()) {
            done = true;
            complete = true;
            return null;
          }
          long row = query.row();
          if (progressEvery > 0 && row % progressEvery == 0) {
            progress.rowsRead(row);
          }
          Rejection problem = query.read(cells);
          if (problem != null) {
            rows.reject(problem);
            continue;
          }
          Optional<Dossier> dossier = rows.map(row, java.util.Arrays.asList(cells));
          if (dossier.isPresent()) {
            return dossier.get();
          }
        }
        return null;
      } catch (SQLException e) {
        done = true;
        throw new UncheckedSqlException("reading the rows of " + query.query(), e);
      } catch (RuntimeException e) {
        done = true;
        throw e;
      }
    }

    @Override
    public ImportReport report() {
      return rows.report(complete);
    }

    @Override
    public void close() {
      try {
        query.close();
      } catch (SQLException e) {
        throw new UncheckedSqlException("closing " + query.query(), e);
      }
    }
  }

  @Override
  public String toString() {
    return "DossierJdbcReader[" + catalogue + ", " + options + ", fetch size " + fetchSize + "]";
  }
}
