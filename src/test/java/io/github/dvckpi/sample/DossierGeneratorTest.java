package io.github.dvckpi.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.ServiceLevel;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Rate;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DossierGeneratorTest {

  private static final SampleProvince PROVINCE = SampleProvince.create();

  @Test
  void generatorIsDeterministicPerSeed() {
    qt().withExamples(50)
        .forAll(longs().all(), integers().between(0, 300))
        .check(
            (seed, size) -> {
              List<Dossier> first = DossierGenerator.of(seed, size).stream().toList();
              List<Dossier> again = DossierGenerator.of(seed, size).stream().toList();
              return first.equals(again) && first.size() == size;
            });
  }

  @Test
  void everyAccessPathYieldsTheSameDossiers() {
    qt().withExamples(30)
        .forAll(longs().all(), integers().between(0, 5_000))
        .check(
            (seed, size) -> {
              DossierGenerator gen = DossierGenerator.of(seed, size);
              List<Dossier> streamed = gen.stream().toList();
              List<Dossier> parallel = gen.parallelStream().toList();
              boolean byIndex = true;
              Iterator<Dossier> it = gen.iterator();
              for (int i = 0; i < size; i++) {
                byIndex &=
                    gen.dossier(i).equals(streamed.get(i)) && it.next().equals(streamed.get(i));
              }
              return byIndex && !it.hasNext() && parallel.equals(streamed);
            });
  }

  @Test
  void differentSeedsGiveDifferentDossiers() {
    assertThat(DossierGenerator.of(1, 100).stream().toList())
        .isNotEqualTo(DossierGenerator.of(2, 100).stream().toList());
  }

  @Test
  void theProvinceHasTheDocumentedShape() {
    assertThat(PROVINCE.hierarchy().units()).hasSize(1 + 13 + 13 * 16);
    assertThat(PROVINCE.departments()).hasSize(18);
    assertThat(PROVINCE.agencies()).hasSize(18 + 13 + 208);
    assertThat(PROVINCE.agencies(AdministrativeLevel.DISTRICT)).hasSize(13);
    assertThat(PROVINCE.agencies(AdministrativeLevel.COMMUNE)).hasSize(208);
    assertThat(PROVINCE.procedures()).hasSize(2_000);
    assertThat(PROVINCE.procedures(AdministrativeLevel.PROVINCE)).hasSize(1_500);
    assertThat(PROVINCE.procedures(AdministrativeLevel.DISTRICT)).hasSize(300);
    assertThat(PROVINCE.procedures(AdministrativeLevel.COMMUNE)).hasSize(200);
    assertThat(PROVINCE.procedures().stream().map(p -> p.serviceLevel()).distinct())
        .containsExactlyInAnyOrder(ServiceLevel.values());
    assertThat(PROVINCE.hierarchy().unit("436").name()).isEqualTo("TP Hà Tĩnh");
    for (var agency : PROVINCE.agencies()) {
      assertThat(PROVINCE.hierarchy().contains(agency.unitCode())).isTrue();
      assertThat(PROVINCE.hierarchy().unit(agency.unitCode()).level()).isEqualTo(agency.tier());
    }
    assertThat(PROVINCE.toString()).contains("222 units", "239 agencies", "2000 procedures");
  }

  @Test
  void theMixResemblesTheSeedFigures() {
    DossierGenerator gen = DossierGenerator.of(2024, 60_000);
    DateRange year = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    Map<AdministrativeLevel, Tally> byTier =
        Tallies.of(gen, Grouping.byTier(), Buckets.of(year)).byGroup();
    assertRate(
        java.util.Objects.requireNonNull(byTier.get(AdministrativeLevel.PROVINCE)),
        Indicator.ONLINE_SUBMISSION_ELIGIBLE,
        88,
        92);
    assertRate(
        java.util.Objects.requireNonNull(byTier.get(AdministrativeLevel.DISTRICT)),
        Indicator.ONLINE_SUBMISSION_ELIGIBLE,
        97,
        100);
    assertRate(
        java.util.Objects.requireNonNull(byTier.get(AdministrativeLevel.COMMUNE)),
        Indicator.ONLINE_SUBMISSION_ELIGIBLE,
        91,
        94);
    assertRate(
        java.util.Objects.requireNonNull(byTier.get(AdministrativeLevel.PROVINCE)),
        Indicator.RESULT_DIGITIZATION,
        73,
        79);
    assertRate(
        java.util.Objects.requireNonNull(byTier.get(AdministrativeLevel.COMMUNE)),
        Indicator.RESULT_DIGITIZATION,
        83,
        89);
    Tally all = Tally.sum(byTier.values());
    assertRate(all, Indicator.ON_TIME_RESOLVED, 93, 97);
    assertRate(all, Indicator.ONLINE_PAYMENT, 70, 90);
    assertThat(all.inProgress()).isPositive();
    assertThat(all.count(io.github.dvckpi.indicator.Counter.RECEIVED)).isEqualTo(60_000);
    Map<Integer, Long> byMonth =
        gen.stream()
            .collect(
                Collectors.groupingBy(d -> d.receivedOn().getMonthValue(), Collectors.counting()));
    assertThat(byMonth.get(2)).isLessThan(byMonth.get(3));
  }

  private static void assertRate(
      Tally tally, Indicator indicator, int lowPercent, int highPercent) {
    Rate rate = tally.rate(indicator);
    assertThat(rate.compareTo(Rate.of(lowPercent, 100))).as("%s %s", indicator, rate).isPositive();
    assertThat(rate.compareTo(Rate.of(highPercent, 100))).as("%s %s", indicator, rate).isNegative();
  }

  @Test
  void itsAccessorsDescribeIt() {
    DossierGenerator gen = DossierGenerator.of(7, 10).inYear(2023);
    assertThat(gen.seed()).isEqualTo(7);
    assertThat(gen.size()).isEqualTo(10);
    assertThat(gen.year()).isEqualTo(2023);
    assertThat(gen.asOf()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(gen.province().departments()).hasSize(18);
    assertThat(gen.dossier(3).receivedOn().getYear()).isEqualTo(2023);
    assertThat(gen.dossier(3).id()).isEqualTo("HS-3");
    assertThat(gen.toString()).isEqualTo("DossierGenerator[seed 7, 10 dossiers, 2023]");
    assertThat(gen.spliterator().estimateSize()).isEqualTo(10);
    assertThat(gen.spliterator().trySplit()).isNull();
  }

  @Test
  void itRejectsWhatCannotBe() {
    assertThatThrownBy(() -> DossierGenerator.of(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    DossierGenerator gen = DossierGenerator.of(1, 2);
    assertThatThrownBy(() -> gen.dossier(2)).isInstanceOf(IndexOutOfBoundsException.class);
    Iterator<Dossier> it = gen.iterator();
    it.next();
    it.next();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    var split = gen.spliterator();
    assertThat(split.tryAdvance(d -> {})).isTrue();
    assertThat(split.tryAdvance(d -> {})).isTrue();
    assertThat(split.tryAdvance(d -> {})).isFalse();
  }
}
