package io.github.dvckpi.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Rate;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of the engine's API, edge cases and messages. */
class EngineExamplesTest {

  private static final MonthRange Y2024 = MonthRange.year(2024);
  private static final Agency WARD =
      Agency.of("UB28534", "UBND Phường Thành Sen", AdministrativeLevel.COMMUNE, "28534");
  private static final Agency CITY =
      Agency.of("UB436", "UBND TP Hà Tĩnh", AdministrativeLevel.DISTRICT, "436");
  private static final Procedure FULL =
      Procedure.of("1.001", "Cấp bản sao", ServiceLevel.FULL_ONLINE, true, true);
  private static final UnitTier WARD_GROUP = UnitTier.of(WARD);

  private static Dossier.Builder dossier(String id, LocalDate received, LocalDate due) {
    return Dossier.builder()
        .id(id)
        .procedure(FULL)
        .agency(WARD)
        .channel(Channel.ONLINE)
        .receivedOn(received)
        .dueOn(due);
  }

  private static LocalDate day(int month, int day) {
    return LocalDate.of(2024, month, day);
  }

  @Test
  void aDossierOpenOverSeveralMonthsEndsEachOfThemInProgress() {
    // received 10 Jan, due 29 Feb (the month's last day), resolved 5 Apr, late
    Dossier d =
        dossier("HS-1", day(1, 10), day(2, 29))
            .resolved(day(4, 5), Outcome.GRANTED)
            .resultDigitized(true)
            .fee(50_000)
            .paidOnline(true)
            .build();
    MonthlyTallies t = MonthlyTallyCalculator.tally(List.of(d), Y2024);
    assertThat(t.count(WARD_GROUP, YearMonth.of(2024, 1), Counter.RECEIVED_ONLINE)).isEqualTo(1);
    assertThat(t.count(WARD_GROUP, YearMonth.of(2024, 1), Counter.IN_PROGRESS_WITHIN_DEADLINE))
        .isEqualTo(1);
    // due on 29 Feb: still within the deadline at the end of February
    assertThat(t.count(WARD_GROUP, YearMonth.of(2024, 2), Counter.IN_PROGRESS_WITHIN_DEADLINE))
        .isEqualTo(1);
    assertThat(t.count(WARD_GROUP, YearMonth.of(2024, 3), Counter.IN_PROGRESS_OVERDUE))
        .isEqualTo(1);
    assertThat(t.count(WARD_GROUP, YearMonth.of(2024, 4), Counter.RESOLVED_LATE)).isEqualTo(1);
    assertThat(t.count(WARD_GROUP, YearMonth.of(2024, 4), Counter.RESULT_DIGITIZED)).isEqualTo(1);
    assertThat(t.tally(WARD_GROUP, YearMonth.of(2024, 5))).isEqualTo(Tally.empty());
    assertThat(t.cellCount()).isEqualTo(4);
    assertThat(t.groups()).containsExactly(WARD_GROUP);
    assertThat(t.tally(WARD_GROUP, YearMonth.of(2024, 1)).rate(Indicator.ONLINE_PAYMENT))
        .isEqualTo(Rate.of(1, 1));
    assertThat(t.toString()).isEqualTo("MonthlyTallies[2024-01..2024-12, 1 groups, 4 cells]");
  }

  @Test
  void monthsOutsideTheRangeAreNotCounted() {
    Dossier before = dossier("HS-2", LocalDate.of(2023, 11, 20), LocalDate.of(2023, 12, 5)).build();
    MonthRange spring = MonthRange.of(YearMonth.of(2024, 3), YearMonth.of(2024, 5));
    MonthlyTallies t = MonthlyTallyCalculator.tally(List.of(before), spring);
    for (int m = 0; m < 3; m++) {
      assertThat(t.count(WARD_GROUP, spring.month(m), Counter.IN_PROGRESS_OVERDUE)).isEqualTo(1);
    }
    assertThat(t.count(WARD_GROUP, YearMonth.of(2024, 6), Counter.IN_PROGRESS_OVERDUE)).isZero();
    assertThat(t.count(UnitTier.of(CITY), YearMonth.of(2024, 3), Counter.RECEIVED)).isZero();
    assertThat(t.tally(UnitTier.of(CITY), YearMonth.of(2024, 3))).isEqualTo(Tally.empty());
    assertThat(t.total(YearMonth.of(2024, 4)).overdue()).isEqualTo(1);
    assertThat(t.total(YearMonth.of(2025, 4))).isEqualTo(Tally.empty());
  }

