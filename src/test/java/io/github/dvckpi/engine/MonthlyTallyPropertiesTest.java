package io.github.dvckpi.engine;

import static io.github.dvckpi.engine.EngineGen.ALL;
import static io.github.dvckpi.engine.EngineGen.monthRanges;
import static io.github.dvckpi.engine.EngineGen.uniqueDossiers;
import static io.github.dvckpi.testing.DomainGen.dossierLists;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.collect.ImmutableMap;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.Outcome;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.indicator.TallyCalculator;
import io.github.dvckpi.testing.DomainGen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The laws of the engine: agreement with the calculator, parallel, concurrent, live, serialised.
 */
class MonthlyTallyPropertiesTest {

  @Test
  void everyCellEqualsTheTallyOfItsGroupOverItsMonth() {
    qt().forAll(dossierLists(60), monthRanges())
        .checkAssert(
            (list, months) -> {
              MonthlyTallies tallies = MonthlyTallyCalculator.tally(list, months);
              int cells = 0;
              for (int m = 0; m < months.size(); m++) {
                ImmutableMap<UnitTier, Tally> expected =
                    TallyCalculator.tallyBy(list, months.period(m), d -> UnitTier.of(d.agency()));
                for (Map.Entry<UnitTier, Tally> e : expected.entrySet()) {
                  assertThat(tallies.tally(e.getKey(), months.month(m)))
                      .as("%s in %s", e.getKey(), months.month(m))
                      .isEqualTo(e.getValue());
                  cells += e.getValue().isEmpty() ? 0 : 1;
                }
              }
              assertThat(tallies.cellCount()).isEqualTo(cells);
            });
  }

  @Test
  void parallelEqualsSequential() {
    qt().forAll(dossierLists(300), monthRanges())
        .check(
            (list, months) ->
                MonthlyTallyCalculator.tallyParallel(list, months)
                    .equals(MonthlyTallyCalculator.tally(list, months)));
  }

  @Test
  void tallyOfAListEqualsTheMergeOfTalliesOfAnySplit() {
    qt().forAll(dossierLists(80), integers().between(0, 80))
        .check(
            (list, cut) -> {
              int at = Math.min(cut, list.size());
              MonthlyTallies left = MonthlyTallyCalculator.tally(list.subList(0, at), ALL);
              MonthlyTallies right =
                  MonthlyTallyCalculator.tally(list.subList(at, list.size()), ALL);
              MonthlyTallies whole = MonthlyTallyCalculator.tally(list, ALL);
              return left.plus(right).equals(whole)
                  && right.plus(left).equals(whole)
                  && new MonthlyTallyAccumulator(ALL).add(left).add(right).snapshot().equals(whole);
            });
  }

  @Test
  void emptyTalliesAreTheIdentityOfMerge() {
    qt().forAll(dossierLists(40))
        .check(
            list -> {
              MonthlyTallies t = MonthlyTallyCalculator.tally(list, ALL);
              return t.plus(MonthlyTallies.empty(ALL)).equals(t)
                  && MonthlyTallies.empty(ALL).plus(t).equals(t);
            });
  }

