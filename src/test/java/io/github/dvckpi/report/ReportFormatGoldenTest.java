package io.github.dvckpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.io.IOException;
import java.io.InputStream;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Each rendering pinned by a golden file in {@code src/test/resources/io/github/dvckpi/report/
 * golden}. On a mismatch the actual rendering is written to {@code target/golden-actual} to review
 * and copy.
 */
class ReportFormatGoldenTest {

  private static final AdministrativeUnit CITY =
      AdministrativeUnit.of("436", "TP Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42");
  private static final AdministrativeUnit WARD =
      AdministrativeUnit.of("436-01", "Phường Bắc Hà", UnitKind.WARD, "436");
  private static final AdministrativeUnit COMMUNE =
      AdministrativeUnit.of("436-11", "Xã Thạch Trung", UnitKind.COMMUNE, "436");
  private static final Indicator OSE = Indicator.ONLINE_SUBMISSION_ELIGIBLE;
  private static final Indicator ALL = Indicator.ONLINE_SUBMISSION_ALL;
  private static final Indicator RD = Indicator.RESULT_DIGITIZATION;

  /** TP Hà Tĩnh by tier and by unit, with an undefined cell and a comma in a name. */
  static KpiReport sample() {
    Scope district = Scope.tier(AdministrativeLevel.DISTRICT);
    Scope communeTier = Scope.tier(AdministrativeLevel.COMMUNE);
    Scope own = Scope.ownAgencies(CITY);
    Scope ward = Scope.unit(WARD);
    Scope commune = Scope.unit(COMMUNE);
    return KpiReport.builder(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)))
        .territory(CITY)
        .indicators(OSE, ALL, RD)
        .put(district, OSE, Rate.of(948, 950))
        .put(district, ALL, Rate.of(948, 1_012))
        .put(district, RD, Rate.of(341, 342))
        .put(communeTier, OSE, Rate.of(1_736, 1_740))
        .put(communeTier, ALL, Rate.of(1_736, 1_850))
        .put(communeTier, RD, Rate.of(539, 610))
        .put(own, OSE, Rate.of(948, 950))
        .put(own, ALL, Rate.of(948, 1_012))
        .put(own, RD, Rate.of(341, 342))
        .put(ward, OSE, Rate.of(1_736, 1_740))
        .put(ward, ALL, Rate.of(1_736, 1_850))
        .put(ward, RD, Rate.of(539, 610))
        .put(commune, OSE, Rate.undefined())
        .put(commune, ALL, Rate.undefined())
        .put(commune, RD, Rate.undefined())
        .build();
  }

  static void assertGolden(String name, String actual) throws IOException {
    String path = "golden/" + name;
    String expected;
    try (InputStream in = ReportFormatGoldenTest.class.getResourceAsStream(path)) {
      expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!actual.equals(expected)) {
      Path out = Path.of("target", "golden-actual", name);
      Files.createDirectories(out.getParent());
      Files.writeString(out, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("rendering %s (actual written to target/golden-actual)", name)
        .isEqualTo(expected);
  }

  @Test
  void textInVietnamese() throws IOException {
    assertGolden("text-vi.txt", ReportFormat.TEXT.render(sample(), RateFormat.VIETNAMESE));
  }

  @Test
  void textInEnglish() throws IOException {
    assertGolden("text-en.txt", ReportFormat.TEXT.render(sample(), RateFormat.ENGLISH));
  }

  @Test
  void textWithAnExplicitPercentPolicy() throws IOException {
    assertGolden(
        "text-vi-1-down.txt",
        ReportFormat.TEXT.render(sample(), RateFormat.VIETNAMESE, 1, RoundingMode.DOWN));
  }

  @Test
  void markdownInVietnamese() throws IOException {
    assertGolden("markdown-vi.md", ReportFormat.MARKDOWN.render(sample(), RateFormat.VIETNAMESE));
  }

  @Test
  void markdownInEnglish() throws IOException {
    assertGolden("markdown-en.md", ReportFormat.MARKDOWN.render(sample(), RateFormat.ENGLISH));
  }

  @Test
  void csvInVietnamese() throws IOException {
    assertGolden("csv-vi.csv", ReportFormat.CSV.render(sample(), RateFormat.VIETNAMESE));
  }

  @Test
  void csvInEnglish() throws IOException {
    assertGolden("csv-en.csv", sample().render(ReportFormat.CSV, RateFormat.ENGLISH));
  }

  @Test
  void csvReadsBackCellByCell() throws IOException {
    KpiReport report = sample();
    String csv = ReportFormat.CSV.render(report, Locale.ENGLISH);
    List<NamedCsvRecord> records;
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
      records = reader.stream().toList();
    }
    assertThat(records).hasSize(report.cells().size());
    for (int i = 0; i < records.size(); i++) {
      Cell cell = report.cells().get(i);
      NamedCsvRecord record = records.get(i);
      assertThat(record.getField("scope")).isEqualTo(cell.scope().code());
      assertThat(record.getField("indicator_name")).isEqualTo(cell.indicator().englishName());
      assertThat(Long.parseLong(record.getField("numerator"))).isEqualTo(cell.rate().numerator());
      assertThat(Long.parseLong(record.getField("denominator")))
          .isEqualTo(cell.rate().denominator());
    }
  }

  @Test
  void markdownEscapesMarkup() {
    assertThat(MarkdownTable.escape("a|b*c_d\ne")).isEqualTo("a\\|b\\*c\\_d e");
  }

  @Test
  void aReportWithoutTerritorySaysSo() {
    KpiReport r =
        KpiReport.builder(ReportingPeriod.month(2024, 5).official())
            .indicators(OSE)
            .put(Scope.total(), OSE, Rate.of(1, 3))
            .build();
    assertThat(ReportFormat.TEXT.render(r, RateFormat.VIETNAMESE))
        .startsWith(
            "Kỳ báo cáo: Tháng 5/2024 (theo Nghị định 09/2019/NĐ-CP) (15/04/2024–14/05/2024)\n"
                + "Địa bàn: toàn bộ hồ sơ\n");
    assertThat(ReportFormat.MARKDOWN.render(r, RateFormat.ENGLISH))
        .contains("Territory: all dossiers")
        .contains("| **Total** | **33.33% (1/3)** |");
    assertThat(ReportFormat.CSV.render(r, RateFormat.ENGLISH))
        .contains("2024-05/official,2024-04-15,2024-05-14,,total,Total,");
  }

  @Test
  void aBadScaleFails() {
    assertThatThrownBy(
            () -> ReportFormat.TEXT.render(sample(), Locale.ENGLISH, 31, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scale");
  }
}
