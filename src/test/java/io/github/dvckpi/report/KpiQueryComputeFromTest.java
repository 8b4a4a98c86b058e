package io.github.dvckpi.report;

import static io.github.dvckpi.testing.DomainGen.dossierLists;
import static io.github.dvckpi.testing.DomainGen.periods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.Agency;
import io.github.dvckpi.domain.Channel;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Grouping;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tallies;
import io.github.dvckpi.indicator.UnitTier;
import io.github.dvckpi.period.Buckets;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.testing.DomainGen;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link KpiQuery#computeFrom}: the report built from tallies counted elsewhere and merged is the
 * report of the query's own count.
 */
class KpiQueryComputeFromTest {

  private static final List<Indicator> ALL = List.of(Indicator.values());

  private static Tallies<UnitTier> counted(List<Dossier> dossiers, ReportingPeriod period) {
    return Tallies.of(dossiers, Grouping.byUnitAndTier(), Buckets.of(period));
  }

  @Test
  void theReportOfMergedPartsIsTheReportOfTheWhole() {
    qt().withExamples(150)
        .forAll(dossierLists(60), periods(), integers().between(0, 60))
        .checkAssert(
            (dossiers, range, cut) -> {
              ReportingPeriod period = ReportingPeriod.of(range);
              int at = Math.min(cut, dossiers.size());
              Tallies<UnitTier> merged =
                  counted(dossiers.subList(0, at), period)
                      .plus(counted(dossiers.subList(at, dossiers.size()), period));
              for (String territory : List.of("42", "436")) {
                KpiQuery query =
                    Kpi.over(dossiers, DomainGen.HIERARCHY)
                        .period(period)
                        .within(territory)
                        .byTier()
                        .byUnit()
                        .allowDuplicateIds(); // the parts are counted as given

                assertThat(query.computeFrom(merged, ALL)).isEqualTo(query.compute(ALL));
              }
              KpiQuery everywhere =
                  Kpi.over(dossiers, DomainGen.HIERARCHY)
                      .period(period)
                      .byTier()
                      .allowDuplicateIds();
              assertThat(everywhere.computeFrom(merged, ALL)).isEqualTo(everywhere.compute(ALL));
            });
  }

  @Test
  void talliesOverOtherBucketsAreRefused() {
    KpiQuery query = Kpi.over(List.of(), DomainGen.HIERARCHY).period(ReportingPeriod.year(2024));
    Tallies<UnitTier> months = Tallies.empty(Buckets.months(ReportingPeriod.year(2024)));
    assertThatThrownBy(() -> query.computeFrom(months, ALL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Buckets.of(period)");
  }

  @Test
  void aUnitTheHierarchyDoesNotHoldIsRefused() {
    ReportingPeriod year = ReportingPeriod.year(2024);
    Dossier elsewhere =
        Dossier.builder()
            .id("HS-1")
            .agency(Agency.of("UB99999", "UBND Xã Khác", AdministrativeLevel.COMMUNE, "99999"))
            .procedure(DomainGen.PROCEDURES.get(0))
            .channel(Channel.ONLINE)
            .receivedOn(LocalDate.of(2024, 3, 1))
            .dueOn(LocalDate.of(2024, 3, 5))
            .build();
    KpiQuery query = Kpi.over(List.of(), DomainGen.HIERARCHY).period(year).within("42").byTier();
    assertThatThrownBy(() -> query.computeFrom(counted(List.of(elsewhere), year), ALL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"99999\"");
  }
}
