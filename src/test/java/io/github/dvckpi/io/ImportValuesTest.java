package io.github.dvckpi.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.dvckpi.rate.RateFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The value types of the import: reports, options, rejections, mappings, writers. */
class ImportValuesTest {

  private static final Rejection DATE =
      Rejection.of(
          "ho_so.csv", 12, "ngay_tiep_nhan", "31/02/2024", RejectionReason.UNPARSABLE_DATE);

  @Test
  void aReportReconcilesAndSaysWhenReadingStoppedEarly() {
    ImportReport report = ImportReport.of("ho_so.csv", 1_000, 37, List.of(DATE), true);
    assertThat(report.rowsRead()).isEqualTo(1_037);
    assertThat(report.rejectionsNotKept()).isEqualTo(36);
    assertThat(report.isClean()).isFalse();
    assertThat(report.source()).isEqualTo("ho_so.csv");
    assertThat(report.toString())
        .isEqualTo("ho_so.csv: 1,037 rows read = 1,000 accepted + 37 rejected");
    ImportReport stopped = ImportReport.of("ho_so.csv", 0, 1, List.of(DATE), false);
    assertThat(stopped.reconciliation(RateFormat.VIETNAMESE))
        .isEqualTo(
            "ho_so.csv: đã đọc 1 dòng = 0 được nhận + 1 bị từ chối (ngừng đọc trước cuối tệp)");
    assertThatThrownBy(() -> ImportReport.of("x", -1, 0, List.of(), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ImportReport.of("x", 0, 0, List.of(DATE), true))
        .hasMessageContaining("1 rejections kept but 0 counted");
    assertThatThrownBy(() -> ImportReport.of("x", Long.MAX_VALUE, 1, List.of(), true))
        .isInstanceOf(ArithmeticException.class);
    new EqualsTester()
        .addEqualityGroup(report, ImportReport.of("ho_so.csv", 1_000, 37, List.of(DATE), true))
        .addEqualityGroup(ImportReport.of("ho_so.csv", 1_000, 37, List.of(), true))
        .addEqualityGroup(ImportReport.of("ho_so.csv", 1_000, 37, List.of(DATE), false))
        .addEqualityGroup(ImportReport.of("ho_so.csv", 999, 37, List.of(DATE), true))
        .addEqualityGroup(ImportReport.of("ho_so.csv", 1_000, 38, List.of(DATE), true))
        .addEqualityGroup(ImportReport.of("other.csv", 1_000, 37, List.of(DATE), true))
        .testEquals();
  }

  @Test
  void optionsValidateAndChangeOneThingAtATime() {
    ImportOptions d = ImportOptions.defaults();
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.isStrict()).isFalse();
    assertThat(d.strict().isStrict()).isTrue();
    assertThat(d.withMode(ImportMode.LENIENT)).isEqualTo(d);
    assertThat(d.withMaxKeptRejections(5).maxKeptRejections()).isEqualTo(5);
    assertThat(d.withDelimiter(';').delimiter()).isEqualTo(';');
    assertThat(d.withMaxRecordLength(2_000).maxRecordLength()).isEqualTo(2_000);
    assertThat(d.withDuplicateCheck(false).duplicateCheck()).isFalse();
    assertThat(d.withCharset(StandardCharsets.UTF_16).charset()).isEqualTo(StandardCharsets.UTF_16);
    assertThatThrownBy(() -> d.withMaxKeptRejections(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withDelimiter('"')).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withDelimiter('\n')).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withDelimiter('\r')).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withDelimiter('a')).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withMaxRecordLength(999))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRejectionNeedsALineAndTheArgumentsOfItsReason() {
    assertThat(DATE.message(RateFormat.VIETNAMESE))
        .isEqualTo(
            "ho_so.csv, dòng 12, cột ngay_tiep_nhan, giá trị \"31/02/2024\": ngày không đọc được"
                + " (cần dd/MM/yyyy, d/M/yyyy hoặc yyyy-MM-dd)");
    assertThatThrownBy(() -> Rejection.of("x", 0, "", "", RejectionReason.MISSING_VALUE))
        .hasMessageContaining("starts at 1");
    assertThatThrownBy(() -> Rejection.of("x", 1, "", "", RejectionReason.DUPLICATE_ID))
        .hasMessageContaining("DUPLICATE_ID takes 1 arguments, got 0");
    Rejection longValue = Rejection.of("x", 1, "c", "y".repeat(100), RejectionReason.MISSING_VALUE);
    assertThat(longValue.message(Locale.ENGLISH)).contains("y".repeat(80) + "…\"");
    for (RejectionReason reason : RejectionReason.values()) {
      assertThat(reason.vietnameseTemplate()).isNotBlank();
      assertThat(reason.englishTemplate().split("%s", -1).length)
          .as(reason.name())
          .isEqualTo(reason.vietnameseTemplate().split("%s", -1).length);
    }
  }

  @Test
  void aMappingNamesHeadersOnceAndRefusesToDropIdentifyingColumns() {
    ColumnMapping d = ColumnMapping.defaults();
    assertThat(d.headers(DossierColumn.ID))
        .containsExactly("ma_ho_so", "so_ho_so", "dossier_id", "id");
    assertThat(d.isRequired(DossierColumn.OUTCOME)).isFalse();
    assertThat(d.map(DossierColumn.OUTCOME, "Trạng thái").isRequired(DossierColumn.OUTCOME))
        .isTrue();
    assertThat(d.map(DossierColumn.OUTCOME, "Trạng thái").headers(DossierColumn.OUTCOME))
        .containsExactly("trang_thai");
    assertThatThrownBy(() -> d.map(DossierColumn.ID, "ma_tthc"))
        .hasMessageContaining("already belongs to column PROCEDURE");
    assertThatThrownBy(() -> d.map(DossierColumn.ID)).hasMessageContaining("at least one header");
    assertThatThrownBy(() -> d.map(DossierColumn.ID, "--")).hasMessageContaining("no letter");
    assertThatThrownBy(() -> d.withoutColumn(DossierColumn.RECEIVED_ON))
        .hasMessageContaining("cannot do without column RECEIVED_ON");
    ColumnMapping without = d.withoutColumn(DossierColumn.FEE);
    assertThat(without.isAbsent(DossierColumn.FEE)).isTrue();
    assertThat(without.isRequired(DossierColumn.FEE)).isFalse();
    assertThat(without.map(DossierColumn.FEE, "phi").isAbsent(DossierColumn.FEE)).isFalse();
    assertThat(without.toString()).contains("FEE=absent").startsWith("ColumnMapping[ID=[ma_ho_so");
    assertThat(DossierColumn.OUTCOME.mayBeAbsent()).isTrue();
    assertThat(DossierColumn.ID.header()).isEqualTo("ma_ho_so");
    new EqualsTester()
        .addEqualityGroup(d, ColumnMapping.defaults())
        .addEqualityGroup(without, ColumnMapping.defaults().withoutColumn(DossierColumn.FEE))
        .addEqualityGroup(d.map(DossierColumn.ID, "so"))
        .testEquals();
  }

  @Test
  void rejectionsAreWrittenAsCsvForTheOwnerOfTheData(@TempDir Path dir) throws IOException {
    assertThat(RejectionCsvWriter.nextTo(Path.of("data", "ho_so.csv")))
        .isEqualTo(Path.of("data", "ho_so.rejected.csv"));
    assertThat(RejectionCsvWriter.nextTo(Path.of("ho_so")))
        .isEqualTo(Path.of("ho_so.rejected.csv"));
    Path file = dir.resolve("loi.csv");
    Rejection count =
        new Rejection(
            "ho_so.csv",
            13,
            "",
            "HS-2,1.4",
            RejectionReason.WRONG_COLUMN_COUNT,
            ImmutableList.of("2", "11"));
    RejectionCsvWriter.write(ImportReport.of("ho_so.csv", 0, 2, List.of(DATE, count), true), file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertThat(lines)
        .containsExactly(
            "\uFEFFtep,dong,cot,gia_tri,ma_ly_do,ly_do,reason",
            "ho_so.csv,12,ngay_tiep_nhan,31/02/2024,UNPARSABLE_DATE,"
                + "\"ngày không đọc được (cần dd/MM/yyyy, d/M/yyyy hoặc yyyy-MM-dd)\","
                + "\"unparsable date (expected dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd)\"",
            "ho_so.csv,13,,\"HS-2,1.4\",WRONG_COLUMN_COUNT,"
                + "dòng có 2 cột nhưng tiêu đề có 11 cột,the row has 2 columns but the header has 11");
    StringBuilder out = new StringBuilder();
    try (RejectionCsvWriter writer = RejectionCsvWriter.to(out)) {
      writer.accept(DATE);
      assertThat(writer.written()).isEqualTo(1);
    }
    assertThat(out.toString()).startsWith("tep,dong,cot");
  }

  @Test
  void dossiersAreWrittenToFiles(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ho_so.csv");
    try (DossierCsvWriter writer = DossierCsvWriter.create(file)) {
      writer.write(
          DemoFile.generate(ImportGen.CATALOGUE, 3, 0, 1L, java.time.LocalDate.of(2024, 1, 1), 10)
              .valid()
              .get(0));
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .hasSize(2)
        .first()
        .isEqualTo(String.join(",", DossierCsvWriter.HEADER));
  }
}
