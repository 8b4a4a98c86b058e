package io.github.dvckpi.target;

import static io.github.dvckpi.rate.RateFormat.ENGLISH;
import static io.github.dvckpi.rate.RateFormat.VIETNAMESE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import io.github.dvckpi.indicator.Counter;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.indicator.Tally;
import io.github.dvckpi.rate.Fraction;
import io.github.dvckpi.rate.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Index scoring: the law of a component's points, the preset, and a published score. */
class IndexModelTest {

  private static Gen<IndexComponent> components() {
    return integers()
        .between(1, 2500)
        .zip(
            TargetGen.thresholds(),
            (centiPoints, t) ->
                IndexComponent.freeStanding(
                    "x",
                    "X",
                    "X",
                    BigDecimal.valueOf(centiPoints, 2).toPlainString(),
                    t.toString()));
  }

  @Test
  void pointsLieBetweenZeroAndTheMaximum() {
    qt().forAll(components(), TargetGen.rates(TargetGen.MAX_COUNT))
        .checkAssert(
            (c, r) -> {
              Fraction p = c.points(r);
              assertThat(p).isGreaterThanOrEqualTo(Fraction.ZERO);
              assertThat(p).isLessThanOrEqualTo(Fraction.of(c.maxPoints()));
              assertThat(p.equals(Fraction.of(c.maxPoints())))
                  .isEqualTo(c.fullScoreAt().compareRate(r) >= 0);
            });
  }

  @Test
  void pointsNeverDecreaseAsTheRateRises() {
    qt().forAll(
            components(),
            TargetGen.rates(TargetGen.MAX_COUNT),
            TargetGen.rates(TargetGen.MAX_COUNT))
        .checkAssert(
            (c, a, b) -> {
              Rate low = a.compareTo(b) <= 0 ? a : b;
              Rate high = a.compareTo(b) <= 0 ? b : a;
              assertThat(c.points(low)).isLessThanOrEqualTo(c.points(high));
            });
  }

  @Test
  void pointsAreProportionalBelowTheThreshold() {
    IndexComponent c = Index766.component("3.3", "8");
    // 40% of a 50% threshold is 4/5 of 8 points
    assertThat(c.points(Rate.of(40, 100))).isEqualTo(Fraction.of(32, 5));
    assertThat(c.points(Rate.of(50, 100))).isEqualTo(Fraction.of(8));
    assertThat(c.points(Rate.of(1, 3))).isEqualTo(Fraction.of(16, 3));
    assertThat(c.points(Rate.of(1, 3)).format(VIETNAMESE, 2, RoundingMode.HALF_UP))
        .isEqualTo("5,33");
    IndexComponent zero = IndexComponent.freeStanding("z", "Z", "Z", "1", "0%");
    assertThat(zero.points(Rate.of(0, 5))).isEqualTo(Fraction.ONE);
    assertThatThrownBy(() -> c.points(Rate.undefined())).hasMessageContaining("3.3");
  }

  @Test
  void thePresetHoldsOnlyTheVerifiedGroupMaxima() {
    IndexModel m = Index766.model();
    assertThat(m.maxPoints()).isEqualByComparingTo("100");
    assertThat(m.groups())
        .extracting(g -> g.maxPoints().toPlainString())
        .containsExactly("18", "20", "12", "10", "18", "22");
    assertThat(m.groups()).allMatch(g -> g.provenance() == Provenance.VERIFIED);
    assertThat(m.components()).isEmpty();
    assertThat(m.source()).contains("766/QĐ-TTg");
    assertThat(m.group("digitization").displayName(VIETNAMESE)).isEqualTo("Số hóa hồ sơ");
    assertThat(m.group("digitization").displayName(ENGLISH)).isEqualTo("Digitization");
    // nothing the user adds is presented as verified
    IndexComponent c33 = Index766.component("3.3", "8");
    assertThat(c33.fullScoreAt()).isEqualTo(Threshold.parse("50%"));
    assertThat(c33.thresholdProvenance()).isEqualTo(Provenance.SECONDARY);
    assertThat(c33.pointsProvenance()).isEqualTo(Provenance.PLACEHOLDER);
    assertThat(c33.indicator()).isEmpty();
    IndexComponent c36 = Index766.component("3.6", "10", "80%");
    assertThat(c36.indicator()).contains(Indicator.ONLINE_PAYMENT);
    assertThat(c36.thresholdProvenance()).isEqualTo(Provenance.PLACEHOLDER);
    assertThat(c36.pointsProvenance()).isEqualTo(Provenance.PLACEHOLDER);
    assertThat(c36.toString())
        .isEqualTo(
            "3.6 Tỷ lệ hồ sơ thanh toán trực tuyến: tối đa 10 điểm (giá trị giữ chỗ do người dùng"
                + " cung cấp), đạt điểm tối đa từ 80% (giá trị giữ chỗ do người dùng cung cấp)");
    assertThatThrownBy(() -> Index766.component("3.6", "10"))
        .hasMessageContaining("3.6 has no known full-score threshold");
    assertThatThrownBy(() -> Index766.component("9.9", "1"))
        .hasMessageContaining("\"9.9\" is not described")
        .hasMessageContaining("1.4, 2.1");
    assertThat(Provenance.SECONDARY.displayName(ENGLISH)).isEqualTo("secondary source");
  }

