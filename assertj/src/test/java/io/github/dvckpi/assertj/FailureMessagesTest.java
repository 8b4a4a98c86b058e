package io.github.dvckpi.assertj;

import static io.github.dvckpi.indicator.Indicator.FULL_ONLINE;
import static io.github.dvckpi.indicator.Indicator.ONLINE_SUBMISSION_ELIGIBLE;
import static io.github.dvckpi.indicator.Indicator.RESULT_DIGITIZATION;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.audit.FigureAudit;
import io.github.dvckpi.audit.Finding;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.io.DossierCsvReader;
import io.github.dvckpi.io.ImportReport;
import io.github.dvckpi.io.RejectionReason;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import io.github.dvckpi.sample.HaTinh2024;
import io.github.dvckpi.target.Evaluation;
import io.github.dvckpi.target.Target;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Deliberately wrong expectations fail, and their messages show the counts behind the figure and
 * what was expected, in AssertJ's layout.
 */
class FailureMessagesTest {

  private static final Scope CITY = Scope.tier(AdministrativeLevel.DISTRICT);
  private static final Scope WARDS = Scope.tier(AdministrativeLevel.COMMUNE);
  private static final KpiReport TP_HA_TINH = HaTinh2024.haTinhCity();
  private static ImportReport brokenRows = ImportReport.of("none", 0, 0, java.util.List.of(), true);

  @BeforeAll
  static void readTheFileWithBrokenRows() throws IOException {
    brokenRows =
        DossierCsvReader.of(HaTinh2024.catalogue())
            .read(Path.of("..", "samples", "ho_so_co_loi.csv"), dossier -> {});
  }

