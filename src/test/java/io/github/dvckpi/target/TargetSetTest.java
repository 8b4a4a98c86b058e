package io.github.dvckpi.target;

import static io.github.dvckpi.domain.AdministrativeLevel.COMMUNE;
import static io.github.dvckpi.domain.AdministrativeLevel.DISTRICT;
import static io.github.dvckpi.domain.AdministrativeLevel.PROVINCE;
import static io.github.dvckpi.indicator.Indicator.FULL_ONLINE;
import static io.github.dvckpi.indicator.Indicator.ONLINE_PAYMENT;
import static io.github.dvckpi.indicator.Indicator.ONLINE_SUBMISSION_ELIGIBLE;
import static io.github.dvckpi.indicator.Indicator.ON_TIME_RESOLVED;
import static io.github.dvckpi.indicator.Indicator.RESULT_DIGITIZATION;
import static io.github.dvckpi.rate.RateFormat.ENGLISH;
import static io.github.dvckpi.rate.RateFormat.VIETNAMESE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import io.github.dvckpi.Kpi;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.DateRange;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import io.github.dvckpi.testing.DomainGen;
import java.io.IOException;
import java.io.StringReader;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Target sets: building, the text format, and evaluating rates and reports. */
class TargetSetTest {

  private static final DateRange Y2024 =
      DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));

  // ------------------------------------------------------------------ generators

  private static final List<String> UNITS = List.of("42", "436", "449", "28534", "28903");

  private static Gen<Target> targets() {
    Gen<Integer> indicator = integers().between(0, Indicator.values().length - 1);
    Gen<Integer> tierMask = integers().between(0, 7);
    Gen<Integer> unitMask = integers().between(0, 31);
    Gen<Integer> extras = integers().between(0, 15);
    return in -> {
      Target t =
          Target.of(
              Indicator.values()[indicator.generate(in)],
              TargetGen.directions().generate(in),
              TargetGen.thresholds().generate(in));
      int tiers = tierMask.generate(in);
      List<AdministrativeLevel> levels = new ArrayList<>();
      for (AdministrativeLevel l : AdministrativeLevel.values()) {
        if ((tiers & (1 << l.ordinal())) != 0) {
          levels.add(l);
        }
      }
      t = t.forTiers(levels);
      int units = unitMask.generate(in);
      List<String> codes = new ArrayList<>();
      for (int i = 0; i < UNITS.size(); i++) {
        if ((units & (1 << i)) != 0) {
          codes.add(UNITS.get(i));
        }
      }
      t = t.forUnits(codes);
      int x = extras.generate(in);
      if ((x & 1) != 0) {
        t =
            t.during(
                (x & 8) != 0
                    ? Y2024
                    : DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
      }
      if ((x & 2) != 0) {
        t = t.judgedOn(TargetGen.publishedJudgements().generate(in));
      }
      if ((x & 4) != 0) {
        t = t.setBy("KH 195/KH-UBND ngày 9/5/2024");
      }
      return t;
    };
  }

  private static Gen<TargetSet> targetSets() {
    Gen<Integer> flags = integers().between(0, 3);
    return lists()
        .of(targets())
        .ofSizeBetween(0, 8)
        .zip(
            flags,
            (list, f) -> {
              TargetSet.Builder b = TargetSet.builder("Kế hoạch " + list.size());
              if ((f & 1) != 0) {
                b.source("QĐ 3433/QĐ-UBND ngày 25/12/2023");
              }
              if ((f & 2) != 0) {
                b.note("Giá trị minh họa");
              }
              Set<Target> distinct = new LinkedHashSet<>(list);
              return b.addAll(distinct).build();
            });
  }

  private static final Gen<KpiReport> REPORTS =
      DomainGen.dossierLists(40)
          .zip(
              integers().between(0, 3),
              (dossiers, shape) -> {
                var query =
                    Kpi.over(dossiers, DomainGen.HIERARCHY)
                        .allowDuplicateIds()
                        .period(ReportingPeriod.year(2024))
                        .within(shape < 2 ? "42" : "436");
                query = shape % 2 == 0 ? query.byTier() : query.byUnit();
                return query.compute(
                    ONLINE_SUBMISSION_ELIGIBLE, RESULT_DIGITIZATION, ONLINE_PAYMENT);
              });

  // ------------------------------------------------------------------ laws

  @Test
  void textFormatRoundTrips() {
    qt().forAll(targetSets())
        .checkAssert(
            set -> {
              TargetSet back = TargetSet.parse(set.toText());
              assertThat(back).isEqualTo(set);
              assertThat(back.toText()).isEqualTo(set.toText());
            });
  }

  @Test
  void evaluatingAReportSkipsNothingSilently() {
    qt().withExamples(60)
        .forAll(targetSets(), REPORTS)
        .checkAssert(
            (set, report) -> {
              TargetSetEvaluation result = set.evaluate(report);
              AdministrativeUnit territory = report.territory().orElse(null);
              int expected = 0;
              for (Target t : set.targets()) {
                List<Evaluation> of = result.evaluationsOf(t);
                long skipped =
                    result.notEvaluated().stream().filter(n -> n.target().equals(t)).count();
                assertThat(of.isEmpty()).isEqualTo(skipped == 1);
                assertThat(skipped).isLessThanOrEqualTo(1);
                boolean evaluable =
                    report.indicators().contains(t.indicator())
                        && t.appliesDuring(report.period().range());
                long rows =
                    evaluable
                        ? report.scopes().stream().filter(s -> t.appliesTo(s, territory)).count()
                        : 0;
                assertThat(of).hasSize((int) rows);
                for (Evaluation e : of) {
                  Scope scope = e.scope().orElseThrow();
                  assertThat(e.rate()).isEqualTo(report.rate(scope, t.indicator()));
                  assertThat(e.territory()).isEqualTo(report.territory());
                  assertThat(e.judgement()).isEqualTo(t.judgement());
                }
                expected += (int) rows;
              }
              assertThat(result.evaluations()).hasSize(expected);
              assertThat(
                      result.count(Verdict.MET)
                          + result.count(Verdict.NOT_MET)
                          + result.count(Verdict.NO_DATA))
                  .isEqualTo(expected);
            });
  }

  // ------------------------------------------------------------------ examples

  @Test
  void buildsFluentlyAndTargetsInheritTheSource() {
    Target own = Target.atLeast(RESULT_DIGITIZATION, "90%").setBy("KH 195/KH-UBND ngày 9/5/2024");
    TargetSet plan =
        TargetSet.builder(" Kế hoạch CCHC 2024 ")
            .source("QĐ 3433/QĐ-UBND ngày 25/12/2023")
            .note("Giá trị minh họa")
            .add(Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%"))
            .add(own)
            .build();
    assertThat(plan.name()).isEqualTo("Kế hoạch CCHC 2024");
    assertThat(plan.source()).contains("QĐ 3433/QĐ-UBND ngày 25/12/2023");
    assertThat(plan.notes()).containsExactly("Giá trị minh họa");
    assertThat(plan.targets().get(0).source()).contains("QĐ 3433/QĐ-UBND ngày 25/12/2023");
    assertThat(plan.targets().get(1)).isEqualTo(own);
    assertThat(plan.targetsFor(RESULT_DIGITIZATION)).containsExactly(own);
    assertThat(plan.targetsFor(ON_TIME_RESOLVED)).isEmpty();
    assertThat(plan.toString())
        .isEqualTo(
            "Kế hoạch CCHC 2024 — QĐ 3433/QĐ-UBND ngày 25/12/2023\n"
                + "  Ghi chú: Giá trị minh họa\n"
                + "  • Tỷ lệ hồ sơ trực tuyến (TTHC đủ điều kiện) ≥ 80% (QĐ 3433/QĐ-UBND ngày 25/12/2023)\n"
                + "  • Tỷ lệ số hóa kết quả giải quyết TTHC ≥ 90% (KH 195/KH-UBND ngày 9/5/2024)");
    assertThat(plan.describe(ENGLISH)).contains("  Note: Giá trị minh họa");
    assertThatThrownBy(
            () ->
                TargetSet.builder("P")
                    .source("S")
                    .add(Target.atLeast(ONLINE_PAYMENT, "80%"))
                    .add(Target.atLeast(ONLINE_PAYMENT, "80,0%").setBy("S"))
                    .build())
        .hasMessage("target set P: the target Online payment ≥ 80% (S) is given twice");
    assertThatThrownBy(() -> TargetSet.builder(" ")).hasMessageContaining("name");
    assertThatThrownBy(() -> TargetSet.builder("P").source(" ")).hasMessageContaining("source");
    assertThatThrownBy(() -> TargetSet.builder("P").note("")).hasMessageContaining("note");
    new EqualsTester()
        .addEqualityGroup(plan, TargetSet.parse(plan.toText()))
        .addEqualityGroup(TargetSet.builder("Kế hoạch CCHC 2024").build())
        .testEquals();
  }

  @Test
  void evaluatesSingleRates() {
    TargetSet plan =
        TargetSet.builder("P")
            .add(Target.atLeast(ONLINE_PAYMENT, "80%"))
            .add(Target.atLeast(ONLINE_PAYMENT, "90%").forTiers(COMMUNE))
            .add(Target.atLeast(FULL_ONLINE, "50%"))
            .build();
    List<Evaluation> e = plan.evaluate(ONLINE_PAYMENT, Rate.of(8399, 10_000));
    assertThat(e).extracting(Evaluation::verdict).containsExactly(Verdict.MET, Verdict.NOT_MET);
    assertThat(e.get(1).shortfall()).isEqualTo(601);
    assertThat(plan.evaluate(ON_TIME_RESOLVED, Rate.of(1, 2))).isEmpty();
  }

  @Test
  void readsTheDocumentedFormat() throws IOException {
    String text =
        "\uFEFF# Kế hoạch minh họa\n"
            + "plan; Kế hoạch CCHC năm 2024 (minh họa)\r\n"
            + "source; QĐ 3433/QĐ-UBND ngày 25/12/2023\n"
            + "note; Các ngưỡng là giả định, bài báo không nêu giá trị\n"
            + "\n"
            + "target; online-submission-eligible; >=; 80%\n"
            + "target; RESULT_DIGITIZATION; at least; 80,5%; tiers=district, cấp xã; units=436,449\n"
            + "target; on-time-resolved; ≥; 95.5 %; period=2024; judged=published\n"
            + "target; online-payment; tối thiểu; 50%; judged=published(1, down); source=KH 195/KH-UBND\n"
            + "target; full-online; at_least; 80; period=2024-01-01..2024-11-14; judged=exact\n"
            + "TARGET; intake-digitization; <=; 2%; tiers=Tỉnh,huyện,XÃ,province\n"
            + "target; online-submission-all; tối đa; 100%; tiers=commune\n";
    TargetSet plan = TargetSet.read(new StringReader(text));
    assertThat(plan.name()).isEqualTo("Kế hoạch CCHC năm 2024 (minh họa)");
    assertThat(plan.notes()).containsExactly("Các ngưỡng là giả định, bài báo không nêu giá trị");
    List<Target> t = plan.targets();
    assertThat(t).hasSize(7);
    assertThat(t.get(0))
        .isEqualTo(
            Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%")
                .setBy("QĐ 3433/QĐ-UBND ngày 25/12/2023"));
    assertThat(t.get(1).tiers()).containsExactly(DISTRICT, COMMUNE);
    assertThat(t.get(1).units()).containsExactly("436", "449");
    assertThat(t.get(1).threshold()).isEqualTo(Threshold.parse("80.5%"));
    assertThat(t.get(2).period()).contains(Y2024);
    assertThat(t.get(2).judgement()).isEqualTo(Judgement.published());
    assertThat(t.get(3).judgement()).isEqualTo(Judgement.published(1, RoundingMode.DOWN));
    assertThat(t.get(3).source()).contains("KH 195/KH-UBND");
    assertThat(t.get(4).period())
        .contains(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 11, 14)));
    assertThat(t.get(4).judgement()).isEqualTo(Judgement.exact());
    assertThat(t.get(5).direction()).isEqualTo(Direction.AT_MOST);
    assertThat(t.get(5).tiers()).containsExactly(PROVINCE, DISTRICT, COMMUNE);
    assertThat(t.get(6).direction()).isEqualTo(Direction.AT_MOST);
    assertThat(TargetSet.parse(plan.toText())).isEqualTo(plan);
    assertThat(plan.toText())
        .contains(
            "target; result-digitization; >=; 80.5%; tiers=district,commune; units=436,449\n",
            "target; online-payment; >=; 50%; judged=published(1, DOWN); source=KH 195/KH-UBND\n",
            "target; on-time-resolved; >=; 95.5%; period=2024-01-01..2024-12-31; judged=published(2,"
                + " HALF_UP)\n");
  }

  @Test
  void reportsTheLineFieldAndReasonOfAnError() {
    assertError(
        "# c\ntarget; online-payment; >=; 80%\n",
        2, "plan", "the text has no \"plan; <name>\" line");
    assertError("", 1, "plan", "the text has no \"plan; <name>\" line");
    assertError("plan; A\nplan; B\n", 2, "plan", "the plan is already named on line 1");
    assertError(
        "plan; A\nsource; S\nsource; T\n", 3, "source", "the plan's source is already given");
    assertError("plan\n", 1, "plan", "expected \"plan; <text>\" with one non-empty value");
    assertError("plan; A; B\n", 1, "plan", "expected \"plan; <text>\" with one non-empty value");
    assertError(
        "plan; A\nnote;\n", 2, "note", "expected \"note; <text>\" with one non-empty value");
    assertError(
        "plan; A\ngoal; x\n",
        2,
        "record type",
        "\"goal\" is not one of plan, source, note, target");
    assertError(
        "plan; A\n\n# c\ntarget; online-payment; >=\n",
        4,
        "target",
        "expected \"target; <indicator>; <direction>; <threshold>[; key=value…]\", got 3 fields");
    assertError(
        "plan; A\ntarget; online; >=; 80%\n",
        2,
        "indicator",
        "unknown indicator \"online\"; known: online-submission-eligible, online-submission-all,"
            + " full-online, result-digitization, online-payment, on-time-resolved,"
            + " on-time-index-2-1, intake-digitization");
    assertError(
        "plan; A\ntarget; online-payment; >; 80%\n",
        2, "direction", "\">\" is not >=, ≥, at-least, tối thiểu, <=, ≤, at-most or tối đa");
    assertError(
        "plan; A\ntarget; online-payment; >=; 80x%\n",
        2,
        "threshold",
        "threshold \"80x%\" is not a percent such as 80%, 80,5% or 80.5% (digits, one decimal"
            + " separator, an optional % sign)");
    assertError(
        "plan; A\ntarget; online-payment; >=; 180%\n",
        2, "threshold", "threshold 180% is outside [0%, 100%]");
    assertError(
        "plan; A\ntarget; online-payment; >=; 80%; tiers\n",
        2, "option", "\"tiers\" is not key=value (tiers, units, period, judged, source)");
    assertError(
        "plan; A\ntarget; online-payment; >=; 80%; colour=red\n",
        2, "option", "unknown key \"colour\"; known: tiers, units, period, judged, source");
    assertError(
        "plan; A\ntarget; online-payment; >=; 80%; tiers=xa; tiers=commune\n",
        2, "tiers", "\"xa\" is not province, district or commune (tỉnh, huyện, xã)");
    assertError(
        "plan; A\ntarget; online-payment; >=; 80%; tiers=commune; TIERS=commune\n",
        2, "tiers", "is given twice");
    assertError("plan; A\ntarget; online-payment; >=; 80%; units=\n", 2, "units", "is empty");
    assertError(
        "plan; A\ntarget; online-payment; >=; 80%; units=436,,449\n",
        2, "units", "a unit code is empty in \"436,,449\"");
    assertThat(
            assertError(
                    "plan; A\ntarget; online-payment; >=; 80%; period=2024-13\n", 2, "period", null)
                .reason())
        .contains("2024-13");
    assertError(
        "plan; A\ntarget; online-payment; >=; 80%; judged=rounded\n",
        2, "judged", "\"rounded\" is not exact, published or published(<scale>, <mode>)");
    assertThat(
            assertError(
                    "plan; A\ntarget; online-payment; >=; 80%; judged=published(2, sideways)\n",
                    2, "judged", null)
                .reason())
        .startsWith("\"published(2, sideways)\": ");
    assertThat(
            assertError(
                    "plan; A\ntarget; online-payment; >=; 80%; judged=published(2, unnecessary)\n",
                    2, "judged", null)
                .reason())
        .contains("UNNECESSARY");
    assertError(
        "plan; A\nsource; S\ntarget; online-payment; >=; 80%\ntarget; online-payment; >=; 80,0%; source=S\n",
        4, "target", "repeats the target of line 3");
  }

  private static TargetSetFormatException assertError(
      String text, int line, String field, @org.jspecify.annotations.Nullable String reason) {
    try {
      TargetSet.parse(text);
    } catch (TargetSetFormatException e) {
      assertThat(e.line()).as(text).isEqualTo(line);
      assertThat(e.field()).as(text).isEqualTo(field);
      if (reason != null) {
        assertThat(e.reason()).as(text).isEqualTo(reason);
        assertThat(e).hasMessage("line " + line + ", " + field + ": " + reason);
      }
      return e;
    }
    throw new AssertionError("no error for " + text);
  }

  @Test
  void writingRefusesWhatTheFormatCannotHold() {
    assertThatThrownBy(() -> TargetSet.builder("A; B").build().toText())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("plan \"A; B\"");
    assertThatThrownBy(
            () ->
                TargetSet.builder("A")
                    .add(Target.atLeast(ONLINE_PAYMENT, "1%").forUnits("4,3"))
                    .build()
                    .toText())
        .hasMessageContaining("unit code \"4,3\"");
    assertThatThrownBy(() -> TargetSet.builder("A").note("x\ny").build().toText())
        .hasMessageContaining("note");
  }

  @Test
  void evaluatesAHandBuiltReportRowByRow() {
    AdministrativeUnit city =
        AdministrativeUnit.of("436", "TP Hà Tĩnh", UnitKind.PROVINCIAL_CITY, "42");
    KpiReport report =
        KpiReport.builder(ReportingPeriod.yearToDate(2024, LocalDate.of(2024, 11, 14)))
            .territory(city)
            .indicators(ONLINE_SUBMISSION_ELIGIBLE, ONLINE_PAYMENT)
            .put(Scope.tier(DISTRICT), ONLINE_SUBMISSION_ELIGIBLE, Rate.of(9979, 10_000))
            .put(Scope.tier(COMMUNE), ONLINE_SUBMISSION_ELIGIBLE, Rate.of(7999, 10_000))
            .put(Scope.tier(DISTRICT), ONLINE_PAYMENT, Rate.undefined())
            .put(Scope.tier(COMMUNE), ONLINE_PAYMENT, Rate.undefined())
            .build();
    TargetSet plan =
        TargetSet.builder("Minh họa")
            .add(Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "80%"))
            .add(Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "99%").forTiers(COMMUNE))
            .add(Target.atLeast(ONLINE_PAYMENT, "50%"))
            .add(Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "90%").forTiers(PROVINCE))
            .add(
                Target.atLeast(ONLINE_SUBMISSION_ELIGIBLE, "90%")
                    .during(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))))
            .add(Target.atMost(ON_TIME_RESOLVED, "2%"))
            .build();
    TargetSetEvaluation result = plan.evaluate(report);
    assertThat(result.targetSet()).isEqualTo(plan);
    assertThat(result.report()).isEqualTo(report);
    assertThat(result.evaluations())
        .extracting(e -> e.where(VIETNAMESE).orElseThrow() + ": " + e.message(VIETNAMESE))
        .containsExactly(
            "TP Hà Tĩnh, cấp huyện: Đạt (99,79% ≥ 80%)",
            "TP Hà Tĩnh, cấp xã: Chưa đạt: 79,99% < 80%, thiếu 1 hồ sơ",
            "TP Hà Tĩnh, tổng các cấp: Đạt (89,89% ≥ 80%)",
            "TP Hà Tĩnh, cấp xã: Chưa đạt: 79,99% < 99%, thiếu 1.901 hồ sơ",
            "TP Hà Tĩnh, cấp huyện: Không có dữ liệu (0/0): không đánh giá được ≥ 50%",
            "TP Hà Tĩnh, cấp xã: Không có dữ liệu (0/0): không đánh giá được ≥ 50%",
            "TP Hà Tĩnh, tổng các cấp: Không có dữ liệu (0/0): không đánh giá được ≥ 50%");
    assertThat(result.evaluations().get(0).scope()).contains(Scope.tier(DISTRICT));
    assertThat(result.evaluations().get(2).scope()).contains(Scope.total());
    assertThat(result.evaluations().get(2).where(ENGLISH)).contains("TP Hà Tĩnh, all tiers");
    assertThat(result.notEvaluated())
        .extracting(TargetSetEvaluation.NotEvaluated::reason)
        .containsExactly(
            TargetSetEvaluation.Reason.NO_MATCHING_ROW,
            TargetSetEvaluation.Reason.PERIOD_OUTSIDE_TARGET,
            TargetSetEvaluation.Reason.INDICATOR_NOT_IN_REPORT);
    assertThat(result.count(Verdict.MET)).isEqualTo(2);
    assertThat(result.count(Verdict.NOT_MET)).isEqualTo(2);
    assertThat(result.count(Verdict.NO_DATA)).isEqualTo(3);
    assertThat(result.format(ENGLISH))
        .contains(
            "Period: ",
            " · TP Hà Tĩnh · Met 2, not met 2, no data 3\n",
            "  TP Hà Tĩnh, commune tier — Online submission (eligible procedures) ≥ 99%: Not met:"
                + " 79.99% < 99%, short by 1,901 dossiers\n",
            "Not evaluated:\n"
                + "  Online submission (eligible procedures) ≥ 90% (province tier): no row of the"
                + " report is of the target's tiers and units\n",
            "  Resolved on time ≤ 2%: the report does not compute this indicator");
    assertThat(result.toString()).contains("Không đánh giá:", "báo cáo không tính chỉ số này");
    assertThat(TargetSetEvaluation.Reason.PERIOD_OUTSIDE_TARGET.describe(VIETNAMESE))
        .isEqualTo("kỳ báo cáo không kết thúc trong thời hạn của chỉ tiêu");
  }

  @Test
  void unitRowsAndOwnAgenciesSayWhichScopeTheyAre() {
    KpiReport report =
        Kpi.over(List.of(), DomainGen.HIERARCHY)
            .period(ReportingPeriod.year(2024))
            .within("42")
            .byUnit()
            .compute(ONLINE_PAYMENT);
    TargetSetEvaluation result =
        TargetSet.builder("P").add(Target.atLeast(ONLINE_PAYMENT, "50%")).build().evaluate(report);
    assertThat(result.evaluations())
        .extracting(e -> e.where(VIETNAMESE).orElseThrow())
        .containsExactly(
            "Cơ quan trực thuộc Hà Tĩnh", "TP Hà Tĩnh", "TX Kỳ Anh", "Hà Tĩnh, tổng các cấp");
    assertThat(result.evaluations().get(1).scope().orElseThrow()).isInstanceOf(Scope.Unit.class);
    assertThat(result.evaluations().get(1).describe(ENGLISH))
        .isEqualTo("TP Hà Tĩnh — Online payment: No data (0/0): ≥ 50% cannot be judged");
  }
}
