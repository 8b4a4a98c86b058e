package io.github.dvckpi.io;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * One query read forward-only and read-only, row by row, its cells turned into the text the CSV
 * import parses: the one place where SQL types meet the import's values.
 *
 * <p>The connection is prepared for streaming: when it is in auto-commit mode, the query runs in a
 * read-only transaction of its own (PostgreSQL streams a result by its fetch size only outside
 * auto-commit), rolled back at the end and the connection's modes restored; a connection already in
 * a transaction is left as it is. Closing releases the result set, the statement and, if the query
 * owns it, the connection, on every path, the first failure thrown and the others suppressed.
 *
 * <p>Cells by SQL type ({@link #text}): {@code NULL} is a blank cell; {@code DATE} is ISO {@code
 * yyyy-MM-dd}; {@code TIMESTAMP} its date; {@code TIMESTAMP WITH TIME ZONE} the date it has in the
 * given zone; {@code BOOLEAN} and {@code BIT} are {@code 1} or {@code 0}; integers their decimal
 * digits; {@code NUMERIC}, {@code DECIMAL} and floating point their exact plain value without
 * trailing zeros ({@code 1500000.00} is {@code 1500000}); every other type the driver's text.
 */
final class JdbcQuery {

  private final String query;
  private final Connection connection;
  private final boolean ownsConnection;
  private final boolean restoreAutoCommit;
  private final boolean wasReadOnly;
  private final PreparedStatement statement;
  private final ResultSet rows;
  private final ImmutableList<String> labels;
  private final int[] types;
  private final ZoneId zone;
  private long row;
  private boolean closed;

  private JdbcQuery(
      String query,
      Connection connection,
      boolean ownsConnection,
      boolean restoreAutoCommit,
      boolean wasReadOnly,
      PreparedStatement statement,
      ResultSet rows,
      ImmutableList<String> labels,
      int[] types,
      ZoneId zone) {
    this.query = query;
    this.connection = connection;
    this.ownsConnection = ownsConnection;
    this.restoreAutoCommit = restoreAutoCommit;
    this.wasReadOnly = wasReadOnly;
    this.statement = statement;
    this.rows = rows;
    this.labels = labels;
    this.types = types;
    this.zone = zone;
  }

  /**
   * Runs a query.
   *
   * @param connection the connection
   * @param ownsConnection whether closing the query closes the connection (also when opening fails)
   * @param query the SQL text
   * @param fetchSize the rows the driver fetches at a time
   * @param zone where a timestamp with time zone is placed on a date
   * @return the open query, before its first row
   * @throws SQLException if the driver fails; everything opened so far is closed
   */
  static JdbcQuery open(
      Connection connection, boolean ownsConnection, String query, int fetchSize, ZoneId zone)
      throws SQLException {
    requireNonNull(connection, "connection");
    requireNonNull(query, "query");
    requireNonNull(zone, "zone");
    checkArgument(fetchSize >= 1, "fetchSize must be >= 1: %s", fetchSize);
    boolean restoreAutoCommit = false;
    boolean wasReadOnly = false;
    PreparedStatement statement = null;
    try {
      if (connection.getAutoCommit()) {
        wasReadOnly = connection.isReadOnly();
        connection.setReadOnly(true);
        connection.setAutoCommit(false);
        restoreAutoCommit = true;
      }
      statement =
          connection.prepareStatement(
              query, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
      statement.setFetchSize(fetchSize);
      ResultSet rows = statement.executeQuery();
      try {
        ResultSetMetaData meta = rows.getMetaData();
        int width = meta.getColumnCount();
        ImmutableList.Builder<String> labels = ImmutableList.builderWithExpectedSize(width);
        int[] types = new int[width];
        for (int i = 0; i < width; i++) {
          labels.add(requireNonNull(meta.getColumnLabel(i + 1), "column label"));
          types[i] = type(meta.getColumnType(i + 1), meta.getColumnTypeName(i + 1));
        }
        return new JdbcQuery(
            query,
            connection,
            ownsConnection,
            restoreAutoCommit,
            wasReadOnly,
            statement,
            rows,
            labels.build(),
            types,
            zone);
      } catch (SQLException | RuntimeException e) {
        closeQuietly(rows, e);
        throw e;
      }
    } catch (SQLException | RuntimeException e) {
      if (statement != null) {
        closeQuietly(statement, e);
      }
      try {
        release(connection, ownsConnection, restoreAutoCommit, wasReadOnly);
      } catch (SQLException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * The type a column is read as: its {@link Types} code, except that a timestamp with a time zone
   * is {@link Types#TIMESTAMP_WITH_TIMEZONE} whatever code its driver gives it (PostgreSQL's driver
   * says {@code TIMESTAMP} for {@code timestamptz}, SQL Server's has a code of its own for {@code
   * datetimeoffset}).
   *
   * @param code the driver's type code
   * @param name the database's type name, if the driver gives one
   * @return the type to read the column as
   */
  static int type(int code, @Nullable String name) {
    String n = name == null ? "" : name.toLowerCase(java.util.Locale.ROOT);
    boolean zoned =
        n.startsWith("timestamptz")
            || n.contains("with time zone")
            || n.startsWith("datetimeoffset");
    return zoned ? Types.TIMESTAMP_WITH_TIMEZONE : code;
  }

  private static void closeQuietly(AutoCloseable resource, Throwable into) {
    try {
      resource.close();
    } catch (Exception e) {
      into.addSuppressed(e);
    }
  }

  /** The query's text, the source named in rejections. */
  String query() {
    return query;
  }

  /** The column labels, in order: the header. */
  ImmutableList<String> labels() {
    return labels;
  }

  /**
   * Moves to the next row.
   *
   * @return false after the last row
   * @throws SQLException if the driver fails
   */
  boolean next() throws SQLException {
    if (!rows.next()) {
      return false;
    }
    row++;
    return true;
  }

  /** The current row's number, 1 for the first row. */
  long row() {
    return row;
  }

  /**
   * Reads the current row's cells.
   *
   * @param cells filled with the cells' text, as wide as the header
   * @return the first cell the driver cannot read (a data exception, SQL state class 22) as a
   *     rejection, or null
   * @throws SQLException if the driver fails otherwise
   */
  @Nullable Rejection read(String[] cells) throws SQLException {
    for (int i = 0; i < types.length; i++) {
      try {
        cells[i] = text(rows, i + 1, types[i], zone);
      } catch (SQLException e) {
        String state = e.getSQLState();
        if (state == null || !state.startsWith("22")) {
          throw e;
        }
        java.util.Arrays.fill(cells, i, cells.length, "");
        String words = e.getMessage();
        return Rejection.of(
            query,
            row,
            labels.get(i),
            "",
            RejectionReason.UNREADABLE_SQL_VALUE,
            Text.abbreviate(state + " " + (words == null ? "" : words), 200));
      }
    }
    return null;
  }

  /**
   * One cell as the text the CSV import parses.
   *
   * @param rows the result set, on a row
   * @param column the column, from 1
   * @param type its {@link Types} code
   * @param zone where a timestamp with time zone is placed on a date
   * @return the text; blank for {@code NULL}
   * @throws SQLException if the driver cannot read the cell
   */
  static String text(ResultSet rows, int column, int type, ZoneId zone) throws SQLException {
    return switch (type) {
      case Types.DATE -> {
        LocalDate date = rows.getObject(column, LocalDate.class);
        yield date == null ? "" : date.toString();
      }
      case Types.TIMESTAMP -> {
        LocalDateTime time = rows.getObject(column, LocalDateTime.class);
        yield time == null ? "" : time.toLocalDate().toString();
      }
      case Types.TIMESTAMP_WITH_TIMEZONE -> {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        yield time == null ? "" : time.atZoneSameInstant(zone).toLocalDate().toString();
      }
      case Types.BOOLEAN, Types.BIT -> {
        boolean value = rows.getBoolean(column);
        yield rows.wasNull() ? "" : value ? "1" : "0";
      }
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> {
        long value = rows.getLong(column);
        yield rows.wasNull() ? "" : Long.toString(value);
      }
      case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> {
        BigDecimal value = rows.getBigDecimal(column);
        yield value == null ? "" : plain(value);
      }
      default -> {
        String value = rows.getString(column);
        yield value == null ? "" : value;
      }
    };
  }

  /**
   * An exact number as plain digits without trailing zeros after the point: {@code 1500000.00} is
   * {@code 1500000}, {@code 1.5E+6} is {@code 1500000}, {@code 2.50} is {@code 2.5}.
   *
   * @param value the number
   * @return its plain text
   */
  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /**
   * Closes the result set and the statement, ends the query's own transaction and restores the
   * connection's modes, and closes the connection if the query owns it; every step is tried.
   *
   * @throws SQLException the first failure, the others suppressed
   */
  void close() throws SQLException {
    if (closed) {
      return;
    }
    closed = true;
    SQLException failure = null;
    try {
      rows.close();
    } catch (SQLException e) {
      failure = e;
    }
    try {
      statement.close();
    } catch (SQLException e) {
      failure = first(failure, e);
    }
    try {
      release(connection, ownsConnection, restoreAutoCommit, wasReadOnly);
    } catch (SQLException e) {
      failure = first(failure, e);
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static SQLException first(@Nullable SQLException failure, SQLException next) {
    if (failure == null) {
      return next;
    }
    failure.addSuppressed(next);
    return failure;
  }

  private static void release(
      Connection connection, boolean owns, boolean restoreAutoCommit, boolean wasReadOnly)
      throws SQLException {
    SQLException failure = null;
    if (restoreAutoCommit) {
      try {
        connection.rollback();
      } catch (SQLException e) {
        failure = e;
      }
      try {
        connection.setAutoCommit(true);
        connection.setReadOnly(wasReadOnly);
      } catch (SQLException e) {
        failure = first(failure, e);
      }
    }
    if (owns) {
      try {
        connection.close();
      } catch (SQLException e) {
        failure = first(failure, e);
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  /** The rows of a query as the rows of an {@link Importer}: catalogues read from a query. */
  static final class Rows implements Importer.Rows {
    private final JdbcQuery query;

    Rows(JdbcQuery query) {
      this.query = query;
    }

    @Override
    public RowSource.@Nullable Raw next() {
      try {
        if (!query.next()) {
          return null;
        }
        String[] cells = new String[query.labels.size()];
        Rejection problem = query.read(cells);
        return new RowSource.Raw(query.row(), cells, problem);
      } catch (SQLException e) {
        throw new UncheckedSqlException("reading the rows of " + query.query, e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        query.close();
      } catch (SQLException e) {
        throw new UncheckedSqlException("closing " + query.query, e);
      }
    }
  }
}