  @Test
  void aWrongFigureShowsTheCountsAndHowItIsPrinted() {
    assertThatThrownBy(
            () -> DvcKpiAssertions.assertThat(Rate.of(948, 950)).as("city").isPrintedAs("99,80%"))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            String.join(
                "\n",
                "[city] ",
                "Expecting rate:",
                "  99,79% (948/950)",
                "to be printed as:",
                "  \"99,80%\"",
                "at 2 decimals, rounding HALF_UP, but it is printed as:",
                "  \"99,79%\""));
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(Rate.of(465, 466))
                    .isPrintedAs("99,79%", 2, RoundingMode.DOWN))
        .hasMessageContaining("99,79% (465/466)")
        .hasMessageContaining("rounding DOWN, but it is printed as:\n  \"99,78%\"");
  }

  @Test
  void wrongCountsShowBothPairs() {
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(Rate.of(948, 950)).hasCounts(474, 475))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting rate:",
                "  99,79% (948/950)",
                "to have the counts:",
                "  474/475",
                "but had:",
                "  948/950"));
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(Rate.of(948, 950)).hasValue(1, 2))
        .hasMessageContaining("to have the same value as:\n  50,00% (1/2)\nbut it is greater");
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(Rate.of(1, 2)).isUndefined())
        .hasMessageContaining("50,00% (1/2)\nto be undefined");
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(Rate.undefined()).hasData())
        .hasMessageContaining("to have data, but it is undefined");
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat((Rate) null).hasCounts(1, 2))
        .hasMessageContaining("Expecting actual not to be null");
  }

  @Test
  void aWrongCellShowsItsRowColumnAndCounts() {
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(TP_HA_TINH)
                    .hasRate(CITY, ONLINE_SUBMISSION_ELIGIBLE, "99,80%"))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting the rate of district tier for online-submission-eligible:",
                "  99,79% (948/950)",
                "to be printed as:",
                "  \"99,80%\"",
                "at 2 decimals, rounding HALF_UP, but it is printed as:",
                "  \"99,79%\""));
    assertThatThrownBy(
            () -> DvcKpiAssertions.assertThat(TP_HA_TINH).hasTotalCounts(FULL_ONLINE, 911, 913))
        .hasMessageContaining("the rate of total for full-online:\n  99,67% (910/913)")
        .hasMessageContaining("to have the counts:\n  911/913\nbut had:\n  910/913");
  }

  @Test
  void aCellTheReportLacksShowsItsRowsAndIndicators() {
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(TP_HA_TINH)
                    .hasCounts(Scope.tier(AdministrativeLevel.PROVINCE), FULL_ONLINE, 1, 2))
        .hasMessageContaining("to have a cell for province tier and full-online")
        .hasMessageContaining("[district tier, commune tier, total]")
        .hasMessageContaining("[online-submission-eligible, full-online, result-digitization,");
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(TP_HA_TINH).hasRows(CITY, WARDS))
        .hasMessageContaining(
            "the report's rows:\n  [district tier, commune tier, total]\n"
                + "to be exactly:\n  [district tier, commune tier]");
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(TP_HA_TINH)
                    .hasRow(Scope.tier(AdministrativeLevel.PROVINCE)))
        .hasMessageContaining("to have the row:\n  province tier");
  }

  @Test
  void aWrongShortfallShowsTheEvaluationAndItsCounts() {
    Evaluation wards = Target.atLeast(RESULT_DIGITIZATION, "90%").evaluate(TP_HA_TINH, WARDS);
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(wards).hasShortfall(9))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting evaluation:",
                "  TP Hà Tĩnh, cấp xã — Tỷ lệ số hóa kết quả giải quyết TTHC: Chưa đạt: 88,36% <"
                    + " 90%, thiếu 10 hồ sơ",
                "of the rate:",
                "  88,36% (539/610)",
                "to have a shortfall of 9 dossiers but it was 10"));
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(wards).isMet())
        .hasMessageContaining("88,36% (539/610)\nto be MET but was NOT_MET");
    Evaluation close =
        Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.of(7999, 10_000));
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(close).hasGap("-0,02"))
        .hasMessageContaining("79,99% (7.999/10.000)")
        .hasMessageContaining("to have a gap of -0,02 percentage points but it was -0,01");
    Evaluation none = Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.undefined());
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(none).hasShortfall(0))
        .hasMessageContaining("to have a shortfall, but it has no data");
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(close).hasNoData())
        .hasMessageContaining("to be NO_DATA but was NOT_MET");
  }

  @Test
  void aMissingFindingShowsTheAuditsArithmetic() {
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(FigureAudit.aggregate("98,75%", "99,79%", "99,77%"))
                    .isConsistent())
        .hasMessageStartingWith(
            "\nExpecting the audit to be consistent, but it is not:\n"
                + "  aggregate(\"98,75%\", \"99,79%\", \"99,77%\"): KHÔNG nhất quán\n"
                + "    [mâu thuẫn] 98,75%")
        .hasMessageContaining("99,77–99,79%");
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(FigureAudit.aggregate("98,75%", "99,79%", "99,77%"))
                    .hasFinding(Finding.Kind.LIKELY_TYPO))
        .hasMessageEndingWith(
            "to have a finding of the kind LIKELY_TYPO, but its kinds are"
                + " [AGGREGATE_OUT_OF_RANGE]");
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(FigureAudit.aggregate("98,75%", "99,79%", "99,77%"))
                    .hasFinding(Finding.Kind.AGGREGATE_OUT_OF_RANGE, "97%"))
        .hasMessageEndingWith("containing:\n  \"97%\"");
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(FigureAudit.rate("99,79%", 948, 950)).isInconsistent())
        .hasMessageContaining("to be inconsistent, but it is:");
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(FigureAudit.aggregate("98,75%", "99,79%", "99,77%"))
                    .hasNoFinding(Finding.Kind.AGGREGATE_OUT_OF_RANGE))
        .hasMessageEndingWith("to have no finding of the kind AGGREGATE_OUT_OF_RANGE");
  }

  @Test
  void wrongImportCountsShowTheReconciliation() {
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(brokenRows).hasCounts(1037, 1001, 36))
        .hasMessage(
            String.join(
                "\n",
                "",
                "Expecting the import:",
                "  ../samples/ho_so_co_loi.csv: đã đọc 1.037 dòng = 1.000 được nhận + 37 bị từ chối",
                "to have read 1.037 rows = 1.001 accepted + 36 rejected"));
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(brokenRows)
                    .hasRejections(RejectionReason.MISSING_VALUE, 5))
        .hasMessageContaining(
            "to have 5 rejections of the reason MISSING_VALUE, but it has 4;\n"
                + "the rejections by reason: WRONG_COLUMN_COUNT 4, MISSING_VALUE 4,");
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(brokenRows).isClean())
        .hasMessageContaining("to have rejected 0 rows, not 37");
    assertThatThrownBy(() -> DvcKpiAssertions.assertThat(brokenRows).hasAccepted(1037))
        .hasMessageContaining("to have accepted 1.037 rows, not 1.000");
    assertThatThrownBy(
            () ->
                DvcKpiAssertions.assertThat(
                        ImportReport.of("x.csv", 3, 0, java.util.List.of(), true))
                    .hasRejectionOf(RejectionReason.DUPLICATE_ID))
        .hasMessageContaining("the rejections by reason: none");
  }

  @Test
  void anExpectationThatIsNotAFigureIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DvcKpiAssertions.assertThat(Rate.of(1, 2)).isPrintedAs("50"))
        .withMessageContaining("must be a percent such as \"99,79%\"");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DvcKpiAssertions.assertThat(Rate.of(1, 2)).isPrintedAs("50%", -1, RoundingMode.UP));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                DvcKpiAssertions.assertThat(
                        Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.of(1, 2)))
                    .hasGap("a lot"));
  }
}
