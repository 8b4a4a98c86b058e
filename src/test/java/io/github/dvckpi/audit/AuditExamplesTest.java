package io.github.dvckpi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dvckpi.audit.Finding.Kind;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Worked examples: the seed article, the figures of the issue, and the parser's grammar. */
class AuditExamplesTest {

  private static final Locale VI = RateFormat.VIETNAMESE;
  private static final Locale EN = RateFormat.ENGLISH;

  /** The seed article's table, rows 1–22 (Báo Hà Tĩnh 2024), as published. */
  static PublishedTable seed() {
    String online = "tỷ lệ hồ sơ trực tuyến";
    String full = "hồ sơ trực tuyến toàn trình";
    String digitized = "số hóa kết quả giải quyết TTHC";
    return PublishedTable.builder("Báo Hà Tĩnh 2024")
        .row("1", "TP Hà Tĩnh, 2 cấp", online, "trên 98,75%")
        .row("2", "TP Hà Tĩnh, cấp thành phố", online, "99,79%")
        .row("3", "TP Hà Tĩnh, cấp xã, phường", online, "99,77%")
        .row("4", "TP Hà Tĩnh", full, "trên 99,59%")
        .row("5", "TP Hà Tĩnh, 2 cấp", digitized, "92,44%")
        .row("6", "TP Hà Tĩnh, cấp thành phố", digitized, "99,71%")
        .row("7", "TP Hà Tĩnh, cấp xã, phường", digitized, "88,36%")
        .row("8", "TP Hà Tĩnh", "thanh toán trực tuyến", "83,99%")
        .row("9", "TX Kỳ Anh, từng cấp", online, "100%")
        .row("10", "TX Kỳ Anh", digitized, "trên 84%")
        .row("11", "tỉnh Hà Tĩnh, 3 cấp", online, "91,48%")
        .row("12", "cấp tỉnh", online, "trên 89,71%")
        .row("13", "cấp huyện", online, "98,55%")
        .row("14", "cấp xã", online, "92,38%")
        .row("15", "tỉnh Hà Tĩnh, 3 cấp", full, "85,63%")
        .row("16", "cấp tỉnh", full, "74,25%")
        .row("17", "cấp huyện", full, "99,67%")
        .row("18", "cấp xã", full, "95,68%")
        .row("19", "tỉnh Hà Tĩnh, 3 cấp", digitized, "80,76%")
        .row("20", "cấp tỉnh", digitized, "76,11%")
        .row("21", "cấp huyện", digitized, "81,15%")
        .row("22", "cấp xã", digitized, "85,93%")
        .parts("1", "2", "3")
        .parts("5", "6", "7")
        .parts("11", "12", "13", "14")
        .parts("15", "16", "17", "18")
        .parts("19", "20", "21", "22")
        .build();
  }

  // ------------------------------------------------------------ what it must show

