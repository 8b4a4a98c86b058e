package io.github.dvckpi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.testing.DomainGen;
import io.github.dvckpi.testing.LifeGen;
import io.github.dvckpi.testing.LifeGen.Life;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnTimeRulePropertiesTest {

  private static final WorkingCalendar VN = WorkingCalendar.vietnam();

  private static Map<Timeliness, Long> partition(
      OnTimeRule rule, List<DossierHistory> histories, LocalDate asOf) {
    Map<Timeliness, Long> counts = new EnumMap<>(Timeliness.class);
    for (Timeliness t : Timeliness.values()) {
      counts.put(t, 0L);
    }
    for (DossierHistory h : histories) {
      rule.classify(h, VN, asOf).ifPresent(t -> counts.merge(t, 1L, Long::sum));
    }
    return counts;
  }

  @Test
  void theDefaultRuleJudgesAHistoryOfADossierAsTheDossierDoes() {
    qt().forAll(DomainGen.dossiers(), integers().between(0, 60))
        .checkAssert(
            (d, after) -> {
              LocalDate asOf = d.receivedOn().plusDays(after);
              assertThat(OnTimeRule.defaultRule().classify(DossierHistory.of(d), VN, asOf))
                  .contains(d.timelinessAsOf(asOf));
            });
  }

  @Test
  void everyRulesPartitionsSumToTheirTotals() {
    qt().forAll(lists().of(LifeGen.lives(2)).ofSizeBetween(0, 30), LifeGen.days())
        .checkAssert(
            (lives, asOf) -> {
              List<DossierHistory> histories = lives.stream().map(l -> l.history("HS")).toList();
              long received =
                  histories.stream()
                      .filter(h -> !h.receivedAt().orElseThrow().toLocalDate().isAfter(asOf))
                      .count();
              long ended =
                  histories.stream()
                      .filter(
                          h -> h.endOfProcessing().filter(e -> !e.date().isAfter(asOf)).isPresent())
                      .count();
              for (OnTimeRule rule : OnTimeRule.values()) {
                Map<Timeliness, Long> p = partition(rule, histories, asOf);
                long resolved =
                    p.get(Timeliness.EARLY) + p.get(Timeliness.ON_TIME) + p.get(Timeliness.LATE);
                long open =
                    p.get(Timeliness.IN_PROGRESS_WITHIN_DEADLINE) + p.get(Timeliness.OVERDUE);
                assertThat(resolved).as("%s: early + on time + late", rule).isEqualTo(ended);
                assertThat(resolved + open).as("%s: all received", rule).isEqualTo(received);
              }
            });
  }

  @Test
  void addingASupplementationPauseNeverMakesAnOnTimeDossierLate() {
    qt().forAll(
            LifeGen.lives(0), integers().between(0, 12), integers().between(0, 10), LifeGen.days())
        .checkAssert(
            (life, gap, wait, asOf) -> {
              Optional<Life> withPause = life.withPause(gap, wait);
              if (withPause.isEmpty()) {
                return;
              }
              Life paused = withPause.get();
              for (OnTimeRule rule :
                  new OnTimeRule[] {OnTimeRule.PORTAL_INDEX_2_1, OnTimeRule.DATES_ONLY}) {
                Optional<Timeliness> before = rule.classify(life.history("HS"), VN, asOf);
                Optional<Timeliness> after = rule.classify(paused.history("HS"), VN, asOf);
                if (before.filter(Timeliness::isTimely).isPresent() && after.isPresent()) {
                  assertThat(after.get().isTimely())
                      .as("%s, %s → %s", rule, before, after)
                      .isTrue();
                }
              }
            });
  }

  @Test
  void forDossiersWithoutSupplementationTheRulesThatShouldAgreeDo() {
    qt().forAll(LifeGen.lives(0), LifeGen.days())
        .checkAssert(
            (life, asOf) -> {
              DossierHistory h = life.history("HS");
              Optional<Timeliness> plain = OnTimeRule.RESOLVED_VS_DUE.classify(h, VN, asOf);
              assertThat(OnTimeRule.PORTAL_INDEX_2_1.classify(h, VN, asOf)).isEqualTo(plain);
              assertThat(OnTimeRule.DATES_ONLY.classify(h, VN, asOf)).isEqualTo(plain);
              assertThat(OnTimeRule.LATE_RATE_COMPLEMENT.classify(h, VN, asOf))
                  .isEqualTo(plain.map(t -> t == Timeliness.ON_TIME ? Timeliness.EARLY : t));
            });
  }

  @Test
  void theLateRateComplementPublishesTheIndex21FigureOfTheDateComparison() {
    qt().forAll(lists().of(LifeGen.lives(2)).ofSizeBetween(1, 30), LifeGen.days())
        .checkAssert(
            (lives, asOf) -> {
              List<DossierHistory> histories = lives.stream().map(l -> l.history("HS")).toList();
              Map<Timeliness, Long> p = partition(OnTimeRule.LATE_RATE_COMPLEMENT, histories, asOf);
              Map<Timeliness, Long> d = partition(OnTimeRule.RESOLVED_VS_DUE, histories, asOf);
              long all = p.values().stream().mapToLong(Long::longValue).sum();
              assertThat(p.get(Timeliness.ON_TIME)).isZero();
              // 100% − (late + overdue) / all, the province's figure
              Rate published = Rate.of(p.get(Timeliness.LATE) + p.get(Timeliness.OVERDUE), all);
              // (early + on time + within deadline) / all, the index-2.1 formula by dates
              Rate index21 =
                  Rate.of(
                      d.get(Timeliness.EARLY)
                          + d.get(Timeliness.ON_TIME)
                          + d.get(Timeliness.IN_PROGRESS_WITHIN_DEADLINE),
                      all);
              assertThat(published.complement()).isEqualTo(index21);
            });
  }
}