  @Test
  void totalsAddEveryGroup() {
    Dossier a = dossier("A", day(3, 1), day(3, 10)).build();
    Dossier b = dossier("B", day(3, 2), day(3, 10)).agency(CITY).build();
    MonthlyTallies t = MonthlyTallyCalculator.tally(List.of(a, b), Y2024);
    assertThat(t.total(YearMonth.of(2024, 3)).count(Counter.RECEIVED)).isEqualTo(2);
    assertThat(t.groups())
        .containsExactly(UnitTier.of("28534", AdministrativeLevel.COMMUNE), UnitTier.of(CITY));
    assertThat(t.isEmpty()).isFalse();
    assertThat(MonthlyTallies.empty(Y2024).isEmpty()).isTrue();
  }

  @Test
  void streamsSpliteratorsAndCollectorsGiveTheSameTallies() {
    Dossier a = dossier("A", day(3, 1), day(3, 10)).build();
    Dossier b = dossier("B", day(4, 2), day(4, 10)).resolved(day(4, 9), Outcome.REFUSED).build();
    MonthlyTallies expected = MonthlyTallyCalculator.tally(List.of(a, b), Y2024);
    assertThat(MonthlyTallyCalculator.tally(List.of(a, b).stream(), Y2024)).isEqualTo(expected);
    assertThat(MonthlyTallyCalculator.tallyParallel(List.of(a, b).spliterator(), Y2024))
        .isEqualTo(expected);
    assertThat(List.of(a, b).stream().collect(MonthlyTallyCalculator.toMonthlyTallies(Y2024)))
        .isEqualTo(expected);
  }

