package io.github.dvckpi.target;

import static io.github.dvckpi.domain.AdministrativeLevel.COMMUNE;
import static io.github.dvckpi.domain.AdministrativeLevel.DISTRICT;
import static io.github.dvckpi.indicator.Indicator.ONLINE_PAYMENT;
import static io.github.dvckpi.indicator.Indicator.ONLINE_SUBMISSION_ELIGIBLE;
import static io.github.dvckpi.indicator.Indicator.RESULT_DIGITIZATION;
import static io.github.dvckpi.rate.RateFormat.ENGLISH;
import static io.github.dvckpi.rate.RateFormat.VIETNAMESE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import io.github.dvckpi.sample.HaTinh2024;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed's TP Hà Tĩnh figures against an ILLUSTRATIVE target set. The article names the plan
 * (Quyết định 3433/QĐ-UBND ngày 25/12/2023) but does not quote its target values, so every
 * threshold below is invented for the example and the set says so; none is attributed to the plan.
 */
class HaTinhSeedTargetsTest {

  /** The illustrative plan, in the documented text format (also shown in docs/targets.md). */
  static final String ILLUSTRATIVE_PLAN =
      "# MINH HỌA / ILLUSTRATIVE: the thresholds are invented, not the plan's\n"
          + "plan; Chỉ tiêu MINH HỌA cho TP Hà Tĩnh 2024 (ILLUSTRATIVE)\n"
          + "note; Giá trị giả định: bài báo không nêu chỉ tiêu của QĐ 3433/QĐ-UBND ngày 25/12/2023\n"
          + "note; Invented values: the article does not quote the targets of QĐ 3433/QĐ-UBND\n"
          + "target; online-submission-eligible; >=; 95%\n"
          + "target; full-online; >=; 80%\n"
          + "target; result-digitization; >=; 90%\n"
          + "target; online-payment; >=; 85%\n";

  @Test
  void theIllustrativePlanIsLabelledAndAttributesNothingToTheRealPlan() {
    TargetSet plan = TargetSet.parse(ILLUSTRATIVE_PLAN);
    assertThat(plan.name()).contains("MINH HỌA", "ILLUSTRATIVE");
    assertThat(plan.source()).isEmpty();
    assertThat(plan.targets()).allMatch(t -> t.source().isEmpty());
    assertThat(plan.notes()).anyMatch(n -> n.contains("không nêu chỉ tiêu"));
  }

  /** The published percents alone (no counts): verdicts and gaps in percentage points. */
  @Test
  void thePublishedFiguresAgainstTheIllustrativeTargets() {
    Target online = Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "95%");
    Target digitized = Target.atLeast(RESULT_DIGITIZATION, "90%");
    Target payment = Target.atLeast(ONLINE_PAYMENT, "85%");
    // a published percent p with two decimals is the rate p·100 / 10.000
    assertThat(online.evaluate(Rate.of(9979, 10_000)).gap()).isEqualByComparingTo("4.79");
    assertThat(online.evaluate(Rate.of(9977, 10_000)).verdict()).isEqualTo(Verdict.MET);
    assertThat(digitized.evaluate(Rate.of(9244, 10_000)).verdict()).isEqualTo(Verdict.MET);
    assertThat(digitized.evaluate(Rate.of(9971, 10_000)).verdict()).isEqualTo(Verdict.MET);
    Evaluation communes = digitized.evaluate(Rate.of(8836, 10_000));
    assertThat(communes.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(communes.gap()).isEqualByComparingTo("-1.64");
    assertThat(payment.evaluate(Rate.of(8399, 10_000)).gap()).isEqualByComparingTo("-1.01");
  }

  /** The same, row by row, on the bundled example's counts that reproduce the figures. */
  @Test
  void theCityReportEvaluatedRowByRow() {
    KpiReport city = HaTinh2024.haTinhCity();
    // the example's counts reproduce the published figures at 2 decimals
    assertThat(city.rate(DISTRICT, ONLINE_SUBMISSION_ELIGIBLE).percent(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("99.79");
    assertThat(city.rate(COMMUNE, ONLINE_SUBMISSION_ELIGIBLE).percent(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("99.77");
    assertThat(city.total(RESULT_DIGITIZATION).percent(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("92.44");
    assertThat(city.total(ONLINE_PAYMENT).percent(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo("83.99");

    TargetSetEvaluation result = TargetSet.parse(ILLUSTRATIVE_PLAN).evaluate(city);
    assertThat(result.notEvaluated()).isEmpty();
    assertThat(result.evaluations()).hasSize(12); // 4 targets × (2 tiers + total)
    assertThat(result.count(Verdict.MET)).isEqualTo(9);
    assertThat(result.count(Verdict.NOT_MET)).isEqualTo(3);
    List<String> notMet =
        result.evaluations().stream()
            .filter(e -> e.verdict() == Verdict.NOT_MET)
            .map(e -> e.describe(VIETNAMESE))
            .toList();
    assertThat(notMet)
        .containsExactly(
            "TP Hà Tĩnh, cấp xã — Tỷ lệ số hóa kết quả giải quyết TTHC: Chưa đạt: 88,36% < 90%,"
                + " thiếu 10 hồ sơ",
            "TP Hà Tĩnh, cấp xã — Tỷ lệ hồ sơ thanh toán trực tuyến: Chưa đạt: 81,07% < 85%,"
                + " thiếu 21 hồ sơ",
            "TP Hà Tĩnh, tổng các cấp — Tỷ lệ hồ sơ thanh toán trực tuyến: Chưa đạt: 83,99% < 85%,"
                + " thiếu 8 hồ sơ");
    Evaluation payment =
        result.evaluations().stream()
            .filter(e -> e.target().indicator() == ONLINE_PAYMENT)
            .filter(e -> e.scope().orElseThrow().equals(Scope.total()))
            .findFirst()
            .orElseThrow();
    // 656/781: 8 failures turned into successes give 664/781 ≥ 85%; or 53 more new dossiers paid
    // online (0,15·k ≥ 7,85)
    assertThat(payment.rate()).isEqualTo(Rate.of(656, 781));
    assertThat(payment.shortfall()).isEqualTo(8);
    assertThat(payment.moreSuccessfulNewDossiers()).contains(java.math.BigInteger.valueOf(53));
    assertThat(payment.gapExactly())
        .isEqualTo(Fraction.percentOf(Rate.of(656, 781)).minus(Fraction.of(85)));
    assertThat(payment.gap().setScale(2, RoundingMode.HALF_UP))
        .isEqualByComparingTo(new BigDecimal("-1.01"));
    assertThat(result.format(ENGLISH))
        .startsWith(
            "Chỉ tiêu MINH HỌA cho TP Hà Tĩnh 2024 (ILLUSTRATIVE)\n"
                + "Note: Giá trị giả định: bài báo không nêu chỉ tiêu của QĐ 3433/QĐ-UBND ngày 25/12/2023\n")
        .contains(
            "TP Hà Tĩnh, commune tier — Online payment ≥ 85%: Not met: 81.07% < 85%, short by 21 dossiers");
  }
}
