package io.github.dvckpi.jackson;

import static io.github.dvckpi.jackson.Examples.read;
import static io.github.dvckpi.jackson.Examples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import io.github.dvckpi.target.Direction;
import io.github.dvckpi.target.Evaluation;
import io.github.dvckpi.target.Judgement;
import io.github.dvckpi.target.Target;
import io.github.dvckpi.target.TargetSet;
import io.github.dvckpi.target.TargetSetEvaluation;
import io.github.dvckpi.target.Threshold;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class EvaluationJsonTest {

  /** Thresholds from 0% to 100% with up to 3 decimals. */
  private static Gen<Threshold> thresholds() {
    return integers()
        .between(0, 100_000)
        .map(n -> Threshold.ofPercent(new BigDecimal(n).movePointLeft(3)));
  }

  private static Gen<Judgement> judgements() {
    Gen<Judgement> published =
        integers()
            .between(0, 4)
            .zip(
                arbitrary().pick(RoundingMode.HALF_UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN),
                Judgement::published);
    return published.mix(in -> Judgement.exact(), 50);
  }

  private static Gen<Target> targets() {
    return arbitrary()
        .enumValues(Indicator.class)
        .zip(
            arbitrary().enumValues(Direction.class),
            thresholds(),
            judgements(),
            (i, d, t, j) -> Target.of(i, d, t).judgedOn(j));
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualEvaluation() {
    qt().forAll(targets(), Examples.rates(), judgements())
        .checkAssert(
            (target, rate, judgement) -> {
              Evaluation e = target.evaluate(rate, judgement);
              Evaluation back = read(write(e), Evaluation.class);
              assertThat(back).isEqualTo(e);
              assertThat(back.verdict()).isEqualTo(e.verdict());
              assertThat(back.message(Examples.ENGLISH)).isEqualTo(e.message(Examples.ENGLISH));
            });
  }

  @Test
  void theVerdictGapAndShortfallAreWrittenExactly() {
    Evaluation e =
        Target.atLeast(Indicator.ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.of(7999, 10_000));
    JsonNode json = Examples.MAPPER.valueToTree(e);
    assertThat(json.get("verdict").asText()).isEqualTo("NOT_MET");
    assertThat(json.get("gap").isTextual()).isTrue();
    assertThat(json.get("gap").asText()).isEqualTo("-0.01");
    assertThat(json.get("shortfall").longValue()).isEqualTo(1);
    assertThat(json.get("message").get("vi").asText())
        .isEqualTo("Chưa đạt: 79,99% < 80%, thiếu 1 hồ sơ");
    assertThat(json.get("scope").isNull()).isTrue();
  }

  @Test
  void noDataHasNullGapAndShortfall() {
    Evaluation e = Target.atLeast(Indicator.FULL_ONLINE, "80%").evaluate(Rate.undefined());
    JsonNode json = Examples.MAPPER.valueToTree(e);
    assertThat(json.get("verdict").asText()).isEqualTo("NO_DATA");
    assertThat(json.get("gap").isNull()).isTrue();
    assertThat(json.get("shortfall").isNull()).isTrue();
    assertThat(read(json.toString(), Evaluation.class)).isEqualTo(e);
  }

  @Test
  void evaluationsOfEveryRowOfARealReportComeBackWithTheirScopeAndTerritory() {
    KpiReport report = Examples.query().within("436").byTier().byUnit().compute(Indicator.values());
    TargetSet targets =
        TargetSet.builder("Kế hoạch minh họa")
            .source("QĐ minh họa")
            .add(Target.atLeast(Indicator.ONLINE_SUBMISSION_ELIGIBLE, "60%"))
            .add(
                Target.atLeast(Indicator.RESULT_DIGITIZATION, "90%")
                    .forTiers(AdministrativeLevel.COMMUNE)
                    .judgedOn(Judgement.published()))
            .add(Target.atMost(Indicator.ON_TIME_RESOLVED, "99,5%"))
            .add(Target.atLeast(Indicator.ONLINE_PAYMENT, "50%"))
            .build();
    TargetSetEvaluation all = targets.evaluate(report);
    List<Evaluation> evaluations = new ArrayList<>(all.evaluations());
    assertThat(evaluations).hasSizeGreaterThan(8);
    for (Evaluation e : evaluations) {
      assertThat(e.scope()).isPresent();
      Evaluation back = read(write(e), Evaluation.class);
      assertThat(back).isEqualTo(e);
      assertThat(back.describe(Examples.ENGLISH)).isEqualTo(e.describe(Examples.ENGLISH));
    }
  }

  @Test
  void aVerdictThatDisagreesWithTheRateIsRefused() {
    Evaluation e =
        Target.atLeast(Indicator.ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.of(7999, 10_000));
    String tampered = write(e).replace("\"verdict\":\"NOT_MET\"", "\"verdict\":\"MET\"");
    assertThatThrownBy(() -> read(tampered, Evaluation.class))
        .cause()
        .hasMessageContaining("\"verdict\" is \"MET\" but the other fields give NOT_MET");
  }

  @Test
  void aRowThatDoesNotFitItsTerritoryIsRefused() {
    KpiReport report = Examples.query().within("436").byUnit().compute(Indicator.FULL_ONLINE);
    Evaluation e =
        Target.atLeast(Indicator.FULL_ONLINE, "50%").evaluate(report, Scope.unit(Examples.WARD));
    String json = write(e);
    assertThat(read(json, Evaluation.class)).isEqualTo(e);
    String orphan = json.replaceFirst("\"territory\":\\{[^}]*\\}", "\"territory\":null");
    assertThatThrownBy(() -> read(orphan, Evaluation.class))
        .cause()
        .hasMessageContaining("is not a unit directly below the report's territory");
  }

  @Test
  void aTargetWithEveryOptionComesBack() {
    Target t =
        Target.atMost(Indicator.ON_TIME_RESOLVED, "2,5%")
            .forTiers(AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE)
            .forUnits("436", "28252")
            .during(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
            .setBy("QĐ 3433/QĐ-UBND ngày 25/12/2023")
            .judgedOn(Judgement.published(1, RoundingMode.DOWN));
    assertThat(read(write(t), Target.class)).isEqualTo(t);
    assertThat(write(t))
        .contains("\"threshold\":\"2.5\"")
        .contains("\"judgement\":{\"kind\":\"published\",\"scale\":1,\"rounding\":\"DOWN\"}");
  }
}
