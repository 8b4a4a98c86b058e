package io.github.dvckpi.indicator;

import static io.github.dvckpi.indicator.CoreGen.ALL;
import static io.github.dvckpi.indicator.CoreGen.buckets;
import static io.github.dvckpi.indicator.CoreGen.uniqueDossiers;
import static io.github.dvckpi.testing.DomainGen.dossierLists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.testing.DomainGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The laws of the counting core: spans, groupings, the modes of the accumulator (parallel,
 * concurrent, live), merging and the binary form.
 */
class TalliesPropertiesTest {

  private static List<Dossier> ofGroup(List<Dossier> list, UnitTier group) {
    return list.stream().filter(d -> UnitTier.of(d.agency()).equals(group)).toList();
  }

  @Test
  void spanTallyEqualsTheDirectTallyOverTheSpansDaysForEveryIndicator() {
    qt().forAll(dossierLists(60), buckets(), integers().between(0, 40), integers().between(0, 40))
        .checkAssert(
            (list, buckets, a, b) -> {
              int first = Math.min(a, b) % buckets.size();
              int last = Math.max(first, Math.max(a, b) % buckets.size());
              DateRange span = DateRange.of(buckets.get(first).first(), buckets.get(last).last());
              Tallies<UnitTier> t = Tallies.of(list, Grouping.byUnitAndTier(), buckets);
              for (Indicator indicator : Indicator.values()) {
                assertThat(t.total(first, last).rate(indicator))
                    .as("%s over %s", indicator, span)
                    .isEqualTo(IndicatorOracle.rate(indicator, list, span));
                for (UnitTier group : t.groups()) {
                  assertThat(t.tally(group, span).rate(indicator))
                      .as("%s of %s over %s", indicator, group, span)
                      .isEqualTo(IndicatorOracle.rate(indicator, ofGroup(list, group), span));
                }
              }
            });
  }

  @Test
  void everyCellEqualsTheTallyOfItsGroupOverItsBucket() {
    qt().forAll(dossierLists(60), buckets())
        .checkAssert(
            (list, buckets) -> {
              Tallies<UnitTier> t = Tallies.of(list, Grouping.byUnitAndTier(), buckets);
              for (UnitTier group : t.groups()) {
                for (int b = 0; b < buckets.size(); b++) {
                  assertThat(t.tally(group, b))
                      .isEqualTo(Tally.of(ofGroup(list, group), buckets.get(b)));
                }
              }
              assertThat(t.groups()).allMatch(g -> !t.tally(g).isEmpty() || hasCell(t, g));
            });
  }

