package io.github.dvckpi.report;

import static io.github.dvckpi.report.ReportFormatGoldenTest.assertGolden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.dvckpi.domain.AdministrativeLevel;
import io.github.dvckpi.domain.AdministrativeUnit;
import io.github.dvckpi.domain.UnitKind;
import io.github.dvckpi.indicator.Indicator;
import io.github.dvckpi.period.ReportingPeriod;
import io.github.dvckpi.rate.Rate;
import io.github.dvckpi.rate.RateFormat;
import io.github.dvckpi.target.BandScale;
import io.github.dvckpi.target.Direction;
import io.github.dvckpi.target.Target;
import io.github.dvckpi.testing.Xml;
import java.io.IOException;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The SVG chart, the HTML page and the terminal bars: golden files and examples. */
class ChartTest {

  static final Indicator OSE = Indicator.ONLINE_SUBMISSION_ELIGIBLE;
  static final Indicator RD = Indicator.RESULT_DIGITIZATION;
  static final Locale VI = RateFormat.VIETNAMESE;
  static final Locale EN = RateFormat.ENGLISH;
  static final BandScale TRAFFIC_LIGHT = BandScale.trafficLight(Direction.AT_LEAST, "90%", "99%");

  /** Result digitization coloured by bands, with a target for the commune tier only. */
  static Chart bandedChart() {
    return Chart.of(RD)
        .withBands(TRAFFIC_LIGHT)
        .withTargets(Target.atLeast(RD, "90%").forTiers(AdministrativeLevel.COMMUNE));
  }

  // ------------------------------------------------------------------ golden files

  @Test
  void svgInVietnameseWithBandsAndATarget() throws IOException {
    assertGolden("chart-vi.svg", bandedChart().svg(ReportFormatGoldenTest.sample(), VI));
  }

  @Test
  void svgInEnglishPlain() throws IOException {
    assertGolden("chart-en.svg", Chart.of(OSE).svg(ReportFormatGoldenTest.sample(), EN));
  }

  @Test
  void htmlInVietnamese() throws IOException {
    assertGolden("html-vi.html", ReportFormat.HTML.render(ReportFormatGoldenTest.sample(), VI));
  }

  @Test
  void htmlInEnglishWithChartsOfItsOwn() throws IOException {
    assertGolden(
        "html-en.html",
        ReportFormat.html(
            ReportFormatGoldenTest.sample(),
            EN,
            1,
            RoundingMode.DOWN,
            List.of(bandedChart(), Chart.of(OSE).withTargets(Target.atLeast(OSE, "99,8%")))));
  }

  @Test
  void barsInVietnamese() throws IOException {
    assertGolden("bars-vi.txt", ReportFormat.BARS.render(ReportFormatGoldenTest.sample(), VI));
  }

  @Test
  void barsInEnglish() throws IOException {
    assertGolden("bars-en.txt", ReportFormatGoldenTest.sample().render(ReportFormat.BARS, EN));
  }

  @Test
  void barsOfAChartWithATarget() throws IOException {
    assertGolden("chart-bars-vi.txt", bandedChart().bars(ReportFormatGoldenTest.sample(), VI));
  }

  // ------------------------------------------------------------------ the SVG

  @Test
  void theSvgIsAnAccessibleDocument() {
    Document svg = Xml.parse(bandedChart().svg(ReportFormatGoldenTest.sample(), VI));
    Element root = svg.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-label"))
        .isEqualTo(
            "Biểu đồ thanh: Tỷ lệ số hóa kết quả giải quyết TTHC, Từ đầu năm 2024 đến ngày"
                + " 14/11/2024 (01/01/2024–14/11/2024) · TP Hà Tĩnh");
    assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
    List<Element> children = children(root);
    assertThat(children.get(0).getTagName()).isEqualTo("title");
    assertThat(children.get(0).getTextContent()).isEqualTo("Tỷ lệ số hóa kết quả giải quyết TTHC");
    assertThat(children.get(1).getTagName()).isEqualTo("desc");
    assertThat(children.get(1).getTextContent())
        .contains("Cấp xã: 88,36% (539/610)")
        .contains("Xã Thạch Trung: không có dữ liệu (0/0)")
        .contains("Tổng cộng: 92,44% (880/952)");
  }

