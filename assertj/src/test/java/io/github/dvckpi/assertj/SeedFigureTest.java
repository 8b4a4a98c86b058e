package io.github.dvckpi.assertj;

import static io.github.dvckpi.assertj.DvcKpiAssertions.assertThat;
import static io.github.dvckpi.indicator.Indicator.ONLINE_SUBMISSION_ELIGIBLE;
import static io.github.dvckpi.indicator.Indicator.RESULT_DIGITIZATION;

import io.github.dvckpi.audit.FigureAudit;
import io.github.dvckpi.audit.Finding;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.io.DossierCsvReader;
import io.github.dvckpi.io.RejectionReason;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import io.github.dvckpi.sample.HaTinh2024;
import io.github.dvckpi.target.Target;
import java.io.IOException;
import java.math.RoundingMode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed article's figures, written only with dvc-kpi's assertions: what {@code ./mvnw -q compile
 * exec:java} prints for TP Hà Tĩnh, a target the wards miss, the article's impossible "98,75%", and
 * the bundled file with broken rows.
 */
class SeedFigureTest {

  private static final Scope CITY = Scope.tier(AdministrativeLevel.DISTRICT);
  private static final Scope WARDS = Scope.tier(AdministrativeLevel.COMMUNE);
  private static final KpiReport TP_HA_TINH = HaTinh2024.haTinhCity();

  @Test
  void theCityTierFilesOnline9979PercentThat_is948Of950() {
    assertThat(TP_HA_TINH)
        .hasRows(CITY, WARDS, Scope.total())
        .hasRate(CITY, ONLINE_SUBMISSION_ELIGIBLE, "99,79%")
        .hasCounts(CITY, ONLINE_SUBMISSION_ELIGIBLE, 948, 950)
        .hasRate(WARDS, ONLINE_SUBMISSION_ELIGIBLE, "99,77%")
        .hasCounts(WARDS, ONLINE_SUBMISSION_ELIGIBLE, 1736, 1740)
        .hasTotal(ONLINE_SUBMISSION_ELIGIBLE, "99,78%")
        .hasTotalCounts(ONLINE_SUBMISSION_ELIGIBLE, 2684, 2690);
  }

  @Test
  void theSeedFigureAsARate() {
    assertThat(TP_HA_TINH.rate(CITY, ONLINE_SUBMISSION_ELIGIBLE))
        .hasData()
        .hasCounts(948, 950)
        .hasValue(474, 475)
        .isPrintedAs("99,79%")
        .isPrintedAs("99.79%")
        .isPrintedAs("99,8%")
        .isPrintedAs("99,78%", 2, RoundingMode.DOWN);
    assertThat(Rate.undefined()).isUndefined();
  }

  @Test
  void theWardsMiss90PercentOfResultsDigitizedBy10Dossiers() {
    // 539/610 = 88,36%; 549/610 = 90,0% is the first to reach 90%
    assertThat(Target.atLeast(RESULT_DIGITIZATION, "90%").evaluate(TP_HA_TINH, WARDS))
        .isNotMet()
        .hasShortfall(10);
    assertThat(Target.atLeast(RESULT_DIGITIZATION, "80%").evaluate(TP_HA_TINH, WARDS))
        .isMet()
        .hasShortfall(0);
    assertThat(Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.of(7999, 10_000)))
        .isNotMet()
        .hasGap("-0,01")
        .hasShortfall(1);
    assertThat(Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.undefined()))
        .hasNoData();
  }

  @Test
  void theCitysPublished9875PercentIsOutsideItsTiersRange() {
    assertThat(FigureAudit.aggregate("98,75%", "99,79%", "99,77%"))
        .isInconsistent()
        .hasFinding(Finding.Kind.AGGREGATE_OUT_OF_RANGE)
        .hasFinding(Finding.Kind.AGGREGATE_OUT_OF_RANGE, "99,77%");
    assertThat(FigureAudit.rate("99,79%", 948, 950))
        .isConsistent()
        .hasNoFinding(Finding.Kind.RATE_MISMATCH);
  }

  @Test
  void theFileWithBrokenRowsReconciles1037RowsRead() throws IOException {
    Path file = Path.of("..", "samples", "ho_so_co_loi.csv");
    assertThat(DossierCsvReader.of(HaTinh2024.catalogue()).read(file, dossier -> {}))
        .hasCounts(1037, 1000, 37)
        .hasAccepted(1000)
        .hasRejected(37)
        .hasRejectionOf(RejectionReason.WRONG_COLUMN_COUNT)
        .hasRejectionOf(RejectionReason.MISSING_VALUE);
  }
}
