package io.github.dvckpi.indicator;

import static io.github.dvckpi.testing.DomainGen.dossierLists;
import static io.github.dvckpi.testing.DomainGen.dossiers;
import static io.github.dvckpi.testing.DomainGen.periods;
import static io.github.dvckpi.testing.DomainGen.tallies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableMap;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Rate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The laws of tallies and of every indicator formula, checked on generated dossiers. */
class TallyPropertiesTest {

  @Test
  void mergeIsAssociative() {
    qt().forAll(tallies(), tallies(), tallies())
        .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
  }

  @Test
  void mergeIsCommutative() {
    qt().forAll(tallies(), tallies()).check((a, b) -> a.plus(b).equals(b.plus(a)));
  }

  @Test
  void emptyTallyIsTheIdentityOfMerge() {
    qt().forAll(tallies())
        .check(t -> t.plus(Tally.empty()).equals(t) && Tally.empty().plus(t).equals(t));
  }

  @Test
  void subtractingAPartUndoesMerging() {
    qt().forAll(tallies(), tallies()).check((a, b) -> a.plus(b).minus(b).equals(a));
  }

  @Test
  void tallyOfAListEqualsTheMergeOfTalliesOfAnySplitInAnyOrder() {
    qt().forAll(dossierLists(80), periods(), integers().between(0, 80), longs().all())
        .check(
            (list, period, cut, seed) -> {
              int at = Math.min(cut, list.size());
              Tally left = Tally.of(list.subList(0, at), period);
              Tally right = Tally.of(list.subList(at, list.size()), period);
              List<Tally> parts = new ArrayList<>(List.of(left, right, Tally.empty()));
              Collections.shuffle(parts, new Random(seed));
              return Tally.sum(parts).equals(Tally.of(list, period));
            });
  }

  @Test
  void tallyIsIndependentOfDossierOrder() {
    qt().forAll(dossierLists(80), periods(), longs().all())
        .check(
            (list, period, seed) -> {
              List<Dossier> shuffled = new ArrayList<>(list);
              Collections.shuffle(shuffled, new Random(seed));
              return Tally.of(shuffled, period).equals(Tally.of(list, period));
            });
  }

  @Test
  void everyIndicatorAgreesWithTheNaiveOracle() {
    qt().forAll(dossierLists(80), periods())
        .checkAssert(
            (list, period) -> {
              Tally tally = Tally.of(list, period);
              for (Indicator indicator : Indicator.values()) {
                assertThat(tally.rate(indicator))
                    .as(indicator.key())
                    .isEqualTo(IndicatorOracle.rate(indicator, list, period));
              }
            });
  }

  @Test
  void emptyInputLeavesEveryIndicatorUndefined() {
    qt().forAll(periods())
        .checkAssert(
            period -> {
              Tally tally = Tally.of(List.of(), period);
              assertThat(tally.isEmpty()).isTrue();
              for (Indicator indicator : Indicator.values()) {
                assertThat(tally.rate(indicator).isUndefined()).as(indicator.key()).isTrue();
              }
            });
  }

  @Test
  void everyIndicatorRateLiesBetweenZeroAndOne() {
    qt().forAll(tallies())
        .checkAssert(
            t -> {
              for (Indicator indicator : Indicator.values()) {
                Rate r = t.rate(indicator);
                assertThat(r.numerator()).isBetween(0L, r.denominator());
              }
            });
  }

  @Test
  void filingOnlineNeverLowersAnOnlineRate() {
    qt().forAll(dossierLists(40), dossiers(), periods())
        .check(
            (list, dossier, period) -> {
              List<Dossier> counter = new ArrayList<>(list);
              counter.add(dossier.toBuilder().channel(Channel.COUNTER).build());
              List<Dossier> online = new ArrayList<>(list);
              online.add(dossier.toBuilder().channel(Channel.ONLINE).build());
              Tally before = Tally.of(counter, period);
              Tally after = Tally.of(online, period);
              return after
                          .rate(Indicator.ONLINE_SUBMISSION_ALL)
                          .compareTo(before.rate(Indicator.ONLINE_SUBMISSION_ALL))
                      >= 0
                  && after
                          .rate(Indicator.ONLINE_SUBMISSION_ELIGIBLE)
                          .compareTo(before.rate(Indicator.ONLINE_SUBMISSION_ELIGIBLE))
                      >= 0
                  && after.rate(Indicator.FULL_ONLINE).compareTo(before.rate(Indicator.FULL_ONLINE))
                      >= 0;
            });
  }

