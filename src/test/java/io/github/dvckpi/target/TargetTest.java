package io.github.dvckpi.target;

import static io.github.dvckpi.indicator.Indicator.ONLINE_PAYMENT;
import static io.github.dvckpi.indicator.Indicator.ONLINE_SUBMISSION_ELIGIBLE;
import static io.github.dvckpi.indicator.Indicator.ON_TIME_RESOLVED;
import static io.github.dvckpi.rate.RateFormat.ENGLISH;
import static io.github.dvckpi.rate.RateFormat.VIETNAMESE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.Scope;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of targets and their evaluations. */
class TargetTest {

  @Test
  void theJShellExamples() {
    Evaluation short1 =
        Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.of(7999, 10_000));
    assertThat(short1.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(short1.shortfall()).isEqualTo(1);
    assertThat(short1.gap()).isEqualByComparingTo("-0.01");
    assertThat(short1.moreSuccessfulNewDossiers()).contains(BigInteger.valueOf(5));

    Evaluation met =
        Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.of(8000, 10_000));
    assertThat(met.verdict()).isEqualTo(Verdict.MET);
    assertThat(met.shortfall()).isZero();
    assertThat(met.gap()).isEqualByComparingTo("0");
    assertThat(met.moreSuccessfulNewDossiers()).contains(BigInteger.ZERO);

    Evaluation late = Target.atMost(ON_TIME_RESOLVED, "2%").evaluate(Rate.of(203, 10_000));
    assertThat(late.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(late.shortfall()).isEqualTo(3);
    assertThat(late.gap()).isEqualByComparingTo("-0.03");
    // 203/(10.000 + k) <= 2%  ⇔  k >= 150
    assertThat(late.moreSuccessfulNewDossiers()).contains(BigInteger.valueOf(150));
  }

  @Test
  void messagesInVietnameseAndEnglish() {
    Target t = Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%");
    assertThat(t.evaluate(Rate.of(9979, 10_000)).message(VIETNAMESE))
        .isEqualTo("Đạt (99,79% ≥ 80%)");
    assertThat(t.evaluate(Rate.of(9979, 10_000)).message(ENGLISH)).isEqualTo("Met (99.79% ≥ 80%)");
    assertThat(t.evaluate(Rate.of(8000, 10_000)).message(ENGLISH)).isEqualTo("Met (80% = 80%)");
    // 76,11% of 100.000 is 76.110: 3.890 short of 80.000
    Evaluation e = t.evaluate(Rate.of(76_110, 100_000));
    assertThat(e.message(VIETNAMESE)).isEqualTo("Chưa đạt: 76,11% < 80%, thiếu 3.890 hồ sơ");
    assertThat(e.message(ENGLISH)).isEqualTo("Not met: 76.11% < 80%, short by 3,890 dossiers");
    assertThat(t.evaluate(Rate.of(7999, 10_000)).message(ENGLISH))
        .isEqualTo("Not met: 79.99% < 80%, short by 1 dossier");
    Target late = Target.atMost(ON_TIME_RESOLVED, "2%");
    assertThat(late.evaluate(Rate.of(203, 10_000)).message(VIETNAMESE))
        .isEqualTo("Chưa đạt: 2,03% > 2%, thừa 3 hồ sơ");
    assertThat(late.evaluate(Rate.of(203, 10_000)).message(ENGLISH))
        .isEqualTo("Not met: 2.03% > 2%, over by 3 dossiers");
    assertThat(late.evaluate(Rate.of(150, 10_000)).message(ENGLISH)).isEqualTo("Met (1.50% ≤ 2%)");
  }

  @Test
  void theExactPercentShowsAsManyDecimalsAsTheComparisonNeeds() {
    Target t = Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%");
    assertThat(t.evaluate(Rate.of(79_996, 100_000)).message(VIETNAMESE))
        .isEqualTo("Chưa đạt: 79,996% < 80%, thiếu 4 hồ sơ");
    assertThat(t.evaluate(Rate.of(8_000_001, 10_000_000)).message(ENGLISH))
        .isEqualTo("Met (80.00001% ≥ 80%)");
  }

