package io.github.dvckpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.domain.InvalidRecordException;
import io.github.dvckpi.domain.UnitHierarchy;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.domain.UnknownUnitException;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.testing.DomainGen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of the fluent query: what it counts, and its clear failures. */
class KpiQueryTest {

  private static final ReportingPeriod YEAR = ReportingPeriod.year(2024);
  private static final Indicator OSE = Indicator.ONLINE_SUBMISSION_ELIGIBLE;

  /** Dossier {@code n} of agency {@code i} of DomainGen, of an online full procedure, online. */
  private static Dossier dossier(int agency, int n, boolean online) {
    LocalDate day = LocalDate.of(2024, 3, 1);
    return Dossier.builder()
        .id("HS-" + agency + "-" + n)
        .agency(DomainGen.AGENCIES.get(agency))
        .procedure(DomainGen.PROCEDURES.get(0))
        .channel(online ? Channel.ONLINE : Channel.COUNTER)
        .receivedOn(day)
        .dueOn(day.plusDays(5))
        .build();
  }

  private static List<Dossier> sample() {
    List<Dossier> out = new ArrayList<>();
    for (int agency = 0; agency < DomainGen.AGENCIES.size(); agency++) {
      for (int n = 0; n <= agency; n++) {
        out.add(dossier(agency, n, n % 2 == 0));
      }
    }
    return out;
  }

  @Test
  void theSentenceCountsATerritoryByTier() {
    KpiReport r =
        Kpi.over(sample(), DomainGen.HIERARCHY)
            .period(YEAR)
            .within("436")
            .byTier()
            .compute(OSE, Indicator.RESULT_DIGITIZATION);
    // TP Hà Tĩnh: UBND TP (agency 2: 3 dossiers, 2 online), wards (agencies 4, 5: 5 + 6, 3 + 3)
    assertThat(r.scopes())
        .containsExactly(
            Scope.tier(AdministrativeLevel.DISTRICT),
            Scope.tier(AdministrativeLevel.COMMUNE),
            Scope.total());
    assertThat(r.rate(AdministrativeLevel.DISTRICT, OSE)).isEqualTo(Rate.of(2, 3));
    assertThat(r.rate(AdministrativeLevel.COMMUNE, OSE)).isEqualTo(Rate.of(6, 11));
    assertThat(r.total(OSE)).isEqualTo(Rate.of(8, 14));
    assertThat(r.total(Indicator.RESULT_DIGITIZATION).isUndefined()).isTrue();
    assertThat(r.territory()).contains(DomainGen.HIERARCHY.unit("436"));
    assertThat(r.period()).isEqualTo(YEAR);
  }

  @Test
  void byUnitGivesTheOwnAgenciesAndEachChild() {
    KpiReport r =
        Kpi.over(sample(), DomainGen.HIERARCHY).period(YEAR).within("42").byUnit().compute(OSE);
    assertThat(r.scopes())
        .containsExactly(
            Scope.ownAgencies(DomainGen.HIERARCHY.unit("42")),
            Scope.unit(DomainGen.HIERARCHY.unit("436")),
            Scope.unit(DomainGen.HIERARCHY.unit("449")),
            Scope.total());
    // departments: agencies 0 and 1, 1 + 2 dossiers, 1 + 1 online
    assertThat(r.rate(Scope.ownAgencies(DomainGen.HIERARCHY.unit("42")), OSE))
        .isEqualTo(Rate.of(2, 3));
    assertThat(r.total(OSE)).isEqualTo(Rate.of(20, 36));
  }

  @Test
  void withoutHierarchyItCountsEveryDossier() {
    KpiReport r = Kpi.over(sample()).period(YEAR).byTier().compute(OSE);
    assertThat(r.territory()).isEmpty();
    assertThat(r.total(OSE)).isEqualTo(Rate.of(20, 36));
    assertThat(r.scopes()).hasSize(4);
    KpiReport whole = Kpi.over(sample(), DomainGen.HIERARCHY).period(YEAR).byTier().compute(OSE);
    assertThat(whole.total(OSE)).isEqualTo(Rate.of(20, 36));
  }