  @Test
  void anAccumulatorRefusesOtherMonthsAndNegativeCounts() {
    MonthlyTallyAccumulator acc = new MonthlyTallyAccumulator(Y2024);
    MonthlyTallyAccumulator other = new MonthlyTallyAccumulator(MonthRange.year(2025));
    assertThatThrownBy(() -> acc.merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-01..2025-12");
    assertThatThrownBy(() -> acc.add(MonthlyTallies.empty(MonthRange.year(2025))))
        .isInstanceOf(IllegalArgumentException.class);
    Dossier a = dossier("A", day(3, 1), day(3, 10)).build();
    acc.remove(a);
    assertThat(acc.isEmpty()).isFalse();
    assertThatThrownBy(acc::snapshot)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("RECEIVED of 28534/commune tier in 2024-03 is negative: -1");
    acc.add(a);
    assertThat(acc.isEmpty()).isTrue();
    assertThat(acc.months()).isEqualTo(Y2024);
    assertThat(acc.toString()).isEqualTo("MonthlyTallyAccumulator[2024-01..2024-12, 1 groups]");
    assertThat(acc.tally(WARD_GROUP, YearMonth.of(2023, 3))).isEqualTo(Tally.empty());
    assertThat(acc.tally(UnitTier.of(CITY), YearMonth.of(2024, 3))).isEqualTo(Tally.empty());
  }

  @Test
  void subtractingTalliesUndoesAddingThem() {
    Dossier a = dossier("A", day(3, 1), day(5, 10)).build();
    Dossier b = dossier("B", day(6, 1), day(6, 10)).agency(CITY).build();
    MonthlyTallies ta = MonthlyTallyCalculator.tally(List.of(a), Y2024);
    MonthlyTallies both = MonthlyTallyCalculator.tally(List.of(a, b), Y2024);
    assertThat(new MonthlyTallyAccumulator(Y2024).add(both).subtract(ta).snapshot())
        .isEqualTo(MonthlyTallyCalculator.tally(List.of(b), Y2024));
    MonthlyTallyAccumulator replaced = new MonthlyTallyAccumulator(Y2024).add(a).replace(a, b);
    assertThat(replaced.snapshot()).isEqualTo(MonthlyTallyCalculator.tally(List.of(b), Y2024));
  }

  @Test
  void talliesByCellRejectMonthsOutsideTheRange() {
    assertThatThrownBy(
            () ->
                MonthlyTallies.of(
                    Y2024,
                    ImmutableMap.of(
                        UnitTierMonth.of(WARD_GROUP, YearMonth.of(2025, 1)),
                        Tally.empty().with(Counter.RECEIVED, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("28534/commune tier@2025-01 is outside the months 2024-01..2024-12");
    assertThat(
            MonthlyTallies.of(
                Y2024,
                ImmutableMap.of(
                    UnitTierMonth.of(WARD_GROUP, YearMonth.of(2024, 1)), Tally.empty())))
        .isEqualTo(MonthlyTallies.empty(Y2024));
    assertThatThrownBy(
            () -> MonthlyTallies.empty(Y2024).plus(MonthlyTallies.empty(MonthRange.year(2023))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-01..2023-12");
  }

  @Test
  void talliesAreEqualByValue() {
    Dossier a = dossier("A", day(3, 1), day(3, 10)).build();
    Dossier b = dossier("B", day(3, 2), day(3, 10)).agency(CITY).build();
    new EqualsTester()
        .addEqualityGroup(
            MonthlyTallyCalculator.tally(List.of(a, b), Y2024),
            MonthlyTallyCalculator.tally(List.of(b, a), Y2024))
        .addEqualityGroup(MonthlyTallyCalculator.tally(List.of(a), Y2024))
        .addEqualityGroup(MonthlyTallies.empty(Y2024))
        .addEqualityGroup(MonthlyTallies.empty(MonthRange.year(2023)))
        .testEquals();
  }

  @Test
  void monthRangesKnowTheirMonths() {
    MonthRange r = MonthRange.of(YearMonth.of(2024, 11), YearMonth.of(2025, 2));
    assertThat(r.size()).isEqualTo(4);
    assertThat(r.first()).isEqualTo(YearMonth.of(2024, 11));
    assertThat(r.last()).isEqualTo(YearMonth.of(2025, 2));
    assertThat(r.month(2)).isEqualTo(YearMonth.of(2025, 1));
    assertThat(r.indexOf(YearMonth.of(2025, 2))).isEqualTo(3);
    assertThat(r.indexOf(YearMonth.of(2025, 3))).isEqualTo(-1);
    assertThat(r.indexOf(YearMonth.of(2024, 10))).isEqualTo(-1);
    assertThat(r.contains(YearMonth.of(2024, 12))).isTrue();
    assertThat(r.contains(YearMonth.of(2024, 10))).isFalse();
    assertThat(r.period(3))
        .isEqualTo(DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28)));
    assertThat(r.days())
        .isEqualTo(DateRange.of(LocalDate.of(2024, 11, 1), LocalDate.of(2025, 2, 28)));
    assertThat(r.toString()).isEqualTo("2024-11..2025-02");
    assertThatThrownBy(() -> r.month(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> MonthRange.of(YearMonth.of(2024, 2), YearMonth.of(2024, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("first=2024-02, last=2024-01");
    assertThatThrownBy(() -> MonthRange.starting(YearMonth.of(2024, 2), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 month, got 0");
    new EqualsTester()
        .addEqualityGroup(MonthRange.year(2024), MonthRange.starting(YearMonth.of(2024, 1), 12))
        .addEqualityGroup(MonthRange.starting(YearMonth.of(2024, 1), 11))
        .addEqualityGroup(MonthRange.starting(YearMonth.of(2024, 2), 12))
        .testEquals();
  }

  @Test
  void groupsAndCellsHaveReadableNames() {
    assertThat(WARD_GROUP.toString()).isEqualTo("28534/commune tier");
    assertThat(UnitTierMonth.of(WARD_GROUP, YearMonth.of(2024, 3)).toString())
        .isEqualTo("28534/commune tier@2024-03");
    assertThatThrownBy(() -> UnitTier.of(" ", AdministrativeLevel.COMMUNE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThat(UnitTier.of("1", AdministrativeLevel.COMMUNE))
        .isLessThan(UnitTier.of("2", AdministrativeLevel.PROVINCE));
    assertThat(UnitTier.of("1", AdministrativeLevel.PROVINCE))
        .isLessThan(UnitTier.of("1", AdministrativeLevel.COMMUNE));
  }

  @Test
  void theConcurrentAccumulatorStripesAndRetracts() {
    ConcurrentMonthlyAccumulator acc = new ConcurrentMonthlyAccumulator(Y2024);
    assertThat(acc.stripes()).isGreaterThanOrEqualTo(2);
    assertThat(Integer.bitCount(acc.stripes())).isEqualTo(1);
    assertThat(new ConcurrentMonthlyAccumulator(Y2024, 1).stripes()).isEqualTo(1);
    assertThat(new ConcurrentMonthlyAccumulator(Y2024, 3).stripes()).isEqualTo(4);
    assertThat(new ConcurrentMonthlyAccumulator(Y2024, 4).stripes()).isEqualTo(4);
    assertThatThrownBy(() -> new ConcurrentMonthlyAccumulator(Y2024, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
    Dossier a = dossier("A", day(3, 1), day(3, 10)).build();
    Dossier b = dossier("B", day(3, 2), day(3, 10)).agency(CITY).build();
    Dossier c = a.toBuilder().resolved(day(3, 5), Outcome.GRANTED).build();
    acc.add(a).add(b).remove(b).replace(a, c);
    assertThat(acc.snapshot()).isEqualTo(MonthlyTallyCalculator.tally(List.of(c), Y2024));
    assertThat(acc.months()).isEqualTo(Y2024);
    assertThat(acc.toString()).startsWith("ConcurrentMonthlyAccumulator[2024-01..2024-12, ");
  }

  @Test
  void liveEventsFollowADossierThroughItsLife() {
    LiveMonthlyTally live = new LiveMonthlyTally(Y2024);
    Dossier d = dossier("HS-9", day(5, 6), day(5, 20)).fee(20_000).build();
    live.applyAll(
        List.of(
            DossierEvent.received(d),
            DossierEvent.resolved("HS-9", day(5, 15), Outcome.GRANTED),
            DossierEvent.resultDigitized("HS-9"),
            DossierEvent.paid("HS-9", true)));
    Dossier now = live.dossier("HS-9").orElseThrow();
    assertThat(now.isResultDigitized()).isTrue();
    assertThat(now.isPaidOnline()).isTrue();
    assertThat(live.size()).isEqualTo(1);
    assertThat(live.dossiers()).containsExactly(now);
    Tally may = live.tally(WARD_GROUP, YearMonth.of(2024, 5));
    assertThat(may.rate(Indicator.RESULT_DIGITIZATION)).isEqualTo(Rate.of(1, 1));
    assertThat(may.rate(Indicator.ONLINE_PAYMENT)).isEqualTo(Rate.of(1, 1));
    assertThat(may.early()).isEqualTo(1);
    assertThat(live.toString()).isEqualTo("LiveMonthlyTally[2024-01..2024-12, 1 dossiers]");
    live.apply(DossierEvent.corrected(d.toBuilder().agency(CITY).build()));
    assertThat(live.snapshot().groups()).containsExactly(UnitTier.of(CITY));
    live.apply(DossierEvent.deleted("HS-9"));
    assertThat(live.snapshot()).isEqualTo(MonthlyTallies.empty(Y2024));
    assertThat(live.dossier("HS-9")).isEmpty();
  }

  @Test
  void eventsThatCannotApplyNameTheDossier() {
    LiveMonthlyTally live = new LiveMonthlyTally(Y2024);
    Dossier d = dossier("HS-7", day(5, 6), day(5, 20)).build();
    for (DossierEvent e :
        List.of(
            DossierEvent.resolved("HS-7", day(5, 7), Outcome.GRANTED),
            DossierEvent.resultDigitized("HS-7"),
            DossierEvent.paid("HS-7", true),
            DossierEvent.corrected(d),
            DossierEvent.deleted("HS-7"))) {
      assertThat(e.dossierId()).isEqualTo("HS-7");
      assertThatThrownBy(() -> live.apply(e))
          .isInstanceOf(InvalidRecordException.class)
          .hasMessageContaining("HS-7")
          .hasMessageContaining("is not known");
    }
    live.apply(DossierEvent.received(d));
    assertThatThrownBy(() -> live.apply(DossierEvent.received(d)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("was already received");
    // paid online without a fee: the dossier's own rule, and the live state is unchanged
    MonthlyTallies before = live.snapshot();
    assertThatThrownBy(() -> live.apply(DossierEvent.paid("HS-7", true)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("paidOnline");
    assertThat(live.snapshot()).isEqualTo(before);
    assertThat(DossierEvent.received(d).dossierId()).isEqualTo("HS-7");
  }

  @Test
  void agenciesAreGroupedByValueHoweverManyInstancesThereAre() {
    // 20,000 dossiers, each with its own agency object: 40 distinct agencies by value, more
    // instances than the identity table keeps
    List<Dossier> list = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      Agency agency =
          Agency.of(
              "UB" + (i % 40),
              "UBND " + (i % 40),
              i % 2 == 0 ? AdministrativeLevel.COMMUNE : AdministrativeLevel.DISTRICT,
              String.valueOf(28_000 + i % 20));
      list.add(dossier("HS-" + i, day(1 + i % 12, 3), day(1 + i % 12, 20)).agency(agency).build());
    }
    MonthlyTallies t = MonthlyTallyCalculator.tally(list, Y2024);
    assertThat(t.groups()).hasSize(20); // 40 agencies in 20 unit × tier groups
    for (int m = 0; m < 12; m++) {
      ImmutableMap<UnitTier, Tally> expected =
          io.github.dvckpi.indicator.TallyCalculator.tallyBy(
              list, Y2024.period(m), d -> UnitTier.of(d.agency()));
      for (var e : expected.entrySet()) {
        assertThat(t.tally(e.getKey(), Y2024.month(m))).isEqualTo(e.getValue());
      }
    }
    assertThat(GroupIndex.MAX_CACHED).isLessThan(list.size());
  }
}