  @Test
  void publishedJudgementCanDisagreeWithTheExactOneAndSaysSo() {
    Target t = Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%");
    Rate r = Rate.of(79_996, 100_000);
    Evaluation exact = t.evaluate(r);
    Evaluation published = t.judgedOn(Judgement.published()).evaluate(r);
    assertThat(exact.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(exact.judgement().isExact()).isTrue();
    assertThat(exact.publishedPercent()).isEmpty();
    assertThat(published.verdict()).isEqualTo(Verdict.MET);
    assertThat(published.exactVerdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(published.judgement()).isEqualTo(Judgement.published(2, RoundingMode.HALF_UP));
    assertThat(published.publishedPercent()).contains(new BigDecimal("80.00"));
    assertThat(published.shortfall()).isZero();
    assertThat(published.gap()).isEqualByComparingTo("0");
    assertThat(published.message(VIETNAMESE))
        .isEqualTo(
            "Đạt theo tỷ lệ công bố (80,00% = 80%); theo tỷ lệ chính xác 79,996% thì chưa đạt");
    assertThat(published.message(ENGLISH))
        .isEqualTo("Met as published (80.00% = 80%); on the exact rate 79.996% it is not met");
    // the same rate judged on another rounding, through evaluate(rate, judgement)
    Evaluation down = t.evaluate(r, Judgement.published(2, RoundingMode.DOWN));
    assertThat(down.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(down.shortfall()).isEqualTo(4);
    assertThat(down.message(ENGLISH))
        .isEqualTo("Not met as published: 79.99% < 80%, short by 4 dossiers");
  }

  @Test
  void noDataIsNeitherMetNorNotMet() {
    Evaluation e = Target.atLeast(ONLINE_PAYMENT, "50%").evaluate(Rate.undefined());
    assertThat(e.verdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(e.exactVerdict()).isEqualTo(Verdict.NO_DATA);
    assertThat(e.hasData()).isFalse();
    assertThat(e.publishedPercent()).isEmpty();
    assertThat(e.message(VIETNAMESE))
        .isEqualTo("Không có dữ liệu (0/0): không đánh giá được ≥ 50%");
    assertThat(e.message(ENGLISH)).isEqualTo("No data (0/0): ≥ 50% cannot be judged");
    assertThatThrownBy(e::shortfall)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no data")
        .hasMessageContaining("shortfall");
    assertThatThrownBy(e::gap).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(e::moreSuccessfulNewDossiers).isInstanceOf(IllegalStateException.class);
    assertThat(
            Target.atLeast(ONLINE_PAYMENT, "50%")
                .judgedOn(Judgement.published())
                .evaluate(Rate.undefined())
                .publishedPercent())
        .isEmpty();
  }

  @Test
  void impossibleAlternativeReadingsAreEmpty() {
    assertThat(
            Target.atLeast(ONLINE_PAYMENT, "100%")
                .evaluate(Rate.of(9, 10))
                .moreSuccessfulNewDossiers())
        .isEmpty();
    assertThat(Target.atLeast(ONLINE_PAYMENT, "100%").evaluate(Rate.of(9, 10)).shortfall())
        .isEqualTo(1);
    assertThat(
            Target.atMost(ONLINE_PAYMENT, "0%")
                .evaluate(Rate.of(1, 10))
                .moreSuccessfulNewDossiers())
        .isEmpty();
    // rounded down at 0 decimals, the published rate never reaches 100%
    assertThat(
            Target.atLeast(ONLINE_PAYMENT, "100%")
                .evaluate(Rate.of(9, 10), Judgement.published(0, RoundingMode.DOWN))
                .moreSuccessfulNewDossiers())
        .isEmpty();
    // rounded half up at 0 decimals, 99,5% is published as 100%: 9 + k over 10 + k, k = 190
    assertThat(
            Target.atLeast(ONLINE_PAYMENT, "100%")
                .evaluate(Rate.of(9, 10), Judgement.published(0, RoundingMode.HALF_UP))
                .moreSuccessfulNewDossiers())
        .contains(BigInteger.valueOf(190));
  }

  @Test
  void gapIsRoundedAwayFromZeroOnlyWhenItDoesNotTerminate() {
    Evaluation third = Target.atLeast(ONLINE_PAYMENT, "50%").evaluate(Rate.of(1, 3));
    assertThat(third.gapExactly()).isEqualTo(Fraction.of(-50, 3));
    assertThat(third.gap()).isEqualByComparingTo("-16.666666666666666666666666666667");
    Evaluation exactOne = Target.atLeast(ONLINE_PAYMENT, "50%").evaluate(Rate.of(3, 8));
    assertThat(exactOne.gap()).isEqualByComparingTo("-12.5");
  }

  @Test
  void aThresholdAboveZeroAndAtMostOneWithoutAPercentSignIsRefusedAsAmbiguous() {
    assertThatThrownBy(() -> Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "0,8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "threshold \"0,8\" is ambiguous without a % sign: 0.8% or a share of 0.8 (80%)? Write"
                + " the % sign, e.g. \"0,8%\"");
    assertThatThrownBy(() -> Threshold.parse("1")).hasMessageContaining("(100%)");
    assertThat(Threshold.parse("0,8%").percent()).isEqualByComparingTo("0.8");
    assertThat(Threshold.parse("0")).isEqualTo(Threshold.ZERO);
    assertThat(Threshold.parse("1,5")).isEqualTo(Threshold.parse("1,5%"));
  }

  @Test
  void theSignIsRequiredExactlyWhereAFigureIsAmbiguous() {
    org.quicktheories.QuickTheory.qt()
        .forAll(org.quicktheories.generators.SourceDSL.integers().between(0, 100_000))
        .checkAssert(
            tenThousandths -> {
              BigDecimal value = BigDecimal.valueOf(tenThousandths, 4);
              String bare = value.toPlainString().replace('.', ',');
              assertThat(Threshold.parse(bare + "%").percent()).isEqualByComparingTo(value);
              boolean ambiguous = tenThousandths > 0 && tenThousandths <= 10_000;
              if (ambiguous) {
                assertThatThrownBy(() -> Threshold.parse(bare)).hasMessageContaining("ambiguous");
              } else {
                assertThat(Threshold.parse(bare).percent()).isEqualByComparingTo(value);
              }
            });
  }

  @Test
  void thresholdsParseAsPlansWriteThem() {
    assertThat(Threshold.parse("80%")).isEqualTo(Threshold.ofPercent(80));
    assertThat(Threshold.parse("80,5%")).isEqualTo(Threshold.parse("80.5%"));
    assertThat(Threshold.parse(" 80,50 % ").percent()).isEqualByComparingTo("80.5");
    assertThat(Threshold.parse("80.0")).isEqualTo(Threshold.parse("80"));
    assertThat(Threshold.parse("100%")).isEqualTo(Threshold.HUNDRED);
    assertThat(Threshold.parse("0%")).isEqualTo(Threshold.ZERO);
    assertThat(Threshold.parse("0,000%")).isEqualTo(Threshold.ZERO);
    assertThat(Threshold.ofPercent(new BigDecimal("1E+2"))).isEqualTo(Threshold.HUNDRED);
    assertThat(Threshold.parse("80,5%").format(VIETNAMESE)).isEqualTo("80,5%");
    assertThat(Threshold.parse("80,5%").format(ENGLISH)).isEqualTo("80.5%");
    assertThat(Threshold.parse("80,5%")).hasToString("80,5%");
    assertThat(Threshold.parse("80,5%").share()).isEqualTo(Fraction.of(161, 200));
    assertThat(Threshold.parse("98%").complement()).isEqualTo(Threshold.parse("2%"));
    for (String bad :
        List.of("", "%", "abc", "80,5,1%", "1.000.000%", "-1%", "100,01%", "101%", "8 0%")) {
      assertThatThrownBy(() -> Threshold.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("threshold");
    }
    assertThatThrownBy(() -> Target.atLeast(ONLINE_PAYMENT, "120%"))
        .hasMessage("threshold 120% is outside [0%, 100%]");
    assertThatThrownBy(() -> Target.atMost(ONLINE_PAYMENT, new BigDecimal("-0.5")))
        .hasMessage("threshold -0.5% is outside [0%, 100%]");
  }

  @Test
  void thresholdComparesRatesExactly() {
    Threshold t = Threshold.parse("80,5%");
    assertThat(t.compareRate(Rate.of(805, 1000))).isZero();
    assertThat(t.compareRate(Rate.of(804_999_999_999L, 1_000_000_000_000L))).isNegative();
    assertThat(t.compareRate(Rate.of(Long.MAX_VALUE, Long.MAX_VALUE))).isPositive();
    assertThatThrownBy(() -> t.compareRate(Rate.undefined()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("undefined");
    assertThat(t).isGreaterThan(Threshold.parse("80,49%"));
    new EqualsTester()
        .addEqualityGroup(Threshold.parse("80%"), Threshold.parse("80,00%"))
        .addEqualityGroup(Threshold.parse("80,5%"))
        .testEquals();
  }

  @Test
  void bigDecimalFactoriesMatchTheStringOnes() {
    assertThat(Target.atLeast(ONLINE_PAYMENT, new BigDecimal("80.5")))
        .isEqualTo(Target.atLeast(ONLINE_PAYMENT, "80,5%"));
    assertThat(Target.atMost(ONLINE_PAYMENT, BigDecimal.valueOf(2)))
        .isEqualTo(Target.atMost(ONLINE_PAYMENT, "2%"));
  }

  @Test
  void targetsCarryScopePeriodAndSource() {
    DateRange y2024 = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    Target t =
        Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%")
            .forTiers(AdministrativeLevel.COMMUNE, AdministrativeLevel.DISTRICT)
            .forUnits("436")
            .during(y2024)
            .setBy(" QĐ 3433/QĐ-UBND ngày 25/12/2023 ");
    assertThat(t.indicator()).isEqualTo(ONLINE_SUBMISSION_ELIGIBLE);
    assertThat(t.direction()).isEqualTo(Direction.AT_LEAST);
    assertThat(t.threshold()).isEqualTo(Threshold.ofPercent(80));
    assertThat(t.tiers())
        .containsExactly(AdministrativeLevel.DISTRICT, AdministrativeLevel.COMMUNE);
    assertThat(t.units()).containsExactly("436");
    assertThat(t.period()).contains(y2024);
    assertThat(t.source()).contains("QĐ 3433/QĐ-UBND ngày 25/12/2023");
    assertThat(t.judgement()).isEqualTo(Judgement.exact());
    assertThat(t.describe(VIETNAMESE))
        .isEqualTo(
            "Tỷ lệ hồ sơ trực tuyến (TTHC đủ điều kiện) ≥ 80% (cấp huyện, cấp xã; đơn vị 436; "
                + y2024
                + "; QĐ 3433/QĐ-UBND ngày 25/12/2023)");
    assertThat(t.judgedOn(Judgement.published()).describe(ENGLISH))
        .isEqualTo(
            "Online submission (eligible procedures) ≥ 80% (district tier, commune tier; units 436; "
                + y2024
                + "; the published rate (2 decimals, HALF_UP); QĐ 3433/QĐ-UBND ngày 25/12/2023)");
    assertThat(Target.atMost(ONLINE_PAYMENT, "2%"))
        .hasToString("Tỷ lệ hồ sơ thanh toán trực tuyến ≤ 2%");
    assertThat(t.forTiers(List.of()).tiers()).isEmpty();
    assertThat(t.forUnits().units()).isEmpty();
    assertThatThrownBy(() -> t.forUnits(" ")).hasMessageContaining("unit code");
    assertThatThrownBy(() -> t.setBy(" ")).hasMessageContaining("source");
  }

  @Test
  void appliesToScopesAndPeriods() {
    AdministrativeUnit city =
        AdministrativeUnit.of("436", "TP Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42");
    AdministrativeUnit ward =
        AdministrativeUnit.of("28534", "Phường Thành Sen", UnitKind.WARD, "436");
    Target everywhere = Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%");
    Target communes = everywhere.forTiers(AdministrativeLevel.COMMUNE);
    Target districts = everywhere.forTiers(AdministrativeLevel.DISTRICT);
    Target inCity = everywhere.forUnits("436");
    Scope communeTier = Scope.tier(AdministrativeLevel.COMMUNE);
    assertThat(everywhere.appliesTo(Scope.total(), null)).isTrue();
    assertThat(everywhere.appliesTo(Scope.unit(ward), city)).isTrue();
    assertThat(communes.appliesTo(communeTier, city)).isTrue();
    assertThat(communes.appliesTo(Scope.tier(AdministrativeLevel.DISTRICT), city)).isFalse();
    assertThat(communes.appliesTo(Scope.total(), city)).isFalse();
    // a unit row spans the unit and everything under it: it has no single tier
    assertThat(communes.appliesTo(Scope.unit(ward), city)).isFalse();
    // a territory's own agencies are of the territory's tier
    assertThat(districts.appliesTo(Scope.ownAgencies(city), city)).isTrue();
    assertThat(communes.appliesTo(Scope.ownAgencies(city), city)).isFalse();
    assertThat(inCity.appliesTo(communeTier, city)).isTrue();
    assertThat(inCity.appliesTo(Scope.total(), city)).isTrue();
    assertThat(inCity.appliesTo(Scope.ownAgencies(city), null)).isTrue();
    assertThat(inCity.appliesTo(communeTier, null)).isFalse();
    assertThat(inCity.appliesTo(Scope.unit(ward), city)).isFalse();
    assertThat(everywhere.forUnits("28534").appliesTo(Scope.unit(ward), city)).isTrue();

    DateRange y2024 = DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    Target in2024 = everywhere.during(y2024);
    assertThat(everywhere.appliesDuring(y2024)).isTrue();
    assertThat(
            in2024.appliesDuring(
                DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 14))))
        .isTrue();
    assertThat(
            in2024.appliesDuring(
                DateRange.of(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 12, 14))))
        .isTrue();
    assertThat(
            in2024.appliesDuring(
                DateRange.of(LocalDate.of(2022, 12, 15), LocalDate.of(2023, 12, 14))))
        .isFalse();
  }

  @Test
  void bareEvaluationsHaveNoScope() {
    Evaluation e =
        Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%").evaluate(Rate.of(9977, 10_000));
    assertThat(e.scope()).isEmpty();
    assertThat(e.territory()).isEmpty();
    assertThat(e.where(ENGLISH)).isEmpty();
    assertThat(e.rate()).isEqualTo(Rate.of(9977, 10_000));
    assertThat(e.target()).isEqualTo(Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%"));
    assertThat(e).hasToString("Tỷ lệ hồ sơ trực tuyến (TTHC đủ điều kiện): Đạt (99,77% ≥ 80%)");
    assertThat(
            Target.atLeast(ONLINE_PAYMENT, "80%").evaluate(Rate.of(8399, 10_000)).describe(ENGLISH))
        .isEqualTo("Online payment: Met (83.99% ≥ 80%)");
  }

  @Test
  void equalityOfTargetsAndEvaluations() {
    Target a = Target.atLeast(ONLINE_PAYMENT, "80%");
    new EqualsTester()
        .addEqualityGroup(a, Target.atLeast(ONLINE_PAYMENT, "80,0%"))
        .addEqualityGroup(Target.atMost(ONLINE_PAYMENT, "80%"))
        .addEqualityGroup(a.forTiers(AdministrativeLevel.COMMUNE))
        .addEqualityGroup(a.forUnits("436"))
        .addEqualityGroup(a.setBy("QĐ"))
        .addEqualityGroup(a.judgedOn(Judgement.published()))
        .addEqualityGroup(
            a.during(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(a.evaluate(Rate.of(1, 2)), a.evaluate(Rate.of(1, 2)))
        .addEqualityGroup(a.evaluate(Rate.of(2, 4)))
        .addEqualityGroup(a.evaluate(Rate.of(1, 2), Judgement.published()))
        .testEquals();
  }

  @Test
  void judgementsDescribeThemselves() {
    assertThat(Judgement.exact()).hasToString("exact");
    assertThat(Judgement.published()).hasToString("published(2, HALF_UP)");
    assertThat(Judgement.exact().describe(VIETNAMESE)).isEqualTo("tỷ lệ chính xác");
    assertThat(Judgement.published().describe(VIETNAMESE))
        .isEqualTo("tỷ lệ công bố (2 chữ số thập phân, HALF_UP)");
    assertThat(Judgement.published().scale()).isEqualTo(2);
    assertThat(Judgement.published().roundingMode()).isEqualTo(RoundingMode.HALF_UP);
    assertThatThrownBy(() -> Judgement.exact().scale()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Judgement.exact().roundingMode())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Judgement.published(2, RoundingMode.UNNECESSARY))
        .hasMessageContaining("UNNECESSARY");
    assertThatThrownBy(() -> Judgement.published(31, RoundingMode.UP))
        .hasMessageContaining("scale");
    new EqualsTester()
        .addEqualityGroup(Judgement.exact(), Judgement.exact())
        .addEqualityGroup(Judgement.published(), Judgement.published(2, RoundingMode.HALF_UP))
        .addEqualityGroup(Judgement.published(2, RoundingMode.DOWN))
        .addEqualityGroup(Judgement.published(3, RoundingMode.HALF_UP))
        .testEquals();
  }

  @Test
  void directionsAndVerdictsHaveNames() {
    assertThat(Direction.AT_LEAST.displayName(VIETNAMESE)).isEqualTo("tối thiểu");
    assertThat(Direction.AT_MOST.displayName(ENGLISH)).isEqualTo("at most");
    assertThat(Direction.AT_MOST.opposite()).isEqualTo(Direction.AT_LEAST);
    assertThat(Direction.AT_LEAST.better(1)).isEqualTo(1);
    assertThat(Direction.AT_MOST.better(1)).isEqualTo(-1);
    assertThat(Verdict.NOT_MET.displayName(VIETNAMESE)).isEqualTo("Chưa đạt");
    assertThat(Verdict.NO_DATA.displayName(ENGLISH)).isEqualTo("No data");
  }
}
