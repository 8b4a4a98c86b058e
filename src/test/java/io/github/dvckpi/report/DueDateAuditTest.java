package io.github.dvckpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.DossierHistory;
import io.github.dvckpi.domain.StatutoryDuration;
import io.github.dvckpi.domain.WorkingCalendar;
import io.github.dvckpi.testing.DomainGen;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The audit of the systems' due dates against the calendar. */
class DueDateAuditTest {

  private static final WorkingCalendar VN = WorkingCalendar.vietnam();
  private static final StatutoryDuration FIFTEEN =
      StatutoryDuration.ofWorkingDays(15).withCutOff(LocalTime.of(15, 0));

  private static Dossier dossier(String id, LocalDateTime received, LocalDate due) {
    DossierHistory h =
        DossierHistory.builder(id).received(received).dueOn(due).duration(FIFTEEN).build();
    return Dossier.builder()
        .id(id)
        .agency(DomainGen.AGENCIES.get(0))
        .procedure(DomainGen.PROCEDURES.get(0))
        .channel(Channel.ONLINE)
        .receivedOn(received.toLocalDate())
        .dueOn(due)
        .history(h)
        .build();
  }

  @Test
  void listsTheDossiersWhoseGivenDueDateIsNotTheComputedOne() {
    LocalDateTime monday = LocalDateTime.of(2024, 2, 5, 9, 0);
    LocalDate computed = FIFTEEN.dueDate(monday, VN).dueOn();
    // the system that counted 15 calendar days forgot Tết; the one at 16:00 ignored the cut-off
    Dossier right = dossier("HS-1", monday, computed);
    Dossier calendarDays = dossier("HS-2", monday, monday.toLocalDate().plusDays(15));
    LocalDateTime late = LocalDateTime.of(2024, 2, 5, 16, 0);
    Dossier afterCutOff = dossier("HS-3", late, computed);
    Dossier plain = right.toBuilder().id("HS-4").history(null).build();
    DueDateAudit audit = DueDateAudit.of(List.of(right, calendarDays, afterCutOff, plain), VN);
    assertThat(audit.checked()).isEqualTo(3);
    assertThat(audit.agrees()).isFalse();
    assertThat(audit.disagreements())
        .extracting(DueDateAudit.Disagreement::dossierId)
        .containsExactly("HS-2", "HS-3");
    DueDateAudit.Disagreement tet = audit.disagreements().get(0);
    assertThat(tet.given()).isEqualTo(LocalDate.of(2024, 2, 20));
    assertThat(tet.computed().dueOn()).isEqualTo(computed);
    assertThat(tet.workingDaysLater()).isNegative();
    assertThat(VN.plusWorkingDays(computed, tet.workingDaysLater())).isEqualTo(tet.given());
    assertThat(audit.disagreements().get(1).workingDaysLater()).isEqualTo(-1);
    assertThat(audit.render(Locale.ENGLISH))
        .startsWith(
            "Due dates checked against the calendar: 3 dossiers with a statutory duration,"
                + " 2 disagree\n")
        .contains(
            "HS-3: received 2024-02-05 16:00, 15 working days, cut-off 15:00: given "
                + computed
                + ", computed "
                + FIFTEEN.dueDate(late, VN).dueOn()
                + " (1 working day earlier)");
    assertThat(audit.toString()).contains("hồ sơ lệch").contains("sớm hơn 1 ngày làm việc");
  }

  @Test
  void dossiersThatAgreeGiveAnEmptyList() {
    LocalDateTime t = LocalDateTime.of(2025, 4, 25, 8, 0);
    DueDateAudit audit =
        DueDateAudit.of(List.of(dossier("HS-1", t, FIFTEEN.dueDate(t, VN).dueOn())), VN);
    assertThat(audit.agrees()).isTrue();
    assertThat(audit.checked()).isEqualTo(1);
    assertThat(audit.render(Locale.ENGLISH))
        .contains("1 dossier with a statutory duration, 0 disagree");
  }
}