  /**
   * A province's published score: 83,08 = 15,7/18 + 18,7/20 + 7,9/12 + 9/10 + 18/18 + 13,8/22. The
   * parts as published (one decimal) add up to exactly 83,1; the total (two decimals) is 83,08,
   * which is what the parts' true values can add up to, since each part rounded to one decimal is
   * within 0,05 of its true value.
   */
  @Test
  void aPublishedScoresGroupsAddUpToItsTotal() {
    Map<String, BigDecimal> published = new LinkedHashMap<>();
    published.put("openness", new BigDecimal("15.7"));
    published.put("progress", new BigDecimal("18.7"));
    published.put("online-service", new BigDecimal("7.9"));
    published.put("online-payment", new BigDecimal("9"));
    published.put("satisfaction", new BigDecimal("18"));
    published.put("digitization", new BigDecimal("13.8"));
    IndexScore s = Index766.model().scoreFromGroupPoints(published);
    assertThat(s.isComplete()).isTrue();
    assertThat(s.missing()).isEmpty();
    assertThat(s.total()).isEqualTo(Fraction.of(new BigDecimal("83.1")));
    BigDecimal total = new BigDecimal("83.08");
    Fraction halfStep = Fraction.of(new BigDecimal("0.05")).times(Fraction.of(published.size()));
    assertThat(Fraction.of(total)).isBetween(s.total().minus(halfStep), s.total().plus(halfStep));
    assertThat(total.setScale(1, RoundingMode.HALF_UP)).isEqualByComparingTo("83.1");
    for (IndexScore.GroupScore g : s.groups()) {
      assertThat(g.points().orElseThrow()).isLessThanOrEqualTo(Fraction.of(g.group().maxPoints()));
      assertThat(g.components()).isEmpty();
    }
    assertThat(s.format(VIETNAMESE))
        .startsWith("Bộ chỉ số 766: 83,10/100\n  Công khai, minh bạch: 15,70/18\n");
  }

  @Test
  void publishedGroupPointsAreChecked() {
    IndexModel m = Index766.model();
    assertThatThrownBy(() -> m.scoreFromGroupPoints(Map.of("openness", new BigDecimal("18.5"))))
        .hasMessage("index group openness: points 18.5 are outside [0, 18]");
    assertThatThrownBy(() -> m.scoreFromGroupPoints(Map.of("nope", BigDecimal.ONE)))
        .hasMessageContaining("has no group [nope]");
    IndexScore partial = m.scoreFromGroupPoints(Map.of("openness", new BigDecimal("15.7")));
    assertThat(partial.isComplete()).isFalse();
    assertThat(partial.missing())
        .containsExactly(
            "progress", "online-service", "online-payment", "satisfaction", "digitization");
    assertThat(partial.format(ENGLISH))
        .startsWith(
            "Bộ chỉ số 766: 15.70/100 (incomplete: missing progress, online-service,"
                + " online-payment, satisfaction, digitization)\n"
                + "  Openness and transparency: 15.70/18\n"
                + "  Progress and resolution: no data/20");
  }

  @Test
  void aModelWithPlaceholderComponentsScoresRatesAndTallies() {
    IndexModel m =
        Index766.model()
            .withComponents(
                "online-service", Index766.component("3.1", "4"), Index766.component("3.3", "8"))
            .withComponents("online-payment", Index766.component("3.6", "10", "80%"));
    assertThat(m.components()).extracting(IndexComponent::id).containsExactly("3.1", "3.3", "3.6");
    Tally tally = Tally.empty().with(Counter.FEE_CHARGED, 100).with(Counter.PAID_ONLINE, 40);
    IndexScore s = m.score(tally, Map.of("3.1", Rate.of(90, 100), "3.3", Rate.of(30, 100)));
    // 3.1 full (4), 3.3 = 30/50 × 8 = 4,8, 3.6 = 40/80 × 10 = 5
    assertThat(s.groups().get(2).points()).contains(Fraction.of(new BigDecimal("8.8")));
    assertThat(s.groups().get(2).isComplete()).isTrue();
    assertThat(s.groups().get(3).points()).contains(Fraction.of(5));
    assertThat(s.total()).isEqualTo(Fraction.of(new BigDecimal("13.8")));
    assertThat(s.isComplete()).isFalse();
    assertThat(s.missing()).containsExactly("openness", "progress", "satisfaction", "digitization");
    assertThat(s.format(VIETNAMESE))
        .contains(
            "    3.3 Tỷ lệ hồ sơ nộp trực tuyến (nhân tỷ lệ đồng bộ 1.4): 4,80/8 (30,00%, tối đa từ 50%)");
    assertThat(s.model()).isEqualTo(m);

    IndexScore fromTally = m.score(tally);
    assertThat(fromTally.groups().get(2).points()).isEmpty();
    assertThat(fromTally.missing()).contains("3.1", "3.3");
    assertThat(fromTally.toString())
        .contains("3.1 Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến: không có dữ liệu/4");

    IndexScore byId = m.score(Map.of("3.6", Rate.of(1, 1)));
    assertThat(byId.groups().get(3).points()).contains(Fraction.of(10));
    assertThatThrownBy(() -> m.score(Map.of("7.7", Rate.of(1, 1))))
        .hasMessageContaining("has no component \"7.7\"");
  }

