package io.github.dvckpi.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Dating;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of building and reading reports. */
class KpiReportTest {

  static final ReportingPeriod PERIOD = ReportingPeriod.year(2024);
  static final AdministrativeUnit PROVINCE =
      AdministrativeUnit.root("42", "Hà Tĩnh", UnitKind.PROVINCE);
  static final AdministrativeUnit CITY =
      AdministrativeUnit.of("436", "TP Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42");
  static final Indicator OSE = Indicator.ONLINE_SUBMISSION_ELIGIBLE;
  static final Indicator RD = Indicator.RESULT_DIGITIZATION;
  static final Scope DISTRICT = Scope.tier(AdministrativeLevel.DISTRICT);
  static final Scope COMMUNE = Scope.tier(AdministrativeLevel.COMMUNE);

  static KpiReport cityReport() {
    return cityReport(PERIOD, 9971, OSE, RD);
  }

  /** The city's report, varied in its period, one count and the order of its indicators. */
  private static KpiReport cityReport(
      ReportingPeriod period, long districtDigitized, Indicator... indicators) {
    return KpiReport.builder(period)
        .territory(CITY)
        .indicators(indicators)
        .put(COMMUNE, OSE, Rate.of(9977, 10_000))
        .put(COMMUNE, RD, Rate.of(8836, 10_000))
        .put(DISTRICT, OSE, Rate.of(9979, 10_000))
        .put(DISTRICT, RD, Rate.of(districtDigitized, 10_000))
        .build();
  }

