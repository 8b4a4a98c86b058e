package io.github.dvckpi.jackson;

import static io.github.dvckpi.jackson.Examples.read;
import static io.github.dvckpi.jackson.Examples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.ReportFormat;
import io.github.dvckpi.report.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiReportJsonTest {

  private static final Indicator[] INDICATORS = {
    Indicator.ONLINE_SUBMISSION_ELIGIBLE, Indicator.RESULT_DIGITIZATION, Indicator.ON_TIME_RESOLVED
  };

  private static List<KpiReport> reports() {
    return List.of(
        Examples.query().within("436").byTier().compute(INDICATORS),
        Examples.query().within("436").byUnit().compute(INDICATORS),
        Examples.query().within("436").byTier().byUnit().compute(Indicator.values()),
        Examples.query().compute(Indicator.FULL_ONLINE),
        Kpi.over(Examples.dossiers(), Examples.HIERARCHY)
            .period(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 3, 6)).official())
            .within("436")
            .byTier()
            .compute(INDICATORS),
        KpiReport.builder(ReportingPeriod.quarter(2024, 3))
            .indicators(Indicator.ONLINE_PAYMENT, Indicator.INTAKE_DIGITIZATION)
            .put(Scope.tier(AdministrativeLevel.DISTRICT), Indicator.ONLINE_PAYMENT, Rate.of(3, 4))
            .put(
                Scope.tier(AdministrativeLevel.DISTRICT),
                Indicator.INTAKE_DIGITIZATION,
                Rate.undefined())
            .put(
                Scope.tier(AdministrativeLevel.COMMUNE),
                Indicator.ONLINE_PAYMENT,
                Rate.of(9979, 10_000))
            .put(
                Scope.tier(AdministrativeLevel.COMMUNE),
                Indicator.INTAKE_DIGITIZATION,
                Rate.of(0, 7))
            .build());
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualReport() {
    for (KpiReport report : reports()) {
      KpiReport back = read(write(report), KpiReport.class);
      assertThat(back).isEqualTo(report);
      assertThat(back.render(ReportFormat.TEXT, Examples.ENGLISH))
          .isEqualTo(report.render(ReportFormat.TEXT, Examples.ENGLISH));
    }
  }

  @Test
  void theTalliesOfEveryRowComeBackToo() {
    for (KpiReport report : reports()) {
      KpiReport back = read(write(report), KpiReport.class);
      for (Scope scope : report.scopes()) {
        assertThat(back.tally(scope)).isEqualTo(report.tally(scope));
      }
    }
  }

  @Test
  void theShapeNamesPeriodTerritoryIndicatorsAndRowsWithTheirCounts() {
    KpiReport report = Examples.query().within("436").byTier().compute(INDICATORS);
    JsonNode json = Examples.MAPPER.valueToTree(report);

    assertThat(json.get("period").get("code").asText()).isEqualTo("2024-03");
    assertThat(json.get("period").get("first").asText()).isEqualTo("2024-03-01");
    assertThat(json.get("territory").get("code").asText()).isEqualTo("436");
    assertThat(json.get("territory").get("parent").asText()).isEqualTo("42");
    assertThat(json.get("indicators").get(0).asText()).isEqualTo("online-submission-eligible");
    JsonNode commune = json.get("rows").get(1);
    assertThat(commune.get("scope").get("code").asText()).isEqualTo("tier:COMMUNE");
    JsonNode rate = commune.get("rates").get("online-submission-eligible");
    assertThat(rate.get("numerator").longValue()).isEqualTo(4);
    assertThat(rate.get("denominator").longValue()).isEqualTo(6);
    assertThat(rate.get("percent").asText()).isEqualTo("66.67");
    assertThat(commune.get("tally").get("ELIGIBLE").longValue()).isEqualTo(6);
    JsonNode total = json.get("rows").get(2);
    assertThat(total.get("scope").get("code").asText()).isEqualTo("total");
  }

  @Test
  void aReportWithoutTalliesHasNullTalliesAndReadsBack() {
    KpiReport report = reports().get(5);
    JsonNode json = Examples.MAPPER.valueToTree(report);
    assertThat(json.get("territory").isNull()).isTrue();
    assertThat(json.get("rows").get(0).get("tally").isNull()).isTrue();
    assertThat(read(json.toString(), KpiReport.class).tally(Scope.total())).isEmpty();
  }

  @Test
  void aRateThatDisagreesWithItsRowsTallyIsRefused() {
    String json = write(Examples.query().within("436").byTier().compute(INDICATORS));
    String tampered =
        json.replaceFirst(
            "\"numerator\":4,\"denominator\":6,\"percent\":\"66.67\"",
            "\"numerator\":5,\"denominator\":6,\"percent\":\"83.33\"");
    assertThat(tampered).isNotEqualTo(json);
    assertThatThrownBy(() -> read(tampered, KpiReport.class))
        .cause()
        .hasMessageContaining("row tier:COMMUNE: the rate of online-submission-eligible is");
  }

  @Test
  void rowsThatDoNotAddUpAreRefusedByTheLibrary() {
    KpiReport report = reports().get(5);
    String json = write(report);
    String tampered =
        json.replace(
            "\"numerator\":9982,\"denominator\":10004,\"percent\":\"99.78\"",
            "\"numerator\":9983,\"denominator\":10004,\"percent\":\"99.79\"");
    assertThat(tampered).isNotEqualTo(json);
    assertThatThrownBy(() -> read(tampered, KpiReport.class))
        .cause()
        .hasMessageContaining("do not add up");
  }

  @Test
  void rowsAreWrittenInTheReportsOrder() {
    KpiReport report = reports().get(2);
    JsonNode rows = Examples.MAPPER.valueToTree(report).get("rows");
    for (int i = 0; i < report.scopes().size(); i++) {
      assertThat(rows.get(i).get("scope").get("code").asText())
          .isEqualTo(report.scopes().get(i).code());
    }
  }

  @Test
  void aRowAsAMapOfIndicatorsHasTheIndicatorsKeysAndReadsBack() throws Exception {
    KpiReport report = Examples.query().within("436").byTier().compute(INDICATORS);
    Map<Indicator, Rate> row = report.row(Scope.total());
    String json = write(row);
    assertThat(json)
        .startsWith(
            "{\"online-submission-eligible\":{\"numerator\":6,\"denominator\":10,\"percent\":\"60.00\"}");
    Map<Indicator, Rate> back =
        Examples.MAPPER.readValue(json, new TypeReference<Map<Indicator, Rate>>() {});
    assertThat(back).isEqualTo(row);
    assertThat(read("\"result-digitization\"", Indicator.class))
        .isEqualTo(Indicator.RESULT_DIGITIZATION);
  }

  @Test
  void scopesUnitsAndPeriodsAreValuesOfTheirOwn() {
    for (Scope scope :
        List.of(
            Scope.total(),
            Scope.tier(AdministrativeLevel.PROVINCE),
            Scope.unit(Examples.WARD),
            Scope.ownAgencies(Examples.CITY))) {
      assertThat(read(write(scope), Scope.class)).isEqualTo(scope);
    }
    assertThat(read(write(Examples.PROVINCE), AdministrativeUnit.class))
        .isEqualTo(Examples.PROVINCE);
    ReportingPeriod official = ReportingPeriod.month(2024, 5).official();
    assertThat(write(official))
        .isEqualTo(
            "{\"code\":\"2024-05/official\",\"first\":\"2024-04-15\",\"last\":\"2024-05-14\"}");
    assertThat(read(write(official), ReportingPeriod.class)).isEqualTo(official);
    assertThatThrownBy(
            () ->
                read("{\"code\":\"unit:449\",\"unit\":" + write(Examples.WARD) + "}", Scope.class))
        .cause()
        .hasMessageContaining("scope \"unit:449\" does not match its content, which is unit:28252");
  }
}
