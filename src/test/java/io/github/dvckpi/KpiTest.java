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

  @Test
  void theSameDossierGivenTwiceIsRefusedUnlessDuplicatesAreAllowed() {
    java.util.List<io.github.dvckpi.domain.Dossier> twice =
        new java.util.ArrayList<>(HaTinh2024.dossiers());
    io.github.dvckpi.domain.Dossier again = twice.get(3);
    twice.add(again);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Kpi.over(twice)
                    .period(HaTinh2024.period())
                    .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE))
        .isInstanceOf(io.github.dvckpi.domain.InvalidRecordException.class)
        .hasMessageContaining("\"" + again.id() + "\"")
        .hasMessageContaining("duplicate dossier id, first given at position 3")
        .hasMessageContaining("allowDuplicateIds()");
    Rate both =
        Kpi.over(twice)
            .period(HaTinh2024.period())
            .allowDuplicateIds()
            .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE)
            .total(Indicator.ONLINE_SUBMISSION_ELIGIBLE);
    Rate once =
        Kpi.over(HaTinh2024.dossiers())
            .period(HaTinh2024.period())
            .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE)
            .total(Indicator.ONLINE_SUBMISSION_ELIGIBLE);
    Rate single =
        Kpi.over(java.util.List.of(again))
            .period(HaTinh2024.period())
            .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE)
            .total(Indicator.ONLINE_SUBMISSION_ELIGIBLE);
    assertThat(both).isEqualTo(once.plus(single));
  }

  @Test
  void aNullDossierIsNamedByItsPosition() {
    java.util.List<io.github.dvckpi.domain.Dossier> withNull =
        new java.util.ArrayList<>(HaTinh2024.dossiers().subList(0, 5));
    withNull.add(2, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Kpi.over(withNull)
                    .period(HaTinh2024.period())
                    .compute(Indicator.ONLINE_SUBMISSION_ELIGIBLE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dossiers: the dossier at position 2 (from 0) is null");
  }
}
