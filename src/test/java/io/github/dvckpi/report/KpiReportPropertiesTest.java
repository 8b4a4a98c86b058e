package io.github.dvckpi.report;

import static io.github.dvckpi.report.ReportGen.indicatorLists;
import static io.github.dvckpi.report.ReportGen.oracle;
import static io.github.dvckpi.report.ReportGen.territories;
import static io.github.dvckpi.report.ReportGen.territoriesWithChildren;
import static io.github.dvckpi.testing.DomainGen.dossierLists;
import static io.github.dvckpi.testing.DomainGen.periods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.IndicatorOracle;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.testing.DomainGen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The laws of roll-up: totals are merges of the rows, rows partition the territory. */
class KpiReportPropertiesTest {

  @Test
  void theFluentReportEqualsTheOracleThatFiltersAndCounts() {
    qt().forAll(dossierLists(60), periods(), territoriesWithChildren())
        .checkAssert(
            (dossiers, period, territory) -> {
              KpiReport r = byTierAndUnit(dossiers, period, territory);
              for (Scope scope : r.scopes()) {
                List<Dossier> own = new ArrayList<>();
                for (Dossier d : dossiers) {
                  String unit = d.agency().unitCode();
                  boolean in =
                      scope instanceof Scope.Tier t
                          ? DomainGen.HIERARCHY.isWithin(unit, territory.code())
                              && d.tier() == t.level()
                          : scope instanceof Scope.Unit u
                              ? DomainGen.HIERARCHY.isWithin(unit, u.unit().code())
                              : scope instanceof Scope.OwnAgencies
                                  ? unit.equals(territory.code())
                                  : DomainGen.HIERARCHY.isWithin(unit, territory.code());
                  if (in) {
                    own.add(d);
                  }
                }
                for (Indicator indicator : Indicator.values()) {
                  assertThat(r.rate(scope, indicator))
                      .as("%s / %s", scope, indicator)
                      .isEqualTo(IndicatorOracle.rate(indicator, own, period));
                }
                assertThat(r.tally(scope)).isPresent();
              }
              assertThat(r.tally(Scope.total()).orElseThrow())
                  .isEqualTo(oracle(dossiers, territory, period, d -> true));
            });
  }

