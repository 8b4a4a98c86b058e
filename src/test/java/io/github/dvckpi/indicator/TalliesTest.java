package io.github.dvckpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.domain.Procedure;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of the counting core's API, edge cases and messages. */
class TalliesTest {

  private static final Buckets Y2024 = Buckets.months(ReportingPeriod.year(2024));
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
    Tallies<UnitTier> t = Tallies.of(List.of(d), Grouping.byUnitAndTier(), Y2024);
    assertThat(t.count(WARD_GROUP, 0, Counter.RECEIVED_ONLINE)).isEqualTo(1);
    assertThat(t.count(WARD_GROUP, 0, Counter.IN_PROGRESS_WITHIN_DEADLINE)).isEqualTo(1);
    // due on 29 Feb: still within the deadline at the end of February
    assertThat(t.count(WARD_GROUP, 1, Counter.IN_PROGRESS_WITHIN_DEADLINE)).isEqualTo(1);
    assertThat(t.count(WARD_GROUP, 2, Counter.IN_PROGRESS_OVERDUE)).isEqualTo(1);
    assertThat(t.count(WARD_GROUP, 3, Counter.RESOLVED_LATE)).isEqualTo(1);
    assertThat(t.count(WARD_GROUP, 3, Counter.RESULT_DIGITIZED)).isEqualTo(1);
    assertThat(t.count(UnitTier.of(CITY), 3, Counter.RECEIVED)).isZero();
    assertThat(t.tally(WARD_GROUP, 4)).isEqualTo(Tally.empty());
    assertThat(t.groups()).containsExactly(WARD_GROUP);
    assertThat(t.tally(WARD_GROUP, 0).rate(Indicator.ONLINE_PAYMENT)).isEqualTo(Rate.of(1, 1));
    // January to March: received, and overdue at the end of March
    Tally q1 = t.tally(WARD_GROUP, DateRange.of(day(1, 1), day(3, 31)));
    assertThat(q1.count(Counter.RECEIVED)).isEqualTo(1);
    assertThat(q1.overdue()).isEqualTo(1);
    assertThat(q1.inProgressWithinDeadline()).isZero();
    assertThat(t.tally(WARD_GROUP).late()).isEqualTo(1);
    assertThat(t.tally(WARD_GROUP).inProgress()).isZero();
    assertThat(t.toString()).isEqualTo("Tallies[12 buckets 2024-01-01..2024-12-31, 1 group]");
    assertThatThrownBy(() -> t.tally(WARD_GROUP, DateRange.of(day(1, 2), day(3, 31))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a span of whole buckets");
    assertThatThrownBy(() -> t.tally(WARD_GROUP, 3, 2))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("3..2");
    assertThatThrownBy(() -> t.count(WARD_GROUP, 12, Counter.RECEIVED))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void dossiersBeforeTheBucketsCountOnlyWhileOpen() {
    Dossier before = dossier("HS-2", LocalDate.of(2023, 11, 20), LocalDate.of(2023, 12, 5)).build();
    Buckets spring =
        Buckets.months(
            DateRange.of(day(3, 1), day(5, 31)), io.github.dvckpi.period.PeriodConvention.CALENDAR);
    Tallies<UnitTier> t = Tallies.of(List.of(before), Grouping.byUnitAndTier(), spring);
    for (int m = 0; m < 3; m++) {
      assertThat(t.count(WARD_GROUP, m, Counter.IN_PROGRESS_OVERDUE)).isEqualTo(1);
    }
    assertThat(t.total(1).overdue()).isEqualTo(1);
    assertThat(t.total(DateRange.of(day(3, 1), day(5, 31))).count(Counter.RECEIVED)).isZero();
    assertThat(t.byGroup()).containsOnlyKeys(WARD_GROUP);
  }

  @Test
  void officialMonthsAndYearsToDateAreBuckets() {
    Buckets official = Buckets.months(ReportingPeriod.year(2024).official());
    assertThat(official.size()).isEqualTo(12);
    assertThat(official.get(4)).isEqualTo(DateRange.of(day(4, 15), day(5, 14)));
    assertThat(official.span()).isEqualTo(ReportingPeriod.year(2024).official().range());
    Buckets ytd = Buckets.months(ReportingPeriod.yearToDate(2024, day(11, 14)));
    assertThat(ytd.size()).isEqualTo(11);
    assertThat(ytd.get(10)).isEqualTo(DateRange.of(day(11, 1), day(11, 14)));
    assertThat(ytd.indexOf(day(11, 14))).isEqualTo(10);
    assertThat(ytd.indexOf(day(11, 15))).isEqualTo(-1);
    assertThat(ytd.indicesOf(DateRange.of(day(2, 1), day(11, 14)))).containsExactly(1, 10);
    Dossier d = dossier("A", day(5, 10), day(5, 20)).build();
    Tallies<Grouping.All> t = Tallies.of(List.of(d), Grouping.all(), official);
    assertThat(t.total(4).count(Counter.RECEIVED)).isEqualTo(1);
    assertThat(t.total(4).inProgressWithinDeadline()).isEqualTo(1);
    assertThat(t.total(5).overdue()).isEqualTo(1);
    assertThat(Buckets.of(ReportingPeriod.month(2024, 5)).ranges())
        .containsExactly(DateRange.of(day(5, 1), day(5, 31)));
  }

  @Test
  void bucketsMustBeConsecutive() {
    assertThatThrownBy(() -> Buckets.split(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one range");
    assertThatThrownBy(
            () ->
                Buckets.split(
                    DateRange.of(day(1, 1), day(1, 31)), DateRange.of(day(2, 2), day(2, 29))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start on 2024-02-01");
    Buckets two =
        Buckets.split(DateRange.of(day(1, 1), day(1, 31)), DateRange.of(day(2, 1), day(2, 29)));
    new EqualsTester()
        .addEqualityGroup(
            two,
            Buckets.months(
                DateRange.of(day(1, 1), day(2, 29)),
                io.github.dvckpi.period.PeriodConvention.CALENDAR))
        .addEqualityGroup(Buckets.of(DateRange.of(day(1, 1), day(2, 29))))
        .testEquals();
    assertThat(two).hasToString("[2024-01-01..2024-01-31, 2024-02-01..2024-02-29]");
  }

  @Test
  void totalsAddEveryGroupAndTalliesAreEqualByValue() {
    Dossier a = dossier("A", day(3, 1), day(3, 10)).build();
    Dossier b = dossier("B", day(3, 2), day(3, 10)).agency(CITY).build();
    Tallies<UnitTier> t = Tallies.of(List.of(a, b), Grouping.byUnitAndTier(), Y2024);
    assertThat(t.total(2).count(Counter.RECEIVED)).isEqualTo(2);
    assertThat(t.isEmpty()).isFalse();
    assertThat(Tallies.empty(Y2024).isEmpty()).isTrue();
    new EqualsTester()
        .addEqualityGroup(t, Tallies.of(List.of(b, a), Grouping.byUnitAndTier(), Y2024))
        .addEqualityGroup(Tallies.of(List.of(a), Grouping.byUnitAndTier(), Y2024))
        .addEqualityGroup(Tallies.empty(Y2024))
        .addEqualityGroup(Tallies.empty(Buckets.months(ReportingPeriod.year(2023))))
        .testEquals();
  }

  @Test
  void streamsCollectorsAndTheParallelModeGiveTheSameTallies() {
    Dossier a = dossier("A", day(3, 1), day(3, 10)).build();
    Dossier b = dossier("B", day(4, 2), day(4, 10)).resolved(day(4, 9), Outcome.REFUSED).build();
    Tallies<UnitTier> expected = Tallies.of(List.of(a, b), Grouping.byUnitAndTier(), Y2024);
    assertThat(Tallies.of(List.of(a, b).stream(), Grouping.byUnitAndTier(), Y2024))
        .isEqualTo(expected);
    assertThat(Tallies.ofParallel(List.of(a, b), Grouping.byUnitAndTier(), Y2024))
        .isEqualTo(expected);
    assertThat(List.of(a, b).stream().collect(Tallies.toTallies(Grouping.byUnitAndTier(), Y2024)))
        .isEqualTo(expected);
  }

  @Test
  void anAccumulatorRefusesOtherBucketsAndBadFacts() {
    TallyAccumulator<UnitTier> acc = new TallyAccumulator<>(Grouping.byUnitAndTier(), Y2024);
    Buckets y2025 = Buckets.months(ReportingPeriod.year(2025));
    assertThatThrownBy(() -> acc.merge(new TallyAccumulator<>(Grouping.byUnitAndTier(), y2025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-12-31");
    assertThatThrownBy(() -> acc.add(Tallies.empty(y2025)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Tallies.empty(Y2024).plus(Tallies.empty(y2025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot merge");
    assertThatThrownBy(() -> acc.add(0, day(1, 1), day(1, 2), null, 0))
        .isInstanceOf(IndexOutOfBoundsException.class);
    int g = acc.group(WARD_GROUP);
    assertThat(acc.group(WARD_GROUP)).isEqualTo(g);
    assertThatThrownBy(() -> acc.add(g, day(1, 1), day(1, 2), null, DossierFacts.PAID_ONLINE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[PAID_ONLINE] needs [FEE_CHARGED]");
    assertThatThrownBy(() -> acc.add(g, day(1, 1), day(1, 2), null, DossierFacts.RESULT_ISSUED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in progress has no result document");
    assertThatThrownBy(() -> acc.add(g, 1L, 2L, TallyAccumulator.NOT_RESOLVED, 1 << 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown fact bits");
    assertThat(acc.isEmpty()).isTrue();
    assertThat(acc.buckets()).isEqualTo(Y2024);
    assertThat(acc.grouping()).isSameAs(Grouping.byUnitAndTier());
    assertThat(acc.tally(UnitTier.of(CITY), 3)).isEqualTo(Tally.empty());
    assertThat(DossierFacts.describe(DossierFacts.FILED_ONLINE | DossierFacts.FEE_CHARGED))
        .isEqualTo("[FILED_ONLINE, FEE_CHARGED]");
  }

  @Test
  void subtractingTalliesUndoesAddingThem() {
    Dossier a = dossier("A", day(3, 1), day(5, 10)).build();
    Dossier b = dossier("B", day(6, 1), day(6, 10)).agency(CITY).build();
    Tallies<UnitTier> ta = Tallies.of(List.of(a), Grouping.byUnitAndTier(), Y2024);
    Tallies<UnitTier> both = Tallies.of(List.of(a, b), Grouping.byUnitAndTier(), Y2024);
    Tallies<UnitTier> onlyB = Tallies.of(List.of(b), Grouping.byUnitAndTier(), Y2024);
    assertThat(
            new TallyAccumulator<>(Grouping.byUnitAndTier(), Y2024)
                .add(both)
                .subtract(ta)
                .snapshot())
        .isEqualTo(onlyB);
    assertThat(
            new TallyAccumulator<>(Grouping.byUnitAndTier(), Y2024).add(a).replace(a, b).snapshot())
        .isEqualTo(onlyB);
  }

  @Test
  void agenciesAreGroupedByValueHoweverManyInstancesThereAre() {
    // 20,000 dossiers, each with its own agency object: 40 distinct agencies by value, more
    // instances than the identity table keeps
    List<Dossier> list = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      Agency agency =
          Agency.of(
              "UB" + (i % 40),
              "UBND " + (i % 40),
              i % 2 == 0 ? AdministrativeLevel.COMMUNE : AdministrativeLevel.DISTRICT,
              String.valueOf(28_000 + i % 20));
      list.add(dossier("HS-" + i, day(1 + i % 12, 3), day(1 + i % 12, 20)).agency(agency).build());
    }
    Tallies<UnitTier> t = Tallies.of(list, Grouping.byUnitAndTier(), Y2024);
    assertThat(t.groups()).hasSize(20); // 40 agencies in 20 unit × tier groups
    for (UnitTier group : t.groups()) {
      List<Dossier> own = list.stream().filter(d -> UnitTier.of(d.agency()).equals(group)).toList();
      assertThat(t.tally(group)).isEqualTo(Tally.of(own, Y2024.span()));
    }
    assertThat(Tallies.of(list, Grouping.byAgency(), Y2024).groups()).hasSize(40);
    assertThat(GroupIndex.MAX_CACHED).isLessThan(list.size());
  }

  @Test
  void aGroupingThatCannotPlaceADossierNamesIt() {
    Dossier a = dossier("HS-X", day(3, 1), day(3, 10)).build();
    Grouping<String> refusing =
        Grouping.byAgency(
            agency -> {
              throw new IllegalArgumentException("is " + agency.code() + " of no known unit");
            });
    assertThatThrownBy(() -> Tallies.of(List.of(a), refusing, Y2024))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("HS-X")
        .hasMessageContaining("agency")
        .hasMessageContaining("UB28534 of no known unit");
    Grouping<String> byId =
        Grouping.byDossier(
            d -> {
              throw new IllegalArgumentException("has no group");
            });
    assertThatThrownBy(() -> Tallies.of(List.of(a), byId, Y2024))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("group");
    assertThat(Tallies.of(List.of(a), Grouping.byDossier(d -> null), Y2024).isEmpty()).isTrue();
    assertThat(Grouping.byTier()).hasToString("Grouping[by tier]");
  }

  @Test
  void theConcurrentModeStripesAndRetracts() {
    TallyAccumulator.Concurrent<UnitTier> acc =
        TallyAccumulator.concurrent(Grouping.byUnitAndTier(), Y2024);
    assertThat(acc.stripes()).isGreaterThanOrEqualTo(2);
    assertThat(Integer.bitCount(acc.stripes())).isEqualTo(1);
    assertThat(TallyAccumulator.concurrent(Grouping.all(), Y2024, 1).stripes()).isEqualTo(1);
    assertThat(TallyAccumulator.concurrent(Grouping.all(), Y2024, 3).stripes()).isEqualTo(4);
    assertThat(TallyAccumulator.concurrent(Grouping.all(), Y2024, 4).stripes()).isEqualTo(4);
    assertThatThrownBy(() -> TallyAccumulator.concurrent(Grouping.all(), Y2024, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
    Dossier a = dossier("A", day(3, 1), day(3, 10)).build();
    Dossier b = dossier("B", day(3, 2), day(3, 10)).agency(CITY).build();
    Dossier c = a.toBuilder().resolved(day(3, 5), Outcome.GRANTED).build();
    acc.add(a).add(b).remove(b).replace(a, c);
    assertThat(acc.snapshot()).isEqualTo(Tallies.of(List.of(c), Grouping.byUnitAndTier(), Y2024));
    assertThat(acc.toString())
        .startsWith("TallyAccumulator.Concurrent[Grouping[by unit and tier], ");
  }

  @Test
  void liveEventsFollowADossierThroughItsLife() {
    LiveTally<UnitTier> live = new LiveTally<>(Grouping.byUnitAndTier(), Y2024);
    Dossier d = dossier("HS-9", day(5, 6), day(5, 20)).fee(20_000).build();
    live.applyAll(
        List.of(
            DossierEvent.received(d),
            DossierEvent.resolved("HS-9", day(5, 15), Outcome.GRANTED),
            DossierEvent.resultDigitized("HS-9"),
            DossierEvent.paid("HS-9", true)));
    assertThat(live.size()).isEqualTo(1);
    Tally may = live.tally(WARD_GROUP, 4);
    assertThat(may.rate(Indicator.RESULT_DIGITIZATION)).isEqualTo(Rate.of(1, 1));
    assertThat(may.rate(Indicator.ONLINE_PAYMENT)).isEqualTo(Rate.of(1, 1));
    assertThat(may.early()).isEqualTo(1);
    assertThat(live.toString()).isEqualTo("LiveTally[Grouping[by unit and tier], 1 dossiers]");
    int n = live.numberOf("HS-9");
    live.paid(n, false);
    assertThat(live.tally(WARD_GROUP, 4).rate(Indicator.ONLINE_PAYMENT)).isEqualTo(Rate.of(0, 1));
    live.apply(DossierEvent.corrected(d.toBuilder().agency(CITY).build()));
    assertThat(live.snapshot().groups()).containsExactly(UnitTier.of(CITY));
    live.apply(DossierEvent.deleted("HS-9"));
    assertThat(live.snapshot()).isEqualTo(Tallies.empty(Y2024));
    assertThat(live.numberOf("HS-9")).isEqualTo(-1);
    // numbers are reused after a deletion
    assertThat(live.received(d)).isEqualTo(n);
    assertThatThrownBy(() -> live.resolved(n + 1, day(5, 7), Outcome.GRANTED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no live dossier has the number " + (n + 1));
    assertThatThrownBy(() -> live.corrected(n, d.toBuilder().id("HS-10").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is HS-9, not HS-10");
  }

  @Test
  void eventsThatCannotApplyNameTheDossier() {
    LiveTally<UnitTier> live = new LiveTally<>(Grouping.byUnitAndTier(), Y2024);
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
    Tallies<UnitTier> before = live.snapshot();
    assertThatThrownBy(() -> live.apply(DossierEvent.paid("HS-7", true)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("paidOnline");
    assertThatThrownBy(() -> live.apply(DossierEvent.resultDigitized("HS-7")))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("resultDigitized");
    assertThatThrownBy(() -> live.apply(DossierEvent.resolved("HS-7", day(5, 1), Outcome.GRANTED)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("2024-05-01 is before receivedOn 2024-05-06");
    live.apply(DossierEvent.resolved("HS-7", day(5, 8), Outcome.GRANTED));
    live.apply(DossierEvent.resultDigitized("HS-7"));
    assertThatThrownBy(() -> live.apply(DossierEvent.resolved("HS-7", day(5, 9), Outcome.REFUSED)))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("no result document was issued");
    assertThat(live.snapshot()).isNotEqualTo(before);
    assertThat(DossierEvent.received(d).dossierId()).isEqualTo("HS-7");
  }

  @Test
  void keyCodecsReadWhatTheyWrite() {
    assertThat(KeyCodec.unitTiers().write(WARD_GROUP)).isEqualTo("COMMUNE/28534");
    assertThat(KeyCodec.unitTiers().read("COMMUNE/28534")).isEqualTo(WARD_GROUP);
    assertThatThrownBy(() -> KeyCodec.unitTiers().read("28534"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("<tier>/<unit code>");
    assertThat(KeyCodec.tiers().read(KeyCodec.tiers().write(AdministrativeLevel.PROVINCE)))
        .isEqualTo(AdministrativeLevel.PROVINCE);
    assertThat(KeyCodec.strings().read("436")).isEqualTo("436");
    assertThat(KeyCodec.all().read("ALL")).isEqualTo(Grouping.All.ALL);
    assertThat(KeyCodec.tiers()).hasToString("KeyCodec[tier]");
  }
}
