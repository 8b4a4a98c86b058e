package io.github.dvckpi.domain;

import static io.github.dvckpi.domain.OnTimeRule.DATES_ONLY;
import static io.github.dvckpi.domain.OnTimeRule.LATE_RATE_COMPLEMENT;
import static io.github.dvckpi.domain.OnTimeRule.PORTAL_INDEX_2_1;
import static io.github.dvckpi.domain.OnTimeRule.RESOLVED_VS_DUE;
import static io.github.dvckpi.domain.Timeliness.EARLY;
import static io.github.dvckpi.domain.Timeliness.IN_PROGRESS_WITHIN_DEADLINE;
import static io.github.dvckpi.domain.Timeliness.LATE;
import static io.github.dvckpi.domain.Timeliness.ON_TIME;
import static io.github.dvckpi.domain.Timeliness.OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.domain.LifeEvent.Kind;
import io.github.dvckpi.words.Words;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The on-time rules on the dossiers the issue names: 15 working days from 5/2/2024, due 4/3. */
class OnTimeRuleTest {

  private static final WorkingCalendar VN = WorkingCalendar.vietnam();
  private static final LocalDate PERIOD_END = LocalDate.of(2024, 3, 31);

  private static DossierHistory.Builder received() {
    return DossierHistory.builder("HS-001")
        .received(LocalDateTime.of(2024, 2, 5, 9, 0))
        .dueOn(LocalDate.of(2024, 3, 4));
  }

  private static LocalDateTime at(int month, int day) {
    return LocalDateTime.of(2024, month, day, 10, 0);
  }

  private static Map<OnTimeRule, Timeliness> judge(DossierHistory h, LocalDate asOf) {
    Map<OnTimeRule, Timeliness> out = new EnumMap<>(OnTimeRule.class);
    for (OnTimeRule rule : OnTimeRule.values()) {
      out.put(rule, rule.classify(h, VN, asOf).orElseThrow());
    }
    return out;
  }

  private static Map<OnTimeRule, Timeliness> rules(
      Timeliness resolvedVsDue, Timeliness portal, Timeliness datesOnly, Timeliness lateRate) {
    return Map.of(
        RESOLVED_VS_DUE, resolvedVsDue,
        PORTAL_INDEX_2_1, portal,
        DATES_ONLY, datesOnly,
        LATE_RATE_COMPLEMENT, lateRate);
  }

  @Test
  void withoutSupplementationEveryRuleComparesTheEndWithTheDueDate() {
    assertThat(judge(received().processed(at(3, 1)).build(), PERIOD_END))
        .isEqualTo(rules(EARLY, EARLY, EARLY, EARLY));
    assertThat(judge(received().processed(at(3, 4)).build(), PERIOD_END))
        .isEqualTo(rules(ON_TIME, ON_TIME, ON_TIME, EARLY));
    assertThat(judge(received().processed(at(3, 5)).build(), PERIOD_END))
        .isEqualTo(rules(LATE, LATE, LATE, LATE));
  }

  @Test
  void oneSupplementationRequestIsNotCountedByThePortal() {
    // requested Tue 20/2, supplied Fri 23/2: 3 working days not counted, due moves to 7/3
    DossierHistory h =
        received()
            .supplementRequested(at(2, 20))
            .supplementSupplied(at(2, 23))
            .processed(at(3, 7))
            .build();
    assertThat(judge(h, PERIOD_END)).isEqualTo(rules(LATE, ON_TIME, ON_TIME, LATE));
    DossierHistory early =
        received()
            .supplementRequested(at(2, 20))
            .supplementSupplied(at(2, 23))
            .processed(at(3, 6))
            .build();
    assertThat(PORTAL_INDEX_2_1.classify(early, VN, PERIOD_END)).contains(EARLY);
  }

  @Test
  void twoSupplementationRequestsAreLateForThePortal() {
    DossierHistory h =
        received()
            .supplementRequested(at(2, 6))
            .supplementSupplied(at(2, 7))
            .supplementRequested(at(2, 15))
            .supplementSupplied(at(2, 16))
            .processed(at(2, 20))
            .build();
    assertThat(judge(h, PERIOD_END)).isEqualTo(rules(EARLY, LATE, LATE, EARLY));
    // still open at the end of February, with two requests: overdue already
    DossierHistory open =
        received()
            .supplementRequested(at(2, 6))
            .supplementSupplied(at(2, 7))
            .supplementRequested(at(2, 15))
            .build();
    assertThat(judge(open, LocalDate.of(2024, 2, 29)))
        .isEqualTo(
            rules(IN_PROGRESS_WITHIN_DEADLINE, OVERDUE, OVERDUE, IN_PROGRESS_WITHIN_DEADLINE));
    // judged before the second request, the dossier had only one
    assertThat(PORTAL_INDEX_2_1.classify(open, VN, LocalDate.of(2024, 2, 14)))
        .contains(IN_PROGRESS_WITHIN_DEADLINE);
  }

  @Test
  void aDossierWithdrawnAfterReceiptEndsThen() {
    DossierHistory h = received().event(Kind.WITHDRAWN, at(2, 16)).build();
    assertThat(judge(h, PERIOD_END)).isEqualTo(rules(EARLY, EARLY, EARLY, EARLY));
    DossierHistory late = received().event(Kind.WITHDRAWN, at(3, 15)).build();
    assertThat(judge(late, PERIOD_END)).isEqualTo(rules(LATE, LATE, LATE, LATE));
  }