  @Test
  void concurrentAccumulationEqualsTheSequentialTally() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      qt().withExamples(60)
          .forAll(dossierLists(400), integers().between(1, 8))
          .check(
              (list, stripes) -> {
                ConcurrentMonthlyAccumulator acc = new ConcurrentMonthlyAccumulator(ALL, stripes);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                  int thread = t;
                  done.add(
                      pool.submit(
                          () -> {
                            start.await();
                            for (int i = thread; i < list.size(); i += 4) {
                              acc.add(list.get(i));
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
                return acc.snapshot().equals(MonthlyTallyCalculator.tally(list, ALL));
              });
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void retractingWhatWasAddedRestoresTheIdentity() {
    qt().withExamples(300)
        .forAll(dossierLists(60), dossierLists(60), longs().all())
        .check(
            (kept, retracted, seed) -> {
              MonthlyTallyAccumulator acc = new MonthlyTallyAccumulator(ALL);
              List<Dossier> all = new ArrayList<>(kept);
              all.addAll(retracted);
              Collections.shuffle(all, new Random(seed));
              acc.addAll(all);
              List<Dossier> out = new ArrayList<>(retracted);
              Collections.shuffle(out, new Random(~seed));
              out.forEach(acc::remove);
              boolean restored = acc.snapshot().equals(MonthlyTallyCalculator.tally(kept, ALL));
              kept.forEach(acc::remove);
              return restored && acc.isEmpty() && acc.snapshot().equals(MonthlyTallies.empty(ALL));
            });
  }

  @Test
  void anySequenceOfEventsEqualsTheBatchTallyOfTheFinalDossiers() {
    qt().withExamples(300)
        .forAll(uniqueDossiers(40), DomainGen.dossierLists(20), longs().all())
        .checkAssert(
            (pool, replacements, seed) -> {
              Random random = new Random(seed);
              LiveMonthlyTally live = new LiveMonthlyTally(ALL);
              Map<String, Dossier> model = new HashMap<>();
              for (int step = 0; step < 3 * pool.size(); step++) {
                Dossier target = pool.get(random.nextInt(pool.size()));
                DossierEvent event = event(random, target, replacements);
                Dossier next;
                try {
                  next = event.applyTo(model.get(target.id()));
                } catch (InvalidRecordException e) {
                  MonthlyTallies before = live.snapshot();
                  assertThatThrownBy(() -> live.apply(event))
                      .isInstanceOf(InvalidRecordException.class);
                  assertThat(live.snapshot()).isEqualTo(before);
                  continue;
                }
                live.apply(event);
                if (next == null) {
                  model.remove(target.id());
                } else {
                  model.put(target.id(), next);
                }
              }
              assertThat(live.size()).isEqualTo(model.size());
              assertThat(live.snapshot())
                  .isEqualTo(MonthlyTallyCalculator.tally(model.values(), ALL));
            });
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
            target.receivedOn().plusDays(random.nextInt(60)),
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
  void serialiseThenDeserialiseThenMergeEqualsDirectMerge() {
    qt().forAll(dossierLists(60), dossierLists(60), monthRanges())
        .check(
            (a, b, months) -> {
              MonthlyTallies left = MonthlyTallyCalculator.tally(a, months);
              MonthlyTallies right = MonthlyTallyCalculator.tally(b, months);
              MonthlyTallies shippedLeft =
                  MonthlyTalliesCodec.decode(MonthlyTalliesCodec.encode(left));
              MonthlyTallies shippedRight =
                  MonthlyTalliesCodec.decode(MonthlyTalliesCodec.encode(right));
              return shippedLeft.equals(left)
                  && shippedLeft.plus(shippedRight).equals(left.plus(right));
            });
  }

  @Test
  void cellsRebuildTheSameTallies() {
    qt().forAll(dossierLists(60), monthRanges())
        .check(
            (list, months) -> {
              MonthlyTallies t = MonthlyTallyCalculator.tally(list, months);
              return MonthlyTallies.of(months, t.cells()).equals(t)
                  && t.cells().size() == t.cellCount();
            });
  }

  @Test
  void liveCellReadsEqualTheSnapshot() {
    qt().forAll(dossierLists(60), monthRanges())
        .checkAssert(
            (list, months) -> {
              MonthlyTallyAccumulator acc = new MonthlyTallyAccumulator(months).addAll(list);
              MonthlyTallies snapshot = acc.snapshot();
              for (UnitTierMonth cell : snapshot.cells().keySet()) {
                assertThat(acc.tally(cell.group(), cell.month()))
                    .isEqualTo(snapshot.tally(cell.group(), cell.month()));
              }
            });
  }
}
