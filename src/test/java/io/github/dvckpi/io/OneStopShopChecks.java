package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.sample.HaTinh2024;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bundled samples loaded into a {@link OneStopShop} database read back as the CSV import reads
 * the files: the same catalogue, the same dossiers, the same KPI report cell by cell, the same
 * rejections. Run on H2 in memory by {@code OneStopShopH2Test} and on a real PostgreSQL server by
 * {@code OneStopShopPostgresTest}.
 *
 * <p>What "the same rejections" means exactly: every field of every rejection is equal — column,
 * value, reason, arguments — once the database's rejection is stated as the file states it: the
 * source is the file instead of the query, and row {@code r} of the query is the line the {@code
 * r}-th loaded record is on (the same mapping for the line named by a duplicate id). The two
 * records of {@code ho_so_co_loi.csv} with another number of cells than the header ({@code
 * WRONG_COLUMN_COUNT}) have no equivalent in a table and are not loaded; every other record is.
 */
abstract class OneStopShopChecks {

  private static final Path BROKEN = SampleFiles.DIR.resolve("ho_so_co_loi.csv");

  /** A fresh connection to an empty database (or one whose tables may be replaced). */
  abstract Connection connect() throws SQLException;

  private Connection connection;
  private OneStopShop.CsvRows broken;
  private List<Long> loadedLines;

