package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.sample.HaTinh2024;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC source without a server: native SQL types become the cells the CSV import reads, and
 * every resource (result set, statement, the connection's modes, a data source's connection) is
 * released on every path — at the end, on a strict rejection, a missing column, a failing driver, a
 * failing consumer, an import closed early. H2 in memory stands for the database; a thin proxy
 * counts what is open and makes the driver fail where a test says.
 */
class DossierJdbcReaderTest {

  /** The first 500 dossiers of the Hà Tĩnh sample. */
  private static final List<Dossier> SAMPLE = HaTinh2024.dossiers().subList(0, 500);

  private static int databases;
  private Connection h2;

  @BeforeEach
  void open() throws SQLException {
    h2 = DriverManager.getConnection("jdbc:h2:mem:jdbc_" + ++databases + ";DATABASE_TO_LOWER=TRUE");
    OneStopShop.createSchema(h2, DossierCsvWriter.HEADER);
    OneStopShop.loadCatalogue(h2, SampleFiles.CATALOGUE);
    OneStopShop.loadDossiers(h2, SampleFiles.CATALOGUE, SAMPLE);
  }

  @AfterEach
  void close() throws SQLException {
    h2.close();
  }

  private static DossierJdbcReader reader() {
    return DossierJdbcReader.of(SampleFiles.CATALOGUE);
  }

  // --- values ---------------------------------------------------------------------------------

  private List<String> cells(String select, ZoneId zone) throws SQLException {
    JdbcQuery q = JdbcQuery.open(h2, false, select, 10, zone);
    try {
      assertThat(q.next()).isTrue();
      String[] cells = new String[q.labels().size()];
      assertThat(q.read(cells)).isNull();
      assertThat(q.row()).isEqualTo(1);
      assertThat(q.next()).isFalse();
      return List.of(cells);
    } finally {
      q.close();
    }
  }

  @Test
  void nativeTypesBecomeTheCellsTheCsvImportReads() throws SQLException {
    try (Statement s = h2.createStatement()) {
      s.execute(
          "CREATE TABLE kieu (d DATE, ts TIMESTAMP, tz TIMESTAMP WITH TIME ZONE, b BOOLEAN,"
              + " si SMALLINT, i INTEGER, bi BIGINT, n NUMERIC(18, 2), n2 NUMERIC(10, 3),"
              + " f DOUBLE PRECISION, v VARCHAR(20), nothing VARCHAR(20), nb BOOLEAN, ni INTEGER)");
      s.execute(
          "INSERT INTO kieu VALUES (DATE '2024-03-05', TIMESTAMP '2024-03-05 23:59:59',"
              + " TIMESTAMP WITH TIME ZONE '2024-03-05 20:30:00+00', TRUE, 2, -5000,"
              + " 1500000, 20000.00, 2.500, 3.0, '31/02/2024', NULL, NULL, NULL)");
    }
    String all = "SELECT * FROM kieu";
    assertThat(cells(all, ZoneId.of("Asia/Ho_Chi_Minh")))
        .containsExactly(
            "2024-03-05",
            "2024-03-05",
            "2024-03-06", // 20:30 UTC is 03:30 the next day in Vietnam
            "1",
            "2",
            "-5000",
            "1500000",
            "20000",
            "2.5",
            "3",
            "31/02/2024",
            "",
            "",
            "");
    assertThat(cells("SELECT tz, FALSE FROM kieu", ZoneOffset.UTC))
        .containsExactly("2024-03-05", "0");
  }

  @Test
  void aTimestampWithTimeZoneIsZonedWhateverTheDriversTypeCode() {
    assertThat(JdbcQuery.type(Types.TIMESTAMP, "timestamptz"))
        .isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
    assertThat(JdbcQuery.type(Types.TIMESTAMP, "TIMESTAMP WITH TIME ZONE"))
        .isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
    assertThat(JdbcQuery.type(-155, "datetimeoffset")).isEqualTo(Types.TIMESTAMP_WITH_TIMEZONE);
    assertThat(JdbcQuery.type(Types.TIMESTAMP, "timestamp")).isEqualTo(Types.TIMESTAMP);
    assertThat(JdbcQuery.type(Types.DATE, null)).isEqualTo(Types.DATE);
  }