  private static boolean hasCell(Tallies<UnitTier> t, UnitTier g) {
    for (int b = 0; b < t.buckets().size(); b++) {
      if (!t.tally(g, b).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  @Test
  void anyGroupingsTotalsEqualTheGroupingFreeTotal() {
    List<Grouping<?>> groupings =
        List.of(
            Grouping.byTier(),
            Grouping.byAgency(),
            Grouping.byUnit(),
            Grouping.byUnitAndTier(),
            Grouping.byAgency(Agency::code),
            Grouping.byDossier(Dossier::channel));
    qt().forAll(dossierLists(60), buckets())
        .checkAssert(
            (list, buckets) -> {
              Tallies<Grouping.All> all = Tallies.of(list, Grouping.all(), buckets);
              for (Grouping<?> g : groupings) {
                Tallies<?> t = Tallies.of(list, g, buckets);
                for (int b = 0; b < buckets.size(); b++) {
                  assertThat(t.total(b)).as("%s in bucket %s", g, b).isEqualTo(all.total(b));
                }
                assertThat(t.total()).isEqualTo(all.total());
              }
            });
  }

  @Test
  void regroupingEqualsCountingWithTheCoarserGrouping() {
    qt().forAll(dossierLists(60), buckets())
        .check(
            (list, buckets) ->
                Tallies.of(list, Grouping.byUnitAndTier(), buckets)
                        .regroup(UnitTier::tier)
                        .equals(Tallies.of(list, Grouping.byTier(), buckets))
                    && Tallies.of(list, Grouping.byAgency(), buckets)
                        .regroup(
                            a -> a.tier() == AdministrativeLevel.PROVINCE ? null : a.unitCode())
                        .equals(
                            Tallies.of(
                                list,
                                Grouping.byAgency(
                                    a ->
                                        a.tier() == AdministrativeLevel.PROVINCE
                                            ? null
                                            : a.unitCode()),
                                buckets)));
  }

  @Test
  void parallelEqualsSequentialEqualsConcurrentEqualsLiveReplay() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      qt().withExamples(60)
          .forAll(uniqueDossiers(400), buckets(), integers().between(1, 8))
          .check(
              (list, buckets, stripes) -> {
                Tallies<UnitTier> sequential = Tallies.of(list, Grouping.byUnitAndTier(), buckets);
                TallyAccumulator.Concurrent<UnitTier> concurrent =
                    TallyAccumulator.concurrent(Grouping.byUnitAndTier(), buckets, stripes);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 3; t++) {
                  int thread = t;
                  done.add(
                      pool.submit(
                          () -> {
                            start.await();
                            for (int i = thread; i < list.size(); i += 3) {
                              concurrent.add(list.get(i));
                            }
                            return null;
                          }));
                }
                start.countDown();
                try {
                  for (Future<?> f : done) {
                    f.get();
                  }
                } catch (Exception e) {
                  throw new AssertionError(e);
                }
                LiveTally<UnitTier> live = new LiveTally<>(Grouping.byUnitAndTier(), buckets);
                list.forEach(d -> live.apply(DossierEvent.received(d)));
                return Tallies.ofParallel(list, Grouping.byUnitAndTier(), buckets)
                        .equals(sequential)
                    && Tallies.ofParallel(new LinkedList<>(list), Grouping.byUnitAndTier(), buckets)
                        .equals(sequential)
                    && Tallies.of(list.parallelStream(), Grouping.byUnitAndTier(), buckets)
                        .equals(sequential)
                    && concurrent.snapshot().equals(sequential)
                    && live.snapshot().equals(sequential);
              });
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theParallelModeSplitsLargeInputsAndMergesExactly() {
    List<Dossier> many = new ArrayList<>();
    io.github.dvckpi.sample.DossierGenerator.of(7, 5L * Parallel.MIN_PART).forEach(many::add);
    Buckets year = Buckets.months(io.github.dvckpi.period.ReportingPeriod.year(2024));
    Tallies<UnitTier> sequential = Tallies.of(many, Grouping.byUnitAndTier(), year);
    assertThat(Tallies.ofParallel(many, Grouping.byUnitAndTier(), year)).isEqualTo(sequential);
    assertThat(Tallies.ofParallel(new LinkedList<>(many), Grouping.byUnitAndTier(), year))
        .isEqualTo(sequential);
  }

  @Test
  void tallyOfAListEqualsTheMergeOfTalliesOfAnySplit() {
    qt().forAll(dossierLists(80), integers().between(0, 80))
        .check(
            (list, cut) -> {
              int at = Math.min(cut, list.size());
              Tallies<UnitTier> left =
                  Tallies.of(list.subList(0, at), Grouping.byUnitAndTier(), ALL);
              Tallies<UnitTier> right =
                  Tallies.of(list.subList(at, list.size()), Grouping.byUnitAndTier(), ALL);
              Tallies<UnitTier> whole = Tallies.of(list, Grouping.byUnitAndTier(), ALL);
              return left.plus(right).equals(whole)
                  && right.plus(left).equals(whole)
                  && left.plus(right).hashCode() == whole.hashCode()
                  && new TallyAccumulator<>(Grouping.byUnitAndTier(), ALL)
                      .add(left)
                      .add(right)
                      .snapshot()
                      .equals(whole);
            });
  }

  @Test
  void mergeIsAssociativeAndEmptyIsItsIdentity() {
    qt().forAll(dossierLists(30), dossierLists(30), dossierLists(30))
        .check(
            (a, b, c) -> {
              Tallies<AdministrativeLevel> x = Tallies.of(a, Grouping.byTier(), ALL);
              Tallies<AdministrativeLevel> y = Tallies.of(b, Grouping.byTier(), ALL);
              Tallies<AdministrativeLevel> z = Tallies.of(c, Grouping.byTier(), ALL);
              Tallies<AdministrativeLevel> empty = Tallies.empty(ALL);
              return x.plus(y).plus(z).equals(x.plus(y.plus(z)))
                  && x.plus(empty).equals(x)
                  && empty.plus(x).equals(x);
            });
  }

  @Test
  void encodeThenDecodeThenMergeEqualsMerge() {
    qt().forAll(dossierLists(60), dossierLists(60), buckets())
        .check(
            (a, b, buckets) -> {
              Tallies<UnitTier> left = Tallies.of(a, Grouping.byUnitAndTier(), buckets);
              Tallies<UnitTier> right = Tallies.of(b, Grouping.byUnitAndTier(), buckets);
              KeyCodec<UnitTier> keys = KeyCodec.unitTiers();
              Tallies<UnitTier> shippedLeft = Tallies.decode(left.encode(keys), keys);
              Tallies<UnitTier> shippedRight = Tallies.decode(right.encode(keys), keys);
              return shippedLeft.equals(left)
                  && shippedLeft.plus(shippedRight).equals(left.plus(right))
                  && java.util.Arrays.equals(
                      left.plus(right).encode(keys), right.plus(left).encode(keys));
            });
  }

  @Test
  void countingTheFactsOfADossierEqualsCountingTheDossier() {
    qt().forAll(dossierLists(60), buckets())
        .check(
            (list, buckets) -> {
              TallyAccumulator<UnitTier> byDates =
                  new TallyAccumulator<>(Grouping.byUnitAndTier(), buckets);
              TallyAccumulator<UnitTier> byEpochDays =
                  new TallyAccumulator<>(Grouping.byUnitAndTier(), buckets);
              for (Dossier d : list) {
                UnitTier key = UnitTier.of(d.agency());
                LocalDate resolved = d.resolvedOnOrNull();
                byDates.add(
                    byDates.group(key), d.receivedOn(), d.dueOn(), resolved, DossierFacts.of(d));
                byEpochDays.add(
                    byEpochDays.group(key),
                    d.receivedOn().toEpochDay(),
                    d.dueOn().toEpochDay(),
                    resolved == null ? TallyAccumulator.NOT_RESOLVED : resolved.toEpochDay(),
                    DossierFacts.of(d));
              }
              Tallies<UnitTier> expected = Tallies.of(list, Grouping.byUnitAndTier(), buckets);
              return byDates.snapshot().equals(expected) && byEpochDays.snapshot().equals(expected);
            });
  }

  @Test
  void retractingWhatWasAddedRestoresTheIdentity() {
    qt().withExamples(200)
        .forAll(dossierLists(60), dossierLists(60), longs().all())
        .check(
            (kept, retracted, seed) -> {
              TallyAccumulator<UnitTier> acc =
                  new TallyAccumulator<>(Grouping.byUnitAndTier(), ALL);
              List<Dossier> all = new ArrayList<>(kept);
              all.addAll(retracted);
              Collections.shuffle(all, new Random(seed));
              acc.addAll(all);
              List<Dossier> out = new ArrayList<>(retracted);
              Collections.shuffle(out, new Random(~seed));
              out.forEach(acc::remove);
              boolean restored =
                  acc.snapshot().equals(Tallies.of(kept, Grouping.byUnitAndTier(), ALL));
              kept.forEach(acc::remove);
              return restored && acc.isEmpty() && acc.snapshot().equals(Tallies.empty(ALL));
            });
  }

  @Test
  void liveCellReadsEqualTheSnapshot() {
    qt().forAll(dossierLists(60), buckets())
        .checkAssert(
            (list, buckets) -> {
              TallyAccumulator<UnitTier> acc =
                  new TallyAccumulator<>(Grouping.byUnitAndTier(), buckets).addAll(list);
              Tallies<UnitTier> snapshot = acc.snapshot();
              for (UnitTier group : snapshot.groups()) {
                for (int b = 0; b < buckets.size(); b++) {
                  assertThat(acc.tally(group, b)).isEqualTo(snapshot.tally(group, b));
                }
              }
            });
  }

  @Test
  void anySequenceOfEventsEqualsTheBatchTallyOfTheFinalDossiers() {
    qt().withExamples(300)
        .forAll(uniqueDossiers(40), DomainGen.dossierLists(20), longs().all())
        .checkAssert(
            (pool, replacements, seed) -> {
              Random random = new Random(seed);
              LiveTally<UnitTier> live = new LiveTally<>(Grouping.byUnitAndTier(), ALL);
              Map<String, Dossier> model = new HashMap<>();
              for (int step = 0; step < 3 * pool.size(); step++) {
                Dossier target = pool.get(random.nextInt(pool.size()));
                DossierEvent event = event(random, target, replacements);
                Dossier next;
                boolean deleted = event instanceof DossierEvent.Deleted;
                try {
                  next = applyToModel(event, model.get(target.id()));
                } catch (InvalidRecordException e) {
                  Tallies<UnitTier> before = live.snapshot();
                  assertThatThrownBy(() -> live.apply(event))
                      .isInstanceOf(InvalidRecordException.class)
                      .hasMessageContaining(target.id());
                  assertThat(live.snapshot()).isEqualTo(before);
                  continue;
                }
                live.apply(event);
                if (deleted) {
                  model.remove(target.id());
                } else {
                  model.put(target.id(), next);
                }
              }
              assertThat(live.size()).isEqualTo(model.size());
              assertThat(live.snapshot())
                  .isEqualTo(Tallies.of(model.values(), Grouping.byUnitAndTier(), ALL));
            });
  }

  /** The oracle of an event: what it does to a dossier, by the rules of {@link Dossier}. */
  private static Dossier applyToModel(DossierEvent event, Dossier current) {
    if (event instanceof DossierEvent.Received r) {
      if (current != null) {
        throw new InvalidRecordException("Dossier", r.dossierId(), "id", "received twice");
      }
      return r.dossier();
    }
    if (current == null) {
      throw new InvalidRecordException("Dossier", event.dossierId(), "id", "is not known");
    }
    if (event instanceof DossierEvent.Resolved r) {
      return current.toBuilder().resolved(r.resolvedOn(), r.outcome()).build();
    } else if (event instanceof DossierEvent.ResultDigitized) {
      return current.toBuilder().resultDigitized(true).build();
    } else if (event instanceof DossierEvent.Paid p) {
      return current.toBuilder().paidOnline(p.online()).build();
    } else if (event instanceof DossierEvent.Corrected c) {
      return c.dossier();
    }
    return current;
  }

  private static DossierEvent event(Random random, Dossier target, List<Dossier> replacements) {
    String id = target.id();
    switch (random.nextInt(7)) {
      case 0:
      case 1:
        return DossierEvent.received(target);
      case 2:
        return DossierEvent.resolved(
            id,
            target.receivedOn().plusDays(random.nextInt(60) - 5),
            Outcome.values()[random.nextInt(Outcome.values().length)]);
      case 3:
        return DossierEvent.resultDigitized(id);
      case 4:
        return DossierEvent.paid(id, random.nextBoolean());
      case 5:
        if (replacements.isEmpty()) {
          return DossierEvent.deleted(id);
        }
        Dossier other = replacements.get(random.nextInt(replacements.size()));
        return DossierEvent.corrected(other.toBuilder().id(id).build());
      default:
        return DossierEvent.deleted(id);
    }
  }

  @Test
  void aGroupingThatLeavesDossiersOutCountsOnlyTheOthers() {
    Function<Agency, String> communesOnly =
        a -> a.tier() == AdministrativeLevel.COMMUNE ? a.unitCode() : null;
    qt().forAll(dossierLists(60), buckets())
        .check(
            (list, buckets) ->
                Tallies.of(list, Grouping.byAgency(communesOnly), buckets)
                    .total()
                    .equals(
                        Tallies.of(
                                list.stream()
                                    .filter(d -> d.tier() == AdministrativeLevel.COMMUNE)
                                    .toList(),
                                Grouping.all(),
                                buckets)
                            .total()));
  }
}
