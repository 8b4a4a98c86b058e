package io.github.dvckpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Examples of tallies, the calculator and the indicators' definitions. */
class TallyTest {

  private static final Agency CITY =
      Agency.of("UB436", "UBND TP Hà Tĩnh", AdministrativeLevel.DISTRICT, "436");
  private static final Agency WARD =
      Agency.of("UB28534", "UBND Phường Thành Sen", AdministrativeLevel.COMMUNE, "28534");
  private static final Procedure FULL =
      Procedure.of("1.001", "Đăng ký khai sinh", ServiceLevel.FULL_ONLINE, true, true);
  private static final Procedure PARTIAL =
      Procedure.of("1.002", "Cấp phép xây dựng", ServiceLevel.PARTIAL_ONLINE, false, true);
  private static final Procedure OFFLINE =
      Procedure.of("1.003", "Chứng thực", ServiceLevel.NOT_ONLINE, false, false);
  private static final LocalDate JAN_10 = LocalDate.of(2024, 1, 10);
  private static final DateRange JANUARY =
      DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31));

  private static Dossier.Builder dossier(String id, Procedure p, Agency a, Channel c) {
    return Dossier.builder()
        .id(id)
        .procedure(p)
        .agency(a)
        .channel(c)
        .receivedOn(JAN_10)
        .dueOn(JAN_10.plusDays(5));
  }

  private static final List<Dossier> DOSSIERS =
      List.of(
          dossier("1", FULL, CITY, Channel.ONLINE)
              .resolved(JAN_10.plusDays(2), Outcome.GRANTED)
              .resultDigitized(true)
              .fee(50_000)
              .paidOnline(true)
              .intakeDigitized(true)
              .build(),
          dossier("2", FULL, CITY, Channel.COUNTER)
              .resolved(JAN_10.plusDays(5), Outcome.GRANTED)
              .fee(50_000)
              .build(),
          dossier("3", PARTIAL, WARD, Channel.ONLINE)
              .resolved(JAN_10.plusDays(9), Outcome.GRANTED)
              .build(),
          dossier("4", OFFLINE, WARD, Channel.POSTAL)
              .resolved(JAN_10.plusDays(1), Outcome.REFUSED)
              .build(),
          dossier("5", PARTIAL, WARD, Channel.COUNTER).build(),
          dossier("6", OFFLINE, CITY, Channel.COUNTER)
              .receivedOn(LocalDate.of(2024, 1, 2))
              .dueOn(LocalDate.of(2024, 1, 20))
              .build());

  @Test
  void countsEachIndicatorByItsDefinition() {
    Tally t = Tally.of(DOSSIERS, JANUARY);
    assertThat(t.rate(Indicator.ONLINE_SUBMISSION_ALL)).isEqualTo(Rate.of(2, 6));
    assertThat(t.rate(Indicator.ONLINE_SUBMISSION_ELIGIBLE)).isEqualTo(Rate.of(2, 4));
    assertThat(t.rate(Indicator.FULL_ONLINE)).isEqualTo(Rate.of(1, 2));
    assertThat(t.rate(Indicator.RESULT_DIGITIZATION)).isEqualTo(Rate.of(1, 3));
    assertThat(t.rate(Indicator.ONLINE_PAYMENT)).isEqualTo(Rate.of(1, 2));
    assertThat(t.rate(Indicator.INTAKE_DIGITIZATION)).isEqualTo(Rate.of(1, 6));
    assertThat(t.rate(Indicator.ON_TIME_RESOLVED)).isEqualTo(Rate.of(3, 4));
    // 4 resolved (3 timely) + #5 and #6 overdue at 31/01
    assertThat(t.rate(Indicator.ON_TIME_INDEX_2_1)).isEqualTo(Rate.of(3, 6));
    assertThat(t.early()).isEqualTo(2);
    assertThat(t.onTime()).isEqualTo(1);
    assertThat(t.late()).isEqualTo(1);
    assertThat(t.resolved()).isEqualTo(4);
    assertThat(t.inProgressWithinDeadline()).isZero();
    assertThat(t.overdue()).isEqualTo(2);
    assertThat(t.inProgress()).isEqualTo(2);
  }

  @Test
  void placesEachCounterByItsOwnDate() {
    // received in January, resolved in February
    Dossier crossing =
        dossier("7", FULL, CITY, Channel.ONLINE)
            .dueOn(LocalDate.of(2024, 2, 28))
            .resolved(LocalDate.of(2024, 2, 3), Outcome.GRANTED)
            .resultDigitized(true)
            .build();
    Tally january = Tally.of(List.of(crossing), JANUARY);
    Tally february =
        Tally.of(
            List.of(crossing), DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    assertThat(january.count(Counter.RECEIVED)).isEqualTo(1);
    assertThat(january.count(Counter.RESULT_ISSUED)).isZero();
    assertThat(january.inProgressWithinDeadline()).isEqualTo(1);
    assertThat(february.count(Counter.RECEIVED)).isZero();
    assertThat(february.count(Counter.RESULT_DIGITIZED)).isEqualTo(1);
    assertThat(february.early()).isEqualTo(1);
    assertThat(february.inProgress()).isZero();
    assertThat(Indicator.FULL_ONLINE.dating()).isEqualTo(Dating.RECEIVED_ON);
    assertThat(Indicator.RESULT_DIGITIZATION.dating()).isEqualTo(Dating.RESOLVED_ON);
    assertThat(Indicator.ON_TIME_INDEX_2_1.dating()).isEqualTo(Dating.PERIOD_END);
    assertThat(Counter.RESULT_ISSUED.dating()).isEqualTo(Dating.RESOLVED_ON);
  }

  @Test
  void groupsByTierAgencyAndUnit() {
    ImmutableMap<AdministrativeLevel, Tally> byTier =
        Tallies.of(DOSSIERS, Grouping.byTier(), Buckets.of(JANUARY)).byGroup();
    assertThat(byTier.keySet())
        .containsExactly(AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE);
    assertThat(
            java.util.Objects.requireNonNull(byTier.get(AdministrativeLevel.DISTRICT))
                .rate(Indicator.ONLINE_SUBMISSION_ALL))
        .isEqualTo(Rate.of(1, 3));
    assertThat(Tallies.of(DOSSIERS, Grouping.byAgency(), Buckets.of(JANUARY)).byGroup().keySet())
        .containsExactly(CITY, WARD);
    assertThat(
            Tallies.of(DOSSIERS.stream(), Grouping.byUnit(), Buckets.of(JANUARY))
                .byGroup()
                .keySet())
        .containsExactlyInAnyOrder("436", "28534");
    assertThat(
            Tallies.of(
                    DOSSIERS,
                    Grouping.byTier(),
                    Buckets.of(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 2))))
                .byGroup())
        .isEmpty();
  }

  @Test
  void buildsTalliesByHandForTests() {
    Tally t = Tally.empty().with(Counter.ELIGIBLE, 10_000).with(Counter.ELIGIBLE_ONLINE, 9_979);
    assertThat(t.rate(Indicator.ONLINE_SUBMISSION_ELIGIBLE)).hasToString("99,79% (9.979/10.000)");
    assertThat(t.numerator(Indicator.ONLINE_SUBMISSION_ELIGIBLE)).isEqualTo(9_979);
    assertThat(t.denominator(Indicator.ONLINE_SUBMISSION_ELIGIBLE)).isEqualTo(10_000);
    assertThat(t.rate(Indicator.FULL_ONLINE).isUndefined()).isTrue();
    assertThat(t).hasToString("Tally{ELIGIBLE=10000, ELIGIBLE_ONLINE=9979}");
    assertThat(Tally.empty()).hasToString("Tally{}");
    assertThat(Tally.empty().isEmpty()).isTrue();
    assertThat(t.isEmpty()).isFalse();
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> Tally.empty().with(Counter.RECEIVED, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RECEIVED")
        .hasMessageContaining("-1");
    Tally inverted = Tally.empty().with(Counter.ELIGIBLE_ONLINE, 5).with(Counter.ELIGIBLE, 4);
    assertThatThrownBy(() -> inverted.rate(Indicator.ONLINE_SUBMISSION_ELIGIBLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("numerator=5")
        .hasMessageContaining("denominator=4");
    Tally small = Tally.empty().with(Counter.RECEIVED, 1);
    assertThatThrownBy(() -> small.minus(Tally.empty().with(Counter.RECEIVED, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RECEIVED is 1 here but 2 in the part");
    TallyAccumulator<Grouping.All> acc =
        new TallyAccumulator<>(Grouping.all(), Buckets.of(JANUARY)).remove(DOSSIERS.get(4));
    assertThat(acc.isEmpty()).isFalse();
    assertThat(acc)
        .hasToString("TallyAccumulator[Grouping[all], 1 buckets 2024-01-01..2024-01-31, 1 groups]");
    assertThatThrownBy(acc::snapshot)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RECEIVED of ALL in 2024-01-01..2024-01-31 is negative: -1");
    assertThatThrownBy(() -> acc.tally(Grouping.All.ALL, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RECEIVED of ALL is negative: -1");
    Tally max = Tally.empty().with(Counter.RECEIVED, Long.MAX_VALUE);
    assertThatThrownBy(() -> max.plus(max)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void accumulatorsMergeAddAndSubtract() {
    Buckets january = Buckets.of(JANUARY);
    TallyAccumulator<Grouping.All> a = new TallyAccumulator<>(Grouping.all(), january);
    DOSSIERS.forEach(a::add);
    Tallies<Grouping.All> whole = a.snapshot();
    TallyAccumulator<Grouping.All> b =
        new TallyAccumulator<>(Grouping.all(), january).merge(a).add(whole).subtract(whole);
    assertThat(b.snapshot()).isEqualTo(whole);
    assertThat(new TallyAccumulator<>(Grouping.all(), january).isEmpty()).isTrue();
    assertThat(Tally.sum(List.of(whole.total(), whole.total())))
        .isEqualTo(whole.total().plus(whole.total()));
    assertThat(
            Tallies.of(Stream.of(DOSSIERS.get(0)), Grouping.all(), january)
                .total()
                .count(Counter.RECEIVED))
        .isEqualTo(1);
  }

  @Test
  void namesIndicatorsInBothLanguagesAndByKey() {
    assertThat(Indicator.RESULT_DIGITIZATION.vietnameseName())
        .isEqualTo("Tỷ lệ số hóa kết quả giải quyết TTHC");
    assertThat(Indicator.RESULT_DIGITIZATION.englishName()).isEqualTo("Result digitization");
    assertThat(Indicator.FULL_ONLINE.displayName(Locale.forLanguageTag("vi")))
        .isEqualTo("Tỷ lệ hồ sơ trực tuyến toàn trình");
    assertThat(Indicator.FULL_ONLINE.displayName(Locale.ENGLISH))
        .isEqualTo("Full-online submission");
    for (Indicator indicator : Indicator.values()) {
      assertThat(Indicator.fromKey(indicator.key())).isEqualTo(indicator);
      assertThat(Indicator.fromKey(" " + indicator.name().toLowerCase(Locale.ROOT) + " "))
          .isEqualTo(indicator);
      assertThat(indicator.numeratorCounters()).isNotEmpty();
      assertThat(indicator.denominatorCounters()).isNotEmpty();
    }
    assertThatThrownBy(() -> Indicator.fromKey("online"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"online\"")
        .hasMessageContaining("online-submission-eligible, online-submission-all");
    assertThat(Dating.RECEIVED_ON.vietnameseName()).isEqualTo("ngày tiếp nhận");
    assertThat(Dating.RESOLVED_ON.englishName()).isEqualTo("resolved on");
  }

  @Test
  void equalityIsByCounts() {
    Tally a = Tally.empty().with(Counter.RECEIVED, 2);
    new EqualsTester()
        .addEqualityGroup(
            a,
            Tally.empty().with(Counter.RECEIVED, 2),
            Tally.sum(
                List.of(
                    Tally.empty().with(Counter.RECEIVED, 1),
                    Tally.empty().with(Counter.RECEIVED, 1))))
        .addEqualityGroup(Tally.empty().with(Counter.RECEIVED_ONLINE, 2))
        .addEqualityGroup(Tally.empty(), Tally.of(List.of(), JANUARY))
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(DateRange.class, JANUARY)
            .setDefault(Dossier.class, DOSSIERS.get(0))
            .setDefault(Tally.class, Tally.empty())
            .setDefault(Buckets.class, Buckets.of(JANUARY))
            .setDefault(Grouping.class, Grouping.byTier())
            .setDefault(
                io.github.dvckpi.domain.WorkingCalendar.class,
                io.github.dvckpi.domain.WorkingCalendar.vietnam());
    tester.testAllPublicStaticMethods(Tally.class);
    tester.testAllPublicInstanceMethods(Tally.empty());
    tester.testAllPublicInstanceMethods(
        new TallyAccumulator<>(Grouping.byTier(), Buckets.of(JANUARY)));
    tester.testAllPublicStaticMethods(Indicator.class);
  }
}
