package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.dvckpi.domain.Dossier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A source that is not a CSV file gets, through {@link DossierRowMapper}, exactly what a CSV import
 * gives: the same dossiers, the same rejections, the same reconciliation.
 */
class DossierRowMapperTest {

  /** What a read produced. */
  private record Read(List<Dossier> accepted, List<Rejection> rejected, ImportReport report) {}

  /** Reads a file the CSV way. */
  private static Read byReader(byte[] file, Catalogue catalogue) throws IOException {
    List<Dossier> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    ImportReport report =
        DossierCsvReader.of(catalogue)
            .read(new ByteArrayInputStream(file), "t.csv", accepted::add, rejected::add);
    return new Read(accepted, rejected, report);
  }

  /** Splits a file into rows, then hands them one by one to a mapper, as a database source does. */
  private static Read byMapper(byte[] file, Catalogue catalogue) throws IOException {
    List<Dossier> accepted = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(file)) {
      RowSource rows = new RowSource(in, "t.csv", ImportOptions.defaults());
      try {
        RowSource.Raw header = rows.next();
        DossierRowMapper mapper =
            DossierRowMapper.of(
                catalogue,
                ColumnMapping.defaults(),
                ImportOptions.defaults(),
                "t.csv",
                RowSource.list(header.cells()),
                rejected::add);
        boolean complete = true;
        try {
          for (RowSource.Raw raw = rows.next(); raw != null; raw = rows.next()) {
            mapper.map(raw.line(), Arrays.asList(raw.cells())).ifPresent(accepted::add);
          }
        } catch (RowSource.Stop stop) {
          mapper.reject(stop.rejection);
          complete = false;
        }
        return new Read(accepted, rejected, mapper.report(complete));
      } catch (RowSource.Stop stop) {
        throw new AssertionError(stop);
      } finally {
        rows.close();
      }
    }
  }

  @Test
  void theBrokenSampleMapsAsTheReaderReadsIt() throws IOException {
    byte[] file = Files.readAllBytes(SampleFiles.DIR.resolve("ho_so_co_loi.csv"));
    Read mapped = byMapper(file, SampleFiles.CATALOGUE);
    assertThat(mapped).isEqualTo(byReader(file, SampleFiles.CATALOGUE));
    assertThat(mapped.report().accepted()).isEqualTo(1_000);
    assertThat(mapped.report().rejected()).isEqualTo(37);
  }

  @Test
  void mappedRowsReconcileAndEqualTheCsvImport() {
    qt().withExamples(200)
        .forAll(ImportGen.mixedLines(40))
        .checkAssert(
            lines -> {
              byte[] file = ImportGen.file(lines);
              try {
                Read mapped = byMapper(file, ImportGen.CATALOGUE);
                ImportReport report = mapped.report();
                assertThat(report.rowsRead()).isEqualTo(lines.size());
                assertThat(report.rowsRead()).isEqualTo(report.accepted() + report.rejected());
                assertThat(mapped).isEqualTo(byReader(file, ImportGen.CATALOGUE));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void nullCellsAreBlankAndAMissingRequiredValueIsRejected() {
    DossierRowMapper mapper =
        DossierRowMapper.of(
            SampleFiles.CATALOGUE,
            ColumnMapping.defaults(),
            ImportOptions.defaults(),
            "SELECT * FROM ho_so",
            DossierCsvWriter.HEADER);
    List<String> cells = new ArrayList<>(DossierCsvWriter.HEADER);
    java.util.Collections.fill(cells, null);
    Optional<Dossier> dossier = mapper.map(1, cells);
    assertThat(dossier).isEmpty();
    ImportReport report = mapper.report(true);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.rejections().get(0).source()).isEqualTo("SELECT * FROM ho_so");
    assertThat(report.rejections().get(0).reason()).isEqualTo(RejectionReason.MISSING_VALUE);
    assertThat(mapper.toString()).contains("SELECT * FROM ho_so").contains("rejected=1");
  }

  @Test
  void strictModeThrowsAtTheFirstRejectionWithTheReportSoFar() {
    DossierRowMapper mapper =
        DossierRowMapper.of(
            SampleFiles.CATALOGUE,
            ColumnMapping.defaults(),
            ImportOptions.defaults().strict(),
            "q",
            DossierCsvWriter.HEADER);
    assertThatThrownBy(() -> mapper.map(7, List.of("only one cell")))
        .isInstanceOfSatisfying(
            RejectedRowException.class,
            e -> {
              assertThat(e.rejection().line()).isEqualTo(7);
              assertThat(e.rejection().reason()).isEqualTo(RejectionReason.WRONG_COLUMN_COUNT);
              assertThat(e.report().isComplete()).isFalse();
              assertThat(e.report().rejected()).isEqualTo(1);
            });
  }

  @Test
  void aHeaderWithoutARequiredColumnIsRefusedAtOnce() {
    assertThatThrownBy(
            () ->
                DossierRowMapper.of(
                    SampleFiles.CATALOGUE,
                    ColumnMapping.defaults(),
                    ImportOptions.defaults(),
                    "q",
                    List.of("ma_ho_so")))
        .isInstanceOf(CsvHeaderException.class);
  }
}
