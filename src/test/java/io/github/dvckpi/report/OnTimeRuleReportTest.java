package io.github.dvckpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.DossierHistory;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.OnTimeRule;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.testing.DomainGen;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A report's on-time figures follow the rule the user chose, and the report names it. */
class OnTimeRuleReportTest {

  private static final LocalDate RECEIVED = LocalDate.of(2024, 1, 2);
  private static final LocalDate DUE = LocalDate.of(2024, 1, 10);

  private static Dossier dossier(String id, LocalDate resolved, DossierHistory history) {
    return Dossier.builder()
        .id(id)
        .agency(DomainGen.AGENCIES.get(0))
        .procedure(DomainGen.PROCEDURES.get(0))
        .channel(Channel.ONLINE)
        .receivedOn(RECEIVED)
        .dueOn(DUE)
        .resolved(resolved, Outcome.GRANTED)
        .history(history)
        .build();
  }

  private static LocalDateTime at(int day, int hour) {
    return LocalDate.of(2024, 1, day).atTime(hour, 0);
  }

  /** One wait for the applicant (4 → 9 January), processed two days after the due date. */
  private static final Dossier ONE_WAIT =
      dossier(
          "HS-A",
          LocalDate.of(2024, 1, 12),
          DossierHistory.builder("HS-A")
              .received(at(2, 8))
              .dueOn(DUE)
              .supplementRequested(at(4, 9))
              .supplementSupplied(at(9, 10))
              .processed(at(12, 10))
              .build());

  /** Two requests for supplementary documents, processed before the due date. */
  private static final Dossier TWO_REQUESTS =
      dossier(
          "HS-B",
          LocalDate.of(2024, 1, 9),
          DossierHistory.builder("HS-B")
              .received(at(2, 8))
              .dueOn(DUE)
              .supplementRequested(at(3, 9))
              .supplementSupplied(at(4, 9))
              .supplementRequested(at(5, 9))
              .supplementSupplied(at(8, 9))
              .processed(at(9, 10))
              .build());

  /** Known by its dates only, resolved on its due date. */
  private static final Dossier ON_THE_DAY =
      ONE_WAIT.toBuilder().id("HS-C").history(null).resolved(DUE, Outcome.GRANTED).build();

  private static final List<Dossier> DOSSIERS = List.of(ONE_WAIT, TWO_REQUESTS, ON_THE_DAY);

  private static Tally total(KpiReport report) {
    return report.tally(Scope.total()).orElseThrow();
  }

  @Test
  void theDefaultRuleKeepsTheDateComparison() {
    KpiReport report =
        Kpi.over(DOSSIERS)
            .period(ReportingPeriod.month(2024, 1))
            .compute(Indicator.ON_TIME_RESOLVED);
    assertThat(report.onTimeRule()).isEqualTo(OnTimeRule.RESOLVED_VS_DUE);
    assertThat(total(report).early()).isEqualTo(1); // HS-B
    assertThat(total(report).onTime()).isEqualTo(1); // HS-C
    assertThat(total(report).late()).isEqualTo(1); // HS-A
    assertThat(report.total(Indicator.ON_TIME_RESOLVED)).isEqualTo(Rate.of(2, 3));
    assertThat(report.render(ReportFormat.TEXT, Locale.ENGLISH))
        .contains("On time by: resolved-on against due-on (the library's default)");
  }