  @Test
  void aCustomRangeIsAPeriod() {
    DateRange march = DateRange.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31));
    KpiReport r = Kpi.over(sample()).period(march).compute(OSE);
    assertThat(r.period()).isEqualTo(ReportingPeriod.of(march));
    assertThat(r.scopes()).containsExactly(Scope.total());
    DateRange april = DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30));
    assertThat(Kpi.over(sample()).period(april).compute(OSE).total(OSE).isUndefined()).isTrue();
  }

  @Test
  void aPartialSentenceCanBeFinishedSeveralWays() {
    KpiQuery base = Kpi.over(sample(), DomainGen.HIERARCHY).period(YEAR);
    KpiReport city = base.within("436").compute(OSE);
    KpiReport town = base.within("449").compute(OSE);
    assertThat(city.total(OSE)).isEqualTo(Rate.of(8, 14));
    assertThat(town.total(OSE)).isEqualTo(Rate.of(10, 19));
    assertThat(base.period(YEAR).in(DomainGen.HIERARCHY).toString())
        .isEqualTo("KpiQuery{period=2024, within=all, byTier=false, byUnit=false}");
    assertThat(base.within("436").byTier().toString()).contains("within=TP Hà Tĩnh (436)");
  }

  @Test
  void aMissingPeriodFailsWhenComputing() {
    assertThatThrownBy(() -> Kpi.over(sample()).compute(OSE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no reporting period")
        .hasMessageContaining(".period(");
  }

  @Test
  void anEmptyIndicatorListFails() {
    assertThatThrownBy(() -> Kpi.over(sample()).period(YEAR).compute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one indicator");
    assertThatThrownBy(() -> Kpi.over(sample()).period(YEAR).compute(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIndicatorGivenTwiceFails() {
    assertThatThrownBy(() -> Kpi.over(sample()).period(YEAR).compute(OSE, OSE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("online-submission-eligible is given twice");
  }

  @Test
  void aUnitNotInTheHierarchyFailsAtOnce() {
    KpiQuery q = Kpi.over(sample(), DomainGen.HIERARCHY);
    assertThatThrownBy(() -> q.within("999"))
        .isInstanceOf(UnknownUnitException.class)
        .hasMessageContaining("\"999\"");
    AdministrativeUnit stranger = AdministrativeUnit.of("436", "Elsewhere", UnitKind.TOWN, "42");
    assertThatThrownBy(() -> q.within(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not the hierarchy's unit with code 436");
  }

  @Test
  void aTerritoryNeedsAHierarchy() {
    assertThatThrownBy(() -> Kpi.over(sample()).within("436"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs the hierarchy of units")
        .hasMessageContaining("Kpi.over(dossiers, hierarchy)");
    assertThatThrownBy(() -> Kpi.over(sample()).within(DomainGen.HIERARCHY.unit("436")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void byUnitNeedsATerritoryWithUnitsBelowIt() {
    assertThatThrownBy(() -> Kpi.over(sample()).period(YEAR).byUnit().compute(OSE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("byUnit() needs a territory");
    assertThatThrownBy(
            () ->
                Kpi.over(sample(), DomainGen.HIERARCHY)
                    .period(YEAR)
                    .within("28534")
                    .byUnit()
                    .compute(OSE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Phường Thành Sen (28534) has no unit below it");
  }

  @Test
  void contradictoryPartsFail() {
    KpiQuery q = Kpi.over(sample(), DomainGen.HIERARCHY).period(YEAR).within("436");
    assertThatThrownBy(() -> q.period(ReportingPeriod.year(2023)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one period: 2024 was given before 2023");
    assertThatThrownBy(() -> q.within("449"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one territory");
    assertThatThrownBy(() -> q.in(UnitHierarchy.of(DomainGen.HIERARCHY.unit("42"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one hierarchy");
    // the same part twice is no contradiction
    assertThat(q.period(YEAR).within("436").in(DomainGen.HIERARCHY).compute(OSE))
        .isEqualTo(q.compute(OSE));
  }

  @Test
  void aDossierOfAnUnknownUnitIsNamed() {
    Dossier lost =
        dossier(0, 0, true).toBuilder()
            .id("HS-LOST")
            .agency(Agency.of("X", "Sở X", AdministrativeLevel.PROVINCE, "99"))
            .build();
    List<Dossier> dossiers = new ArrayList<>(sample());
    dossiers.add(lost);
    assertThatThrownBy(
            () ->
                Kpi.over(dossiers, DomainGen.HIERARCHY)
                    .allowDuplicateIds()
                    .period(YEAR)
                    .within("42")
                    .compute(OSE))
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageContaining("HS-LOST")
        .hasMessageContaining("agency")
        .hasMessageContaining("\"99\"");
  }
}