  @Test
  void plainTextIsTheSameNumberWithoutExponentOrTrailingZeros() {
    qt().forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), integers().between(-6, 6))
        .checkAssert(
            (unscaled, scale) -> {
              BigDecimal value = BigDecimal.valueOf(unscaled, scale);
              String text = JdbcQuery.plain(value);
              assertThat(new BigDecimal(text)).isEqualByComparingTo(value);
              assertThat(text).doesNotContain("E").doesNotContain("e");
              if (text.contains(".")) {
                assertThat(text).doesNotEndWith("0").doesNotEndWith(".");
              }
            });
  }

  @Test
  void aWholeNumericFeeIsAFeeAndAFractionalOneIsRejected() throws SQLException {
    try (Statement s = h2.createStatement()) {
      s.execute("UPDATE ho_so SET le_phi = 20000.50 WHERE id = 1");
    }
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report = reader().read(h2, OneStopShop.DOSSIERS, d -> {}, rejected::add);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(rejected.get(0).line()).isEqualTo(1);
    assertThat(rejected.get(0).column()).isEqualTo("le_phi");
    assertThat(rejected.get(0).value()).isEqualTo("20000.5");
    assertThat(rejected.get(0).reason()).isEqualTo(RejectionReason.UNPARSABLE_FEE);
  }

  @Test
  void upperCaseLabelsAndEnglishAliasesAreFoundAsCsvHeadersAre() throws SQLException {
    List<Dossier> read = new ArrayList<>();
    String query =
        "SELECT h.so_ho_so AS \"DOSSIER_ID\", t.ma AS \"PROCEDURE_CODE\", c.ma AS \"Agency\","
            + " h.kenh_nop AS channel, h.tiep_nhan_luc AS \"Received On\", h.ngay_hen_tra AS due,"
            + " h.giai_quyet_luc AS resolved, h.so_hoa_ket_qua AS result_digitized,"
            + " h.so_hoa_ho_so AS intake_digitized, h.le_phi AS fee,"
            + " h.thanh_toan_truc_tuyen AS paid_online, h.ket_qua AS outcome"
            + " FROM ho_so h JOIN thu_tuc t ON t.id = h.thu_tuc_id"
            + " JOIN co_quan c ON c.id = h.co_quan_id ORDER BY h.id";
    ImportReport report = reader().read(h2, query, read::add);
    assertThat(report.isClean()).isTrue();
    assertThat(read).isEqualTo(SAMPLE);
  }

  @Test
  void aMappingNamesTheSystemsOwnColumns() throws SQLException {
    List<Dossier> read = new ArrayList<>();
    String query =
        "SELECT h.so_ho_so, t.ma AS thu_tuc, c.ma AS co_quan, h.kenh_nop, h.tiep_nhan_luc,"
            + " h.ngay_hen_tra, h.giai_quyet_luc, h.ket_qua, h.so_hoa_ket_qua, h.so_hoa_ho_so,"
            + " h.le_phi, h.thanh_toan_truc_tuyen"
            + " FROM ho_so h JOIN thu_tuc t ON t.id = h.thu_tuc_id"
            + " JOIN co_quan c ON c.id = h.co_quan_id ORDER BY h.id";
    ColumnMapping mapping =
        ColumnMapping.defaults()
            .map(DossierColumn.PROCEDURE, "thu_tuc")
            .map(DossierColumn.AGENCY, "co_quan")
            .map(DossierColumn.RECEIVED_ON, "tiep_nhan_luc")
            .map(DossierColumn.RESOLVED_ON, "giai_quyet_luc");
    reader().withMapping(mapping).read(h2, query, read::add);
    assertThat(read).isEqualTo(SAMPLE);
    assertThatThrownBy(() -> reader().read(h2, query, d -> {}))
        .isInstanceOf(CsvHeaderException.class);
  }

  @Test
  void selectAllTakesPlainTableNamesOnly() {
    assertThat(DossierJdbcReader.selectAll("ho_so")).isEqualTo("SELECT * FROM ho_so");
    assertThat(DossierJdbcReader.selectAll("dvc.ho_so_đồng_bộ"))
        .isEqualTo("SELECT * FROM dvc.ho_so_đồng_bộ");
    assertThatThrownBy(() -> DossierJdbcReader.selectAll("ho_so; DROP TABLE ho_so"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DossierJdbcReader.selectAll("a.b.c.d"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> reader().withFetchSize(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theProgressListenerHearsEverySoManyRows() throws SQLException {
    List<Long> heard = new ArrayList<>();
    reader().withProgress(heard::add, 100).read(h2, OneStopShop.DOSSIERS, d -> {});
    long n = SAMPLE.size();
    assertThat(heard).hasSize((int) (n / 100));
    assertThat(heard).first().isEqualTo(100L);
  }

  // --- resources ------------------------------------------------------------------------------

  /** Counts what is open through a connection, and fails where told. */
  private static final class Tracked {
    int statementsOpen;
    int resultSetsOpen;
    boolean connectionClosed;
    long failNextAtRow = -1;
    long dataErrorAtRow = -1;
    boolean failClosingResultSet;
    long row;

    Connection wrap(Connection real) {
      return wrap(real, false);
    }

    /** A pooled connection is returned to the pool, not closed, when the reader closes it. */
    Connection wrap(Connection real, boolean pooled) {
      Connection unclosable =
          pooled
              ? (Connection)
                  Proxy.newProxyInstance(
                      Connection.class.getClassLoader(),
                      new Class<?>[] {Connection.class},
                      (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                          return null;
                        }
                        try {
                          return method.invoke(real, args);
                        } catch (InvocationTargetException e) {
                          throw e.getCause();
                        }
                      })
              : real;
      return proxy(
          Connection.class,
          unclosable,
          (method, args, result) -> {
            if (method.equals("close")) {
              connectionClosed = true;
            }
            if (result instanceof PreparedStatement statement) {
              statementsOpen++;
              return statement(statement);
            }
            return result;
          });
    }

    private PreparedStatement statement(PreparedStatement real) {
      return proxy(
          PreparedStatement.class,
          real,
          (method, args, result) -> {
            if (method.equals("close")) {
              statementsOpen--;
            }
            if (result instanceof ResultSet rows) {
              resultSetsOpen++;
              return resultSet(rows);
            }
            return result;
          });
    }

    private ResultSet resultSet(ResultSet real) {
      InvocationHandler handler =
          (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("next")) {
              if (row + 1 == failNextAtRow) {
                throw new SQLException("connection reset", "08006");
              }
              row++;
            }
            if (name.equals("getString") && row == dataErrorAtRow) {
              throw new SQLException("invalid text", "22P05");
            }
            if (name.equals("close")) {
              resultSetsOpen--;
              if (failClosingResultSet) {
                real.close();
                throw new SQLException("close failed", "08003");
              }
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      return (ResultSet)
          Proxy.newProxyInstance(
              getClass().getClassLoader(), new Class<?>[] {ResultSet.class}, handler);
    }

    void assertAllClosed() {
      assertThat(resultSetsOpen).as("result sets open").isZero();
      assertThat(statementsOpen).as("statements open").isZero();
    }
  }

  private interface After {
    Object apply(String method, Object[] args, Object result) throws SQLException;
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, T real, After after) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(real, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return after.apply(method.getName(), args, result);
        };
    return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static String staging() {
    return OneStopShop.staging(DossierCsvWriter.HEADER);
  }

  private void loadBrokenRows() throws SQLException {
    OneStopShop.loadStaging(h2, OneStopShop.csvRows(SampleFiles.DIR.resolve("ho_so_co_loi.csv")));
  }

  @Test
  void aReadClosesItsResultSetAndStatementAndRestoresTheConnection() throws SQLException {
    Tracked t = new Tracked();
    Connection c = t.wrap(h2);
    assertThat(c.getAutoCommit()).isTrue();
    ImportReport report = reader().withFetchSize(7).read(c, OneStopShop.DOSSIERS, d -> {});
    assertThat(report.accepted()).isEqualTo(SAMPLE.size());
    t.assertAllClosed();
    assertThat(t.connectionClosed).isFalse();
    assertThat(c.getAutoCommit()).isTrue();
    assertThat(c.isReadOnly()).isFalse();
  }

  @Test
  void aStrictRejectionClosesEverything() throws SQLException {
    loadBrokenRows();
    Tracked t = new Tracked();
    Connection c = t.wrap(h2);
    assertThatThrownBy(
            () ->
                reader().withOptions(ImportOptions.defaults().strict()).read(c, staging(), d -> {}))
        .isInstanceOf(RejectedRowException.class);
    t.assertAllClosed();
    assertThat(c.getAutoCommit()).isTrue();
  }

  @Test
  void aMissingColumnClosesEverything() throws SQLException {
    Tracked t = new Tracked();
    Connection c = t.wrap(h2);
    assertThatThrownBy(() -> reader().read(c, "SELECT so_ho_so FROM ho_so", d -> {}))
        .isInstanceOf(CsvHeaderException.class);
    t.assertAllClosed();
    assertThat(c.getAutoCommit()).isTrue();
  }

  @Test
  void aQueryThatCannotRunLeavesNothingOpen() throws SQLException {
    Tracked t = new Tracked();
    Connection c = t.wrap(h2);
    assertThatThrownBy(() -> reader().read(c, "SELECT * FROM khong_co", d -> {}))
        .isInstanceOf(SQLException.class);
    t.assertAllClosed();
    assertThat(c.getAutoCommit()).isTrue();
    assertThat(c.isReadOnly()).isFalse();
  }

  @Test
  void aDriverFailingMidwayIsThrownAndClosesEverything() throws SQLException {
    Tracked t = new Tracked();
    t.failNextAtRow = 50;
    Connection c = t.wrap(h2);
    List<Dossier> read = new ArrayList<>();
    SQLException e =
        catchThrowableOfType(
            SQLException.class, () -> reader().read(c, OneStopShop.DOSSIERS, read::add));
    assertThat(e.getSQLState()).isEqualTo("08006");
    assertThat(read).hasSize(49);
    t.assertAllClosed();
    assertThat(c.getAutoCommit()).isTrue();
  }

  @Test
  void aDriverFailingInAStreamIsAnUncheckedSqlException() throws SQLException {
    Tracked t = new Tracked();
    t.failNextAtRow = 3;
    Connection c = t.wrap(h2);
    try (DossierImport in = reader().open(c, OneStopShop.DOSSIERS)) {
      UncheckedSqlException e =
          catchThrowableOfType(UncheckedSqlException.class, () -> in.dossiers().count());
      assertThat(e.getCause().getSQLState()).isEqualTo("08006");
      assertThat(e.getMessage()).contains(OneStopShop.DOSSIERS);
      assertThat(in.report().isComplete()).isFalse();
      assertThat(in.report().accepted()).isEqualTo(2);
    }
    t.assertAllClosed();
  }

  @Test
  void aFailingConsumerClosesEverything() throws SQLException {
    Tracked t = new Tracked();
    Connection c = t.wrap(h2);
    assertThatThrownBy(
            () ->
                reader()
                    .read(
                        c,
                        OneStopShop.DOSSIERS,
                        d -> {
                          throw new IllegalStateException("full");
                        }))
        .isInstanceOf(IllegalStateException.class);
    t.assertAllClosed();
    assertThat(c.getAutoCommit()).isTrue();
  }

  @Test
  void anImportClosedBeforeItsEndClosesEverything() throws SQLException {
    Tracked t = new Tracked();
    Connection c = t.wrap(h2);
    try (DossierImport in = reader().open(c, OneStopShop.DOSSIERS)) {
      assertThat(in.dossiers().limit(3).count()).isEqualTo(3);
      assertThat(in.report().rowsRead()).isEqualTo(3);
      assertThat(in.report().isComplete()).isFalse();
    }
    t.assertAllClosed();
    assertThat(t.connectionClosed).isFalse();
    assertThat(c.getAutoCommit()).isTrue();
  }

  @Test
  void aFailureToCloseIsThrownAfterEverythingElseIsReleased() throws SQLException {
    Tracked t = new Tracked();
    t.failClosingResultSet = true;
    Connection c = t.wrap(h2);
    SQLException e =
        catchThrowableOfType(
            SQLException.class, () -> reader().read(c, OneStopShop.DOSSIERS, d -> {}));
    assertThat(e.getSQLState()).isEqualTo("08003");
    t.assertAllClosed();
    assertThat(c.getAutoCommit()).isTrue();
    DossierImport in = reader().open(c, OneStopShop.DOSSIERS);
    assertThatThrownBy(in::close).isInstanceOf(UncheckedSqlException.class);
    t.assertAllClosed();
  }

  @Test
  void aCellTheDriverCannotReadRejectsItsRowAndTheReportStillReconciles() throws SQLException {
    loadBrokenRows();
    Tracked t = new Tracked();
    t.dataErrorAtRow = 2;
    Connection c = t.wrap(h2);
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report = reader().read(c, staging(), d -> {}, rejected::add);
    Rejection first = rejected.get(0);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.column()).isEqualTo("ma_ho_so");
    assertThat(first.reason()).isEqualTo(RejectionReason.UNREADABLE_SQL_VALUE);
    assertThat(first.arguments().get(0)).startsWith("22P05 invalid text");
    assertThat(report.rowsRead()).isEqualTo(report.accepted() + report.rejected());
    t.assertAllClosed();
  }

  @Test
  void aConnectionAlreadyInATransactionIsLeftInIt() throws SQLException {
    h2.setAutoCommit(false);
    try (Statement s = h2.createStatement()) {
      s.execute("DELETE FROM ho_so WHERE id > 10");
    }
    ImportReport report = reader().read(h2, OneStopShop.DOSSIERS, d -> {});
    assertThat(report.accepted()).isEqualTo(10);
    assertThat(h2.getAutoCommit()).isFalse();
    h2.rollback();
    assertThat(reader().read(h2, OneStopShop.DOSSIERS, d -> {}).accepted())
        .isEqualTo(SAMPLE.size());
  }

  /** A data source handing out tracked connections to the H2 database. */
  private final class Source implements DataSource {
    final List<Tracked> handedOut = new ArrayList<>();

    @Override
    public Connection getConnection() {
      Tracked t = new Tracked();
      handedOut.add(t);
      return t.wrap(h2, true);
    }

    @Override
    public Connection getConnection(String user, String password) {
      return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
      throw new UnsupportedOperationException("the test data source keeps no log writer");
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() {
      return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }

  @Test
  void aConnectionFromADataSourceIsClosedOnEveryPath() throws SQLException {
    Source source = new Source();
    assertThat(reader().read(source, OneStopShop.DOSSIERS, d -> {}).accepted())
        .isEqualTo(SAMPLE.size());
    assertThatThrownBy(() -> reader().read(source, "SELECT 1 AS x", d -> {}))
        .isInstanceOf(CsvHeaderException.class);
    assertThatThrownBy(() -> reader().read(source, "SELECT * FROM khong_co", d -> {}))
        .isInstanceOf(SQLException.class);
    try (DossierImport in = reader().open(source, OneStopShop.DOSSIERS)) {
      assertThat(in.dossiers().findFirst()).isPresent();
    }
    CatalogueImport catalogue =
        CatalogueJdbcReader.read(
            source,
            OneStopShop.UNITS,
            OneStopShop.AGENCIES,
            OneStopShop.PROCEDURES,
            ImportOptions.defaults());
    assertThat(catalogue.catalogue()).isEqualTo(SampleFiles.CATALOGUE);
    assertThat(source.handedOut).hasSize(5);
    for (Tracked t : source.handedOut) {
      t.assertAllClosed();
      assertThat(t.connectionClosed).isTrue();
    }
  }

  @Test
  void aCatalogueQueryClosesItsResourcesAndThrowsTheDriversException() throws SQLException {
    Tracked t = new Tracked();
    t.failNextAtRow = 2;
    Connection c = t.wrap(h2);
    SQLException e =
        catchThrowableOfType(
            SQLException.class,
            () ->
                CatalogueJdbcReader.readProcedures(
                    c, OneStopShop.PROCEDURES, ImportOptions.defaults()));
    assertThat(e.getSQLState()).isEqualTo("08006");
    t.assertAllClosed();
    assertThatThrownBy(
            () ->
                CatalogueJdbcReader.readUnits(
                    h2, "SELECT ma FROM don_vi", ImportOptions.defaults()))
        .isInstanceOf(CsvHeaderException.class);
    assertThat(h2.getAutoCommit()).isTrue();
  }
}
