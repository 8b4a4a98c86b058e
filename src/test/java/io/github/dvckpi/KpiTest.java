package io.github.dvckpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.sample.HaTinh2024;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The entry point reads like the sentence of the issue. */
class KpiTest {

  @Test
  void theSentenceOfTheIssue() {
    Rate communes =
        Kpi.over(HaTinh2024.dossiers(), HaTinh2024.hierarchy())
            .period(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)))
            .within(HaTinh2024.hierarchy().unit("436"))
            .byTier()
            .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE, Indicator.RESULT_DIGITIZATION)
            .rate(
                io.github.dvckpi.domain.AdministrativeLevel.COMMUNE,
                Indicator.ONLINE_SUBMISSION_ELIGIBLE);
    assertThat(communes).hasToString("99,77% (1.736/1.740)");
  }

  @Test
  void withoutAHierarchyEveryDossierCounts() {
    Rate all =
        Kpi.over(HaTinh2024.dossiers())
            .period(HaTinh2024.period())
            .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE)
            .total(Indicator.ONLINE_SUBMISSION_ELIGIBLE);
    assertThat(all).isEqualTo(Rate.of(22_962, 25_101));
  }
}