  @Test
  void eachBarHasItsCountsBandAndVerdictInATooltip() {
    Document svg = Xml.parse(bandedChart().svg(ReportFormatGoldenTest.sample(), VI));
    List<String> tooltips = new ArrayList<>();
    for (Element g : elements(svg, "g")) {
      tooltips.add(children(g).get(0).getTextContent());
    }
    assertThat(tooltips)
        .containsExactly(
            "Cấp huyện: 99,71% (341/342) · Xanh",
            "Cấp xã: 88,36% (539/610) · Đỏ · Chưa đạt: 88,36% < 90%, thiếu 10 hồ sơ",
            "Cơ quan trực thuộc TP Hà Tĩnh: 99,71% (341/342) · Xanh",
            "Phường Bắc Hà: 88,36% (539/610) · Đỏ",
            "Xã Thạch Trung: không có dữ liệu (0/0)",
            "Tổng cộng: 92,44% (880/952) · Vàng");
  }

  @Test
  void barsTakeTheColourOfTheirBand() {
    Document svg = Xml.parse(bandedChart().svg(ReportFormatGoldenTest.sample(), VI));
    List<String> fills = new ArrayList<>();
    for (Element g : elements(svg, "g")) {
      List<Element> rects = children(g, "rect");
      fills.add(rects.size() == 2 ? rects.get(1).getAttribute("fill") : "none");
    }
    assertThat(fills)
        .containsExactly("#2e7d32", "#c62828", "#2e7d32", "#c62828", "none", "#f9a825");
    Document plain = Xml.parse(Chart.of(RD).svg(ReportFormatGoldenTest.sample(), VI));
    for (Element g : elements(plain, "g")) {
      List<Element> rects = children(g, "rect");
      if (rects.size() == 2) {
        assertThat(rects.get(1).getAttribute("fill")).isEqualTo(SvgBarChart.NEUTRAL);
      }
    }
  }

  @Test
  void anUndefinedRateIsDrawnAsNoDataNeverAsZero() {
    Document svg = Xml.parse(Chart.of(OSE).svg(ReportFormatGoldenTest.sample(), EN));
    Element noData = null;
    for (Element g : elements(svg, "g")) {
      if (children(g).get(0).getTextContent().startsWith("Xã Thạch Trung")) {
        noData = g;
      }
    }
    assertThat(noData).isNotNull();
    assertThat(children(noData, "rect")).as("only the track, no bar").hasSize(1);
    assertThat(children(noData, "text"))
        .extracting(Node::getTextContent)
        .containsExactly("Xã Thạch Trung", "no data");
    assertThat(noData.getTextContent()).doesNotContain("%");
  }

  @Test
  void aRateOfZeroIsABarOfNoLengthWithItsCounts() {
    KpiReport zero =
        KpiReport.builder(ReportingPeriod.year(2024))
            .indicators(OSE)
            .put(Scope.tier(AdministrativeLevel.COMMUNE), OSE, Rate.of(0, 12))
            .build();
    String svg = Chart.of(OSE).svg(zero, VI);
    assertThat(svg).contains("width=\"0\" height=\"20\"").contains("0,00%").contains("(0/12)");
    assertThat(Chart.of(OSE).bars(zero, VI)).contains("Cấp xã     " + " ".repeat(25) + "  0,00%");
  }

  @Test
  void aTargetLineCrossesOnlyTheRowsItAppliesTo() {
    Document svg = Xml.parse(bandedChart().svg(ReportFormatGoldenTest.sample(), VI));
    List<Element> dashed = new ArrayList<>();
    for (Element line : elements(svg, "line")) {
      if (line.hasAttribute("stroke-dasharray")) {
        dashed.add(line);
      }
    }
    assertThat(dashed).as("the commune tier row only").hasSize(1);
    assertThat(svg.getDocumentElement().getTextContent()).contains("Chỉ tiêu ≥ 90%");
    // a target of another period is not drawn
    Chart lastYear =
        Chart.of(RD)
            .withTargets(Target.atLeast(RD, "90%").during(ReportingPeriod.year(2023).range()));
    assertThat(lastYear.svg(ReportFormatGoldenTest.sample(), VI))
        .doesNotContain("stroke-dasharray")
        .doesNotContain("Chỉ tiêu");
  }