  @Test
  void modelsAreValidated() {
    IndexModel m = Index766.model();
    assertThatThrownBy(() -> m.withComponents("online-service", Index766.component("3.1", "4")))
        .hasMessage(
            "index group online-service: its components' maxima add up to 4, not to the group's"
                + " maximum 12");
    assertThatThrownBy(() -> m.withComponents("nope"))
        .hasMessageContaining("has no group \"nope\"; known: openness, progress");
    assertThatThrownBy(
            () ->
                m.withComponents(
                    "online-service",
                    Index766.component("3.1", "6"),
                    Index766.component("3.1", "6")))
        .hasMessageContaining("component 3.1 appears twice");
    IndexModel withOne = m.withComponents("online-payment", Index766.component("3.6", "10", "80%"));
    assertThatThrownBy(
            () -> withOne.withComponents("online-service", Index766.component("3.6", "12", "80%")))
        .hasMessageContaining("component 3.6 appears twice");
    IndexGroup g = IndexGroup.of("g", "G", "G", "5");
    assertThat(g.provenance()).isEqualTo(Provenance.PLACEHOLDER);
    assertThatThrownBy(() -> IndexModel.of("M", "", List.of(g, g)))
        .hasMessageContaining("appears twice");
    assertThatThrownBy(() -> IndexModel.of("M", "", List.of())).hasMessageContaining("no group");
    assertThatThrownBy(() -> IndexModel.of(" ", "", List.of(g))).hasMessageContaining("name");
    assertThatThrownBy(() -> IndexGroup.of("g", "G", "G", "0"))
        .hasMessageContaining("must be positive");
    assertThatThrownBy(() -> IndexGroup.of("g", "G", "G", "abc"))
        .hasMessageContaining("not a number");
    assertThatThrownBy(() -> IndexGroup.of(" ", "G", "G", "1")).hasMessageContaining("id");
    assertThatThrownBy(() -> IndexGroup.of("g", " ", "G", "1"))
        .hasMessageContaining("name is blank");
    assertThatThrownBy(() -> IndexComponent.freeStanding(" ", "X", "X", "1", "80%"))
        .hasMessageContaining("id");
    assertThatThrownBy(() -> IndexComponent.freeStanding("x", "X", " ", "1", "80%"))
        .hasMessageContaining("name is blank");
    assertThat(IndexComponent.freeStanding("x", "X", "Y", "1,50", "80%").maxPoints())
        .isEqualByComparingTo("1.5");
    assertThat(IndexComponent.of("x", Indicator.ONLINE_PAYMENT, "1", "80%").displayName(ENGLISH))
        .isEqualTo("Online payment");
    assertThat(g.toString())
        .isEqualTo("g G: tối đa 5 điểm (giá trị giữ chỗ do người dùng cung cấp), 0 thành phần");
    assertThat(m.toString()).startsWith("Bộ chỉ số 766 (100 điểm): [openness Công khai, minh bạch");
    assertThat(m.name()).isEqualTo("Bộ chỉ số 766");
  }

  @Test
  void equality() {
    IndexComponent c = Index766.component("3.1", "4");
    new EqualsTester()
        .addEqualityGroup(c, Index766.component("3.1", "4,0"))
        .addEqualityGroup(Index766.component("3.1", "5"))
        .addEqualityGroup(c.withProvenance(Provenance.VERIFIED, Provenance.SECONDARY))
        .addEqualityGroup(Index766.component("3.1", "4", "70%"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Index766.model(), Index766.model())
        .addEqualityGroup(
            Index766.model()
                .withComponents("online-payment", Index766.component("3.6", "10", "80%")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(IndexGroup.of("g", "G", "G", "5"), IndexGroup.of("g", "G", "G", "5.0"))
        .addEqualityGroup(IndexGroup.of("g", "G", "G", "5").withProvenance(Provenance.VERIFIED))
        .addEqualityGroup(IndexGroup.of("h", "G", "G", "5"))
        .testEquals();
  }
}
