package io.github.dvckpi.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.audit.FigureAudit;
import io.github.dvckpi.audit.Finding;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.target.Target;
import org.junit.jupiter.api.Test;

/**
 * The assertions, hard and soft, as a test on the module path uses them: run only by Surefire's
 * {@code module-path} execution, with the library, AssertJ and this module as named modules.
 */
class ModulePathTest {

  @Test
  void hardAndSoftAssertionsWorkAsNamedModules() {
    DvcKpiAssertions.assertThat(Rate.of(948, 950)).isPrintedAs("99,79%").hasCounts(948, 950);
    DvcKpiSoftAssertions softly = new DvcKpiSoftAssertions();
    softly.assertThat(Rate.of(948, 950)).hasCounts(949, 950);
    softly
        .assertThat(
            Target.atLeast(Indicator.ONLINE_SUBMISSION_ELIGIBLE, "80%")
                .evaluate(Rate.of(7999, 10_000)))
        .isMet();
    softly
        .assertThat(FigureAudit.aggregate("98,75%", "99,79%", "99,77%"))
        .hasFinding(Finding.Kind.AGGREGATE_OUT_OF_RANGE);
    assertThat(softly.errorsCollected()).hasSize(2);
    assertThatThrownBy(softly::assertAll).hasMessageContaining("Multiple Failures (2 failures)");
  }

  @Test
  void theAssertionsAreInTheirOwnModule() {
    assertThat(DvcKpiAssertions.class.getModule().getName()).isEqualTo("io.github.dvckpi.assertj");
    assertThat(Rate.class.getModule().getName()).isEqualTo("io.github.dvckpi");
    assertThat(RateAssert.class.getSuperclass().getModule().getName())
        .isEqualTo("org.assertj.core");
  }
}