  @Test
  void rowsComeInTheDocumentedOrderWithTheTotalLast() {
    KpiReport r = cityReport();
    assertThat(r.scopes()).containsExactly(DISTRICT, COMMUNE, Scope.total());
    assertThat(r.indicators()).containsExactly(OSE, RD);
    assertThat(r.cells())
        .extracting(Cell::scope, Cell::indicator)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DISTRICT, OSE),
            org.assertj.core.groups.Tuple.tuple(DISTRICT, RD),
            org.assertj.core.groups.Tuple.tuple(COMMUNE, OSE),
            org.assertj.core.groups.Tuple.tuple(COMMUNE, RD),
            org.assertj.core.groups.Tuple.tuple(Scope.total(), OSE),
            org.assertj.core.groups.Tuple.tuple(Scope.total(), RD));
  }

  @Test
  void theTotalIsTheSumOfTheRowsCounts() {
    KpiReport r = cityReport();
    assertThat(r.total(OSE)).isEqualTo(Rate.of(19_956, 20_000));
    assertThat(r.total(RD)).isEqualTo(Rate.of(18_807, 20_000));
    assertThat(r.row(Scope.total())).containsEntry(OSE, Rate.of(19_956, 20_000));
    assertThat(r.rate(AdministrativeLevel.COMMUNE, OSE).toString())
        .isEqualTo("99,77% (9.977/10.000)");
  }

  @Test
  void readingWhatIsNotThereNamesWhatIs() {
    KpiReport r = cityReport();
    assertThatThrownBy(() -> r.rate(AdministrativeLevel.PROVINCE, OSE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no row province tier")
        .hasMessageContaining("district tier, commune tier, total");
    assertThatThrownBy(() -> r.total(Indicator.ONLINE_PAYMENT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not compute online-payment")
        .hasMessageContaining("online-submission-eligible, result-digitization");
    assertThatThrownBy(() -> r.row(Scope.unit(CITY))).hasMessageContaining("no row");
    assertThatThrownBy(() -> r.dating(Indicator.ONLINE_PAYMENT))
        .hasMessageContaining("does not compute online-payment");
    assertThat(r.contains(DISTRICT)).isTrue();
    assertThat(r.contains(Scope.unit(CITY))).isFalse();
  }

  @Test
  void theReportSaysWhichDatePlacedEachIndicator() {
    assertThat(cityReport().dating(OSE)).isEqualTo(Dating.RECEIVED_ON);
    assertThat(cityReport().dating(RD)).isEqualTo(Dating.RESOLVED_ON);
  }

  @Test
  void rowsFromTallies() {
    Tally t = Tally.empty().with(Counter.ELIGIBLE, 10).with(Counter.ELIGIBLE_ONLINE, 7);
    KpiReport r =
        KpiReport.builder(PERIOD)
            .territory(PROVINCE)
            .indicators(List.of(OSE))
            .row(Scope.ownAgencies(PROVINCE), t)
            .row(Scope.unit(CITY), t)
            .build();
    assertThat(r.total(OSE)).isEqualTo(Rate.of(14, 20));
    assertThat(r.scopes())
        .containsExactly(Scope.ownAgencies(PROVINCE), Scope.unit(CITY), Scope.total());
  }

  @Test
  void aGivenTotalMustBeTheSumOfTheRows() {
    KpiReport.Builder b =
        KpiReport.builder(PERIOD)
            .indicators(OSE)
            .put(DISTRICT, OSE, Rate.of(1, 2))
            .put(Scope.total(), OSE, Rate.of(2, 4));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not add up")
        .hasMessageContaining("the tier rows sum to");
    KpiReport onlyTotal =
        KpiReport.builder(PERIOD).indicators(OSE).put(Scope.total(), OSE, Rate.of(2, 4)).build();
    assertThat(onlyTotal.scopes()).containsExactly(Scope.total());
    KpiReport agreeing =
        KpiReport.builder(PERIOD)
            .indicators(OSE)
            .put(DISTRICT, OSE, Rate.of(1, 2))
            .put(Scope.total(), OSE, Rate.of(1, 2))
            .build();
    assertThat(agreeing.total(OSE)).isEqualTo(Rate.of(1, 2));
  }

  @Test
  void tierRowsAndUnitRowsMustAgree() {
    KpiReport.Builder b =
        KpiReport.builder(PERIOD)
            .territory(PROVINCE)
            .indicators(OSE)
            .put(DISTRICT, OSE, Rate.of(1, 2))
            .put(Scope.unit(CITY), OSE, Rate.of(1, 3));
    assertThatThrownBy(b::build).hasMessageContaining("own-agencies and unit rows sum to");
  }

  @Test
  void builderFailuresAreClear() {
    assertThatThrownBy(() -> KpiReport.builder(PERIOD).build())
        .hasMessageContaining("at least one indicator");
    assertThatThrownBy(() -> KpiReport.builder(PERIOD).indicators(OSE).build())
        .hasMessageContaining("at least one row");
    assertThatThrownBy(() -> KpiReport.builder(PERIOD).indicators(OSE, OSE))
        .hasMessageContaining("given twice");
    assertThatThrownBy(() -> KpiReport.builder(PERIOD).row(DISTRICT, Tally.empty()))
        .hasMessageContaining("add the indicators before the rows");
    assertThatThrownBy(
            () -> KpiReport.builder(PERIOD).indicators(OSE).put(DISTRICT, RD, Rate.of(1, 2)))
        .hasMessageContaining("result-digitization is not among the report's indicators");
    assertThatThrownBy(
            () ->
                KpiReport.builder(PERIOD)
                    .indicators(OSE)
                    .put(DISTRICT, OSE, Rate.of(1, 2))
                    .put(DISTRICT, OSE, Rate.of(1, 2)))
        .hasMessageContaining("is set twice");
    assertThatThrownBy(
            () ->
                KpiReport.builder(PERIOD)
                    .indicators(OSE, RD)
                    .put(DISTRICT, OSE, Rate.of(1, 2))
                    .build())
        .hasMessageContaining("row district tier has no cell for result-digitization");
    assertThatThrownBy(
            () ->
                KpiReport.builder(PERIOD)
                    .territory(CITY)
                    .indicators(OSE)
                    .put(Scope.ownAgencies(PROVINCE), OSE, Rate.of(1, 2))
                    .build())
        .hasMessageContaining("is not the report's territory");
    assertThatThrownBy(
            () ->
                KpiReport.builder(PERIOD)
                    .indicators(OSE)
                    .put(Scope.unit(CITY), OSE, Rate.of(1, 2))
                    .build())
        .hasMessageContaining("is not a unit directly below the report's territory");
  }

  @Test
  void equalityByContent() {
    KpiReport other = cityReport(PERIOD, 9970, OSE, RD);
    KpiReport reordered = cityReport(PERIOD, 9971, RD, OSE);
    KpiReport elsewhen = cityReport(ReportingPeriod.year(2023), 9971, OSE, RD);
    new EqualsTester()
        .addEqualityGroup(cityReport(), cityReport())
        .addEqualityGroup(other)
        .addEqualityGroup(reordered)
        .addEqualityGroup(elsewhen)
        .testEquals();
  }

  @Test
  void toStringIsTheVietnameseTable() {
    assertThat(cityReport().toString())
        .isEqualTo(cityReport().render(ReportFormat.TEXT, RateFormat.VIETNAMESE))
        .contains("Cấp xã")
        .contains("99,78% (19.956/20.000)");
    assertThat(new Cell(DISTRICT, OSE, Rate.of(1, 2)).toString())
        .isEqualTo("district tier / online-submission-eligible: 50,00% (1/2)");
  }
}
