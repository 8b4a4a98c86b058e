package io.github.dvckpi.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.Dossier;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.report.KpiReport;
import io.github.dvckpi.report.Scope;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled example reproduces the seed article. */
class HaTinh2024Test {

  @Test
  void everyPointFigureIsReproducedAtTwoDecimalsHalfUp() {
    int checked = 0;
    for (SeedFigure figure : HaTinh2024.publishedFigures()) {
      if (!figure.lowerBound()) {
        Rate rate = HaTinh2024.computed(figure);
        assertThat(rate.percent(2, RoundingMode.HALF_UP))
            .as("row %s: %s", figure.row(), figure)
            .isEqualByComparingTo(figure.percent());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(19); // rows 2, 3, 5–8, 9 (twice), 11, 13–22
  }

  @Test
  void everyLowerBoundIsMetStrictly() {
    for (SeedFigure figure : HaTinh2024.publishedFigures()) {
      if (figure.lowerBound()) {
        Rate rate = HaTinh2024.computed(figure);
        BigDecimal exact = rate.percent(10, RoundingMode.DOWN);
        assertThat(exact).as("row %s", figure.row()).isGreaterThan(figure.percent());
        assertThat(figure.isMetBy(rate)).isTrue();
      }
    }
  }

  @Test
  void rowOneLiesBetweenItsPartsAndItsPublishedPointOutsideThem() {
    KpiReport city = HaTinh2024.haTinhCity();
    Indicator ose = Indicator.ONLINE_SUBMISSION_ELIGIBLE;
    Rate both = city.total(ose);
    Rate cityTier = city.rate(AdministrativeLevel.DISTRICT, ose);
    Rate wards = city.rate(AdministrativeLevel.COMMUNE, ose);
    assertThat(both).isEqualTo(Rate.of(2_684, 2_690));
    assertThat(both.isGreaterThan(wards) && both.isLessThan(cityTier)).isTrue();
    assertThat(Rate.of(9875, 10_000).isLessThan(wards)).isTrue();
    assertThat(HaTinh2024.render(RateFormat.VIETNAMESE))
        .contains("99,78% (2.684/2.690)")
        .contains("98,75% nằm ngoài khoảng [99,77%; 99,79%]");
    assertThat(HaTinh2024.render(RateFormat.ENGLISH))
        .contains("98.75% lies outside its parts' range [99.77%; 99.79%]");
  }

  @Test
  void theCountsBehindTheFiguresArePinned() {
    KpiReport province = HaTinh2024.province();
    assertThat(province.total(Indicator.ONLINE_SUBMISSION_ELIGIBLE))
        .isEqualTo(Rate.of(22_962, 25_101));
    assertThat(province.rate(AdministrativeLevel.PROVINCE, Indicator.FULL_ONLINE))
        .isEqualTo(Rate.of(3_264, 4_396));
    assertThat(province.total(Indicator.RESULT_DIGITIZATION)).isEqualTo(Rate.of(7_242, 8_967));
    KpiReport city = HaTinh2024.haTinhCity();
    assertThat(city.total(Indicator.ONLINE_PAYMENT)).isEqualTo(Rate.of(656, 781));
    assertThat(city.total(Indicator.FULL_ONLINE)).isEqualTo(Rate.of(910, 913));
    KpiReport town = HaTinh2024.kyAnhTown();
    assertThat(town.rate(AdministrativeLevel.COMMUNE, Indicator.ONLINE_SUBMISSION_ELIGIBLE))
        .isEqualTo(Rate.of(880, 880));
    assertThat(town.total(Indicator.RESULT_DIGITIZATION)).isEqualTo(Rate.of(675, 800));
    assertThat(town.scopes())
        .containsExactly(
            Scope.tier(AdministrativeLevel.DISTRICT),
            Scope.tier(AdministrativeLevel.COMMUNE),
            Scope.total());
  }

  @Test
  void theDataAreDeterministicAndValid() {
    assertThat(HaTinh2024.dossiers()).isSameAs(HaTinh2024.dossiers()).hasSize(26_578);
    Set<String> ids = new HashSet<>();
    for (Dossier d : HaTinh2024.dossiers()) {
      ids.add(d.id());
    }
    assertThat(ids).hasSize(HaTinh2024.dossiers().size());
    assertThat(HaTinh2024.dossiers())
        .allMatch(d -> HaTinh2024.hierarchy().contains(d.agency().unitCode()))
        .allMatch(d -> HaTinh2024.period().contains(d.receivedOn()))
        .allMatch(d -> d.resolvedOn().map(HaTinh2024.period()::contains).orElse(true));
    assertThat(HaTinh2024.dossiers().get(0).id()).isEqualTo("STP-00000");
    assertThat(HaTinh2024.procedures()).hasSize(12);
    assertThat(HaTinh2024.agencies()).hasSize(56);
  }

  @Test
  void theHierarchyHasTheRealCodes() {
    AdministrativeUnit province = HaTinh2024.hierarchy().unit("42");
    assertThat(province.name()).isEqualTo("Hà Tĩnh");
    assertThat(HaTinh2024.hierarchy().children("42"))
        .extracting(AdministrativeUnit::code)
        .containsExactly(
            "436", "437", "439", "440", "441", "442", "443", "444", "445", "446", "447", "448",
            "449");
    assertThat(HaTinh2024.hierarchy().unit("436").name()).isEqualTo("TP Hà Tĩnh");
    assertThat(HaTinh2024.hierarchy().unit("449").name()).isEqualTo("TX Kỳ Anh");
    assertThat(HaTinh2024.hierarchy().children("436")).hasSize(15);
    assertThat(HaTinh2024.hierarchy().children("449")).hasSize(11);
    assertThat(HaTinh2024.hierarchy().unit("439-X").name())
        .isEqualTo("Các xã, thị trấn huyện Hương Sơn (gộp)");
  }

  @Test
  void theRunCommandPrintsTheArticlesRates() {
    String out = runMain();
    for (String rate :
        new String[] {
          "99,79%", "99,77%", "92,44%", "99,71%", "88,36%", "83,99%", "91,48%", "98,55%",
          "92,38%", "85,63%", "74,25%", "99,67%", "95,68%", "80,76%", "76,11%", "81,15%",
          "85,93%"
        }) {
      assertThat(out).contains(rate);
    }
    assertThat(out)
        .contains("1. Toàn tỉnh Hà Tĩnh, theo cấp")
        .contains("2. TP Hà Tĩnh, 2 cấp")
        .contains("3. TX Kỳ Anh, 2 cấp")
        .contains("trên cận dưới (*)")
        .doesNotContain("KHÔNG KHỚP");
    assertThat(out.lines().filter(l -> l.endsWith("khớp")).count()).isEqualTo(19);
  }

  @Test
  void theRunCommandSpeaksEnglishOnRequest() {
    String out = runMain("en");
    assertThat(out).contains("1. Hà Tĩnh province, by tier").contains("99.79%");
    assertThat(out.lines().filter(l -> l.endsWith("matches")).count()).isEqualTo(19);
  }

  private static String runMain(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
      HaTinh2024.main(args);
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