  @Test
  void aDossierNeverReceivedOrReceivedLaterIsNotJudged() {
    DossierHistory withdrawn =
        DossierHistory.builder("HS-002")
            .event(Kind.REGISTERED, at(2, 4))
            .event(Kind.WITHDRAWN, at(2, 5))
            .build();
    DossierHistory refused =
        DossierHistory.builder("HS-003")
            .event(Kind.REGISTERED, at(2, 4))
            .event(Kind.NOT_ACCEPTED, at(2, 5))
            .build();
    for (OnTimeRule rule : OnTimeRule.values()) {
      assertThat(rule.classify(withdrawn, VN, PERIOD_END)).isEmpty();
      assertThat(rule.classify(refused, VN, PERIOD_END)).isEmpty();
      assertThat(rule.classify(received().build(), VN, LocalDate.of(2024, 2, 4))).isEmpty();
    }
  }

  @Test
  void aDossierStillOpenAtThePeriodsEndIsJudgedOnItsLastDay() {
    DossierHistory open = received().event(Kind.IN_PROGRESS, at(2, 6)).build();
    assertThat(judge(open, PERIOD_END)).isEqualTo(rules(OVERDUE, OVERDUE, OVERDUE, OVERDUE));
    assertThat(judge(open, LocalDate.of(2024, 3, 4)))
        .isEqualTo(
            rules(
                IN_PROGRESS_WITHIN_DEADLINE,
                IN_PROGRESS_WITHIN_DEADLINE,
                IN_PROGRESS_WITHIN_DEADLINE,
                IN_PROGRESS_WITHIN_DEADLINE));
    // processed after the period: open at its end
    DossierHistory later = received().processed(at(4, 2)).build();
    assertThat(judge(later, LocalDate.of(2024, 2, 29)))
        .containsEntry(PORTAL_INDEX_2_1, IN_PROGRESS_WITHIN_DEADLINE);
  }

  @Test
  void aDossierWaitingForTheApplicantIsJudgedAtTheRequest() {
    DossierHistory waiting = received().supplementRequested(at(3, 1)).build();
    assertThat(judge(waiting, PERIOD_END))
        .isEqualTo(
            rules(OVERDUE, IN_PROGRESS_WITHIN_DEADLINE, IN_PROGRESS_WITHIN_DEADLINE, OVERDUE));
    DossierHistory stopped =
        received().supplementRequested(at(3, 1)).event(Kind.STOPPED, at(3, 20)).build();
    assertThat(judge(stopped, PERIOD_END)).isEqualTo(rules(LATE, EARLY, EARLY, LATE));
    DossierHistory requestedLate = received().supplementRequested(at(3, 6)).build();
    assertThat(PORTAL_INDEX_2_1.classify(requestedLate, VN, PERIOD_END)).contains(OVERDUE);
  }

  @Test
  void thePortalComparesTheTimeWhenTheDueDateHasOne() {
    DossierHistory h =
        DossierHistory.builder("HS-004")
            .received(LocalDateTime.of(2024, 2, 5, 9, 0))
            .dueAt(LocalDateTime.of(2024, 3, 4, 10, 0))
            .processed(LocalDateTime.of(2024, 3, 4, 16, 0))
            .build();
    assertThat(judge(h, PERIOD_END)).isEqualTo(rules(ON_TIME, LATE, ON_TIME, EARLY));
    DossierHistory open =
        DossierHistory.builder("HS-005")
            .received(LocalDateTime.of(2024, 2, 5, 9, 0))
            .dueAt(LocalDateTime.of(2024, 3, 4, 10, 0))
            .build();
    assertThat(PORTAL_INDEX_2_1.classify(open, VN, LocalDate.of(2024, 3, 4))).contains(OVERDUE);
    assertThat(DATES_ONLY.classify(open, VN, LocalDate.of(2024, 3, 4)))
        .contains(IN_PROGRESS_WITHIN_DEADLINE);
  }

  @Test
  void withoutADueDateTheComputedOneJudges() {
    // received Wed 7/2/2024 at 16:00, 15 working days, cut-off 15:00: counts from 15/2, due 7/3
    DossierHistory.Builder b =
        DossierHistory.builder("HS-006")
            .received(LocalDateTime.of(2024, 2, 7, 16, 0))
            .duration(StatutoryDuration.ofWorkingDays(15).withCutOff(LocalTime.of(15, 0)));
    assertThat(judge(b.processed(at(3, 7)).build(), PERIOD_END))
        .isEqualTo(rules(ON_TIME, ON_TIME, ON_TIME, EARLY));
  }

  @Test
  void rulesHaveKeysAndNamesInBothLanguages() {
    assertThat(OnTimeRule.defaultRule()).isEqualTo(RESOLVED_VS_DUE);
    for (OnTimeRule rule : OnTimeRule.values()) {
      assertThat(OnTimeRule.fromKey(rule.key())).isEqualTo(rule);
      assertThat(rule).hasToString(rule.key());
      assertThat(rule.displayName(Words.VIETNAMESE)).isNotBlank();
      assertThat(rule.certainty()).isNotNull();
    }
    assertThat(PORTAL_INDEX_2_1.displayName(Words.VIETNAMESE))
        .isEqualTo("quy tắc của Cổng Dịch vụ công quốc gia (chỉ số 2.1)");
    assertThat(PORTAL_INDEX_2_1.displayName(Words.ENGLISH))
        .isEqualTo("the National Public Service Portal's rule (index 2.1)");
    assertThatThrownBy(() -> OnTimeRule.fromKey("portal"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"portal\" is not an on-time rule (resolved-vs-due,");
    assertThat(Optional.of(PORTAL_INDEX_2_1.certainty())).contains(Certainty.SECONDARY);
  }
}