  @Test
  void textIsEscapedAndLongLabelsAreShortened() {
    AdministrativeUnit city =
        AdministrativeUnit.of("436", "<Hà> \"T\" & 'c'", UnitKind.PROVINCIAL_CITY, "42");
    AdministrativeUnit longName =
        AdministrativeUnit.of(
            "436-01",
            "Phường có một cái tên rất dài để thử cắt nhãn\u0007 của biểu đồ cho vừa",
            UnitKind.WARD,
            "436");
    KpiReport report =
        KpiReport.builder(ReportingPeriod.year(2024))
            .territory(city)
            .indicators(OSE)
            .put(Scope.ownAgencies(city), OSE, Rate.of(1, 2))
            .put(Scope.unit(longName), OSE, Rate.of(2, 3))
            .build();
    String svg = Chart.of(OSE).svg(report, VI);
    assertThat(svg).contains("&lt;Hà&gt; &quot;T&quot; &amp; &#39;c&#39;").doesNotContain("\u0007");
    Document doc = Xml.parse(svg);
    List<String> labels = new ArrayList<>();
    List<String> tooltips = new ArrayList<>();
    for (Element g : elements(doc, "g")) {
      tooltips.add(children(g).get(0).getTextContent());
      labels.add(children(g, "text").get(0).getTextContent());
    }
    assertThat(labels.get(0)).isEqualTo("Cơ quan trực thuộc <Hà> \"T\" & 'c'");
    assertThat(labels.get(1)).endsWith("…").startsWith("Phường có một cái tên");
    assertThat(tooltips.get(1))
        .startsWith("Phường có một cái tên rất dài để thử cắt nhãn\uFFFD của biểu đồ cho vừa: ");
    Xml.parse(ReportFormat.HTML.render(report, VI));
  }

  @Test
  void labelsAreComposedToNfc() {
    AdministrativeUnit city =
        AdministrativeUnit.of("436", "TP Ha\u0300 Ti\u0303nh", UnitKind.PROVINCIAL_CITY, "42");
    KpiReport report =
        KpiReport.builder(ReportingPeriod.year(2024))
            .territory(city)
            .indicators(OSE)
            .put(Scope.ownAgencies(city), OSE, Rate.of(1, 2))
            .build();
    assertThat(Chart.of(OSE).svg(report, VI)).contains("TP Hà Tĩnh").doesNotContain("\u0300");
    assertThat(ReportFormat.HTML.render(report, VI)).contains("TP Hà Tĩnh");
    assertThat(ReportFormat.BARS.render(report, VI)).contains("TP Hà Tĩnh");
  }

  // ------------------------------------------------------------------ the HTML page