  @Test
  void territoryTotalEqualsTheMergeOfItsTiers() {
    qt().forAll(dossierLists(60), periods(), territories(), indicatorLists())
        .check(
            (dossiers, period, territory, indicators) -> {
              KpiReport r =
                  Kpi.over(dossiers, DomainGen.HIERARCHY)
                      .allowDuplicateIds()
                      .period(period)
                      .within(territory)
                      .byTier()
                      .compute(indicators);
              Tally all = oracle(dossiers, territory, period, d -> true);
              for (Indicator indicator : indicators) {
                List<Rate> tiers = new ArrayList<>();
                for (Scope scope : r.scopes()) {
                  if (scope instanceof Scope.Tier) {
                    tiers.add(r.rate(scope, indicator));
                  }
                }
                if (!Rate.total(tiers).equals(all.rate(indicator))
                    || !r.total(indicator).equals(all.rate(indicator))) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void territoryTotalEqualsTheMergeOfItsChildren() {
    qt().forAll(dossierLists(60), periods(), territoriesWithChildren(), indicatorLists())
        .check(
            (dossiers, period, territory, indicators) -> {
              KpiReport r =
                  Kpi.over(dossiers, DomainGen.HIERARCHY)
                      .allowDuplicateIds()
                      .period(period)
                      .within(territory)
                      .byUnit()
                      .compute(indicators);
              Tally all = oracle(dossiers, territory, period, d -> true);
              for (Indicator indicator : indicators) {
                List<Rate> parts = new ArrayList<>();
                for (Scope scope : r.scopes()) {
                  if (!(scope instanceof Scope.Total)) {
                    parts.add(r.rate(scope, indicator));
                  }
                }
                if (!Rate.total(parts).equals(all.rate(indicator))) {
                  return false;
                }
              }
              return true;
            });
  }

  @Test
  void eachChildRowIsTheChildsOwnTotal() {
    qt().forAll(dossierLists(60), periods(), territoriesWithChildren())
        .check(
            (dossiers, period, territory) -> {
              KpiReport r =
                  Kpi.over(dossiers, DomainGen.HIERARCHY)
                      .allowDuplicateIds()
                      .period(period)
                      .within(territory)
                      .byUnit()
                      .compute(Indicator.values());
              for (Scope scope : r.scopes()) {
                if (scope instanceof Scope.Unit unit) {
                  Tally child = oracle(dossiers, unit.unit(), period, d -> true);
                  for (Indicator indicator : Indicator.values()) {
                    if (!r.rate(scope, indicator).equals(child.rate(indicator))) {
                      return false;
                    }
                  }
                }
              }
              return true;
            });
  }

  @Test
  void tierRowsPartitionTheTerritorysDossiers() {
    qt().forAll(dossierLists(60), periods(), territories())
        .check(
            (dossiers, period, territory) -> {
              KpiReport r =
                  Kpi.over(dossiers, DomainGen.HIERARCHY)
                      .allowDuplicateIds()
                      .period(period)
                      .within(territory)
                      .byTier()
                      .compute(Indicator.values());
              for (Scope scope : r.scopes()) {
                if (scope instanceof Scope.Tier tier) {
                  Tally own = oracle(dossiers, territory, period, d -> d.tier() == tier.level());
                  for (Indicator indicator : Indicator.values()) {
                    if (!r.rate(scope, indicator).equals(own.rate(indicator))) {
                      return false;
                    }
                  }
                }
              }
              // every tier that handled a dossier of the territory has a row
              return dossiers.stream()
                  .filter(
                      d -> DomainGen.HIERARCHY.isWithin(d.agency().unitCode(), territory.code()))
                  .allMatch(d -> r.contains(Scope.tier(d.tier())));
            });
  }

  @Test
  void everyTotalLiesBetweenItsRowsMinimumAndMaximum() {
    qt().forAll(dossierLists(60), periods(), territoriesWithChildren())
        .check(
            (dossiers, period, territory) -> {
              KpiReport r = byTierAndUnit(dossiers, period, territory);
              for (Indicator indicator : Indicator.values()) {
                Rate total = r.total(indicator);
                for (Class<?> kind : List.of(Scope.Tier.class, Scope.Unit.class)) {
                  Rate min = null;
                  Rate max = null;
                  for (Scope scope : r.scopes()) {
                    Rate rate = r.rate(scope, indicator);
                    boolean part =
                        kind.isInstance(scope)
                            || (kind == Scope.Unit.class && scope instanceof Scope.OwnAgencies);
                    if (part && !rate.isUndefined()) {
                      min = min == null || rate.isLessThan(min) ? rate : min;
                      max = max == null || rate.isGreaterThan(max) ? rate : max;
                    }
                  }
                  if (min == null
                      ? !total.isUndefined()
                      : total.isLessThan(min) || total.isGreaterThan(max)) {
                    return false;
                  }
                }
              }
              return true;
            });
  }

  @Test
  void resultsDoNotDependOnTheOrderOfDossiers() {
    qt().forAll(dossierLists(60), periods(), territoriesWithChildren(), longs().all())
        .check(
            (dossiers, period, territory, seed) -> {
              List<Dossier> shuffled = new ArrayList<>(dossiers);
              Collections.shuffle(shuffled, new Random(seed));
              KpiQuery query =
                  Kpi.over(dossiers, DomainGen.HIERARCHY)
                      .allowDuplicateIds()
                      .period(period)
                      .within(territory)
                      .byTier()
                      .byUnit();
              KpiReport reference = query.compute(Indicator.values());
              KpiReport again =
                  Kpi.over(shuffled, DomainGen.HIERARCHY)
                      .allowDuplicateIds()
                      .period(period)
                      .within(territory)
                      .byTier()
                      .byUnit()
                      .compute(Indicator.values());
              return reference.equals(again) && reference.hashCode() == again.hashCode();
            });
  }

  @Test
  void renderingsShowEveryCellsCounts() {
    qt().withExamples(30)
        .forAll(dossierLists(40), periods(), territories())
        .check(
            (dossiers, period, territory) -> {
              KpiReport r =
                  Kpi.over(dossiers, DomainGen.HIERARCHY)
                      .allowDuplicateIds()
                      .period(period)
                      .within(territory)
                      .byTier()
                      .compute(Indicator.values());
              String text = r.toString();
              String csv = r.render(ReportFormat.CSV, java.util.Locale.ENGLISH);
              long lines = csv.lines().count();
              return r.cells().stream()
                      .allMatch(
                          c ->
                              text.contains(
                                  "/"
                                      + io.github.dvckpi.rate.RateFormat.count(
                                          c.rate().denominator(),
                                          io.github.dvckpi.rate.RateFormat.VIETNAMESE)
                                      + ")"))
                  && lines == r.cells().size() + 1;
            });
  }

  /** The sentence with both kinds of rows and every indicator. */
  private static KpiReport byTierAndUnit(
      List<Dossier> dossiers, DateRange period, AdministrativeUnit territory) {
    return Kpi.over(dossiers, DomainGen.HIERARCHY)
        .allowDuplicateIds()
        .period(period)
        .within(territory)
        .byTier()
        .byUnit()
        .compute(Indicator.values());
  }
}