  @Test
  void seedRowOneReadAsAPointValueIsInconsistent() {
    AuditResult r = FigureAudit.aggregate("98,75%", "99,79%", "99,77%");
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.AGGREGATE_OUT_OF_RANGE)).hasSize(1);
    assertThat(r.toString())
        .contains("98,75% [98,745%; 98,755%) nằm ngoài khoảng của các phần")
        .contains("99,77–99,79%");
    assertThat(r.format(EN)).contains("lies outside its parts' range").contains("99.77–99.79%");
  }

  @Test
  void seedRowOneReadAsABoundHoldsWithNotes() {
    AuditResult r = FigureAudit.aggregate("trên 98,75%", "99,79%", "99,77%");
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.findings(Kind.LOOSE_BOUND).get(0).message(EN))
        .contains("1.02 percentage points looser than the parts imply: 99.77–99.79%");
    assertThat(r.findings(Kind.POINT_READING).get(0).message(VI))
        .contains("98,75%")
        .contains("không thể là tỷ lệ chung");
    assertThat(r.findings()).allMatch(f -> f.severity() == Finding.Severity.NOTE);
  }

  @Test
  void truncationIsNamed() {
    AuditResult r = FigureAudit.rate("66,66%", 2, 3);
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.RATE_MISMATCH).get(0).message(EN))
        .isEqualTo(
            "2/3 = 66.6666…%, which is 66.67% (rounded half up), not 66.66% (66.66% needs a ratio"
                + " in [66.655%, 66.665%)).");
    assertThat(r.findings(Kind.OTHER_ROUNDING).get(0).message(EN))
        .isEqualTo("66.66% is 2/3 truncated (rounded down); rounded half up gives 66.67%.");
    assertThat(r.findings(Kind.OTHER_ROUNDING).get(0).message(VI))
        .isEqualTo("66,66% là 2/3 cắt bớt (làm tròn xuống); làm tròn nửa lên cho 66,67%.");
  }

  @Test
  void aOneDigitTypoInTheDenominatorIsSuggested() {
    AuditResult r = FigureAudit.rate("41,67%", 1250, 3900);
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings(Kind.LIKELY_TYPO)).hasSize(1);
    assertThat(r.findings(Kind.LIKELY_TYPO).get(0).message(VI))
        .isEqualTo(
            "41,67% khớp với 1.250/3.000, không phải 1.250/3.900: có thể mẫu số bị gõ sai một chữ"
                + " số.");
  }

  @Test
  void aPartitionMissesByFive() {
    AuditResult r = FigureAudit.partition(100, 50, 30, 15);
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings().get(0).message(EN))
        .isEqualTo("50 + 30 + 15 = 95, not the total 100: 5 short.");
    assertThat(r.findings().get(0).message(VI))
        .isEqualTo("50 + 30 + 15 = 95, không bằng tổng 100: thiếu 5.");
    assertThat(FigureAudit.partition(100, 50, 30, 27).findings().get(0).message(EN))
        .endsWith("7 over.");
    assertThat(r.check()).isEqualTo("partition(100, 50, 30, 15)");
  }

  @Test
  void theFewestDossiersBehind9979PercentAre466() {
    Rate r = FigureAudit.smallestCounts("99,79%");
    assertThat(r.numerator()).isEqualTo(465);
    assertThat(r.denominator()).isEqualTo(466);
    assertThat(r).hasToString("99,79% (465/466)");
    assertThat(FigureAudit.smallestCounts("trên 98,75%")).isEqualTo(Rate.of(1, 1));
    assertThat(FigureAudit.smallestCounts("0%")).isEqualTo(Rate.of(0, 1));
    assertThat(FigureAudit.smallestCounts("66,67%")).isEqualTo(Rate.of(2, 3));
  }

  @Test
  void smallestCountsAgreeWithBruteForceOnEveryTwoDecimalRate() {
    for (int hundredths = 0; hundredths <= 10_000; hundredths++) {
      PublishedFigure f = PublishedFigure.parse(BigDecimal.valueOf(hundredths, 2) + "%");
      assertThat(FigureAudit.smallestCounts(f)).isEqualTo(AuditPropertiesTest.bruteSmallest(f));
    }
  }

  // ------------------------------------------------------------ the seed table

  @Test
  void theSeedTableIsConsistentAsPublishedButRowOneCannotBeAPointValue() {
    TableAudit audit = seed().audit();
    assertThat(audit.isConsistent()).isTrue();
    assertThat(audit.rows()).isEqualTo(22);
    assertThat(audit.entries()).hasSize(5);
    List<Finding> pointReadings =
        audit.findings().stream().filter(f -> f.kind() == Kind.POINT_READING).toList();
    assertThat(pointReadings).hasSize(1);
    assertThat(pointReadings.get(0).message(EN)).contains("cannot be the aggregate");
    // every other relation holds outright
    assertThat(audit.entries().subList(1, 5))
        .allSatisfy(e -> assertThat(e.result().findings(Kind.HOLDS)).hasSize(1));
    assertThat(audit.toString())
        .startsWith(
            "Kiểm tra bảng \"Báo Hà Tĩnh 2024\" (22 dòng, 5 phép kiểm tra): nhất quán — 0 mâu"
                + " thuẫn, 7 ghi chú")
        .contains("dòng 1 ← 2, 3 (TP Hà Tĩnh, 2 cấp; tỷ lệ hồ sơ trực tuyến)");
    assertThat(audit.format(EN))
        .startsWith(
            "Audit of table \"Báo Hà Tĩnh 2024\" (22 rows, 5 checks): consistent — 0"
                + " inconsistencies, 7 notes");
    assertThat(audit.inconsistencies()).isEmpty();
  }

  @Test
  void theSeedRowsReadAsPointValuesFlagOnlyRowOne() {
    assertThat(FigureAudit.aggregate("98,75%", "99,79%", "99,77%").isConsistent()).isFalse();
    assertThat(FigureAudit.aggregate("92,44%", "99,71%", "88,36%").isConsistent()).isTrue();
    assertThat(FigureAudit.aggregate("91,48%", "89,71%", "98,55%", "92,38%").isConsistent())
        .isTrue();
    assertThat(FigureAudit.aggregate("85,63%", "74,25%", "99,67%", "95,68%").isConsistent())
        .isTrue();
    assertThat(FigureAudit.aggregate("80,76%", "76,11%", "81,15%", "85,93%").isConsistent())
        .isTrue();
  }

  @Test
  void aTableWithCountsFindsTwoDenominators() {
    PublishedTable t =
        PublishedTable.builder("counts")
            .row("all", "huyện X, 2 cấp", "trực tuyến", "98,00%", "9.800", "10.000")
            .row("district", "cấp huyện", "trực tuyến", "99,00%", "4.950", "5.000")
            .row("commune", "cấp xã", "trực tuyến", "97,00%", "4.850", "5.500")
            .parts("all", "district", "commune")
            .build();
    TableAudit audit = t.audit();
    assertThat(audit.isConsistent()).isFalse();
    assertThat(audit.findings())
        .extracting(Finding::kind)
        .contains(Kind.DENOMINATOR_MISMATCH, Kind.RATE_MISMATCH);
    assertThat(audit.format(EN)).contains("two denominators in one table (off by 500)");
    assertThat(audit.inconsistencies()).isNotEmpty();
  }

  @Test
  void aTableWhoseCountsAddUpHolds() {
    PublishedTable t =
        PublishedTable.builder("counts")
            .row("all", "huyện X", "trực tuyến", "98%", "9.800", "10.000")
            .row("a", "cấp huyện", "trực tuyến", "99%", "4.950", "5.000")
            .row("b", "cấp xã", "trực tuyến", "97%", "4.850", "5.000")
            .parts("all", "a", "b")
            .build();
    assertThat(t.audit().isConsistent()).isTrue();
    assertThat(t.audit().format(VI)).contains("cộng lại đúng 9.800/10.000 của dòng all");
    PublishedTable noWholeCounts =
        PublishedTable.builder("sum")
            .row("all", "huyện X", "trực tuyến", "98,50%")
            .row("a", "cấp huyện", "trực tuyến", "99%", "4.950", "5.000")
            .row("b", "cấp xã", "trực tuyến", "97%", "4.850", "5.000")
            .parts("all", "a", "b")
            .build();
    TableAudit audit = noWholeCounts.audit();
    assertThat(audit.isConsistent()).isFalse();
    assertThat(audit.entries().get(3).result().check())
        .isEqualTo("rate(\"98,50%\", Σ 9800, Σ 10000)");
  }

  @Test
  void aTableOfCountsAndSharesIsChecked() {
    PublishedTable t =
        PublishedTable.builder("timeliness")
            .language(VI)
            .row("resolved", "tỉnh", "đã giải quyết", "1.000")
            .row("early", "tỉnh", "trước hạn", "500")
            .row("ontime", "tỉnh", "đúng hạn", "300")
            .row("late", "tỉnh", "quá hạn", "150")
            .row("p-ontime", "tỉnh", "tỷ lệ đúng hạn", "96,8%")
            .row("p-late", "tỉnh", "tỷ lệ trễ hạn", "5,47%")
            .parts("resolved", "early", "ontime", "late")
            .shares("p-ontime", "p-late")
            .build();
    TableAudit audit = t.audit();
    assertThat(audit.inconsistencies()).hasSize(2);
    assertThat(audit.format(EN)).contains("50 short").contains("cannot be the shares of one whole");
    assertThat(t.row("late")).isPresent();
    assertThat(t.row("none")).isEmpty();
    assertThat(t.relations()).hasSize(2);
    assertThat(t.title()).isEqualTo("timeliness");
    assertThat(t).hasToString("PublishedTable[timeliness, 6 rows, 2 relations]");
  }

  @Test
  void aTableRefusesWhatItCannotCheck() {
    PublishedTable.Builder b =
        PublishedTable.builder("t")
            .row("1", "a", "b", "50%")
            .row("2", "a", "b", "1000")
            .row("3", "a", "b", "12,5");
    assertThatThrownBy(() -> b.row("1", "a", "b", "40%")).hasMessageContaining("already");
    assertThatThrownBy(() -> b.parts("1", "2")).hasMessageContaining("mix rates and counts");
    assertThatThrownBy(() -> b.parts("1")).hasMessageContaining("at least one part");
    assertThatThrownBy(() -> b.parts("1", "9")).hasMessageContaining("no row 9");
    assertThatThrownBy(() -> b.shares()).hasMessageContaining("at least one");
    assertThatThrownBy(() -> b.shares("3")).hasMessageContaining("not a rate");
    assertThatThrownBy(() -> b.row("4", "a", "b", "7.600"))
        .isInstanceOf(FigureParseException.class);
  }

  // ------------------------------------------------------------ rate

  @Test
  void countsThatGiveTheRateHold() {
    AuditResult r = FigureAudit.rate("99,79%", 9979, 10_000);
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.findings().get(0).message(VI))
        .isEqualTo("9.979/10.000 = 99,79% → 99,79% (làm tròn nửa lên).");
    assertThat(r.verdict(EN)).isEqualTo("consistent");
    assertThat(r)
        .hasToString(
            "rate(\"99,79%\", 9979, 10000): nhất quán\n  [ghi chú] 9.979/10.000 = 99,79% → 99,79% (làm tròn nửa lên).");
  }

  @Test
  void boundsAreReadBothWays() {
    AuditResult above = FigureAudit.rate("trên 98,75%", 9979, 10_000);
    assertThat(above.isConsistent()).isTrue();
    assertThat(above.findings(Kind.POINT_READING).get(0).message(EN))
        .isEqualTo(
            "Read as a point value, 98.75% does not hold: 9,979/10,000 is 99.79% (rounded half up).");
    AuditResult exactlyAtTheBound = FigureAudit.rate("trên 98,75%", 9875, 10_000);
    assertThat(exactlyAtTheBound.isConsistent()).isFalse();
    assertThat(exactlyAtTheBound.findings(Kind.POINT_READING).get(0).message(EN))
        .contains("holds too");
    assertThat(FigureAudit.rate("dưới 5%", 4, 100).isConsistent()).isTrue();
  }

  @Test
  void countsThatAreNoRateAreInconsistent() {
    assertThat(FigureAudit.rate("50%", 0, 0).findings(Kind.NOT_A_RATE).get(0).message(EN))
        .contains("counts no dossier");
    assertThat(FigureAudit.rate("50%", 3, 2).findings(Kind.NOT_A_RATE).get(0).message(VI))
        .contains("tử số lớn hơn mẫu số");
    assertThatThrownBy(() -> FigureAudit.rate("50%", -1, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FigureAudit.rate("1000", 1, 2))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("expected a rate");
  }

  @Test
  void aNumeratorTypoIsSuggestedToo() {
    AuditResult r = FigureAudit.rate("50%", 40, 100);
    assertThat(r.findings(Kind.LIKELY_TYPO).get(0).message(EN))
        .isEqualTo("50% matches 50/100, not 40/100: the numerator may have one digit mistyped.");
    AuditResult many = FigureAudit.rate("100%", 1, 9999);
    assertThat(many.isConsistent()).isFalse();
  }

  @Test
  void countsAsPrintedMayBeRounded() {
    AuditResult holds = FigureAudit.rate("98,75%", "4,52 nghìn", "4.578");
    assertThat(holds.isConsistent()).isTrue();
    assertThat(holds.findings().get(0).message(VI))
        .isEqualTo(
            "4,52 nghìn [4.515; 4.524] / 4.578 có thể cho 98,75%, ví dụ 4.521/4.578 = 98,7549…%.");
    AuditResult fails = FigureAudit.rate("98,75%", "4,52 nghìn", "5.578");
    assertThat(fails.isConsistent()).isFalse();
    assertThat(fails.findings().get(0).message(EN))
        .contains("they give only from 80.9429…% to 81.1043…%");
    AuditResult bound = FigureAudit.rate("trên 90%", "trên 9.000", "khoảng 10 nghìn");
    assertThat(bound.isConsistent()).isTrue();
    assertThat(bound.findings(Kind.POINT_READING)).hasSize(1);
    assertThat(
            FigureAudit.rate("trên 99%", "10", "trên 1.000")
                .findings(Kind.POINT_READING)
                .get(0)
                .message(EN))
        .startsWith("As a point value: no counts in");
    assertThat(FigureAudit.rate("50%", "1", "2").isConsistent()).isTrue();
    assertThat(
            FigureAudit.rate(
                    PublishedFigure.parse("66,66%").withRounding(Rounding.TRUNCATION), 2, 3)
                .isConsistent())
        .isTrue();
    assertThat(
            FigureAudit.rate(
                    PublishedFigure.parse("98,75%"),
                    PublishedFigure.parseCount("4,52 nghìn"),
                    PublishedFigure.parseCount("4.578"))
                .check())
        .isEqualTo("rate(\"98,75%\", \"4,52 nghìn\", \"4.578\")");
    assertThatThrownBy(() -> FigureAudit.rate("98%", "1,5", "2"))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("whole number");
  }

  // ------------------------------------------------------------ aggregate, shares, index

  @Test
  void aggregatesAndTheirBounds() {
    assertThat(FigureAudit.aggregate("dưới 99,9%", "99,79%", "99,77%").findings(Kind.LOOSE_BOUND))
        .hasSize(1);
    assertThat(FigureAudit.aggregate("dưới 99%", "99,79%", "99,77%").isConsistent()).isFalse();
    assertThat(FigureAudit.aggregate("99,78%", "99,79%", "99,77%").isConsistent()).isTrue();
    assertThat(FigureAudit.aggregate("50%", "50%").findings().get(0).message(EN))
        .contains("the parts imply 50%");
    assertThat(
            FigureAudit.aggregate(
                    PublishedFigure.parse("trên 99,78%"),
                    List.of(PublishedFigure.parse("99,79%"), PublishedFigure.parse("99,77%")))
                .findings(Kind.POINT_READING)
                .get(0)
                .message(EN))
        .contains("can be the aggregate of the parts too");
    assertThatThrownBy(() -> FigureAudit.aggregate("50%"))
        .hasMessageContaining("at least one part");
    assertThatThrownBy(() -> FigureAudit.aggregate(PublishedFigure.parse("5"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sharesOfOneWhole() {
    AuditResult over = FigureAudit.shares("96,8%", "5,47%");
    assertThat(over.isConsistent()).isFalse();
    assertThat(over.findings().get(0).message(EN))
        .isEqualTo(
            "96.8% + 5.47% add up to [102.215%, 102.325%), always more than 100%: they cannot be the"
                + " shares of one whole (off by at least 2.215 percentage points).");
    assertThat(FigureAudit.shares("90%", "5%").findings().get(0).message(VI))
        .contains("luôn dưới 100%");
    assertThat(
            FigureAudit.shares(
                    List.of(PublishedFigure.parse("96,8%"), PublishedFigure.parse("3,2%")))
                .isConsistent())
        .isTrue();
    assertThatThrownBy(FigureAudit::shares).hasMessageContaining("at least one");
  }

  @Test
  void thePublished766ScoreAddsUp() {
    AuditResult r =
        FigureAudit.indexScore("83,08", "15,7/18", "18,7/20", "7,9/12", "9/10", "18/18", "13,8/22");
    assertThat(r.isConsistent()).isTrue();
    assertThat(r.findings().get(0).message(EN))
        .isEqualTo(
            "15.7 + 18.7 + 7.9 + 9 + 18 + 13.8 = 83.1; at their printed precision the sum lies in"
                + " [81.9, 83.8), which can be 83.08 [83.075, 83.085).");
    assertThat(
            FigureAudit.indexScore(
                    "83.08/100", "15.7/18", "18.7/20", "7.9/12", "9/10", "18/18", "13.8/22")
                .isConsistent())
        .isTrue();
  }

  @Test
  void indexScoresThatCannotBeTrue() {
    AuditResult r =
        FigureAudit.indexScore("90", "19/18", "18,7/20", "7,9/12", "9/10", "18/18", "13,8/20");
    assertThat(r.findings())
        .extracting(Finding::kind)
        .containsExactly(
            Kind.COMPONENT_ABOVE_MAXIMUM, Kind.MAXIMA_MISMATCH, Kind.SCORE_SUM_MISMATCH);
    assertThat(r.findings(Kind.MAXIMA_MISMATCH).get(0).message(EN))
        .isEqualTo(
            "The components' maxima 18 + 20 + 12 + 10 + 18 + 20 = 98, not the index's maximum 100.");
    assertThat(
            FigureAudit.indexScore("120", "60/50", "50/50").findings(Kind.COMPONENT_ABOVE_MAXIMUM))
        .hasSize(2);
    assertThatThrownBy(() -> FigureAudit.indexScore("83", "15,7"))
        .isInstanceOf(FigureParseException.class);
    assertThatThrownBy(() -> FigureAudit.indexScore("83", "1/2/3"))
        .isInstanceOf(FigureParseException.class);
    assertThatThrownBy(() -> FigureAudit.indexScore("83", "1/0")).hasMessageContaining("positive");
    assertThatThrownBy(() -> FigureAudit.indexScore("83", "5%/10"))
        .hasMessageContaining("not a rate");
    assertThatThrownBy(() -> FigureAudit.indexScore("83", "5 nghìn/10"))
        .hasMessageContaining("not a count");
  }

  @Test
  void partitionsOfPrintedCounts() {
    AuditResult r = FigureAudit.partition("10,18 ngàn", "4,52 nghìn", "5.600");
    assertThat(r.isConsistent()).isFalse();
    assertThat(r.findings().get(0).message(EN))
        .isEqualTo(
            "4.52 thousand + 5,600 add up to [10,115, 10,124], not the total 10.18 thousand [10,175,"
                + " 10,184]: at least 51 short.");
    assertThat(
            FigureAudit.partition("10,12 ngàn", "4,52 nghìn", "5.600")
                .findings()
                .get(0)
                .message(VI))
        .contains("có thể bằng tổng");
    assertThat(FigureAudit.partition("0").isConsistent()).isTrue();
    assertThat(FigureAudit.partition("trên 100", "50", "60").isConsistent()).isTrue();
    assertThat(FigureAudit.partition(0).findings().get(0).message(EN))
        .isEqualTo("0 = 0, the total.");
    assertThatThrownBy(() -> FigureAudit.partition(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FigureAudit.partition("50%", "1")).hasMessageContaining("not a rate");
  }

  // ------------------------------------------------------------ parsing

  @Test
  void theFiguresOfTheIssueAreRead() {
    assertThat(PublishedFigure.parse("98,75%").range(VI)).isEqualTo("[98,745%; 98,755%)");
    assertThat(PublishedFigure.parse("98.75%")).isEqualTo(PublishedFigure.parse("98,75%"));
    assertThat(PublishedFigure.parse("3,45 %").value()).isEqualByComparingTo("3.45");
    assertThat(PublishedFigure.parse("100%").range(EN)).isEqualTo("[99.5%, 100%]");
    assertThat(PublishedFigure.parse("40%").decimals()).isZero();
    assertThat(PublishedFigure.parseCount("659.245").value()).isEqualByComparingTo("659245");
    assertThat(PublishedFigure.parse("659.245", VI).value()).isEqualByComparingTo("659245");
    assertThat(PublishedFigure.parseCount("7,520").value()).isEqualByComparingTo("7520");
    assertThat(PublishedFigure.parse("7,520", EN).value()).isEqualByComparingTo("7520");
    assertThat(PublishedFigure.parse("12516")).hasToString("12.516 ∈ {12.516}");
    assertThat(PublishedFigure.parse("10,18 ngàn").range(VI)).isEqualTo("[10.175; 10.184]");
    assertThat(PublishedFigure.parse("4,52 nghìn").range(VI)).isEqualTo("[4.515; 4.524]");
    assertThat(PublishedFigure.parse("4,52 nghìn").unit()).isEqualByComparingTo("10");
    assertThat(PublishedFigure.parse("1,488 triệu").range(EN)).isEqualTo("[1,487,500, 1,488,499]");
    assertThat(PublishedFigure.parse("1.488 triệu").value()).isEqualByComparingTo("1488000000");
    assertThat(PublishedFigure.parse("2.3 million").format(EN)).isEqualTo("2.3 million");
    assertThat(PublishedFigure.parse("2 tỷ").format(EN)).isEqualTo("2 billion");
    assertThat(PublishedFigure.parse("trên 98,75%")).hasToString("trên 98,75% ∈ (98,75%; 100%]");
    assertThat(PublishedFigure.parse("đạt trên 98,75%").qualifier()).isEqualTo(Qualifier.ABOVE);
    assertThat(PublishedFigure.parse("hơn 1.000", VI).range(VI)).isEqualTo("[1.001; ∞)");
    assertThat(PublishedFigure.parse("gần 100%").range(VI)).isEqualTo("[99%; 100%]");
    assertThat(PublishedFigure.parse("khoảng 10.000", VI).range(VI)).isEqualTo("[5.000; 15.000]");
    assertThat(PublishedFigure.parse("nearly 7,520", EN).range(EN)).isEqualTo("[7,510, 7,520]");
    assertThat(PublishedFigure.parse("about 2.3 million").range(EN))
        .isEqualTo("[2,250,000, 2,350,000]");
    assertThat(PublishedFigure.parse("over 98.75%").qualifier().isBound()).isTrue();
    assertThat(PublishedFigure.parse("nearly 99%").qualifier().isBound()).isFalse();
    assertThat(PublishedFigure.parse("đạt 99%").qualifier()).isEqualTo(Qualifier.NONE);
    assertThat(PublishedFigure.parse("98,75 phần trăm").kind())
        .isEqualTo(PublishedFigure.Kind.RATE);
    assertThat(PublishedFigure.parse("83,08").kind()).isEqualTo(PublishedFigure.Kind.NUMBER);
    assertThat(PublishedFigure.parse("1.234.567").value()).isEqualByComparingTo("1234567");
    assertThat(PublishedFigure.parse("1.234,5").value()).isEqualByComparingTo("1234.5");
    assertThat(PublishedFigure.parse("1,234.5").value()).isEqualByComparingTo("1234.5");
    assertThat(PublishedFigure.parse("0%").range(VI)).isEqualTo("[0%; 0,5%)");
    assertThat(PublishedFigure.parse("TRÊN\u00A098,75\u00A0%").qualifier())
        .isEqualTo(Qualifier.ABOVE);
    assertThat(PublishedFigure.parse("98,75%").hashCode())
        .isEqualTo(PublishedFigure.parse("98.75%").hashCode());
    assertThat(PublishedFigure.parse("98,75%").text()).isEqualTo("98,75%");
  }

  @Test
  void roundingConventionsAreReadings() {
    PublishedFigure f = PublishedFigure.parse("98,75%");
    assertThat(f.rounding()).isEqualTo(Rounding.HALF_UP);
    assertThat(f.withRounding(Rounding.TRUNCATION).range(VI)).isEqualTo("[98,75%; 98,76%)");
    assertThat(f.withRounding(Rounding.HALF_EVEN).range(VI)).isEqualTo("(98,745%; 98,755%)");
    assertThat(PublishedFigure.parse("98,74%").withRounding(Rounding.HALF_EVEN).range(VI))
        .isEqualTo("[98,735%; 98,745%]");
    assertThat(Rounding.TRUNCATION.mode()).isEqualTo(java.math.RoundingMode.DOWN);
    assertThat(Rounding.HALF_EVEN.label(EN)).isEqualTo("rounded half to even");
    assertThat(f.contains(Rate.of(9875, 10_000))).isTrue();
    assertThat(f.contains(Rate.undefined())).isFalse();
    assertThat(PublishedFigure.parseCount("4,52 nghìn").contains(new BigDecimal("4520"))).isTrue();
    assertThat(PublishedFigure.parseCount("4,52 nghìn").contains(new BigDecimal("4520.5")))
        .isFalse();
    assertThat(PublishedFigure.parse("12516").contains(Rate.of(1, 2))).isFalse();
    assertThat(f.asPoint()).isEqualTo(f);
    assertThat(f).isNotEqualTo(f.withRounding(Rounding.TRUNCATION));
  }

  @Test
  void ambiguousAndBadFiguresAreRefusedWithTheReason() {
    assertThatThrownBy(() -> PublishedFigure.parse("7.600"))
        .isInstanceOf(FigureParseException.class)
        .hasMessageContaining("\"7.600\"")
        .hasMessageContaining(
            "7600 if '.' groups thousands (Vietnamese), 7.600 if it is a decimal point (English)")
        .hasMessageContaining("mơ hồ");
    assertThat(PublishedFigure.parse("7.600", EN).value()).isEqualByComparingTo("7.6");
    assertThat(PublishedFigure.parse("7.600", VI).value()).isEqualByComparingTo("7600");
    FigureParseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            FigureParseException.class, () -> PublishedFigure.parse("trên 100%"));
    assertThat(e.input()).isEqualTo("trên 100%");
    assertThat(e.reason(EN)).isEqualTo("no value can be over 100%");
    assertThat(e.reason(VI)).isEqualTo("không giá trị nào có thể là trên 100%");
    for (String bad :
        List.of(
            "",
            "  ",
            "abc",
            "101%",
            "1.2.3",
            "1,23.4,5",
            "12,34,567",
            "98,75 đồng",
            "-5",
            "1..2",
            ",5",
            "dưới 0",
            "x".repeat(100),
            "1.234,5.6",
            "1234,567.8")) {
      assertThatThrownBy(() -> PublishedFigure.parse(bad)).isInstanceOf(FigureParseException.class);
    }
    assertThatThrownBy(() -> PublishedFigure.parseCount("50%")).hasMessageContaining("not a rate");
  }

  @Test
  void findingsAndResultsPrintInBothLanguages() {
    Finding f = Finding.note(Kind.HOLDS, "đúng", "holds");
    assertThat(f).hasToString("[ghi chú] đúng");
    assertThat(f.format(EN)).isEqualTo("[note] holds");
    assertThat(f.isInconsistency()).isFalse();
    assertThat(Finding.Severity.INCONSISTENT.label(VI)).isEqualTo("mâu thuẫn");
    AuditResult r =
        new AuditResult("x", List.of(Finding.inconsistent(Kind.RATE_MISMATCH, "sai", "wrong")));
    assertThat(r.verdict(VI)).isEqualTo("KHÔNG nhất quán");
    assertThat(r.format(EN)).isEqualTo("x: INCONSISTENT\n  [inconsistent] wrong");
    assertThat(Qualifier.ABOVE.word(EN)).isEqualTo("over");
    assertThatThrownBy(() -> new AuditResult("x", List.of(f)).findings().add(f))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
