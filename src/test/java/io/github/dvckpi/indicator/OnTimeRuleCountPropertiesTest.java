package io.github.dvckpi.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.DossierHistory;
import io.github.dvckpi.domain.OnTimeRule;
import io.github.dvckpi.domain.Timeliness;
import io.github.dvckpi.domain.WorkingCalendar;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.testing.DomainGen;
import io.github.dvckpi.testing.LifeGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The counting core under an on-time rule: what the rule says of each dossier, summed. */
class OnTimeRuleCountPropertiesTest {

  private static final WorkingCalendar VN = WorkingCalendar.vietnam();
  private static final Buckets MONTHS = Buckets.months(ReportingPeriod.year(2024));

  /** Dossiers with a history (lives with up to two requests) and dossiers known by dates only. */
  private static Gen<List<Dossier>> mixed() {
    Gen<List<LifeGen.Life>> lives = lists().of(LifeGen.lives(2)).ofSizeBetween(0, 20);
    Gen<List<Dossier>> plain = lists().of(DomainGen.dossiers()).ofSizeBetween(0, 10);
    return lives.zip(
        plain,
        (ls, ps) -> {
          List<Dossier> out = new ArrayList<>(ps);
          for (int i = 0; i < ls.size(); i++) {
            out.add(LifeGen.dossier(ls.get(i), "HS-L" + i, i));
          }
          return out;
        });
  }

  private static Gen<OnTimeRule> rules() {
    return integers().between(0, OnTimeRule.values().length - 1).map(i -> OnTimeRule.values()[i]);
  }

  private static DossierHistory lifeOf(Dossier d) {
    return d.history().orElseGet(() -> DossierHistory.of(d));
  }

  /** The oracle: the rule's classes of every dossier in a bucket, one dossier at a time. */
  private static Map<Timeliness, Long> expected(OnTimeRule rule, List<Dossier> ds, DateRange b) {
    Map<Timeliness, Long> out = new EnumMap<>(Timeliness.class);
    for (Timeliness t : Timeliness.values()) {
      out.put(t, 0L);
    }
    for (Dossier d : ds) {
      LocalDate resolved = d.resolvedOnOrNull();
      if (resolved != null && b.contains(resolved)) {
        out.merge(rule.classify(lifeOf(d), VN, resolved).orElseThrow(), 1L, Long::sum);
      }
      boolean open = resolved == null || resolved.isAfter(b.last());
      if (open && !d.receivedOn().isAfter(b.last())) {
        out.merge(rule.classify(lifeOf(d), VN, b.last()).orElseThrow(), 1L, Long::sum);
      }
    }
    return out;
  }

  @Test
  void theCoreCountsEveryRulesClassesAsTheRuleJudgesEachDossier() {
    qt().withExamples(150)
        .forAll(mixed(), rules())
        .checkAssert(
            (dossiers, rule) -> {
              Tallies<Grouping.All> counted =
                  Tallies.of(dossiers, Grouping.all(), MONTHS, rule, VN);
              for (int b = 0; b < MONTHS.size(); b++) {
                Tally t = counted.total(b);
                Map<Timeliness, Long> e = expected(rule, dossiers, MONTHS.get(b));
                String month = rule + " in " + MONTHS.get(b);
                assertThat(t.early()).as("early, %s", month).isEqualTo(e.get(Timeliness.EARLY));
                assertThat(t.onTime())
                    .as("on time, %s", month)
                    .isEqualTo(e.get(Timeliness.ON_TIME));
                assertThat(t.late()).as("late, %s", month).isEqualTo(e.get(Timeliness.LATE));
                assertThat(t.inProgressWithinDeadline())
                    .as("within deadline, %s", month)
                    .isEqualTo(e.get(Timeliness.IN_PROGRESS_WITHIN_DEADLINE));
                assertThat(t.overdue())
                    .as("overdue, %s", month)
                    .isEqualTo(e.get(Timeliness.OVERDUE));
              }
            });
  }

  @Test
  void underEveryRuleTheCountsPartitionsSumToTheirTotals() {
    qt().withExamples(100)
        .forAll(mixed(), rules())
        .checkAssert(
            (dossiers, rule) -> {
              Tallies<Grouping.All> counted =
                  Tallies.of(dossiers, Grouping.all(), MONTHS, rule, VN);
              for (int b = 0; b < MONTHS.size(); b++) {
                DateRange month = MONTHS.get(b);
                Tally t = counted.total(b);
                long resolved =
                    dossiers.stream()
                        .filter(d -> d.resolvedOn().filter(month::contains).isPresent())
                        .count();
                long open =
                    dossiers.stream()
                        .filter(d -> !d.receivedOn().isAfter(month.last()))
                        .filter(d -> d.resolvedOn().map(r -> r.isAfter(month.last())).orElse(true))
                        .count();
                assertThat(t.early() + t.onTime() + t.late()).isEqualTo(resolved);
                assertThat(t.inProgressWithinDeadline() + t.overdue()).isEqualTo(open);
              }
            });
  }

  @Test
  void theDefaultRuleCountsADossierWithItsHistoryAsWithoutIt() {
    qt().withExamples(100)
        .forAll(mixed())
        .checkAssert(
            dossiers -> {
              List<Dossier> bare =
                  dossiers.stream().map(d -> d.toBuilder().history(null).build()).toList();
              assertThat(Tallies.of(dossiers, Grouping.all(), MONTHS))
                  .isEqualTo(Tallies.of(bare, Grouping.all(), MONTHS))
                  .isEqualTo(
                      Tallies.of(dossiers, Grouping.all(), MONTHS, OnTimeRule.defaultRule(), VN));
            });
  }

  @Test
  void removingUnderARuleRetractsWhatAddingCounted() {
    qt().withExamples(100)
        .forAll(mixed(), rules())
        .checkAssert(
            (dossiers, rule) -> {
              TallyAccumulator<Grouping.All> acc =
                  new TallyAccumulator<>(Grouping.all(), MONTHS, rule, VN).addAll(dossiers);
              for (Dossier d : dossiers) {
                acc.remove(d);
              }
              assertThat(acc.isEmpty()).isTrue();
            });
  }
}
