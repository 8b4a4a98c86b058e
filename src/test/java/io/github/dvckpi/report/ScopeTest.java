package io.github.dvckpi.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.rate.RateFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of scopes: labels, codes and order. */
class ScopeTest {

  @Test
  void labelsAndCodes() {
    Scope tier = Scope.tier(AdministrativeLevel.COMMUNE);
    Scope unit = Scope.unit(KpiReportTest.CITY);
    Scope own = Scope.ownAgencies(KpiReportTest.PROVINCE);
    assertThat(tier.label(RateFormat.VIETNAMESE)).isEqualTo("cấp xã");
    assertThat(tier.label(RateFormat.ENGLISH)).isEqualTo("commune tier");
    assertThat(tier.code()).isEqualTo("tier:COMMUNE");
    assertThat(tier).hasToString("commune tier");
    assertThat(unit.label(RateFormat.VIETNAMESE)).isEqualTo("TP Hà Tĩnh");
    assertThat(unit.code()).isEqualTo("unit:436");
    assertThat(unit).hasToString("TP Hà Tĩnh (436)");
    assertThat(own.label(RateFormat.VIETNAMESE)).isEqualTo("Cơ quan trực thuộc Hà Tĩnh");
    assertThat(own.label(RateFormat.ENGLISH)).isEqualTo("Hà Tĩnh (own agencies)");
    assertThat(own.code()).isEqualTo("own:42");
    assertThat(own).hasToString("Hà Tĩnh (42) own agencies");
    assertThat(Scope.total().label(RateFormat.VIETNAMESE)).isEqualTo("Tổng cộng");
    assertThat(Scope.total().label(RateFormat.ENGLISH)).isEqualTo("Total");
    assertThat(Scope.total().code()).isEqualTo("total");
    assertThat(Scope.total()).hasToString("total").isEqualTo(new Scope.Total());
  }

  @Test
  void orderIsTiersOwnAgenciesUnitsTotal() {
    List<Scope> scopes =
        new ArrayList<>(
            List.of(
                Scope.total(),
                Scope.unit(KpiReportTest.CITY),
                Scope.tier(AdministrativeLevel.COMMUNE),
                Scope.ownAgencies(KpiReportTest.PROVINCE),
                Scope.tier(AdministrativeLevel.PROVINCE)));
    scopes.sort(Scope.ORDER);
    assertThat(scopes)
        .containsExactly(
            Scope.tier(AdministrativeLevel.PROVINCE),
            Scope.tier(AdministrativeLevel.COMMUNE),
            Scope.ownAgencies(KpiReportTest.PROVINCE),
            Scope.unit(KpiReportTest.CITY),
            Scope.total());
  }
}