  @BeforeEach
  void load() throws SQLException, IOException {
    connection = connect();
    broken = OneStopShop.csvRows(BROKEN);
    OneStopShop.createSchema(connection, broken.header());
    OneStopShop.loadCatalogue(connection, csvCatalogue().catalogue());
    OneStopShop.loadDossiers(connection, SampleFiles.CATALOGUE, csvDossiers());
    loadedLines = OneStopShop.loadStaging(connection, broken);
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  @AfterEach
  void close() throws SQLException {
    if (connection != null) { // null when the server is missing and the test was skipped
      connection.close();
    }
  }

  private static CatalogueImport csvCatalogue() throws IOException {
    return CatalogueCsvReader.read(
        SampleFiles.DIR.resolve("don_vi.csv"),
        SampleFiles.DIR.resolve("co_quan.csv"),
        SampleFiles.DIR.resolve("thu_tuc.csv"),
        ImportOptions.defaults().strict());
  }

  private static List<Dossier> csvDossiers() throws IOException {
    List<Dossier> out = new ArrayList<>();
    DossierCsvReader.of(SampleFiles.CATALOGUE)
        .withOptions(ImportOptions.defaults().strict())
        .read(SampleFiles.DIR.resolve("ho_so.csv"), out::add);
    return out;
  }

  private static List<KpiReport> reports(List<Dossier> dossiers) {
    return List.of(
        Kpi.over(dossiers, HaTinh2024.hierarchy())
            .period(HaTinh2024.period())
            .byTier()
            .compute(Indicator.values()),
        Kpi.over(dossiers, HaTinh2024.hierarchy())
            .period(HaTinh2024.period())
            .within("42")
            .byUnit()
            .compute(Indicator.values()));
  }

  private static void assertSameReports(List<Dossier> fromDatabase, List<Dossier> fromCsv) {
    List<KpiReport> expected = reports(fromCsv);
    List<KpiReport> actual = reports(fromDatabase);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i).cells()).isNotEmpty();
      assertThat(actual.get(i).cells()).containsExactlyElementsOf(expected.get(i).cells());
      assertThat(actual.get(i)).isEqualTo(expected.get(i));
    }
  }

  @Test
  void theCataloguesFromQueriesAreTheSampleCatalogues() throws Exception {
    CatalogueImport fromDatabase =
        CatalogueJdbcReader.read(
            connection,
            OneStopShop.UNITS,
            OneStopShop.AGENCIES,
            OneStopShop.PROCEDURES,
            ImportOptions.defaults().strict());
    CatalogueImport fromCsv = csvCatalogue();
    assertThat(fromDatabase.catalogue()).isEqualTo(fromCsv.catalogue());
    assertThat(fromDatabase.isClean()).isTrue();
    assertThat(fromDatabase.units().rowsRead()).isEqualTo(fromCsv.units().rowsRead());
    assertThat(fromDatabase.agencies().rowsRead()).isEqualTo(fromCsv.agencies().rowsRead());
    assertThat(fromDatabase.procedures().rowsRead()).isEqualTo(fromCsv.procedures().rowsRead());
    assertThat(fromDatabase.units().source()).isEqualTo(OneStopShop.UNITS);
  }

  @Test
  void theSampleDossiersInNativeColumnsGiveTheCsvReportCellByCell() throws Exception {
    List<Dossier> fromDatabase = new ArrayList<>();
    ImportReport report =
        DossierJdbcReader.of(SampleFiles.CATALOGUE)
            .withOptions(ImportOptions.defaults().strict())
            .withFetchSize(100)
            .read(connection, OneStopShop.DOSSIERS, fromDatabase::add);
    List<Dossier> fromCsv = csvDossiers();
    assertThat(fromDatabase).isEqualTo(fromCsv);
    assertThat(report.source()).isEqualTo(OneStopShop.DOSSIERS);
    assertThat(report.accepted()).isEqualTo(fromCsv.size());
    assertThat(report.isClean()).isTrue();
    assertThat(report.isComplete()).isTrue();
    assertSameReports(fromDatabase, fromCsv);
  }

  @Test
  void theBrokenRowsGiveTheCsvRejectionsAndTheCsvReport() throws Exception {
    List<Dossier> csvAccepted = new ArrayList<>();
    List<Rejection> csvRejected = new ArrayList<>();
    ImportReport csv =
        DossierCsvReader.of(SampleFiles.CATALOGUE).read(BROKEN, csvAccepted::add, csvRejected::add);
    List<Dossier> dbAccepted = new ArrayList<>();
    List<Rejection> dbRejected = new ArrayList<>();
    String query = OneStopShop.staging(broken.header());
    ImportReport db =
        DossierJdbcReader.of(SampleFiles.CATALOGUE)
            .read(connection, query, dbAccepted::add, dbRejected::add);

    List<Rejection> comparable =
        csvRejected.stream()
            .filter(r -> r.reason() != RejectionReason.WRONG_COLUMN_COUNT)
            .collect(Collectors.toList());
    int unloadable = csvRejected.size() - comparable.size();
    assertThat(unloadable).isPositive();
    assertThat(loadedLines).hasSize(broken.rows().size() - unloadable);
    assertThat(dbRejected)
        .extracting(r -> OneStopShop.asCsv(r, BROKEN.toString(), loadedLines))
        .containsExactlyElementsOf(comparable);
    assertThat(dbRejected).allSatisfy(r -> assertThat(r.source()).isEqualTo(query));
    assertThat(db.rowsRead()).isEqualTo(db.accepted() + db.rejected());
    assertThat(db.rowsRead()).isEqualTo(csv.rowsRead() - unloadable);
    assertThat(db.accepted()).isEqualTo(csv.accepted());
    assertThat(db.rejections()).isEqualTo(dbRejected);
    assertThat(dbAccepted).isEqualTo(csvAccepted);
    assertSameReports(dbAccepted, csvAccepted);
  }

  @Test
  void anOpenedQueryStreamsTheDossiersAndReconcilesAtItsEnd() throws Exception {
    String query = OneStopShop.staging(broken.header());
    try (DossierImport in = DossierJdbcReader.of(SampleFiles.CATALOGUE).open(connection, query)) {
      assertThat(in.report().isComplete()).isFalse();
      assertThat(in.dossiers().count()).isEqualTo(1_000);
      assertThat(in.report().isComplete()).isTrue();
      assertThat(in.report().accepted()).isEqualTo(1_000);
      assertThat(in.report().rowsRead()).isEqualTo(loadedLines.size());
    }
    assertThat(connection.isClosed()).isFalse();
    assertThat(connection.getAutoCommit()).isTrue();
  }

  @Test
  void strictModeStopsAtTheFirstBrokenRowWithItsRowNumber() throws Exception {
    String query = OneStopShop.staging(broken.header());
    RejectedRowException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            RejectedRowException.class,
            () ->
                DossierJdbcReader.of(SampleFiles.CATALOGUE)
                    .withOptions(ImportOptions.defaults().strict())
                    .read(connection, query, d -> {}));
    long firstBrokenRow = e.report().rowsRead();
    assertThat(e.report().rejected()).isEqualTo(1);
    assertThat(e.report().isComplete()).isFalse();
    assertThat(e.rejection().line()).isEqualTo(firstBrokenRow);
    assertThat(e.rejection().source()).isEqualTo(query);
    assertThat(connection.getAutoCommit()).isTrue();
    // the connection is usable afterwards
    assertThat(
            DossierJdbcReader.of(SampleFiles.CATALOGUE).read(connection, query, d -> {}).rowsRead())
        .isEqualTo(loadedLines.size());
  }
}
