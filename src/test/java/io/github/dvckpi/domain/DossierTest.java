package io.github.dvckpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Validation, derivation and equality of {@link Dossier}. */
class DossierTest {

  private static final Agency WARD =
      Agency.of("UB28534", "UBND Phường Thành Sen", AdministrativeLevel.COMMUNE, "28534");
  private static final Procedure BIRTH =
      Procedure.of("1.001193", "Đăng ký khai sinh", ServiceLevel.FULL_ONLINE, true, true);
  private static final Procedure NO_FEE =
      Procedure.of("1.000894", "Đăng ký khai tử", ServiceLevel.PARTIAL_ONLINE, false, false);
  private static final LocalDate JAN_5 = LocalDate.of(2024, 1, 5);

  private static Dossier.Builder valid() {
    return Dossier.builder()
        .id("HS-001")
        .procedure(BIRTH)
        .agency(WARD)
        .channel(Channel.ONLINE)
        .receivedOn(JAN_5)
        .dueOn(JAN_5.plusDays(3));
  }

  private static void assertRejected(ThrowingCallable build, String field, String reason) {
    assertThatThrownBy(build)
        .isInstanceOfSatisfying(
            InvalidRecordException.class,
            e -> {
              assertThat(e.recordType()).isEqualTo("Dossier");
              assertThat(e.recordId()).isEqualTo("HS-001");
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.reason()).contains(reason);
              assertThat(e).hasMessageStartingWith("Dossier \"HS-001\": " + field + " ");
            });
  }

  @Test
  void rejectsImpossibleStatesNamingTheDossierAndTheField() {
    assertRejected(
        () -> valid().resolved(LocalDate.of(2024, 1, 1), Outcome.GRANTED).build(),
        "resolvedOn",
        "2024-01-01 is before receivedOn 2024-01-05");
    assertRejected(
        () -> valid().dueOn(LocalDate.of(2024, 1, 4)).build(),
        "dueOn",
        "2024-01-04 is before receivedOn 2024-01-05");
    assertRejected(
        () -> valid().resolvedOn(JAN_5).build(),
        "outcome",
        "is missing although the dossier was resolved on 2024-01-05");
    assertRejected(
        () -> valid().outcome(Outcome.REFUSED).build(),
        "outcome",
        "REFUSED is given but resolvedOn is missing");
    assertRejected(
        () -> valid().resultDigitized(true).build(),
        "resultDigitized",
        "no result document was issued");
    assertRejected(
        () -> valid().resolved(JAN_5, Outcome.REFUSED).resultDigitized(true).build(),
        "resultDigitized",
        "outcome REFUSED");
    assertRejected(() -> valid().fee(-1).build(), "fee", "is negative: -1");
    assertRejected(
        () -> valid().procedure(NO_FEE).fee(10_000).build(),
        "fee",
        "procedure 1.000894 charges no fee");
    assertRejected(() -> valid().paidOnline(true).build(), "paidOnline", "no fee was charged");
  }

  @Test
  void rejectsMissingRequiredFields() {
    assertThatThrownBy(() -> Dossier.builder().build())
        .isInstanceOf(InvalidRecordException.class)
        .hasMessage("Dossier \"?\": id is missing");
    assertThatThrownBy(() -> Dossier.builder().id(" ").build())
        .hasMessage("Dossier \" \": id is blank");
    assertThatThrownBy(() -> Dossier.builder().id("HS-9").build())
        .hasMessage("Dossier \"HS-9\": procedure is missing");
    assertThatThrownBy(
            () ->
                Dossier.builder()
                    .id("HS-9")
                    .procedure(BIRTH)
                    .agency(WARD)
                    .channel(Channel.ONLINE)
                    .receivedOn(JAN_5)
                    .build())
        .hasMessage("Dossier \"HS-9\": dueOn is missing");
  }

  @Test
  void derivesTimelinessFromTheDates() {
    Dossier open = valid().build();
    assertThat(open.timelinessAsOf(JAN_5)).isEqualTo(Timeliness.IN_PROGRESS_WITHIN_DEADLINE);
    assertThat(open.timelinessAsOf(JAN_5.plusDays(3)))
        .isEqualTo(Timeliness.IN_PROGRESS_WITHIN_DEADLINE);
    assertThat(open.timelinessAsOf(JAN_5.plusDays(4))).isEqualTo(Timeliness.OVERDUE);
    assertThat(
            valid()
                .resolved(JAN_5.plusDays(2), Outcome.GRANTED)
                .build()
                .timelinessAsOf(JAN_5.plusDays(9)))
        .isEqualTo(Timeliness.EARLY);
    assertThat(
            valid()
                .resolved(JAN_5.plusDays(3), Outcome.GRANTED)
                .build()
                .timelinessAsOf(JAN_5.plusDays(9)))
        .isEqualTo(Timeliness.ON_TIME);
    Dossier late = valid().resolved(JAN_5.plusDays(6), Outcome.WITHDRAWN).build();
    assertThat(late.timelinessAsOf(JAN_5.plusDays(6))).isEqualTo(Timeliness.LATE);
    assertThat(late.timelinessAsOf(JAN_5.plusDays(5))).isEqualTo(Timeliness.OVERDUE);
    assertThat(Timeliness.EARLY.isTimely()).isTrue();
    assertThat(Timeliness.ON_TIME.isTimely()).isTrue();
    assertThat(Timeliness.IN_PROGRESS_WITHIN_DEADLINE.isTimely()).isTrue();
    assertThat(Timeliness.LATE.isTimely()).isFalse();
    assertThat(Timeliness.OVERDUE.isTimely()).isFalse();
  }

  @Test
  void exposesItsFields() {
    Dossier d =
        valid()
            .resolved(JAN_5.plusDays(1), Outcome.GRANTED)
            .resultDigitized(true)
            .intakeDigitized(true)
            .fee(8_000)
            .paidOnline(true)
            .build();
    assertThat(d.id()).isEqualTo("HS-001");
    assertThat(d.procedure()).isEqualTo(BIRTH);
    assertThat(d.agency()).isEqualTo(WARD);
    assertThat(d.tier()).isEqualTo(AdministrativeLevel.COMMUNE);
    assertThat(d.channel()).isEqualTo(Channel.ONLINE);
    assertThat(d.isFiledOnline()).isTrue();
    assertThat(d.receivedOn()).isEqualTo(JAN_5);
    assertThat(d.dueOn()).isEqualTo(JAN_5.plusDays(3));
    assertThat(d.resolvedOn()).contains(JAN_5.plusDays(1));
    assertThat(d.resolvedOnOrNull()).isEqualTo(JAN_5.plusDays(1));
    assertThat(d.isResolved()).isTrue();
    assertThat(d.outcome()).contains(Outcome.GRANTED);
    assertThat(d.issuesResult()).isTrue();
    assertThat(d.isResultDigitized()).isTrue();
    assertThat(d.isIntakeDigitized()).isTrue();
    assertThat(d.fee()).isEqualTo(8_000);
    assertThat(d.isPaidOnline()).isTrue();
    assertThat(d)
        .hasToString(
            "Dossier[HS-001, procedure 1.001193, agency UB28534, ONLINE, received 2024-01-05, due 2024-01-08, GRANTED 2024-01-06, result digitized, intake digitized, fee 8000 paid online]");
    Dossier open = valid().channel(Channel.POSTAL).build();
    assertThat(open.isResolved()).isFalse();
    assertThat(open.resolvedOn()).isEmpty();
    assertThat(open.outcome()).isEmpty();
    assertThat(open.issuesResult()).isFalse();
    assertThat(open.isFiledOnline()).isFalse();
    assertThat(open)
        .hasToString(
            "Dossier[HS-001, procedure 1.001193, agency UB28534, POSTAL, received 2024-01-05, due 2024-01-08, in progress]");
    assertThat(valid().fee(100).build())
        .hasToString(
            "Dossier[HS-001, procedure 1.001193, agency UB28534, ONLINE, received 2024-01-05, due 2024-01-08, in progress, fee 100]");
  }

  @Test
  void copiesThroughItsBuilder() {
    Dossier d =
        valid()
            .resolved(JAN_5, Outcome.GRANTED)
            .resultDigitized(true)
            .fee(5)
            .paidOnline(true)
            .intakeDigitized(true)
            .build();
    assertThat(d.toBuilder().build()).isEqualTo(d);
    assertThat(d.toBuilder().channel(Channel.COUNTER).build().channel()).isEqualTo(Channel.COUNTER);
  }

  @Test
  void equalityCoversEveryField() {
    Dossier base = valid().build();
    new EqualsTester()
        .addEqualityGroup(base, valid().build())
        .addEqualityGroup(valid().id("HS-002").build())
        .addEqualityGroup(valid().procedure(NO_FEE).build())
        .addEqualityGroup(
            valid().agency(Agency.of("X", "X", AdministrativeLevel.COMMUNE, "1")).build())
        .addEqualityGroup(valid().channel(Channel.COUNTER).build())
        .addEqualityGroup(valid().receivedOn(JAN_5.minusDays(1)).build())
        .addEqualityGroup(valid().dueOn(JAN_5).build())
        .addEqualityGroup(valid().resolved(JAN_5, Outcome.GRANTED).build())
        .addEqualityGroup(valid().resolved(JAN_5, Outcome.REFUSED).build())
        .addEqualityGroup(valid().resolved(JAN_5, Outcome.GRANTED).resultDigitized(true).build())
        .addEqualityGroup(valid().intakeDigitized(true).build())
        .addEqualityGroup(valid().fee(1).build())
        .addEqualityGroup(valid().fee(1).paidOnline(true).build())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Procedure.class, BIRTH)
            .setDefault(Agency.class, WARD)
            .setDefault(WorkingCalendar.class, WorkingCalendar.vietnam());
    tester.testAllPublicInstanceMethods(Dossier.builder());
    tester.testAllPublicInstanceMethods(valid().build());
  }
}
