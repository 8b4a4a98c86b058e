package io.github.dvckpi.assertj;

import static io.github.dvckpi.indicator.Indicator.ONLINE_SUBMISSION_ELIGIBLE;
import static io.github.dvckpi.indicator.Indicator.RESULT_DIGITIZATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.audit.FigureAudit;
import io.github.dvckpi.audit.Finding;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import io.github.dvckpi.sample.HaTinh2024;
import io.github.dvckpi.target.Target;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every assertion can be soft: failures are collected, not thrown, and reported together. */
@ExtendWith(SoftAssertionsExtension.class)
class SoftAssertionsTest {

  private static final Scope CITY = Scope.tier(AdministrativeLevel.DISTRICT);
  private static final Scope WARDS = Scope.tier(AdministrativeLevel.COMMUNE);
  private static final KpiReport TP_HA_TINH = HaTinh2024.haTinhCity();

  @InjectSoftAssertions private DvcKpiSoftAssertions injected;

  /** dvc-kpi's and AssertJ's assertions in one soft-assertions object. */
  static final class MixedSoftAssertions extends SoftAssertions
      implements DvcKpiSoftAssertionsProvider {}

  @Test
  void everyFailureIsCollectedAndReportedAtOnce() {
    DvcKpiSoftAssertions softly = new DvcKpiSoftAssertions();
    softly.assertThat(Rate.of(948, 950)).hasCounts(949, 950).isPrintedAs("99,79%");
    softly.assertThat(TP_HA_TINH).hasRate(CITY, ONLINE_SUBMISSION_ELIGIBLE, "99,80%");
    softly
        .assertThat(Target.atLeast(RESULT_DIGITIZATION, "90%").evaluate(TP_HA_TINH, WARDS))
        .isMet()
        .hasShortfall(10)
        .hasShortfall(9);
    softly
        .assertThat(FigureAudit.aggregate("98,75%", "99,79%", "99,77%"))
        .hasFinding(Finding.Kind.LIKELY_TYPO);
    softly.assertThat(Rate.of(1, 2)).hasValue(2, 4);

    assertThat(softly.errorsCollected()).hasSize(5);
    assertThat(softly.errorsCollected().get(0)).hasMessageContaining("949/950");
    assertThatThrownBy(softly::assertAll)
        .hasMessageContaining("Multiple Failures (5 failures)")
        .hasMessageContaining("to have the counts:\n  949/950\nbut had:\n  948/950")
        .hasMessageContaining("to be printed as:\n  \"99,80%\"")
        .hasMessageContaining("to be MET but was NOT_MET")
        .hasMessageContaining("to have a shortfall of 9 dossiers but it was 10")
        .hasMessageContaining("LIKELY_TYPO");
  }

  @Test
  void assertSoftlyReportsAtTheEnd() {
    assertThatThrownBy(
            () ->
                DvcKpiSoftAssertions.assertSoftly(
                    softly -> {
                      softly.assertThat(Rate.of(948, 950)).isPrintedAs("99,78%");
                      softly.assertThat(Rate.of(1736, 1740)).isPrintedAs("99,76%");
                    }))
        .hasMessageContaining("Multiple Failures (2 failures)")
        .hasMessageContaining("99,79% (948/950)")
        .hasMessageContaining("99,77% (1.736/1.740)");
    DvcKpiSoftAssertions.assertSoftly(
        softly -> softly.assertThat(Rate.of(948, 950)).isPrintedAs("99,79%"));
  }

  @Test
  void mixedWithAssertJsOwnSoftAssertions() {
    MixedSoftAssertions softly = new MixedSoftAssertions();
    softly.assertThat(TP_HA_TINH).hasCounts(CITY, ONLINE_SUBMISSION_ELIGIBLE, 948, 951);
    softly.assertThat("99,79%").endsWith("‰");
    assertThat(softly.errorsCollected()).hasSize(2);
  }

  @Test
  void theJUnitExtensionInjectsThem() {
    // the extension checks the injected assertions after the test: a failure here would fail it
    injected
        .assertThat(TP_HA_TINH)
        .hasCounts(CITY, ONLINE_SUBMISSION_ELIGIBLE, 948, 950)
        .hasTotal(ONLINE_SUBMISSION_ELIGIBLE, "99,78%");
    injected.assertThat(Rate.of(948, 950)).isPrintedAs("99,79%");
    assertThat(injected.wasSuccess()).isTrue();
  }
}