  @Test
  void theHtmlPageIsSelfContained() {
    String html =
        ReportFormat.html(
            ReportFormatGoldenTest.sample(), VI, 2, RoundingMode.HALF_UP, List.of(bandedChart()));
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
    assertThat(html.replace("http://www.w3.org/2000/svg", ""))
        .doesNotContain("http:")
        .doesNotContain("https:")
        .doesNotContain("url(")
        .doesNotContain("@import")
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("<img");
    Document page = Xml.parse(html);
    assertThat(elements(page, "table")).hasSize(1);
    assertThat(elements(page, "tbody").get(0).getElementsByTagName("tr").getLength())
        .isEqualTo(ReportFormatGoldenTest.sample().scopes().size());
    assertThat(page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
        .isEqualTo(1);
    assertThat(elements(page, "title").get(0).getTextContent())
        .isEqualTo(
            "Chỉ số dịch vụ công trực tuyến · Từ đầu năm 2024 đến ngày 14/11/2024 · TP Hà Tĩnh");
  }

  @Test
  void theHtmlTableShowsNoDataAsSuch() {
    Document page = Xml.parse(ReportFormat.HTML.render(ReportFormatGoldenTest.sample(), EN));
    List<String> noData = new ArrayList<>();
    for (Element td : elements(page, "td")) {
      if (td.getAttribute("class").equals("nodata")) {
        noData.add(td.getTextContent());
      }
    }
    assertThat(noData).containsOnly("no data (0/0)").hasSize(3);
    assertThat(elements(page, "svg")).hasSize(3);
  }

  @Test
  void aPageWithoutChartsIsTheTableAlone() {
    String html =
        ReportFormat.html(ReportFormatGoldenTest.sample(), EN, 2, RoundingMode.HALF_UP, List.of());
    assertThat(html).doesNotContain("<svg").contains("<table>");
  }

  // ------------------------------------------------------------------ the terminal

  @Test
  void barsUseEighthsOfACell() {
    assertThat(TerminalBars.bar(Rate.of(1, 1))).isEqualTo("█".repeat(25));
    assertThat(TerminalBars.bar(Rate.of(0, 1))).isEqualTo(" ".repeat(25));
    assertThat(TerminalBars.bar(Rate.of(1, 200))).isEqualTo("▏" + " ".repeat(24));
    assertThat(TerminalBars.bar(Rate.of(1, 201))).isEqualTo(" ".repeat(25));
    assertThat(TerminalBars.bar(Rate.of(1, 2))).isEqualTo("█".repeat(12) + "▌" + " ".repeat(12));
    assertThat(TerminalBars.bar(Rate.of(199, 200))).isEqualTo("█".repeat(24) + "▉");
  }

  @Test
  void theVerdictFollowsTheBarWhereATargetApplies() {
    String bars = bandedChart().bars(ReportFormatGoldenTest.sample(), EN);
    assertThat(bars.lines().filter(l -> l.contains("target")))
        .singleElement()
        .asString()
        .startsWith("Commune tier ")
        .endsWith("██████████████████████     88.36% (539/610)  Not met (target ≥ 90%)");
  }

  // ------------------------------------------------------------------ the value

  @Test
  void aChartRefusesTargetsOfAnotherIndicator() {
    assertThatThrownBy(() -> Chart.of(RD).withTargets(Target.atLeast(OSE, "80%")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("online-submission-eligible")
        .hasMessageContaining("result-digitization");
  }

  @Test
  void aChartOfAnIndicatorTheReportLacksFails() {
    Chart chart = Chart.of(Indicator.ONLINE_PAYMENT);
    KpiReport report = ReportFormatGoldenTest.sample();
    assertThatThrownBy(() -> chart.svg(report, VI))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("online-payment")
        .hasMessageContaining("its indicators");
    assertThatThrownBy(() -> chart.bars(report, VI)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportFormat.html(report, VI, 2, RoundingMode.HALF_UP, List.of(chart)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void chartsAreValues() {
    Target t = Target.atLeast(RD, "90%");
    new EqualsTester()
        .addEqualityGroup(Chart.of(RD), Chart.of(RD).withTargets(List.of()))
        .addEqualityGroup(Chart.of(OSE))
        .addEqualityGroup(
            Chart.of(RD).withBands(TRAFFIC_LIGHT), Chart.of(RD).withBands(TRAFFIC_LIGHT))
        .addEqualityGroup(Chart.of(RD).withTargets(t), Chart.of(RD).withTargets(List.of(t)))
        .addEqualityGroup(Chart.of(RD).withBands(TRAFFIC_LIGHT).withTargets(t))
        .testEquals();
    Chart chart = Chart.of(RD).withBands(TRAFFIC_LIGHT).withTargets(t);
    assertThat(chart.indicator()).isEqualTo(RD);
    assertThat(chart.bands()).contains(TRAFFIC_LIGHT);
    assertThat(chart.targets()).containsExactly(t);
    assertThat(Chart.of(RD).bands()).isEmpty();
    assertThat(Chart.of(RD)).hasToString("Chart[result-digitization]");
    assertThat(chart.toString())
        .startsWith("Chart[result-digitization, bands AT_LEAST [")
        .contains(", targets [");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> Chart.of(null)).hasMessage("indicator");
    assertThatThrownBy(() -> Chart.of(RD).withBands(null)).hasMessage("bands");
    assertThatThrownBy(() -> Chart.of(RD).svg(null, VI)).hasMessage("report");
    assertThatThrownBy(() -> Chart.of(RD).bars(ReportFormatGoldenTest.sample(), null))
        .hasMessage("locale");
  }

  // ------------------------------------------------------------------ DOM helpers

  static List<Element> elements(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS("*", tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Element e : children(parent)) {
      if (e.getLocalName().equals(tag)) {
        out.add(e);
      }
    }
    return out;
  }
}
