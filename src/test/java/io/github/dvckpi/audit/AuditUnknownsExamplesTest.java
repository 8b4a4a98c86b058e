package io.github.dvckpi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Range;
import io.github.dvckpi.audit.Finding.Kind;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The five shapes of the issue on audits with unknowns, and the edges of each check. */
class AuditUnknownsExamplesTest {

  private static final Locale VI = RateFormat.VIETNAMESE;
  private static final Locale EN = RateFormat.ENGLISH;

  private static Range<BigDecimal> closed(long lo, long hi) {
    return Range.closed(BigDecimal.valueOf(lo), BigDecimal.valueOf(hi));
  }

  // ------------------------------------------------------------ the five shapes

  @Test
  void resolvedAndOnTimeRatesCannotShareOneResolvedCount() {
    AuditResult r = FigureAudit.sharedDenominator("95,0% of 10.000", "99,0% with 150 late");
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.UNKNOWN_RANGE))
        .extracting(f -> f.message(VI))
        .containsExactly(
            "\"95,0% of 10.000\": x/10.000 cho 95,0% [94,95%; 95,05%) khi x trong [9.495; 9.504].",
            "\"99,0% with 150 late\": (x − 150)/x cho 99,0% [98,95%; 99,05%) khi x trong"
                + " [14.286; 15.789].");
    assertThat(r.findings(Kind.CONFLICTING_FIGURES)).hasSize(1);
    assertThat(r.findings(Kind.CONFLICTING_FIGURES).get(0).message(EN))
        .contains("x in [9,495, 9,504]", "x in [14,286, 15,789]", "cannot share one denominator");
    assertThat(r.unknowns()).isEmpty();
  }

  @Test
  void seventyThreeDossiersCannotBeFortyOnePointFiftyThreePercentOfAnyBase() {
    AuditResult r = FigureAudit.rate("41,53%", 73);
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.NO_SOLUTION)).hasSize(1);
    assertThat(r.findings().get(0).message(VI))
        .isEqualTo(
            "Không mẫu số d nào làm 73/d cho ra 41,53% [41,525%; 41,535%): d phải nằm trong"
                + " (175,75538702…; 175,79771222…], khoảng này không chứa số nguyên nào (73/175 ="
                + " 41,7142…%, 73/176 = 41,4772…%). Con số không thể đúng, dù mẫu số là bao"
                + " nhiêu.");
    assertThat(r.findings().get(0).message(EN)).contains("impossible whatever the base");
    assertThat(r.unknown("d")).isEmpty();
  }

  @Test
  void sixtySixPointSixSevenIsNamedAnUnweightedMeanOfRates() {
    AuditResult r = FigureAudit.aggregateOfCounts("66,67%", "40/50", "90/100", "300/1.000");
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.POOLED_RATE_MISMATCH).get(0).message(EN))
        .isEqualTo(
            "66.67% is not the share of dossiers of the parts: the pooled rate Σn/Σd = (40 + 90 +"
                + " 300)/(50 + 100 + 1,000) = 430/1,150 = 37.3913…%, which prints as 37.39%"
                + " (66.67% needs a ratio in [66.665%, 66.675%)).");
    assertThat(r.findings(Kind.MEAN_OF_RATES).get(0).message(EN))
        .startsWith(
            "66.67% is the unweighted mean of the parts' rates: (80% + 90% + 30%)/3 = 66.6666…%,"
                + " which prints as 66.67%. That is a mean of rates, not the share of dossiers");
    assertThat(r.findings(Kind.MEAN_OF_RATES).get(0).message(VI))
        .contains("trung bình cộng không trọng số", "tỷ lệ hồ sơ là 37,39%");
    assertThat(r.findings(Kind.MEAN_OF_PRINTED_RATES)).hasSize(1);
  }

  @Test
  void yearToDateBelowItsMonthsIsFlagged() {
    AuditResult r = FigureAudit.cumulative("2", "2", "2");
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.CUMULATIVE_BELOW_PARTS).get(0).message(EN))
        .isEqualTo(
            "2 is below the sum of the disjoint parts it contains, 2 + 2 = 4: a cumulative figure"
                + " counts every one of its parts, so it is at least 2 short.");
    assertThat(r.findings().get(0).message(VI)).contains("số lũy kế", "thiếu ít nhất 2");
  }

  @Test
  void indexTotalWithOneUnprintedGroupIsFeasibleWithThatGroupsRange() {
    AuditResult r =
        FigureAudit.indexScore("83,08", "15,7/18", "18,7/20", "7,9/12", "9/10", "18/18", "?/22");
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.unknown("c6"))
        .contains(Range.open(new BigDecimal("13.125"), new BigDecimal("14.935")));
    assertThat(r.findings(Kind.UNKNOWN_RANGE).get(0).message(VI))
        .isEqualTo(
            "Thành phần không được in ?/22 (thành phần thứ 6) phải nằm trong (13,125; 14,935) để"
                + " tổng 83,08 [83,075; 83,085) đúng.");
    // the published component is inside the range
    assertThat(r.unknown("c6").orElseThrow().contains(new BigDecimal("13.8"))).isTrue();
  }

  @Test
  void indexTotalOutOfReachOfTheUnprintedGroupIsInconsistent() {
    AuditResult r =
        FigureAudit.indexScore("99", "15,7/18", "18,7/20", "7,9/12", "9/10", "18/18", "?/22");
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.SCORE_SUM_MISMATCH)).hasSize(1);
    assertThat(r.unknowns()).isEmpty();
  }

  // ------------------------------------------------------------ rate with an unknown denominator

  @Test
  void someDenominatorsGiveThePrintedRateAsATightRange() {
    AuditResult r = FigureAudit.rate("95,0%", 9500);
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.unknown("d")).contains(closed(9995, 10_005));
    assertThat(r.findings().get(0).message(EN))
        .isEqualTo(
            "9,500/d gives 95.0% [94.95%, 95.05%) for every denominator d in [9,995, 10,005] (11"
                + " values): from 9,500/9,995 = 95.047…% to 9,500/10,005 = 94.952…%.");
  }

  @Test
  void aFigureReachingZeroLeavesTheBaseUnboundedAndSaysSo() {
    AuditResult r = FigureAudit.rate("dưới 1%", 3);
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.unknown("d")).contains(Range.atLeast(BigDecimal.valueOf(301)));
    assertThat(r.findings(Kind.UNBOUNDED).get(0).message(EN)).contains("unbounded");
    // the point reading of the bound is bounded
    assertThat(r.findings(Kind.POINT_READING).get(0).message(EN)).contains("[201, 600]");
  }

  @Test
  void noSuccessesGiveZeroPercentOverAnyBase() {
    assertThat(FigureAudit.rate("0%", 0).unknown("d")).contains(Range.atLeast(BigDecimal.ONE));
    AuditResult r = FigureAudit.rate("50%", 0);
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.NO_SOLUTION)).hasSize(1);
  }

  @Test
  void aBoundIsReadBothWays() {
    AuditResult r = FigureAudit.rate("trên 98,75%", 100);
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.unknown("d")).contains(closed(100, 101));
    assertThat(r.findings(Kind.POINT_READING).get(0).message(EN))
        .startsWith("As a point value: no denominator d makes 100/d give 98.75%");
  }

  @Test
  void theThreeArgumentRateStillTakesBothCounts() {
    assertThat(FigureAudit.rate("99,79%", 9979, 10_000).isConsistent()).isTrue();
    assertThat(FigureAudit.rate("99,79%", 9979).unknown("d")).contains(closed(10_000, 10_000));
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> FigureAudit.rate("50%", -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FigureAudit.rateDenominator("50%", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------ rate with an unknown numerator

  @Test
  void someNumeratorsGiveThePrintedRate() {
    AuditResult r = FigureAudit.rateDenominator("41,53%", 10_000);
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.unknown("n")).contains(closed(4153, 4153));
    assertThat(FigureAudit.rateDenominator("41,5%", 1000).unknown("n")).contains(closed(415, 415));
  }

  @Test
  void noNumeratorOverAHundredGivesTwoDecimals() {
    AuditResult r = FigureAudit.rateDenominator("41,53%", 100);
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings().get(0).message(EN))
        .isEqualTo(
            "No numerator n makes n/100 give 41.53% [41.525%, 41.535%): n would have to lie in"
                + " [41.525, 41.535), which holds no whole number (41/100 = 41%, 42/100 = 42%).");
  }

  @Test
  void zeroDossiersGiveNoRate() {
    AuditResult r = FigureAudit.rateDenominator("0%", 0);
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.NOT_A_RATE)).hasSize(1);
  }

  // ------------------------------------------------------------ one unknown base

  @Test
  void ratesThatCanShareABaseGiveItsRange() {
    AuditResult r = FigureAudit.sharedDenominator("95,0% of 10.000", "99,0% is 9.400");
    assertThat(r.isConsistent()).isTrue();
    // 9.400/x in [98,95%; 99,05%) needs x in (9.490,1…; 9.499,7…]
    assertThat(r.unknown("x")).contains(closed(9495, 9499));
    assertThat(r.findings(Kind.HOLDS).get(0).message(EN))
        .isEqualTo("One base x satisfies every relation: x in [9,495, 9,499] (5 values).");
  }

  @Test
  void vietnameseRelationsReadTheSame() {
    AuditResult vi = FigureAudit.sharedDenominator("95,0% của 10.000", "99,0% với 150 trễ hạn");
    AuditResult en = FigureAudit.sharedDenominator("95,0% of 10.000", "99,0% with 150 late");
    assertThat(vi.isConsistent()).isEqualTo(en.isConsistent()).isFalse();
    assertThat(FigureAudit.sharedDenominator("50% là 5", "50% với 5").unknown("x"))
        .contains(closed(10, 10));
  }

  @Test
  void boundsWithoutAnUpperEndLeaveTheSharedBaseUnbounded() {
    AuditResult r = FigureAudit.sharedDenominator("dưới 1% is 3", "dưới 2% with 0");
    assertThat(r.isConsistent()).isFalse();
    AuditResult u = FigureAudit.sharedDenominator("dưới 1% is 3", "trên 98% with 1");
    assertThat(u.isConsistent()).isTrue();
    assertThat(u.unknown("x")).contains(Range.atLeast(BigDecimal.valueOf(301)));
    assertThat(u.findings(Kind.UNBOUNDED)).hasSize(1);
  }

  @Test
  void aRelationImpossibleAloneIsTheSmallestConflict() {
    AuditResult r = FigureAudit.sharedDenominator("41,53% is 73", "95% of 100");
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.NO_SOLUTION).get(0).message(EN))
        .startsWith("No base x satisfies \"41,53% is 73\"");
    assertThat(r.findings(Kind.CONFLICTING_FIGURES)).isEmpty();
  }

  @Test
  void aRelationMustBeReadable() {
    assertThatThrownBy(() -> FigureAudit.sharedDenominator("95% 10.000", "99% of 5"))
        .isInstanceOf(FigureParseException.class);
    assertThatThrownBy(() -> FigureAudit.sharedDenominator("95% of 4,5 nghìn", "99% of 5"))
        .isInstanceOf(FigureParseException.class);
    assertThatThrownBy(() -> FigureAudit.sharedDenominator("95% of 10"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------ cumulative

  @Test
  void aCumulativeFigureCanContainItsParts() {
    AuditResult r = FigureAudit.cumulative("7", "2", "2");
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.findings().get(0).message(EN))
        .isEqualTo("7 can contain its disjoint parts 2 + 2 = 4; outside them it counts 3.");
    assertThat(FigureAudit.cumulative("trên 3", "2", "2").isConsistent()).isTrue();
    // 4,5 nghìn is 4.450 to 4.549
    assertThat(FigureAudit.cumulative("4,5 nghìn", "4.000", "549").isConsistent()).isTrue();
    assertThat(FigureAudit.cumulative("4,5 nghìn", "4.000", "550").isConsistent()).isFalse();
  }

  // ------------------------------------------------------------ aggregate of counts

  @Test
  void thePooledRateHolds() {
    AuditResult r = FigureAudit.aggregateOfCounts("37,39%", "40/50", "90/100", "300/1.000");
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.findings()).extracting(Finding::kind).containsExactly(Kind.HOLDS);
    assertThat(r.findings().get(0).message(VI))
        .isEqualTo(
            "37,39% là tỷ lệ chung của các phần: Σn/Σd = 430/1.150 = 37,3913…%, làm tròn thành"
                + " 37,39%.");
  }

  @Test
  void theMeanOfPrintedRatesIsToldApartFromTheMeanOfRates() {
    // pooled 51/112 = 45,53…%; mean of rates (33,33…% + 55,55…% + 45%)/3 = 44,629…%;
    // mean of the rates printed with one decimal (33,3% + 55,6% + 45,0%)/3 = 44,633…%
    AuditResult r = FigureAudit.aggregateOfCounts("44,5%", "1/3", "5/9", "45/100");
    assertThat(r.findings(Kind.MEAN_OF_RATES)).isEmpty();
    assertThat(r.findings(Kind.MEAN_OF_PRINTED_RATES)).isEmpty();
    AuditResult m = FigureAudit.aggregateOfCounts("44,6%", "1/3", "5/9", "45/100");
    assertThat(m.findings(Kind.MEAN_OF_RATES)).hasSize(1);
    assertThat(m.findings(Kind.MEAN_OF_PRINTED_RATES)).hasSize(1);
  }

  @Test
  void aPartMustBeTwoCounts() {
    assertThatThrownBy(() -> FigureAudit.aggregateOfCounts("50%", "40"))
        .isInstanceOf(FigureParseException.class);
    assertThatThrownBy(() -> FigureAudit.aggregateOfCounts("50%", "60/50"))
        .isInstanceOf(FigureParseException.class);
    assertThatThrownBy(() -> FigureAudit.aggregateOfCounts("50%", "1/0"))
        .isInstanceOf(FigureParseException.class);
    assertThatThrownBy(() -> FigureAudit.aggregateOfCounts("50%"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------ the floating-point tie

  @Test
  void aTiePrintedDownIsNamedTheFloatingPointTie() {
    AuditResult r = FigureAudit.rate("12,34%", 2469, 20_000);
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.FLOATING_POINT_TIE).get(0).message(EN))
        .startsWith(
            "12.34%: the exact value 12.345% lies exactly halfway, and half up prints 12.35%."
                + " Printing 12.34% is the tie that only binary floating point produces");
    assertThat(
            FigureAudit.aggregateOfCounts("12,34%", "2469/20000").findings(Kind.FLOATING_POINT_TIE))
        .hasSize(1);
  }

  @Test
  void aValueBelowTheTieIsNoFloatingPointTie() {
    assertThat(FigureAudit.rate("12,34%", 2468, 20_000).findings(Kind.FLOATING_POINT_TIE))
        .isEmpty();
    assertThat(FigureAudit.rate("12,33%", 2469, 20_000).findings(Kind.FLOATING_POINT_TIE))
        .isEmpty();
    assertThat(FigureAudit.rate("12,3%", 2469, 20_000).findings(Kind.FLOATING_POINT_TIE)).isEmpty();
  }

  // ------------------------------------------------------------ unknown counts in a table

  private static PublishedTable resolvedAndLate(String lateRate) {
    return PublishedTable.builder("giải quyết và trễ hạn")
        .row("1", "tỉnh", "tỷ lệ giải quyết", "95,0%", "R", "10.000")
        .row("2", "tỉnh", "tỷ lệ trễ hạn", lateRate, "150", "R")
        .build();
  }

  @Test
  void aNamedCountInTwoRowsIsOneCountThatCannotHoldBoth() {
    TableAudit t = resolvedAndLate("1,0%").audit();
    assertThat(t.isConsistent()).isFalse();
    assertThat(t.unknown("R")).isEmpty();
    assertThat(t.findings().stream().filter(f -> f.kind() == Kind.CONFLICTING_FIGURES))
        .extracting(f -> f.message(EN))
        .containsExactly(
            "No single value of R satisfies both row 1 (R in [9,495, 9,504]) and row 2 (R in"
                + " [14,286, 15,789]): these two figures cannot hold together.");
  }

  @Test
  void aNamedCountInTwoRowsGetsTheIntersectionOfItsRanges() {
    TableAudit t = resolvedAndLate("1,58%").audit();
    assertThat(t.isConsistent()).isTrue();
    assertThat(t.unknown("R")).contains(closed(9495, 9504));
  }

  @Test
  void aQuestionMarkIsAnUnknownNamedAfterItsRow() {
    TableAudit t =
        PublishedTable.builder("t")
            .row("7", "xã", "tỷ lệ", "41,53%", "73", "?")
            .row("8", "xã", "tỷ lệ", "95,0%", "?", "10.000")
            .build()
            .audit();
    assertThat(t.isConsistent()).isFalse();
    assertThat(t.unknown("7.d")).isEmpty();
    assertThat(t.unknown("8.n")).contains(closed(9495, 9504));
    assertThatThrownBy(
            () -> PublishedTable.builder("t").row("1", "x", "y", "50%", "?", "R").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> PublishedTable.builder("t").row("1", "x", "y", "50%", "?", "4,5 nghìn").build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
