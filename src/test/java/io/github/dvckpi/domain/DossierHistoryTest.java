package io.github.dvckpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.dvckpi.domain.LifeEvent.Kind;
import io.github.dvckpi.words.Words;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DossierHistoryTest {

  private static final LocalDateTime RECEIVED = LocalDateTime.of(2024, 2, 5, 9, 0);

  private static DossierHistory.Builder received() {
    return DossierHistory.builder("HS-001").received(RECEIVED).dueOn(LocalDate.of(2024, 3, 4));
  }

  private static LocalDateTime day(int month, int day) {
    return LocalDateTime.of(2024, month, day, 10, 0);
  }

  @Test
  void theTenStatusesHaveTheirCodesAndNamesInBothLanguages() {
    for (DossierStatus s : DossierStatus.values()) {
      assertThat(DossierStatus.ofCode(s.code())).isEqualTo(s);
    }
    assertThat(DossierStatus.ofCode(5).displayName(Words.VIETNAMESE))
        .isEqualTo("yêu cầu bổ sung giấy tờ");
    assertThat(DossierStatus.ofCode(10).displayName(Words.ENGLISH)).isEqualTo("result returned");
    assertThat(DossierStatus.ofCode(1)).isEqualTo(DossierStatus.REGISTERED);
    assertThatThrownBy(() -> DossierStatus.ofCode(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11 không phải là mã trạng thái hồ sơ")
        .hasMessageContaining("11 is not a dossier status code (1 to 10)");
    assertThatThrownBy(() -> DossierStatus.ofCode(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Kind.SUPPLEMENT_SUPPLIED.status()).isEqualTo(DossierStatus.IN_PROGRESS);
    assertThat(Kind.SUPPLEMENT_SUPPLIED.displayName(Words.VIETNAMESE))
        .isEqualTo("công dân đã bổ sung giấy tờ");
    assertThat(LifeEvent.of(Kind.PROCESSED, LocalDate.of(2024, 3, 1)))
        .hasToString("processed, 2024-03-01 00:00");
  }

  @Test
  void aLifeReadsItsReceiptEndPausesAndStatus() {
    DossierHistory h =
        received()
            .event(Kind.IN_PROGRESS, day(2, 6))
            .supplementRequested(day(2, 20))
            .supplementSupplied(day(2, 23))
            .event(Kind.PAYMENT_REQUESTED, day(2, 26))
            .processed(day(3, 1))
            .event(Kind.RESULT_RETURNED, day(3, 4))
            .build();
    assertThat(h.receivedAt()).contains(RECEIVED);
    assertThat(h.endOfProcessing()).contains(LifeEvent.of(Kind.PROCESSED, day(3, 1)));
    assertThat(h.status()).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(h.pauses())
        .containsExactly(new SupplementPause(day(2, 20), Optional.of(day(2, 23))));
    assertThat(h.pauses().get(0).workingDays(WorkingCalendar.vietnam())).isEqualTo(3);
    assertThat(h.pauses().get(0).isOpen()).isFalse();
    assertThat(h.dueDate(WorkingCalendar.vietnam())).contains(LocalDate.of(2024, 3, 4));
    assertThat(h.computedDueDate(WorkingCalendar.vietnam())).isEmpty();
    assertThat(h.toString())
        .startsWith("DossierHistory[HS-001, due 2024-03-04, received, 2024-02-05 09:00;");
  }

  @Test
  void statusCodesAsSynchronisedBecomeEventsAnInProgressAfterARequestBeingTheSupplement() {
    DossierHistory h =
        DossierHistory.builder("HS-002")
            .status(1, day(2, 4))
            .status(2, day(2, 5))
            .status(4, day(2, 6))
            .status(5, day(2, 7))
            .status(4, day(2, 16))
            .status(4, day(2, 19))
            .status(6, day(2, 20))
            .status(9, day(2, 21))
            .status(10, day(2, 22))
            .dueAt(LocalDateTime.of(2024, 3, 4, 17, 0))
            .build();
    assertThat(h.events())
        .extracting(LifeEvent::kind)
        .containsExactly(
            Kind.REGISTERED,
            Kind.RECEIVED,
            Kind.IN_PROGRESS,
            Kind.SUPPLEMENT_REQUESTED,
            Kind.SUPPLEMENT_SUPPLIED,
            Kind.IN_PROGRESS,
            Kind.PAYMENT_REQUESTED,
            Kind.PROCESSED,
            Kind.RESULT_RETURNED);
    assertThat(h.dueTime()).contains(LocalTime.of(17, 0));
    for (int code : new int[] {3, 7}) {
      DossierHistory.Builder b = DossierHistory.builder("HS-" + code).status(1, day(2, 4));
      assertThat(b.status(code, day(2, 5)).build().status().code()).isEqualTo(code);
    }
    assertThat(received().status(8, day(2, 6)).build().status()).isEqualTo(DossierStatus.STOPPED);
  }

  @Test
  void aDossierNeverReceivedHasNoReceiptNorEnd() {
    DossierHistory notAccepted =
        DossierHistory.builder("HS-003")
            .event(Kind.REGISTERED, day(2, 4))
            .event(Kind.NOT_ACCEPTED, day(2, 5))
            .build();
    assertThat(notAccepted.receivedAt()).isEmpty();
    assertThat(notAccepted.endOfProcessing()).isEmpty();
    assertThat(notAccepted.dueDate(WorkingCalendar.vietnam())).isEmpty();
    DossierHistory withdrawnEarly =
        DossierHistory.builder("HS-004")
            .event(Kind.REGISTERED, day(2, 4))
            .event(Kind.WITHDRAWN, day(2, 5))
            .build();
    assertThat(withdrawnEarly.endOfProcessing()).isEmpty();
  }

  @Test
  void theDueDateCanBeComputedFromTheDuration() {
    DossierHistory h =
        DossierHistory.builder("HS-005")
            .received(LocalDateTime.of(2024, 2, 7, 16, 0))
            .duration(StatutoryDuration.ofWorkingDays(15).withCutOff(LocalTime.of(15, 0)))
            .build();
    assertThat(h.dueOn()).isEmpty();
    assertThat(h.dueDate(WorkingCalendar.vietnam())).contains(LocalDate.of(2024, 3, 7));
    assertThat(h.computedDueDate(WorkingCalendar.vietnam()).orElseThrow().countsFrom())
        .isEqualTo("2024-02-15");
    assertThat(h.pauses()).isEmpty();
    assertThat(h.toString()).contains("15 working days (120 h), cut-off 15:00");
  }

  @Test
  void theHistoryOfADossierIsItsReceiptAndResolution() {
    Procedure p = Procedure.of("1.1", "Thủ tục", ServiceLevel.FULL_ONLINE, false, true);
    Agency a = Agency.of("STP", "Sở Tư pháp", AdministrativeLevel.PROVINCE, "42");
    Dossier.Builder d =
        Dossier.builder()
            .id("HS-9")
            .procedure(p)
            .agency(a)
            .channel(Channel.ONLINE)
            .receivedOn(LocalDate.of(2024, 2, 5))
            .dueOn(LocalDate.of(2024, 3, 4));
    assertThat(DossierHistory.of(d.build()).events())
        .containsExactly(LifeEvent.of(Kind.RECEIVED, LocalDate.of(2024, 2, 5)));
    for (Outcome o : Outcome.values()) {
      DossierHistory h = DossierHistory.of(d.resolved(LocalDate.of(2024, 3, 1), o).build());
      assertThat(h.endOfProcessing().orElseThrow().date()).isEqualTo("2024-03-01");
      assertThat(h.dueOn()).contains(LocalDate.of(2024, 3, 4));
    }
  }

  @Test
  void anImpossibleLifeIsRefusedNamingTheDossierTheEventAndTheRule() {
    assertThatThrownBy(() -> received().supplementSupplied(day(2, 7)).build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("Dossier \"HS-001\": history")
        .hasMessageContaining(
            "event 2 (supplement supplied, 2024-02-07 10:00) breaks the rule \"no supplement"
                + " before its request\"")
        .hasMessageContaining(
            "sự kiện 2 (công dân đã bổ sung giấy tờ, 2024-02-07 10:00) vi phạm quy tắc \"không"
                + " bổ sung trước khi có yêu cầu\"");
    assertThatThrownBy(() -> received().processed(day(3, 1)).processed(day(3, 2)).build())
        .hasMessageContaining(
            "event 3 (processed, 2024-03-02 10:00) breaks the rule \"no"
                + " terminal status twice\": processing already ended (processed, 2024-03-01 10:00)");
    assertThatThrownBy(
            () ->
                received()
                    .processed(day(3, 1))
                    .event(Kind.RESULT_RETURNED, day(3, 2))
                    .event(Kind.RESULT_RETURNED, day(3, 3))
                    .build())
        .hasMessageContaining("\"no terminal status twice\"");
    assertThatThrownBy(
            () -> received().processed(day(3, 1)).event(Kind.IN_PROGRESS, day(3, 2)).build())
        .hasMessageContaining("\"only the result after the end\"");
    assertThatThrownBy(
            () ->
                received()
                    .processed(day(3, 1))
                    .event(Kind.RESULT_RETURNED, day(3, 2))
                    .event(Kind.IN_PROGRESS, day(3, 3))
                    .build())
        .hasMessageContaining("\"no event after the last\"");
    assertThatThrownBy(() -> received().processed(day(2, 1)).build())
        .hasMessageContaining(
            "event 2 (processed, 2024-02-01 10:00) breaks the rule \"events in" + " time order\"");
    assertThatThrownBy(() -> received().event(Kind.REGISTERED, day(2, 6)).build())
        .hasMessageContaining("\"registration comes first\"");
    assertThatThrownBy(() -> received().received(day(2, 6)).build())
        .hasMessageContaining("\"received once\"");
    assertThatThrownBy(() -> received().event(Kind.NOT_ACCEPTED, day(2, 6)).build())
        .hasMessageContaining("\"not accepted only at intake\"");
    assertThatThrownBy(
            () ->
                DossierHistory.builder("HS-001")
                    .event(Kind.REGISTERED, day(2, 4))
                    .processed(day(2, 6))
                    .build())
        .hasMessageContaining("\"received before processed\"");
    assertThatThrownBy(
            () -> received().supplementRequested(day(2, 6)).supplementRequested(day(2, 7)).build())
        .hasMessageContaining("\"one request at a time\"");
    assertThatThrownBy(() -> received().supplementRequested(day(2, 6)).processed(day(2, 7)).build())
        .hasMessageContaining("\"nothing but supplied, stopped or withdrawn while awaited\"");
    assertThatThrownBy(() -> DossierHistory.builder("HS-001").build())
        .hasMessageContaining("a dossier's history has at least one event");
    assertThatThrownBy(() -> DossierHistory.builder("HS-001").received(RECEIVED).build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("Dossier \"HS-001\": dueOn")
        .hasMessageContaining("a received dossier needs a due date or a statutory duration");
    assertThatThrownBy(
            () ->
                DossierHistory.builder("HS-001")
                    .received(RECEIVED)
                    .dueOn(LocalDate.of(2024, 2, 4))
                    .build())
        .hasMessageContaining("the due date 2024-02-04 is before the receipt (received");
    assertThatThrownBy(() -> DossierHistory.builder(" "))
        .isInstanceOf(InvalidRecordException.class);
  }

  @Test
  void aWaitForTheApplicantCanEndByAStopOrAWithdrawal() {
    DossierHistory stopped =
        received().supplementRequested(day(2, 20)).event(Kind.STOPPED, day(3, 20)).build();
    assertThat(stopped.pauses()).containsExactly(new SupplementPause(day(2, 20), Optional.empty()));
    assertThat(stopped.pauses().get(0).isOpen()).isTrue();
    assertThat(stopped.pauses().get(0).workingDays(WorkingCalendar.vietnam())).isZero();
    assertThat(
            received()
                .supplementRequested(day(2, 20))
                .event(Kind.WITHDRAWN, day(3, 20))
                .build()
                .endOfProcessing())
        .contains(LifeEvent.of(Kind.WITHDRAWN, day(3, 20)));
    assertThatThrownBy(() -> new SupplementPause(day(2, 20), Optional.of(day(2, 19))))
        .hasMessageContaining("a supplement at 2024-02-19T10:00 comes before its request");
  }

  @Test
  void historiesAreValues() {
    new EqualsTester()
        .addEqualityGroup(received().build(), received().build())
        .addEqualityGroup(received().processed(day(3, 1)).build())
        .addEqualityGroup(
            DossierHistory.builder("HS-001")
                .received(RECEIVED)
                .dueAt(LocalDateTime.of(2024, 3, 4, 17, 0))
                .build())
        .addEqualityGroup(
            DossierHistory.builder("HS-001")
                .received(RECEIVED)
                .duration(StatutoryDuration.ofWorkingDays(15))
                .build())
        .testEquals();
  }
}