  @Test
  void thePortalsRuleSubtractsTheWaitAndMakesTwoRequestsLateAndTheReportNamesIt() {
    KpiReport report =
        Kpi.over(DOSSIERS)
            .period(ReportingPeriod.month(2024, 1))
            .onTimeBy(OnTimeRule.PORTAL_INDEX_2_1)
            .compute(Indicator.ON_TIME_RESOLVED, Indicator.ONLINE_SUBMISSION_ALL);
    assertThat(report.onTimeRule()).isEqualTo(OnTimeRule.PORTAL_INDEX_2_1);
    assertThat(total(report).early()).isEqualTo(1); // HS-A: the wait moved its due date
    assertThat(total(report).onTime()).isEqualTo(1); // HS-C
    assertThat(total(report).late()).isEqualTo(1); // HS-B: two requests
    String english = report.render(ReportFormat.TEXT, Locale.ENGLISH);
    assertThat(english)
        .contains(
            "Resolved on time, placed in the period by: resolved on; On time by: the National"
                + " Public Service Portal's rule (index 2.1)");
    // only the on-time indicator names the rule
    assertThat(english.lines().filter(l -> l.contains("On time by:"))).hasSize(1);
    assertThat(report.render(ReportFormat.TEXT, Locale.forLanguageTag("vi")))
        .contains("Đúng hạn theo: quy tắc của Cổng Dịch vụ công quốc gia (chỉ số 2.1)");
    assertThat(report.render(ReportFormat.MARKDOWN, Locale.ENGLISH))
        .contains("the National Public Service Portal's rule (index 2.1)");
  }

  @Test
  void theLateRateComplementHasNoOnTimeClass() {
    KpiReport report =
        Kpi.over(DOSSIERS)
            .period(ReportingPeriod.month(2024, 1))
            .onTimeBy(OnTimeRule.LATE_RATE_COMPLEMENT)
            .compute(Indicator.ON_TIME_INDEX_2_1);
    assertThat(total(report).early()).isEqualTo(2);
    assertThat(total(report).onTime()).isZero();
    assertThat(total(report).late()).isEqualTo(1);
  }

  @Test
  void reportsUnderDifferentRulesDiffer() {
    KpiReport byDefault =
        Kpi.over(DOSSIERS)
            .period(ReportingPeriod.month(2024, 1))
            .compute(Indicator.ON_TIME_RESOLVED);
    KpiReport byPortal =
        Kpi.over(DOSSIERS)
            .period(ReportingPeriod.month(2024, 1))
            .onTimeBy(OnTimeRule.PORTAL_INDEX_2_1)
            .compute(Indicator.ON_TIME_RESOLVED);
    assertThat(byPortal).isNotEqualTo(byDefault);
    assertThatThrownBy(
            () ->
                Kpi.over(DOSSIERS)
                    .onTimeBy(OnTimeRule.PORTAL_INDEX_2_1)
                    .onTimeBy(OnTimeRule.DATES_ONLY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one on-time rule");
  }

  @Test
  void aHistoryThatTellsOtherDatesThanItsDossierIsRefusedInBothLanguages() {
    assertThatThrownBy(
            () -> ONE_WAIT.toBuilder().resolved(LocalDate.of(2024, 1, 11), Outcome.GRANTED).build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("HS-A")
        .hasMessageContaining("the history's end of processing (2024-01-12)")
        .hasMessageContaining("ngày kết thúc xử lý");
    assertThatThrownBy(() -> ONE_WAIT.toBuilder().receivedOn(LocalDate.of(2024, 1, 1)).build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("receipt (2024-01-02)");
    assertThatThrownBy(() -> ONE_WAIT.toBuilder().dueOn(LocalDate.of(2024, 1, 11)).build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("due date (2024-01-10)");
    assertThatThrownBy(() -> ONE_WAIT.toBuilder().id("HS-Z").build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("dossier HS-A");
  }

  @Test
  void aDossierIsJudgedByTheRuleFromItsHistory() {
    LocalDate end = LocalDate.of(2024, 1, 31);
    assertThat(ONE_WAIT.timelinessAsOf(end)).hasToString("LATE");
    assertThat(
            ONE_WAIT.timelinessAsOf(
                OnTimeRule.PORTAL_INDEX_2_1,
                io.github.dvckpi.domain.WorkingCalendar.vietnam(),
                end))
        .hasToString("EARLY");
    assertThat(
            ON_THE_DAY.timelinessAsOf(
                OnTimeRule.LATE_RATE_COMPLEMENT,
                io.github.dvckpi.domain.WorkingCalendar.vietnam(),
                end))
        .hasToString("EARLY");
  }
}