  @Test
  void aggregateOfGroupsLiesBetweenTheGroupsMinimumAndMaximum() {
    qt().forAll(dossierLists(80), periods())
        .checkAssert(
            (list, period) -> {
              ImmutableMap<AdministrativeLevel, Tally> byTier =
                  Tallies.of(list, Grouping.byTier(), Buckets.of(period)).byGroup();
              Tally total = Tally.sum(byTier.values());
              for (Indicator indicator : Indicator.values()) {
                List<Rate> parts = new ArrayList<>();
                byTier.values().stream()
                    .map(t -> t.rate(indicator))
                    .filter(r -> !r.isUndefined())
                    .forEach(parts::add);
                Rate all = total.rate(indicator);
                if (parts.isEmpty()) {
                  assertThat(all.isUndefined()).isTrue();
                } else {
                  assertThat(all.compareTo(Collections.min(parts))).isGreaterThanOrEqualTo(0);
                  assertThat(all.compareTo(Collections.max(parts))).isLessThanOrEqualTo(0);
                }
              }
            });
  }

  @Test
  void groupedTalliesSumToTheTotal() {
    qt().forAll(dossierLists(80), periods())
        .check(
            (list, period) -> {
              Tally total = Tally.of(list, period);
              return Tally.sum(
                          Tallies.of(list, Grouping.byTier(), Buckets.of(period))
                              .byGroup()
                              .values())
                      .equals(total)
                  && Tally.sum(
                          Tallies.of(list, Grouping.byAgency(), Buckets.of(period))
                              .byGroup()
                              .values())
                      .equals(total)
                  && Tally.sum(
                          Tallies.of(list, Grouping.byUnit(), Buckets.of(period))
                              .byGroup()
                              .values())
                      .equals(total);
            });
  }

  @Test
  void streamsSequentialOrParallelAgreeWithIterables() {
    qt().forAll(dossierLists(80), periods())
        .check(
            (list, period) ->
                Tallies.of(list.stream(), Grouping.all(), Buckets.of(period))
                        .total()
                        .equals(Tally.of(list, period))
                    && Tallies.of(list.parallelStream(), Grouping.all(), Buckets.of(period))
                        .total()
                        .equals(Tally.of(list, period))
                    && Tallies.of(list.parallelStream(), Grouping.byTier(), Buckets.of(period))
                        .byGroup()
                        .equals(Tallies.of(list, Grouping.byTier(), Buckets.of(period)).byGroup()));
  }

  @Test
  void removingWhatWasAddedRestoresTheIdentity() {
    qt().forAll(dossierLists(40), periods())
        .check(
            (list, period) -> {
              TallyAccumulator<AdministrativeLevel> acc =
                  new TallyAccumulator<>(Grouping.byTier(), Buckets.of(period));
              list.forEach(acc::add);
              list.forEach(acc::remove);
              return acc.isEmpty() && acc.snapshot().isEmpty();
            });
  }

  @Test
  void timelinessPartitionsSumToTheirWholes() {
    qt().forAll(dossierLists(80), periods())
        .check(
            (list, period) -> {
              Tally t = Tally.of(list, period);
              long resolvedInPeriod =
                  list.stream()
                      .filter(d -> d.resolvedOn().map(period::contains).orElse(false))
                      .count();
              return t.early() + t.onTime() + t.late() == t.resolved()
                  && t.resolved() == resolvedInPeriod
                  && t.inProgressWithinDeadline() + t.overdue() == t.inProgress()
                  && t.denominator(Indicator.ON_TIME_INDEX_2_1) == t.resolved() + t.inProgress()
                  && t.denominator(Indicator.ON_TIME_RESOLVED) == t.resolved();
            });
  }

  @Test
  void dossiersOutsideThePeriodChangeNothing() {
    qt().forAll(dossierLists(40), dossiers())
        .check(
            (list, extra) -> {
              DateRange before =
                  DateRange.of(extra.receivedOn().minusDays(30), extra.receivedOn().minusDays(1));
              List<Dossier> with = new ArrayList<>(list);
              with.add(extra);
              return Tally.of(with, before).equals(Tally.of(list, before));
            });
  }
}
